"""Helper e21 (issue 5, recall on new text): capitals standing for their governments.

- Every national capital of the registry stands for its government as a participant ("переговоры с Исламабадом"
  → Пакистан, "Вена призвала" → Австрия), as the gold guide says of Москва / Вашингтон / Киев; the coder knew 18.
- A capital struck is the city, not its government ("удар по Киеву" → Киев): the guide names the place struck.
  A threat to strike it is aimed at the government, as before ("грозит ударить по Киеву" → Украина).

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event

# paragraph, type, source names, target names expected among the events (each fails on main 51f753b)
FOUND = [
    # a capital for its government
    ("Канада ведет переговоры с Исламабадом о предоставлении убежища Ивану Петрову.", "CONSULT", {"Канада"},
     {"Пакистан"}),
    ("Вена призвала Москву соблюдать договор.", "REQUEST", {"Австрия"}, {"Россия"}),
    ("Рига обвинила Москву во вмешательстве в выборы.", "ACCUSE", {"Латвия"}, {"Россия"}),
    # a capital struck is the city
    ("Российские войска нанесли удар по Киеву.", "ASSAULT", set(), {"Киев"}),
    ("Российские войска нанесли удары по районам Киева.", "ASSAULT", set(), {"Киев"}),
]


@pytest.mark.parametrize("text, type_, source, target", FOUND)
def test_e21_found(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded ("TYPE", "TYPE:name" or "TYPE:source>target")
NOT_CODED = [
    # (rule 2) the city struck, not its state
    ("Российские войска нанесли удар по Киеву.", "ASSAULT:Украина"),
    # guards (pass before and after): a venue is no party; a capital that is the scene of an arrest is not the
    # arrester; the districts of a newly listed capital struck stay the city's
    ("Переговоры России и Ирана прошли в Вене.", "CONSULT:Австрия"),
    ("Иван Петров был арестован в Каире.", "COERCE:Каир"),
    ("ВВС Сирии наносят удары по районам Дамаска.", "ASSAULT:Сирия"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_e21_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found


# guards: wordings the rules must leave as they were
KEPT = [
    # a registered foreign city gives its state, as before
    ("Ивана Петрова арестовали в Париже.", "COERCE", {"Франция"}, {"Иван Петров"}),
    ("Иван Петров был арестован в Каире.", "COERCE", {"Египет"}, {"Иван Петров"}),
    # a metonym that was already known
    ("Вашингтон обвинил Москву во вмешательстве в выборы.", "ACCUSE", {"США"}, {"Россия"}),
    # an attack on a state named as such keeps the state
    ("Армия Азербайджана нанесла удар по Армении.", "ASSAULT", set(), {"Армения"}),
    # a threat to strike a capital threatens its state
    ("Москва грозит ударить по Киеву.", "THREATEN", {"Россия"}, {"Украина"}),
]


@pytest.mark.parametrize("text, type_, source, target", KEPT)
def test_e21_kept(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found
