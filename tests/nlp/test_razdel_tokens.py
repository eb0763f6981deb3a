"""`natasha_adapter.tokens` (razdel's atoms and rules, asked only about touching
atoms a rule could join) against `razdel.tokenize` itself: tables of the cases
each rule handles, random strings of the characters the rules look at, and real
texts from the shared data."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from razdel import tokenize

from khronika.eval.shared_docs import shared_available, shared_root
from khronika.nlp.natasha_adapter import tokens


def razdel_tokens(text: str) -> list[tuple[int, int, str]]:
    return [(t.start, t.stop, t.text) for t in tokenize(text)]


@pytest.mark.parametrize("text, expected", [
    ("", []),
    ("   ", []),
    ("Путин заявил.", ["Путин", "заявил", "."]),
    ("кто-то из-за", ["кто-то", "из-за"]),          # dash
    ("Москва - Петербург", ["Москва", "-", "Петербург"]),
    ("snake_case", ["snake_case"]),                  # underscore
    ("3,14 и 2.5%", ["3,14", "и", "2.5", "%"]),       # float
    ("1/2 и 3\\4", ["1/2", "и", "3\\4"]),           # fraction
    ("Что?! Да... :)", ["Что", "?!", "Да", "...", ":)"]),    # punct: endings, smiles
    (":-)", [":", "-", ")"]),                                 # the dash rule's window sees the smile apart
    ("--- и ***", ["---", "и", "***"]),
    ("ΔP и mβж", ["ΔP", "и", "mβж"]),                # other
    ("Yahoo! и yahoo!", ["Yahoo!", "и", "yahoo!"]),  # yahoo
    ("«Газпром»,", ["«", "Газпром", "»", ","]),
    ("2020.15 мая", ["2020.15", "мая"]),
    ("А.С.Пушкин", ["А", ".", "С", ".", "Пушкин"]),
    ("word—word", ["word—word"]),
    ("Ё-моё", ["Ё-моё"]),
])
def test_tokens_table(text: str, expected: list[str]) -> None:
    assert [t for _, _, t in tokens(text)] == expected
    assert tokens(text) == razdel_tokens(text)


# The characters and pieces razdel's token rules look at, and some plain ones.
PIECES = list("аяёЁЖAbz09 .,-–—‑−_/\\!?…:;()=*\"«»'#@$%&+<>^|~№Δσ\n\t\u00a0") + [
    "yahoo", "Yahoo", ":-)", ";(", "=)))", "...", "--", "**", "3.14", "1/2", "a_b", "кто-то", "ΔP",
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_tokens_are_razdels_on_random_strings(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert tokens(text) == razdel_tokens(text)


@pytest.mark.shared
@pytest.mark.skipif(not shared_available(), reason="shared data (../shared/data) not present")
def test_tokens_are_razdels_on_shared_texts() -> None:
    paths = sorted(Path(shared_root() / "data").rglob("*.txt"))[:400]
    compared = 0
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert tokens(text) == razdel_tokens(text), path.name
        compared += len(text)
    assert compared > 100_000
