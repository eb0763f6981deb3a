"""Quotation-mark spans and the lexicon (no models)."""
from __future__ import annotations

import pytest

from khronika.quotes.cues import Lexicon
from khronika.quotes.marks import find_quoted, outermost, strip_marks


def spans(text: str) -> list[str]:
    return [text[s.start:s.stop] for s in find_quoted(text)]


@pytest.mark.parametrize("text,expected", [
    ("«Вместе с тем «Патриот» тут», — говорится", ["Вместе с тем «Патриот» тут", "Патриот"]),
    ("он сказал: „да“ и “нет”", ["да", "нет"]),
    ('X "Лондон обернул по "брекзиту". - От ред.)". С', ['Лондон обернул по "брекзиту". - От ред.)', "брекзиту"]),
    ("О'Нил сказал 'да'", ["да"]),
    ("A «первый абзац\n\n«второй абзац» — сказал он", ["первый абзац\n\n«второй абзац"]),
    ("«незакрыто\n\nдругой «закрыто»", ["закрыто"]),
    ("без кавычек", []),
])
def test_find_quoted(text, expected):
    assert spans(text) == expected


def test_outermost_drops_nested():
    text = "«Вместе с тем «Патриот» тут»"
    assert [text[s.start:s.stop] for s in outermost(find_quoted(text))] == ["Вместе с тем «Патриот» тут"]


@pytest.mark.parametrize("text,expected", [
    ("«Мы готовы».", "Мы готовы"),
    ("«Патриот» и «Фонтанка»", "«Патриот» и «Фонтанка»"),
    ("ответы содержат «мало поводов».", "ответы содержат «мало поводов»"),
])
def test_strip_marks(text, expected):
    assert strip_marks(text) == expected


def test_lexicon_loads():
    lexicon = Lexicon.load()
    assert lexicon.verbs["заявить"] == "say"
    assert lexicon.verbs["допустить"] == "hedge"
    assert "слово" in lexicon.frames["po"] and "сообщение" in lexicon.sources
    assert "знать" in lexicon.blocked and "знать" not in lexicon.verbs
