"""Merging events and quotes across the reports of one story.

Honest counting: one real-world event reported by N articles is one merged
event with N reports, each report kept with its article, outlet and
evidence sentence.  Two event reports inside a story are the same event
when they share the PLOVER type, the same source and target actors (actor
ids when resolved, else lower-cased names; either way round for a symmetric
act such as a call or talks) and dates no more than
`EVENT_DAYS` apart (a missing date matches any).  Two quotes are the same
statement when the speaker matches and their words overlap by at least
`QUOTE_OVERLAP` (containment of the shorter: outlets trim quotes).
"""
from __future__ import annotations

import re
from typing import Any, Iterable

EVENT_DAYS = 1
QUOTE_OVERLAP = 0.5
_WORD_RE = re.compile(r"[0-9a-zа-я]+")


def actor_key(actors: Iterable[Any]) -> str:
    keys = set()
    for actor in actors:
        actor_id = actor.get("actor_id") if isinstance(actor, dict) else actor.actor_id
        name = actor.get("name") if isinstance(actor, dict) else actor.name
        keys.add(actor_id or (name or "").lower().replace("ё", "е"))
    return "|".join(sorted(k for k in keys if k))


def event_keys(type_: str, sources: list[Any], targets: list[Any], symmetric: bool = False) -> list[str]:
    """The keys under which an event report joins another of its story, its own stored key first.

    A directional act ("X обвинил Y") is `T:X>Y`; a symmetric one (a call, talks, a signed treaty) is
    `T:<>` + all its parties, however the text split them into sides ("Путин → Макрон", "Макрон →
    Путин", "Путин, Макрон и Шольц").  Each report also answers to the other form of its parties, so a
    visit X → Y joins a meeting of X and Y (one type, one pair, as before symmetry was read), and a
    symmetric report joins a row an older store keyed by direction; two directional reports the other
    way round stay apart (neither answers to the other's `T:X>Y`)."""
    source, target = actor_key(sources), actor_key(targets)
    joint = f"{type_}:<>{actor_key([*sources, *targets])}"
    if symmetric:
        return [joint, f"{type_}:{source}>{target}", f"{type_}:{target}>{source}"]
    return [f"{type_}:{source}>{target}", joint]


def dates_match(a: str | None, b: str | None) -> bool:
    from datetime import date

    if not a or not b:
        return True
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= EVENT_DAYS
    except ValueError:
        return a[:10] == b[:10]


def quote_words(text: str) -> set[str]:
    return set(_WORD_RE.findall(text.lower().replace("ё", "е")))


def quotes_match(a: str, b: str) -> bool:
    wa, wb = quote_words(a), quote_words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= QUOTE_OVERLAP


def speaker_key(actor_id: str | None, name: str | None) -> str:
    return actor_id or (name or "").lower().replace("ё", "е")
