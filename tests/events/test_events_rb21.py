"""Helper rb21 (twenty-first session; review rev21_A M4, L1): mends of e21's capitals.

- Only a strike that happened strikes the city (`_attacked_place`): a hypothetical, threatened or negated
  strike on a capital ("может нанести удар по Киеву", "планирует атаковать Тбилиси", "пригрозил ответным
  ударом по Москве", "не наносила удар по Киеву") is aimed at its government, and the city is not its place.
- A capital's name that the document uses as a person's name is no state (`tree._without_surnames`): a
  mention tagged as a person, the surname of a full name in the document ("Эрик Берн … Берн раскритиковал
  Фрейда"), or a name right after a first name.

Sentences written for the tests, not taken from any gold or read document.  Rows marked "old" fail on the code
before the round (5aaffa4); the guards pass on both."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event

# paragraph, type, source names, target names expected among the events
FOUND = [
    # old: a strike that has not happened names the capital's state
    ("Россия может нанести удар по Киеву в ближайшие дни, считают эксперты.", "ASSAULT", {"Россия"}, {"Украина"}),
    ("Израиль может нанести удар по Тегерану.", "ASSAULT", {"Израиль"}, {"Иран"}),
    ("Киев пригрозил ответным ударом по Москве.", "ASSAULT", {"Украина"}, {"Россия"}),
    ("Россия не наносила удар по Киеву.", "ASSAULT", {"Россия"}, {"Украина"}),
    # guards: a strike that happened strikes the city; a threat to strike threatens the state
    ("Российские войска нанесли удар по Киеву.", "ASSAULT", set(), {"Киев"}),
    ("ВВС Сирии наносят удары по районам Дамаска.", "ASSAULT", set(), {"Дамаск"}),
    ("Москва грозит ударить по Киеву.", "THREATEN", {"Россия"}, {"Украина"}),
    # guards: a capital that is no surname stays its state
    ("Берн раскритиковал Москву за вмешательство.", "ACCUSE", {"Швейцария"}, {"Россия"}),
    ("Вашингтон раскритиковал Москву за вмешательство.", "ACCUSE", {"США"}, {"Россия"}),
    ("А Варшава удостоилась похвалы Трампа.", "SUPPORT", {"Дональд Трамп"}, {"Польша"}),  # "А" is no first name
]


@pytest.mark.parametrize("text, type_, source, target", FOUND)
def test_rb21_found(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded ("TYPE", "TYPE:name" or "TYPE:source>target")
NOT_CODED = [
    # old: the city not struck is neither the target nor (see below) the place
    ("Генштаб планирует атаковать Тбилиси.", "ASSAULT:Тбилиси"),
    ("Россия может нанести удар по Киеву в ближайшие дни, считают эксперты.", "ASSAULT:Киев"),
    # old: a capital's name used as a person's surname
    ("Эрик Берн был психологом. Берн раскритиковал Фрейда.", "ACCUSE:Швейцария"),
    ("Джордж Вашингтон был первым президентом. Вашингтон раскритиковал генерала Ли.", "ACCUSE:США"),
    # guard: a strike that happened is not on the state
    ("Российские войска нанесли удар по Киеву.", "ASSAULT:Украина"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_rb21_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found


# paragraph, the event's type, its expected location name (None: no location)
PLACES = [
    # old: a strike not done has no place in the city
    ("Россия может нанести удар по Киеву в ближайшие дни, считают эксперты.", "ASSAULT", None),
    ("Генштаб планирует атаковать Тбилиси.", "ASSAULT", None),
    # guard: a strike done is in the city
    ("Российские войска нанесли удар по Киеву.", "ASSAULT", "Киев"),
]


@pytest.mark.parametrize("text, type_, place", PLACES)
def test_rb21_place(code_paragraph, text: str, type_: str, place: str | None) -> None:
    events = [e for e in code_paragraph(text).events if e.type == type_]
    assert events and all((e.location.name if e.location else None) == place for e in events), events
