"""`bench/quote_speaker_errors.py`: the two classifiers behind its counts, as tables."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "quote_speaker_errors.py"
_spec = importlib.util.spec_from_file_location("quote_speaker_errors", BENCH)
errors = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(errors)


def lemma(word: str) -> str:
    # a toy lemmatiser: enough case endings for the rows below
    for ending in ("ого", "ым", "ом", "а", "у"):
        if word.endswith(ending) and len(word) > 4:
            return word[: -len(ending)]
    return word


@pytest.mark.parametrize("surface, norm, need", [
    ("Дмитрий Песков", "Дмитрий Песков", "as written"),
    ("пресс-секретарь Кремля Дмитрий Песков", "Дмитрий Песков", "as written"),
    ("Пескова", "Песков", "as written"),                       # a case form: the same lemma
    ("Песков", "Дмитрий Песков", "partial name"),
    ("пресс-служба", "пресс-служба МВД", "partial name"),
    ("глава МИД", "Сергей Лавров", "description"),
    ("он", "Сергей Лавров", "pronoun"),
    ("Она", "Мария Захарова", "pronoun"),
    ("источник", "unknown", "unnamed"),
    (None, None, "no speaker"),
    ("", "Сергей Лавров", "description"),                    # no surface kept: the whole name from elsewhere
])
def test_speaker_need(surface, norm, need):
    assert errors.speaker_need(surface, norm, lemma) == need


@pytest.mark.parametrize("gold, system, place", [
    ((10, 20), None, "no system speaker"),
    (None, (10, 20), "gold mention not in text"),
    ((10, 20), (10, 20), "same span"),
    ((10, 30), (15, 30), "inside the gold mention"),
    ((15, 20), (10, 30), "around the gold mention"),
    ((10, 20), (15, 25), "overlapping"),
    ((10, 20), (20, 25), "elsewhere"),                          # touching is not overlapping
    ((30, 40), (0, 5), "elsewhere"),
])
def test_placement(gold, system, place):
    assert errors.placement(gold, system) == place


@pytest.mark.parametrize("text, needle, anchor, span", [
    ("Песков сказал. Потом Песков добавил", "Песков", 30, (21, 27)),
    ("Песков сказал. Потом Песков добавил", "Песков", 0, (0, 6)),
    ("Песков сказал", "Лавров", 0, None),
    ("Песков сказал", "", 0, None),
])
def test_nearest(text, needle, anchor, span):
    assert errors.nearest(text, needle, anchor) == span
