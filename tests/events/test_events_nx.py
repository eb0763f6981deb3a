"""Helper nx (review rv20_Q M5 and the events items): "выслать в <страну>" sends, "в знак протеста" is one REJECT
(no PROTEST beside it), and two date classes: a day date closing a nominal trigger's own phrase, and the act told
in a document whose writing is dated.  Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest


def _events(doc, type_: str):
    return [e for e in doc.events if e.type == type_]


# paragraph, the COERCE/expel event expected (True) or not (False)
EXPEL = [
    # the send reading: a destination place, no origin, no deportee moved (rows that fail on a18b379)
    ("Министерство иностранных дел Франции выслало в Мали своего сотрудника для переговоров.", False),
    ("Государственный департамент США выслал в Армению сотрудника посольства.", False),
    # guards: an expulsion stays one
    ("Власти Франции выслали из страны гражданина России.", True),
    ("Россия выслала в Узбекистан мигрантов.", True),
    ("МИД Эстонии выслал российского дипломата.", True),
    ("Россия выслала в понедельник двух британских дипломатов.", True),
]


@pytest.mark.parametrize("text, expelled", EXPEL)
def test_nx_send_is_no_expulsion(code_paragraph, text: str, expelled: bool) -> None:
    found = [e for e in _events(code_paragraph(text), "COERCE") if e.mode == "expel"]
    assert bool(found) == expelled, [(e.trigger, e.source_actors, e.target_actors) for e in found]


# paragraph, the types expected on it (the REJECT of "в знак протеста", and no PROTEST duplicate)
IN_PROTEST = [
    ("В 2004 году Иван Петров ушёл в отставку в знак протеста против политики Сергея Смирнова.", {"REJECT"}),
    # guard: a protest without "знак" is still one
    ("Жители Самары протестовали против решения губернатора Сергея Смирнова.", {"PROTEST"}),
]


@pytest.mark.parametrize("text, types", IN_PROTEST)
def test_nx_sign_of_protest_is_one_event(code_paragraph, text: str, types: set[str]) -> None:
    doc = code_paragraph(text)
    assert {e.type for e in doc.events} & {"REJECT", "PROTEST"} == types, [(e.type, e.trigger) for e in doc.events]


# paragraph, type, the date expected on it
DATES = [
    # a day date closing a nominal trigger's own phrase (the parser hangs it inside the phrase)
    ("Премьер Франции Эдуар Филипп на встрече с префектами 18 октября заявил о намерении выслать из страны 230 "
     "человек.", "CONSULT", "2021-10-18"),
    # guard: the same day hung on the trigger's verb
    ("Министр на встрече с губернаторами 12 декабря заявил о новых мерах.", "CONSULT", "2021-12-12"),
    # the act told in a document ("письмо, в котором обвинил") is dated by the writing
    ("12 марта 2019 года Иван Петров написал письмо, в котором обвинил Сергея Смирнова в коррупции.", "ACCUSE",
     "2019-03-12"),
    ("5 июня 2018 года Иван Петров опубликовал статью, в которой раскритиковал губернатора и обвинил Сергея "
     "Смирнова во лжи.", "ACCUSE", "2018-06-05"),
    # guard: the verb's own date still wins
    ("Иван Петров 20 января обвинил Сергея Смирнова в коррупции.", "ACCUSE", "2022-01-20"),
]


@pytest.mark.parametrize("text, type_, day", DATES)
def test_nx_event_dates(code_paragraph, text: str, type_: str, day: str) -> None:
    found = _events(code_paragraph(text), type_)
    assert found and found[0].date == day, [(e.trigger, e.date) for e in found]
