"""mC35 (thirty-fifth session, review cr35 F4): mX35's lost-full-stop split (`nlp.sentence_splits.LOST_STOP`) must
not cut a sentence at the letter "В" before a verb ("гепатит В передается") nor at an unquoted document title that
opens with "О" ("подписал указ О мерах …").  Guards keep mX35's own splits.  Made-up sentences."""
from __future__ import annotations

import pytest

from khronika.nlp import natasha_adapter as nat
from khronika.nlp.sentence_splits import refine


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in refine(text, nat.sentences(text))]


# (mechanism, text, expected sentences)
SPLITS = [
    ("the letter В before a verb", "Врачи сообщили, что гепатит В передается через кровь.",
     ["Врачи сообщили, что гепатит В передается через кровь."]),
    ("the letter В before a plural reflexive verb", "Инспектор пояснил, что права категории В выдаются с 18 лет.",
     ["Инспектор пояснил, что права категории В выдаются с 18 лет."]),
    ("the letter В before 'будет'", "В компании рассказали, что корпус В будет сдан в декабре.",
     ["В компании рассказали, что корпус В будет сдан в декабре."]),
    ("a decree's unquoted title", "В Кремле сообщили, что Путин подписал указ О мерах по поддержке семей с детьми.",
     ["В Кремле сообщили, что Путин подписал указ О мерах по поддержке семей с детьми."]),
    ("a resolution's unquoted title", "Министр пояснил, что постановление О порядке выплат вступит в силу в июне.",
     ["Министр пояснил, что постановление О порядке выплат вступит в силу в июне."]),
    ("guard: a lost stop before 'В ответ'",
     "Об этом сообщает агентство В ответ на запрос министр заявил, что проверка продолжается.",
     ["Об этом сообщает агентство", "В ответ на запрос министр заявил, что проверка продолжается."]),
    ("guard: a lost stop before 'В пятницу'", "Об этом пишет газета В пятницу министр заявил, что проверка продолжается.",
     ["Об этом пишет газета", "В пятницу министр заявил, что проверка продолжается."]),
    ("guard: a lost stop after 'решение' before another opener",
     "Парламент примет ответственное решение После строительства газопровода риски вырастут.",
     ["Парламент примет ответственное решение", "После строительства газопровода риски вырастут."]),
]


@pytest.mark.parametrize("label,text,expected", SPLITS, ids=[c[0] for c in SPLITS])
def test_mC35_lost_stop_letters_and_titles(label, text, expected):
    assert _sentences(text) == expected, label
