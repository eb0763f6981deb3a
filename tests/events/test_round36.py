"""Round 36 (issue 5): classes of gold events whose trigger the lexicon did not know, tallied over all read gold (dev,
events-dev3, events-dev4, events-dev2 part A), written as the class's common wordings.

- Joint work named as such is COOPERATE (symmetric): "совместная работа / операция / расследование с X".
- Forces driven out of a place are ASSAULT attack: "X вытеснили Y из городов"; not a market or a project.
- An offensive named as an operation against X is ASSAULT attack.
- "обговорить с X" is CONSULT talks, like "обсудить с X".
- "отменить высшую меру (наказания)" overturns a death sentence: RETREAT, like "отменить приговор".
- A speaker's claim that X did not pay ("не доплатила") and the nouns of a conduct blamed on its owner
  ("непоследовательность / лицемерие / произвол / беззаконие X"), and harm a speaker puts down to X's actions
  ("связаны с действиями X", "из-за действий X", "в результате действий X") are ACCUSE speaker → X.

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event

# paragraph, type, source, target: the event is coded with these names among its actors
CODED = [
    # joint work
    ("Полиция Франции провела совместную операцию с полицией Бельгии.", "COOPERATE", {"полиция Франции"},
     {"полиция Бельгии"}),
    ("Интерпол провел совместную работу с полицией Малайзии.", "COOPERATE", {"Интерпол"}, {"полиция Малайзии"}),
    ("Полиция Испании и Европол провели совместную операцию.", "COOPERATE", {"Полиция Испании"}, {"Европол"}),
    ("Журналисты BBC провели совместное расследование с газетой The Guardian.", "COOPERATE", {"журналист BBC"},
     {"The Guardian"}),
    # forces driven out
    ("Армия Сирии вытеснила боевиков ИГИЛ из Пальмиры.", "ASSAULT", {"Армия Сирии"}, {"боевик ИГИЛ"}),
    # an offensive named as an operation
    ("Армия Эфиопии начала наступательную операцию против повстанцев Тыграя.", "ASSAULT", {"Армия Эфиопии"},
     {"повстанец Тыграя"}),
    # talks
    ("Губернатор Александр Беглов обговорил ситуацию с мэром Хельсинки Юханом Ванхаталу.", "CONSULT",
     {"Александр Беглов"}, {"Юхан Ванхаталу"}),
    # claims told by a speaker
    ("Министр Петр Иванов заявил, что Молдавия не доплатила за поставленный газ.", "ACCUSE", {"Пётр Иванов"},
     {"Молдавия"}),
    ("Министр Виктор Орбан заявил, что это пример лицемерия Брюсселя.", "ACCUSE", {"Виктор Орбан"}, {"Евросоюз"}),
    ("Депутат Игорь Лебедев заявил, что это произвол полиции.", "ACCUSE", {"Игорь Лебедев"}, {"полиция"}),
    # harm put down to X's actions by a speaker
    ("По словам министра Дмитрия Кулебы, перебои с поставками связаны с действиями российских властей.", "ACCUSE",
     {"Дмитрий Кулеба"}, {"Россия"}),
    ("Посол Сергей Нечаев заявил, что склад сгорел из-за действий украинских военных.", "ACCUSE", {"Сергей Нечаев"},
     {"Вооружённые силы Украины"}),
    # a death sentence overturned
    ("Верховный суд Египта отменил высшую меру Мухаммеда Бади.", "RETREAT", {"Верховный суд Египта"},
     {"Мухаммед Бади"}),
]

# paragraph, what must not be coded ("TYPE", "TYPE:name" or "TYPE:source>target")
NOT_CODED = [
    ("Компания Apple вытеснила Samsung с рынка смартфонов.", "ASSAULT"),
    ("Если из проекта вытеснят немецкие компании, это будет ошибкой, сказал Хайко Маас.", "ASSAULT"),
    ("Компания Газпром доплатила Нафтогазу 2 млрд долларов.", "ACCUSE"),
    ("Непоследовательность решений вызвала споры.", "ACCUSE"),
    ("Из-за действий спасателей никто не пострадал.", "ACCUSE"),
    ("Правительство Австрии отменило ограничительные меры.", "RETREAT"),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round36_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round36_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
