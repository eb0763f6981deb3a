"""Round 38 (issue 5): a protest or strike noun whose agent the parser lost — the genitive right after the
noun, hung by the parser on the governing verb or read as a second subject
(`khronika.events.completion.stray_genitive_agent`).

- "[Забастовка] водителей компании X …, началась": the genitive after the strike noun is its agent even when
  the parser reads it as a subject of the verb or a dependent of the verb; numerals before it are its own
  ("забастовки 300 докеров и 200 крановщиков").  The target then comes by the existing staff → employer path.
- Not a genitive that names no one ("забастовка 10 августа", "протесты прошлого года"), not the verb's only
  object (an animate plural's accusative looks like a genitive: "призвал к забастовке докеров").

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event

# paragraph, type, source, target: the event is coded with these names among its actors
CODED = [
    # the parser reads the genitive as a second subject of "началась" (fails on the old code)
    ("Забастовка докеров компании Maersk, которая продлится двое суток, началась в Гамбурге в понедельник.",
     "PROTEST", {"докер Maersk"}, {"Maersk"}),
    # numerals before the genitive, the parser hangs it on the verb as a second object (fails on the old code)
    ("Компания Maersk сообщила о закрытии терминала. Накануне Maersk была вынуждена закрыть терминал в Гамбурге "
     "из-за продлившейся сутки забастовки 300 докеров и 200 крановщиков.", "PROTEST", {"докер Maersk"}, {"Maersk"}),
    # a clean parse: the lexicon's own genitive path (passes on both)
    ("Забастовка водителей автобусов компании Arriva, объявленная профсоюзом, началась в Лондоне во вторник.",
     "PROTEST", {"водитель автобусов Arriva"}, {"Arriva"}),
]

# paragraph, what must not be coded ("TYPE", "TYPE:name" or "TYPE:source>target")
NOT_CODED = [
    # the genitive names a date or a time, not an agent
    ("Компания Maersk закрыла терминал в Гамбурге. Забастовка 10 августа продлится двое суток.", "PROTEST"),
    ("Протесты прошлого года начались в Гамбурге в понедельник.", "PROTEST"),
    # the verb's only object: a call for a strike is no strike
    ("Профсоюз призвал к забастовке докеров компании Maersk.", "PROTEST"),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round38_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round38_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
