"""Naming round 4 (issue 5, events round 20): a man's surname in "-ов/-ев" unknown to the lemmatiser, written in
the instrumental, is guessed to be an adjective ("Сашей Лютиковым" → "Лютиковый"); its normal form is the
surname in "-ов/-ев".  Real adjectival surnames lemmatised to "-ой" and other forms stay.  Made-up names."""
from __future__ import annotations

import pytest

from khronika.nlp.mentions import possessive_surnames

CASES = [
    ("Сашей Мотыльковым", "Саша Мотыльковый", "Саша Мотыльков"),
    ("Мотыльковым", "Мотыльковый", "Мотыльков"),
    ("Петром Журавлевым", "Пётр Журавлевый", "Пётр Журавлев"),
    # adjectival surnames the lemmatiser knows: unchanged
    ("Андреем Луговым", "Андрей Луговой", "Андрей Луговой"),
    # already right, or another case: unchanged
    ("Павлом Ильиным", "Павел Ильин", "Павел Ильин"),
    ("Анной Мотыльковой", "Анна Мотыльковая", "Анна Мотыльковая"),
    ("Иван Мотыльков", "Иван Мотыльков", "Иван Мотыльков"),
    # a lower-case adjective in a longer normal form is no surname
    ("новым", "новый", "новый"),
    # word counts differ: the normal form is kept as it is
    ("Сашей Мотыльковым-младшим", "Саша Мотыльковый младший", "Саша Мотыльковый младший"),
]


@pytest.mark.parametrize("text, normal, expected", CASES)
def test_possessive_surnames(text: str, normal: str, expected: str) -> None:
    assert possessive_surnames(text, normal) == expected
