"""Event places (issue 5; eighteenth session, helper l1): `attributes.choose_location` and `events/places.py`.

The order: 1. the trigger's own locative "в/на X" (a place noun naming its place counts: "в провинции Идлиб" →
Идлиб); 2. the town of a building-institution named in a locative ("в Белом доме" → Вашингтон; not the
institution speaking, not another state's building than the parties'); 3. the town a local institution source
is named with ("суд Лахора" → Лахор; a district of a town → the town; a whole state's court is not placed);
4. for a strike or a demonstration, the state its group source is named with ("немецкие пилоты" → Германия; not
one of several states); 5. for an attack, arrest or seizure, where its object is ("разогнала лагерь в Минске");
6. for a demand a protest is held with, the protest's place.  A place the text states stays, a whole state
included ("в Швеции суд отклонил жалобу" is in Швеция).

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from khronika.nlp.doc import Doc

# paragraph, event type, a target name of the event, expected place (None: no place)
PLACES = [
    # 1. the trigger's own locative through a place noun (fail on the old code)
    ("В провинции Хама боевики сбили сирийский вертолёт.", "ASSAULT", "Сирия", "Хама"),
    ("Вчера в аэропорту Мюнхена полицейские задержали Ивана Петрова.", "COERCE", "Иван Петров", "Мюнхен"),
    ("В городе Гамбург полиция задержала Ивана Петрова.", "COERCE", "Иван Петров", "Гамбург"),
    # the trigger's own locative, a place named as such (passes on both)
    ("В Мюнхене полицейские задержали Ивана Петрова.", "COERCE", "Иван Петров", "Мюнхен"),
    # 2. a building-institution's town (fail on the old code)
    ("Джо Байден принимает в Белом доме своего французского коллегу Эммануэля Макрона.",
     "CONSULT", "Джо Байден", "Вашингтон"),
    ("Владимир Путин принял в Кремле президента Франции Эммануэля Макрона.", "CONSULT", "Владимир Путин", "Москва"),
    ("Накануне Навальный вышел на одиночный пикет возле Госдумы.", "PROTEST", "Государственная дума", "Москва"),
    # not a building of another state than the parties' ("Белый дом" of Moscow read as Washington's) (both)
    ("Премьер-министр России Михаил Мишустин провёл в Белом доме встречу с президентом Сербии Александром Вучичем.",
     "CONSULT", "Александр Вучич", None),
    # not the institution speaking (passes on both)
    ("В Кремле заявили, что Украина нарушила договорённости.", "ACCUSE", "Украина", None),
    # 3. the seat of a local institution (fail on the old code)
    ("Окружной суд Роттердама наложил арест на акции компании «Газпром».", "COERCE", "Газпром", "Роттердам"),
    ("Суд Карачи приговорил Ивана Петрова к пяти годам тюрьмы.", "COERCE", "Иван Петров", "Карачи"),
    ("Прокуратура города Турин обвинила Ивана Петрова в мошенничестве.", "ACCUSE", "Иван Петров", "Турин"),
    ("Суд Ленинского района города Минска приговорил Ивана Петрова к трём годам колонии.",
     "COERCE", "Иван Петров", "Минск"),
    # a whole state's court is not placed (passes on both)
    ("Верховный суд Пакистана оправдал Ивана Петрова.", "RETREAT", "Иван Петров", None),
    # 4. a strike by a group named with its state (fail on the old code)
    ("Французские пилоты авиакомпании Ryanair начали забастовку.", "PROTEST", "Ryanair", "Франция"),
    ("Пилоты авиакомпании Ryanair в Италии начали забастовку.", "PROTEST", "Ryanair", "Италия"),
    # not one state of several (passes on both)
    ("Пилоты авиакомпании Ryanair в Италии, Испании и Португалии начали забастовку.", "PROTEST", "Ryanair", None),
    # 5. an arrest or a dispersal where its object is (fails on the old code)
    ("Полиция разогнала лагерь оппозиции в Минске.", "COERCE", "оппозиция", "Минск"),
    # 6. a demand a protest is held with, where the protest is (fails on the old code)
    ("Накануне Навальный вышел на одиночный пикет возле Госдумы с требованием отправить в отставку депутата "
     "Леонида Слуцкого.", "REQUEST", "Государственная дума", "Москва"),
    # a stated state stays the place, for a court's act as for the police's (pass on both)
    ("В Швеции суд отклонил жалобу компании «Газпром».", "REJECT", "Газпром", "Швеция"),
    ("В Швеции полиция задержала Ивана Петрова.", "COERCE", "Иван Петров", "Швеция"),
]


def _events(doc: Doc, type_: str, target: str) -> list:
    return [e for e in doc.events if e.type == type_ and target in {a.name for a in e.target_actors}]


@pytest.mark.parametrize("text, type_, target, place", PLACES)
def test_event_place(code_paragraph, text: str, type_: str, target: str, place: str | None) -> None:
    doc = code_paragraph(text)
    events = _events(doc, type_, target)
    assert events, [(e.type, [a.name for a in e.source_actors], [a.name for a in e.target_actors]) for e in doc.events]
    assert {e.location.name if e.location else None for e in events} == {place}


# rev18_A 2: a place of a town the registry cannot put in a state must not drop the unnamed agent of an arrest
AGENTS = [  # paragraph, target → (the event's source, its place)
    ("В России продолжаются задержания блогеров. В городе Копейске Челябинской области задержали блогера "
     "Сергея Иванова.", "Сергей Иванов", ("силовики", "Копейск")),
    ("В Пакистане продолжаются протесты. В городе Мултан задержали двух активистов.", "активист",
     ("полиция Пакистана", "Мултан")),
]


@pytest.mark.parametrize("text, target, expected", AGENTS)
def test_a_new_place_keeps_the_unnamed_agent(code_paragraph, text, target, expected):
    events = _events(code_paragraph(text), "COERCE", target)
    assert [(", ".join(a.name for a in e.source_actors), e.location.name if e.location else None)
            for e in events] == [expected]


# rev18_C 3: the places of place nouns are read after the actors, so they add no arrest with a guessed agent
NO_NEW_AGENT = [
    "Российский бизнесмен арестован на Мальдивах.",
    "Полиция Сингапура расследует дело о мошенничестве. Женщина задержана на Ленинградском шоссе.",
]


@pytest.mark.parametrize("text", NO_NEW_AGENT)
def test_a_place_adds_no_guessed_agent(code_paragraph, text):
    assert [e for e in code_paragraph(text).events if e.type == "COERCE"] == []


def test_a_threat_has_no_place_of_its_target(code_paragraph):
    """rev18_E 1: the place re-read after the actors must not undo the threat rule."""
    [threat] = [e for e in code_paragraph("Израиль пригрозил нанести удары в Ливане.").events if e.type == "THREATEN"]
    assert threat.location is None
