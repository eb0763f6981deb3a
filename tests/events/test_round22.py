"""Round 22 (issue 5): triggers that fired but gave no event, reviewed in bulk over a 250-document sample.

- An act noun with no agent of its own that is the manner or ground of a verb (its bare instrumental, "объяснил
  отставку несогласием с X"; a "с" + instrumental phrase, "обрушился с критикой"; "в знак протеста"; or carrying the
  reflexive "свой", "в своём обращении к X") is the act of that verb's subject.  Not the instrumental of a passive
  (the agent), nor an act noun governed by another noun ("митинги с требованием").
- An agentless act done "по решению X" / "в соответствии с постановлением X" is X's.
- A ban on entering a country is that country's.
- An agentless release or ban in a story about one foreign state is "власти <страны>" (the gold guide's name for
  unnamed authorities).
- Seized shares "принадлежащие X" fall on X even when they are another company's shares.

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # the bare instrumental of a verb
    ("Министр Олег Смирнов объяснил свою отставку несогласием с политикой президента Ивана Петрова.", "REJECT",
     {"Олег Смирнов"}, {"Иван Петров"}),
    ("Россия ответила санкциями против Японии.", "SANCTION", {"Россия"}, {"Япония"}),
    # "с" + instrumental: the manner of the subject's act
    ("Президент Франции Эмманюэль Макрон находится с официальным визитом в Японии.", "CONSULT",
     {"Эммануэль Макрон"}, {"Япония"}),
    # the reflexive "свой" refers to the clause's subject
    ("В своем обращении к президенту Ивану Петрову мэр Олег Смирнов предупредил о кризисе.", "REQUEST",
     {"Олег Смирнов"}, {"Иван Петров"}),
    # "в знак": the ground of the subject's act (helper nx, rv20_Q: coded once, as the lexicon's "[знак] протест"
    # REJECT, the gold's reading of a resignation in protest; the PROTEST of the same words was its duplicate)
    ("В 2005 году Олег Смирнов ушел в отставку в знак протеста против действий президента Ивана Петрова.", "REJECT",
     {"Олег Смирнов"}, {"Иван Петров"}),
    # the author of the decision an agentless act was done by; the seized shares' owner
    ("По решению Верховного суда Индии с журналиста Раджа Кумара сняты все обвинения.", "RETREAT",
     {"Верховный суд Индии"}, {"Радж Кумар"}),
    ("На акции компании «Ромашка», принадлежащие «Газпрому», наложен арест в соответствии с постановлением "
     "Арбитражного суда Москвы.", "COERCE", {"Арбитражный суд Москвы"}, {"Газпром"}),
    # a ban on entering a country is that country's
    ("Министру Олегу Смирнову запрещен въезд в страны Евросоюза.", "COERCE", {"Евросоюз"}, {"Олег Смирнов"}),
    ("Суд в Варшаве приговорил мэра Олега Смирнова к штрафу. Через два дня Смирнову запретили въезжать в Германию.",
     "COERCE", {"Германия"}, {"Олег Смирнов"}),
    # an agentless release or ban in a story about one foreign state: its authorities
    ("Власти Турции задержали журналиста Ивана Петрова. Петров провел в тюрьме в Турции три месяца. Во вторник Иван "
     "Петров был освобожден из тюрьмы.", "RETREAT", {"власти Турции"}, {"Иван Петров"}),
    ("Верховный суд Египта рассмотрел дело. Блогеру Ахмеду Саиду запрещено покидать Египет.", "COERCE",
     {"власти Египта"}, {"Ахмед Саид"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round22_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, "TYPE:name" among the actors, or "TYPE:source>target")
NOT_CODED = [
    # an act noun governed by another noun is not the manner of the clause's verb
    ("Олег Смирнов рассказал о митингах с требованием отставки губернатора Петра Иванова.",
     "REQUEST:Олег Смирнов>Пётр Иванов"),
    # the instrumental of a passive names its agent, not the subject's manner
    ("Олег Смирнов был задет критикой в адрес губернатора Петра Иванова.", "ACCUSE:Олег Смирнов>Пётр Иванов"),
    # an instrumental of time or measure is no act ("зимой", "годами"): no lexicon trigger, nothing to hold
    ("Олег Смирнов годами критиковал мэра Ивана Петрова.", "ACCUSE:Иван Петров>Олег Смирнов"),
    # "согласно решению" cites a decision: the act told was not done by it
    ("Согласно решению Страсбургского суда, расстрел польских офицеров под Катынью был военным преступлением.",
     "ASSAULT"),
    # in a story about Russia an agentless release is not given to "власти России"
    ("Суд Москвы рассмотрел дело блогера Ивана Петрова. Во вторник Иван Петров был освобожден из СИЗО.",
     "RETREAT:власти России"),
    # a ban on a thing is not on its owner
    ("Президент Египта Абдель Фаттах ас-Сиси выступил в Каире. Египетские СМИ сообщили, что деятельность партии "
     "«Ромашка» запрещена.", "COERCE"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round22_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
