"""Session 19, helper en (issue 5): the parties of an event noun read from the clause around it
(`khronika.events.nominal`, hooks in `coder.py`; the headline prefix in `paths.follow`).

- A meeting, talks or call noun naming only the (named) one met is also the act of the subject of the clause it
  frames ("после / по итогам / в ходе / во время [встречи] с X, Y заявил"), the frame standing before the verb, or
  of the subject of a verb of joining it ("принял участие в [переговорах] с X").
- The subject of a verb of receiving or undergoing a directed act is its target, the "от" phrase its giver
  ("Украина получила [поддержку] ЕС", "Иран получил [помощь] от России", "удостоилась [похвалы]").
- A singular possessive the tagger left as "его"/"её" on an act received names its giver ("удостоилась его [похвалы]").
- The genitive of an accusation noun is the accuser when the noun's own phrase names the accused ("в адрес").
- A demand's content clause names its target ("[требование] X о том, чтобы Y …", "выдвинула [требование], чтобы Y").
- An arrest or search noun that is the subject of a verb of taking place is told as done ("в Москве прошли
  [обыски] у X": the unnamed Russian law enforcement convention, "силовики").
- A headline prefix before a colon that holds the trigger itself is the event's own clause, not an attribution
  ("Встреча Байдена и Путина: главное").

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event
from khronika.events.lexicon import is_symmetric

# paragraph, type, source, target: the event is coded with these names among its actors (every row fails on the
# old code).  Symmetric acts are compared as coded: the one met first, the framed subject second (either order
# passes for them only; a directed act must be coded in the direction given).
CODED = [
    # the clause a comitative act frames
    ("После встречи с Владимиром Путиным Эммануэль Макрон заявил о прогрессе.",
     "CONSULT", {"Владимир Путин"}, {"Эммануэль Макрон"}),
    ("После телефонного разговора с Владимиром Путиным Эммануэль Макрон заявил о прогрессе.",
     "CONSULT", {"Владимир Путин"}, {"Эммануэль Макрон"}),
    ("Эммануэль Макрон по итогам переговоров с Владимиром Путиным заявил о прогрессе.",
     "CONSULT", {"Владимир Путин"}, {"Эммануэль Макрон"}),
    ("В ходе встречи с Ангелой Меркель Эммануэль Макрон обсудил поставки газа.",
     "CONSULT", {"Ангела Меркель"}, {"Эммануэль Макрон"}),
    # a verb of joining it
    ("Владимир Путин принял участие в переговорах с Си Цзиньпином.", "CONSULT", {"Си Цзиньпин"}, {"Владимир Путин"}),
    # receiving or undergoing
    ("Украина получила поддержку Евросоюза.", "SUPPORT", {"Евросоюз"}, {"Украина"}),
    ("Иран получил помощь от России.", "AID", {"Россия"}, {"Иран"}),
    ("Россия получила требование НАТО.", "REQUEST", {"НАТО"}, {"Россия"}),
    # a possessive the tagger left as "его"
    ("Дональд Трамп выступил в ООН. Варшава удостоилась его похвалы.", "SUPPORT", {"Дональд Трамп"}, {"Польша"}),
    # the accuser's genitive beside the accused's own phrase
    ("Обвинения Москвы в адрес Киева прозвучали на заседании СБ ООН.", "ACCUSE", {"Россия"}, {"Украина"}),
    # a demand's content clause
    ("Требование Владимира Путина о том, чтобы Германия платила за газ в рублях, нарушит санкции.",
     "REQUEST", {"Владимир Путин"}, {"Германия"}),
    # an arrest or search noun taking place
    ("В Петербурге прошли обыски у журналистов «Фонтанки».", "COERCE", {"силовики"}, {"журналист «Фонтанки»"}),
    ("В Москве начались задержания участников акции.", "COERCE", {"силовики"}, {"участник акции"}),
    # a headline prefix holding the trigger itself
    ("Встреча Байдена и Путина: главное.", "CONSULT", {"Джо Байден"}, {"Владимир Путин"}),
]

# paragraph, what must not be coded ("TYPE", "TYPE:name" or "TYPE:source>target")
NOT_CODED = [
    # a frame after its verb may belong to a phrase about someone else
    ("Ирина Петрова резко ответила на пост Эммануэля Макрона после встречи с Владимиром Путиным.",
     "CONSULT:Ирина Петрова"),
    # no one named met: an interview
    ("В ходе беседы с журналистом певица Юлия Петрова рассказала о платье.", "CONSULT"),
    # an act talked about, not framing the clause
    ("Эммануэль Макрон рассказал о встрече с Владимиром Путиным.", "CONSULT"),
    # a decision on an arrest is no arrest told (the noun is not what took place)
    ("В Москве суд принял решение об аресте Ивана Петрова.", "COERCE:силовики"),
    # alone, the genitive of an accusation noun may be the accused
    ("Обвинения Алексея Навального в экстремизме прозвучали в суде.", "ACCUSE:Алексей Навальный>"),
    # a headline attribution stays one: the speaker is not a party of the act after the colon
    ("Песков: Путин и Макрон провели переговоры.", "CONSULT:Дмитрий Песков"),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_nominal_en_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    doc = code_paragraph(text)
    found = coded(doc)
    # (review rev19_A 3) the reversed order is accepted only for an act done together (`is_symmetric`): a directed
    # act (SUPPORT, AID, REQUEST, ACCUSE, COERCE) must be coded from its source to its target
    together = [c for c, e in zip(found, doc.events) if is_symmetric(e)]
    assert has_event(found, type_, source, target) or has_event(together, type_, target, source), found


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_nominal_en_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
