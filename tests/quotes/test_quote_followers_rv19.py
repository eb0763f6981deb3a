"""A name in quotation marks opening the sentence after a quote is no quote (user review rv19_U M2):
"«Газпром» увеличил поставки" after Новак's quote was his "direct quote «Газпром»".  A quote continues the
one before only when nothing of its sentence follows the closing mark on the same line (a stop, a dash frame,
another quote, the paragraph's end), or when the quoted words end with their own stop.

Table: (label, text with paragraphs split by blank lines, content that must or must not be a quote,
expected speaker).  Sentences written for the tests; the NOT rows fail on the code before."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with

NOVAK = "Министр энергетики Александр Новак выступил на форуме. «Мы выполним все обязательства», — сказал Новак."
CAPELLO = "Тренер Фабио Капелло остался доволен игрой команды. «Мы играли хорошо», — сказал Капелло."

NOT_QUOTES = [
    ("an organisation opening the next paragraph", NOVAK + "\n\n«Газпром» увеличил поставки в Европу на 10 процентов.",
     "Газпром"),
    ("a club opening the next paragraph", CAPELLO + "\n\n«Спартак» обыграл «Зенит» со счетом 2:1.", "Спартак"),
    ("a club opening the next sentence", CAPELLO + " «Спартак» обыграл «Зенит» со счетом 2:1.", "Спартак"),
]

QUOTES = [
    ("the next paragraph is a whole quoted sentence",
     NOVAK + "\n\n«Поставки газа в Европу вырастут уже в этом году».", "Поставки газа в Европу вырастут уже в этом году",
     "Александр Новак"),
    ("the quoted words end with their own stop before the next sentence",
     NOVAK + "\n\n«Поставки газа в Европу вырастут уже в этом году!» Об этом министр рассказал журналистам.",
     "Поставки газа в Европу вырастут уже в этом году!", "Александр Новак"),
]


@pytest.mark.parametrize("label,text,absent", NOT_QUOTES, ids=[c[0] for c in NOT_QUOTES])
def test_name_after_quote_is_no_quote(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


@pytest.mark.parametrize("label,text,content,speaker", QUOTES, ids=[c[0] for c in QUOTES])
def test_continuation_still_found(enrich, label, text, content, speaker):
    doc = enrich(text)
    found = [q for q in doc.quotes if content in q.text]
    assert found, f"{label}: {[(q.text, q.speaker and q.speaker.name) for q in doc.quotes]}"
    assert found[0].speaker is not None and found[0].speaker.name == speaker, label
