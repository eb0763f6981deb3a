"""Round 16 (issue 5): precision on unread text — mentions that are no act or no party of their own.  An act noun
in "в случае" is a case considered; a class "каждый пятый житель" is no party; an outlet that talks with someone
interviews them; a bracketed spelling of a name is no second party; what someone believes ("считает, что") is an
opinion, unless it tells a wrongdoing (round 15's claims); a call for someone's death threatens them; a court named
only by its kind in a story about one foreign state is that state's court; one court decision told twice with the
court named two ways is one event, under its best name.  Sentences written for the
tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event
from khronika.events.court_restatements import merge_court_restatements
from khronika.nlp.doc import Event, EventActor


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # a call for someone's death or execution threatens them, with the addressee or without
    ("Радикалы призывали к публичной казни министра Ивана Петрова.", "THREATEN", {"радикал"}, {"Иван Петров"}),
    ("Радикалы призвали власти казнить министра Ивана Петрова.", "THREATEN", {"радикал"}, {"Иван Петров"}),
    # a call for anything else stays a request
    ("Радикалы призвали власти освободить Ивана Петрова.", "REQUEST", {"радикал"}, {"власти"}),
    # sanctions told as done are coded; "в случае" only guards its own noun
    ("США ввели санкции против Ирана, сообщил Иван Петров.", "SANCTION", {"США"}, {"Иран"}),
    # a wrongdoing someone believes was done is still their accusation (round 15's claims)
    ("Мария Смирнова считает, что Польша подрывает безопасность Европы.", "ACCUSE", {"Мария Смирнова"}, {"Польша"}),
    # a named body without a determiner is a party
    ("Жители Франции поддержали Эммануэля Макрона.", "SUPPORT", {"житель Франции"}, {"Эммануэль Макрон"}),
    # a meeting of two officials is a meeting
    ("Министр финансов Германии Кристиан Линднер встретился с министром финансов Франции Бруно Ле Мэром.",
     "CONSULT", {"Кристиан Линднер"}, {"Бруно Ле Мэр"}),
    # a court named only by its kind, in a story about one foreign state, is that state's court
    ("В Пакистане продолжаются протесты. Суд оправдал Ивана Петрова.", "RETREAT", {"суд Пакистана"}, {"Иван Петров"}),
    # ... in a story about Russia, or with no state leading the story, the bare name stays
    ("В Казани прошла акция. Суд оправдал Ивана Петрова.", "RETREAT", {"суд"}, {"Иван Петров"}),
    ("Франция и Египет спорят. Суд оправдал Ивана Петрова.", "RETREAT", {"суд"}, {"Иван Петров"}),
    # a court decision told twice: one event, under the best name of the court
    ("Иранский суд оправдал журналиста Ивана Петрова. Верховный суд Ирана оправдал Ивана Петрова с формулировкой "
     "«доказательств нет».", "RETREAT", {"Верховный суд Ирана"}, {"Иван Петров"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round16_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, "TYPE:name" among the actors, or "TYPE:source>target")
NOT_CODED = [
    # an act noun in "в случае" is a condition or a class of cases
    ("«В случае санкций США против Китая цены вырастут», — сказал экономист Иван Петров.", "SANCTION"),
    ("По его словам, в случае американских санкций в отношении Ирана это не так.", "SANCTION"),
    # a class picked by "каждый" is no party, with a numeral or without
    ("Опрос показал, что каждый пятый житель Франции поддерживает Эммануэля Макрона.", "SUPPORT"),
    ("Опрос показал, что каждый 20-й француз готов был бы лично убить Эммануэля Макрона.", "ASSAULT"),
    # an outlet talking with someone interviews them
    ("Телеканал Euronews побеседовал с министром финансов Германии Кристианом Линднером.", "CONSULT"),
    # a bracketed spelling of a name is the same person, not a target
    ("Резко раскритиковал предложение министра Ханса Мюллера депутат бундестага Карл Шульц (Karl Schulz), "
     "назвавший его «ошибкой».", "ACCUSE:Karl Schulz"),
    # what someone believes is an opinion
    ("Он считает, что Ангела Меркель идёт на значительные уступки Москве.", "CONCEDE"),
    ("Министр полагает, что Франция введёт санкции против Ирана.", "SANCTION"),
    # a killing that only prompts or dates a call is not what the call asks for
    ("Журналистка Мария Смирнова после убийства Ивана Петрова призвала изменить закон.", "THREATEN"),
    ("Из-за убийства Ивана Петрова депутаты призвали ужесточить закон.", "THREATEN"),
    # a call for a killing is no request
    ("Радикалы призывали к публичной казни министра Ивана Петрова.", "REQUEST"),
    # one acquittal told twice with the court named two ways is not two events
    ("Иранский суд оправдал журналиста Ивана Петрова. Верховный суд Ирана оправдал Ивана Петрова с формулировкой "
     "«доказательств нет».", "RETREAT:Иранский суд"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round16_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found


def _verdict(type_: str, court: str, court_id: str | None, target: str, sentence: int) -> Event:
    return Event(type=type_, mode=None, cameo="", source_actors=[EventActor(court_id, court)],
                 target_actors=[EventActor(None, target)], trigger="", start=sentence, stop=sentence + 1,
                 sentence=sentence)


# events in document order, the (type, source) pairs that must remain
MERGED = [
    # the same acquittal: the court named with its state's name after the first word wins
    ([_verdict("RETREAT", "Иранский суд", "x:org:a", "Иван Петров", 0),
      _verdict("RETREAT", "Верховный суд Ирана", None, "Иван Петров", 2)], [("RETREAT", "Верховный суд Ирана")]),
    # a registry court wins over any made-up name
    ([_verdict("COERCE", "суд Ирана", None, "Иван Петров", 0),
      _verdict("COERCE", "Тегеранский суд", "org:tehran-court", "Иван Петров", 1)], [("COERCE", "Тегеранский суд")]),
    # a sentence and an acquittal are two events; so are decisions on two people
    ([_verdict("COERCE", "суд Ирана", None, "Иван Петров", 0),
      _verdict("RETREAT", "Верховный суд Ирана", None, "Иван Петров", 1),
      _verdict("RETREAT", "Верховный суд Ирана", None, "Мария Смирнова", 2)],
     [("COERCE", "суд Ирана"), ("RETREAT", "Верховный суд Ирана"), ("RETREAT", "Верховный суд Ирана")]),
    # sources that are not courts are left to the exact-duplicate merge
    ([_verdict("RETREAT", "полиция", None, "Иван Петров", 0),
      _verdict("RETREAT", "Верховный суд Ирана", None, "Иван Петров", 1)],
     [("RETREAT", "полиция"), ("RETREAT", "Верховный суд Ирана")]),
]


@pytest.mark.parametrize("events, expected", MERGED)
def test_round16_court_restatements(events: list[Event], expected: list[tuple[str, str]]) -> None:
    merged = merge_court_restatements(events)
    assert [(e.type, e.source_actors[0].name) for e in merged] == expected
