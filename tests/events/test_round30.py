"""Round 30 (issue 5): fixes learnt from the misses of a third blind dev set (gold/events-dev3) and of dev2 part A.

- An organisation's staff named by an inanimate collective noun with a modifier saying whose ("персонал
  компании", "экипаж судна") is a group like "сотрудники": its demands and strikes are aimed at the employer; a bare
  "персонал" stays no actor.
- A state named only as where someone came back from ("по возвращении из Италии") is not where what happened to
  them on arrival took place: it gives no "полиция <страны>" for an agentless arrest.
- An instrumental agent the parser made a predicate (xcomp) of a passive is the agent when it names an
  organisation or a state ("оправданной Верховным судом Ирана"), so the court is named, not guessed.
- "Решение суда привело к протестам": a decision that led to protests prompted them (as "вызвало").
- "Бастующие" alone are the strikers of the strike just reported, and the management staff address their demands
  to ("от руководства X", "от руководства") is the employer.
- A group of a high court's people ("судьи Верховного суда") takes the story's state as a bare high court does.

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event

# paragraph, type, source, target: the event is coded with these names among its actors
CODED = [
    # staff collectives
    ("Персонал авиакомпании «Аэрофлот» требует повышения зарплат.", "REQUEST", {"персонал «Аэрофлот»"},
     {"Аэрофлот"}),
    ("Персонал компании Ryanair требует повышения зарплаты и улучшения условий труда.", "REQUEST",
     {"персонал Ryanair"}, {"Ryanair"}),
    # a passive's instrumental agent parsed as a predicate
    ("Журналистке Анне Ивановой, оправданной Верховным судом Ирана, запрещено покидать страну.", "RETREAT",
     {"Верховный суд Ирана"}, {"Анна Иванова"}),
    # a decision that led to protests
    ("Решение Верховного суда Ирана освободить журналиста привело к массовым протестам исламистов.", "PROTEST",
     {"исламист"}, {"Верховный суд Ирана"}),
    # strikers and their employer's management
    ("Пилоты авиакомпании Ryanair начали забастовку. Бастующие требуют от руководства повысить зарплаты.",
     "REQUEST", {"пилот Ryanair"}, {"Ryanair"}),
    ("Сотрудники компании «Северсталь» начали забастовку против «Северстали». Бастующие требуют от руководства "
     "«Северстали» повысить зарплаты.", "REQUEST", {"сотрудник «Северсталь»"}, {"Северсталь"}),
    # judges of a high court named without its state
    ("Верховный суд Ирана оправдал журналиста Ивана Петрова. Протесты в Иране продолжаются. Радикалы призвали к "
     "убийству судей Верховного суда.", "THREATEN", {"радикал"}, {"судья Верховного суда Ирана"}),
]

# paragraph, what must not be coded ("TYPE", "TYPE:name" or "TYPE:source>target")
NOT_CODED = [
    ("Рейсы были отменены в связи с забастовкой персонала.", "PROTEST"),
    ("По возвращении из Италии бывший министр Иван Петров был задержан.", "COERCE:полиция Италии"),
    ("Пилоты авиакомпании Ryanair начали забастовку. Бастующие требуют от руководства повысить зарплаты.",
     "REQUEST:Бастующие"),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round30_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round30_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
