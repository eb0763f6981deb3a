"""Merging events and quotes across the reports of one story.

Honest counting: one real-world event reported by N articles is one merged
event with N reports, each report kept with its article, outlet and
evidence sentence.  Two event reports inside a story are the same event
when they share the PLOVER type, the same source and target actors (actor
ids when resolved, else lower-cased names; all parties together for a
symmetric act such as a call or talks, and for any meeting) and dates no more than
`EVENT_DAYS` apart (a missing date matches any).  Two quotes are the same
statement when the speaker matches and their words overlap by at least
`QUOTE_OVERLAP` (containment of the shorter: outlets trim quotes).
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable

EVENT_DAYS = 1
QUOTE_OVERLAP = 0.5
_WORD_RE = re.compile(r"[0-9a-zа-я]+")


def actor_key(actors: Iterable[Any], *, surnames: bool = False,
              party: Callable[[str], str] | None = None) -> str:
    """The parties' keys joined: registry ids, a document's own `x:` ids, else lower-cased names.
    `surnames`: a document's own person id stands for its surname (`party_key`); `party`: another
    rule for it."""
    rule = party or (party_key if surnames else None)
    keys = set()
    for actor in actors:
        actor_id = actor.get("actor_id") if isinstance(actor, dict) else actor.actor_id
        name = actor.get("name") if isinstance(actor, dict) else actor.name
        key = actor_id or (name or "").lower().replace("ё", "е")
        keys.add(rule(key) if rule else key)
    return "|".join(sorted(k for k in keys if k))


# A person the registry lacks gets an id from the normal form each article found for the name, and
# articles find different ones for one person: "Асия Биби", "Азия Биби", "Асии Биби" (an oblique
# case left unnormalised), "христианка Азия Биби", "Дэвид Дэвис" / "Дэвис Дэвис".
LOCAL_PERSON = "x:per:"


# Words that belong to the surname after them ("Ле Пен", "фон дер Ляйен", "де Голль", "ван Гог",
# "бин Салман"), as `registry.slug` writes them into an id.  Not "абу": a first name too.
SURNAME_PARTICLES = frozenset({
    "le", "la", "de", "di", "da", "du", "dyu", "del", "della", "dos", "das", "van", "fan", "fon", "von", "der",
    "den", "ter", "ten", "tsu", "zu", "bin", "ibn", "bint", "ben",
})
# Particles that are also given names as Russian spells them ("Дэн/Ден Браун", "Ван Моррисон", "Ди Снайдер",
# "Бен Уоллес"): never part of the key, wherever they stand, so "Ди Каприо" and "Леонардо Ди Каприо" are
# one key as "Дэн Браун" and "Браун" are (review rev18_D 2; counted after another word they split a
# surname written alone with its particle from the full name).  "бен" after another word is the
# Arabic "бин" spelled otherwise ("Мохаммед бен Салман"), and counts there as "бин".
GIVEN_NAME_PARTICLES = frozenset({"den", "van", "di", "da", "du", "la", "ter", "ten", "fan", "ben"})
# Spellings of one particle: "бен", "ибн" and "бин" Салман are one person.
PARTICLE_SPELLINGS = {"ben": "bin", "ibn": "bin"}
# The Arabic article ("аль-Асад", "ас-Сиси"): Russian spelling keeps or drops it ("Башар Асад").
ARABIC_ARTICLES = frozenset({"al", "el", "ul", "as", "ad", "at", "an", "ash", "ar", "az"})


def party_key(key: str) -> str:
    """An event party's key inside a story: a document's own person id (`x:per:…`) by its
    surname, so the reports of one event by articles that normalised the first name apart are one
    event; registry ids, organisations and places as they are.  Two people of one surname are
    told apart only by the other parts of the key (type, the other side, the date).

    The id is the slug of the person's normal form (`registry.slug`), its words joined by "-"
    whether the name had a space or a hyphen there.  The surname is the id's last word with the
    particles right before it ("Марин Ле Пен" → `le-pen`, not `pen`; "Урсула фон дер Ляйен" →
    `fon-der-lyayen`; "Мухаммед бин Салман" → `bin-salman`, not his father's `salman`); the Arabic
    article is dropped ("Башар аль-Асад" and "Башар Асад" → `asad`).  A particle that is also a given
    name never counts, and the surname ends before it ("Дэн Браун" → `braun`, as "Браун"; "Ди Каприо"
    and "Леонардо Ди Каприо" → `kaprio`; "Ван дер Ваальс" → `der-vaals`; `GIVEN_NAME_PARTICLES`), but
    "бен" after another word reads as "бин", as "ибн" does.  A double surname counts by its
    last part ("Римский-Корсаков" → `korsakov`): outlets also join a first name and a surname by a
    hyphen ("Азию-Биби", "Азия-Биби" beside "Азия Биби"), which neither the id nor the name tells
    apart from a double surname."""
    if not key.startswith(LOCAL_PERSON):
        return key
    words = key[len(LOCAL_PERSON):].split("-")
    size = 1
    while size < len(words) and _belongs_to_surname(words, len(words) - size - 1, size):
        size += 1
    surname = [PARTICLE_SPELLINGS.get(w, w) for w in words[-size:-1]] + words[-1:]
    while len(surname) > 1 and surname[0] in ARABIC_ARTICLES:
        surname = surname[1:]
    return LOCAL_PERSON + "-".join(surname)


def _belongs_to_surname(words: list[str], i: int, size: int) -> bool:
    """Whether `words[i]`, right before the `size` surname words after it, is a particle of it."""
    word = words[i]
    if word in ARABIC_ARTICLES:
        return True
    if word not in SURNAME_PARTICLES:
        return False
    if word in GIVEN_NAME_PARTICLES:
        return word in PARTICLE_SPELLINGS and i > 0   # "бен" after a first word: "бин"
    return True


# Types whose every mode is a meeting of its parties, whoever came to whom: a visit ("Макрон посетил Путина")
# and a meeting of the same two ("Путин встретился с Макроном") are one event.
PARTY_TYPES = frozenset({"CONSULT"})


def event_key(type_: str, sources: Iterable[Any], targets: Iterable[Any], symmetric: bool = False, *,
              surnames: bool = True, party: Callable[[str], str] | None = None) -> str:
    """The identity of an event within a story (two reports are one event when their keys are equal).

    A directional act ("X обвинил Y") is `T:X>Y`.  A symmetric one (a call, talks, a signed treaty, `symmetric`),
    and any CONSULT, is `T:<>` + all its parties, however the text split them into sides ("Путин → Макрон",
    "Макрон → Путин", "Путин, Макрон и Шольц").  A document's own person id counts by its surname
    (`party_key`; `surnames=False` gives the key stores wrote before it, `legacy_event_keys`, which a
    new report also matches).  One key per report, compared for
    equality, so the merge does
    not depend on the order reports arrive in.  Stories stored before these keys (directional for every
    type) keep their rows until `khronika reprocess` re-derives them."""
    sources, targets = list(sources), list(targets)
    if symmetric or type_ in PARTY_TYPES:
        return f"{type_}:<>{actor_key([*sources, *targets], surnames=surnames, party=party)}"
    return (f"{type_}:{actor_key(sources, surnames=surnames, party=party)}>"
            f"{actor_key(targets, surnames=surnames, party=party)}")


def legacy_event_keys(type_: str, sources: Iterable[Any], targets: Iterable[Any],
                      symmetric: bool = False) -> tuple[str, ...]:
    """The keys earlier stores wrote for this report: full ids (before the seventeenth session's
    surnames).  Not the seventeenth session's key by each person id's last word: that is also the
    current key of another person ("Ханс Браун" → `braun` beside "Вернер фон Браун", whose last word
    it is), and matching it merged the two, or not, by the order their reports came in (review
    rev18_D 3); a store written then merges such reports with new ones after `khronika reprocess`."""
    sources, targets = list(sources), list(targets)
    return (event_key(type_, sources, targets, symmetric, surnames=False),)


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
