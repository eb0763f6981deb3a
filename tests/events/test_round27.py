"""Round 27 (issue 5): actor naming, third pass — staff groups named with the places of their units (the gold
guide's "Conventions a scorer must know": a group is named whole, "пилоты Ryanair в Ирландии, Швеции, …").

- Staff whose employer the story supplies keep where they work when the text says it through a genitive unit noun
  ("подразделение", "филиал", "отделение", "представительство"): its country adjectives, each naming one state
  ("пилоты итальянского и испанского подразделений лоукостера" → "пилот <компания> в Италии и Испании", the
  states put in the locative), or places after "в" on the unit's phrase (kept as written).
- A unit adjective that names no state ("крупнейшего подразделения") gives no places.
- A headline's event is not restated by a body event whose subject comes after "также" / "тоже" (more actors than
  the ones named before) when the headline names a state and the body's sentence does not ("Немецкие пилоты …
  начали забастовку" / "О забастовке объявили также пилоты итальянского … подразделений"); when the body's
  sentence names the headline's state ("… также пилоты … в Италии и Германии"), the headline still goes.

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event
from khronika.nlp.doc import Article

STORY = ("Авиакомпания Lufthansa отказалась повысить зарплаты пилотам. Руководство Lufthansa назвало требования "
         "пилотов завышенными. ")

# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # country adjectives of the units → the states, in the locative
    (STORY + "О забастовке объявили также пилоты итальянского и испанского подразделений перевозчика.", "PROTEST",
     {"пилот Lufthansa в Италии и Испании"}, {"Lufthansa"}),
    (STORY + "О забастовке объявили также бортпроводники французского, польского и австрийского филиалов "
     "перевозчика.", "PROTEST", {"бортпроводник Lufthansa во Франции, Польше и Австрии"}, {"Lufthansa"}),
    # places after "в" on the unit's phrase, as written
    (STORY + "О забастовке объявили также пилоты подразделений перевозчика в Италии, Испании и Португалии.", "PROTEST",
     {"пилот Lufthansa в Италии, Испании и Португалии"}, {"Lufthansa"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round27_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, "TYPE:name" among the actors, or "TYPE:source>target")
NOT_CODED = [
    # the bare employer's staff when the text says which units: not the whole staff
    (STORY + "О забастовке объявили также пилоты итальянского и испанского подразделений перевозчика.",
     "PROTEST:пилот Lufthansa>Lufthansa"),
]

# paragraph, type, source: an adjective naming no state gives no places
PLAIN = [
    (STORY + "О забастовке объявили также пилоты крупнейшего подразделения перевозчика.", "PROTEST",
     {"пилот Lufthansa"}),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round27_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found


@pytest.mark.parametrize("text, type_, source", PLAIN)
def test_round27_plain(code_paragraph, text: str, type_: str, source: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, {"Lufthansa"}), found


def _events(pipeline, title: str, body: str) -> list[tuple[str, list[str], list[str]]]:
    doc = pipeline(Article(id="t", source="test", title=title, published="2022-01-28T16:49:00+03:00", language="ru",
                           lead="", paragraphs=[body]))
    return [(e.type, [a.name for a in e.source_actors], [a.name for a in e.target_actors]) for e in doc.events]


# headline, body, type, source of the headline's event: kept (the body's "также" event is other actors)
HEADLINE_KEPT = [
    ("Немецкие пилоты авиакомпании Lufthansa начали забастовку",
     "О забастовке объявили также пилоты итальянского и испанского подразделений перевозчика.", "PROTEST",
     "Немецкий пилот Lufthansa"),
]

# headline, body, type, source of the headline's event: dropped (the body's sentence names the headline's state)
HEADLINE_DROPPED = [
    ("Немецкие пилоты авиакомпании Lufthansa начали забастовку",
     "О забастовке объявили также пилоты авиакомпании Lufthansa в Италии и Германии.", "PROTEST",
     "Немецкий пилот Lufthansa"),
]


@pytest.mark.parametrize("title, body, type_, source", HEADLINE_KEPT)
def test_round27_headline_kept(pipeline, title: str, body: str, type_: str, source: str) -> None:
    found = _events(pipeline, title, body)
    assert any(t == type_ and source in s for t, s, _ in found), found


@pytest.mark.parametrize("title, body, type_, source", HEADLINE_DROPPED)
def test_round27_headline_dropped(pipeline, title: str, body: str, type_: str, source: str) -> None:
    found = _events(pipeline, title, body)
    assert not any(t == type_ and source in s for t, s, _ in found), found
