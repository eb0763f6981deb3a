"""(round 16) One verdict told twice with its court named two ways is one event.

A story tells the acquittal or the sentence of one person again and again, and names the court each time
differently ("Пакистанский суд оправдал X" in the headline, "Верховный суд Пакистана оправдал X" in the body;
"суд первой инстанции приговорил X", later "X, которая была приговорена" read as "суд Пакистана").  Exact
duplicates are merged already (`coder.merge_duplicates`); here events of one type and mode against the same
targets whose every source is a court merge too, and the best-named court stands for them (`_naming_rank`; ties:
the first told).
"""
from __future__ import annotations

from typing import Callable

from khronika.events.dating import later_report_dates
from khronika.events.lexicon import fold
from khronika.nlp.doc import Event, EventActor

COURT_WORDS = frozenset({"суд", "трибунал"})
VERDICT_TYPES = frozenset({"COERCE", "RETREAT"})
LOCAL_ID_PREFIX = "x:"  # ids the document made up for names the registry lacks


def is_court(actor: EventActor) -> bool:
    return bool(COURT_WORDS & set(fold(actor.name).split()))


def _naming_rank(actor: EventActor) -> tuple[bool, bool, int]:
    """How well a court's name says which court: a registry court first, then a name with a proper name after its
    first word ("Верховный суд Пакистана", "суд Пакистана" over "Пакистанский суд", "суд первой инстанции"), then the
    longer name ("Верховный суд Пакистана" over "суд Пакистана")."""
    words = actor.name.split()
    registry = bool(actor.actor_id) and not (actor.actor_id or "").startswith(LOCAL_ID_PREFIX)
    return registry, any(word[:1].isupper() for word in words[1:]), len(words)


def _verdict_key(event: Event) -> tuple | None:
    if event.type not in VERDICT_TYPES or not event.source_actors or not event.target_actors \
            or not all(is_court(a) for a in event.source_actors):
        return None
    targets = frozenset(a.actor_id or fold(a.name) for a in event.target_actors)
    return (event.type, event.mode, targets, event.negated, event.hypothetical)


def merge_court_restatements(events: list[Event],
                             dated_by_own_sentence: Callable[[Event], bool] | None = None) -> list[Event]:
    """Keep the first report of each court decision on the same people; it takes the best-named court, and a
    later report's date from the text as `coder.merge_duplicates` does (an undated first report, or one dated
    by the publication day when the later report's own sentence gives the date; review rev19_A 12)."""
    first_of: dict[tuple, Event] = {}
    kept: list[Event] = []
    for event in events:
        key = _verdict_key(event)
        if key is None:
            kept.append(event)
            continue
        first = first_of.get(key)
        if first is None:
            first_of[key] = event
            kept.append(event)
            continue
        if max(map(_naming_rank, event.source_actors)) > max(map(_naming_rank, first.source_actors)):
            first.source_actors = event.source_actors
        later_report_dates(first, event, dated_by_own_sentence)
    return kept
