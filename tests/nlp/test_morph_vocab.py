"""The process's morph dictionary (nlp/morph.py) reads words as natasha's own
MorphVocab does: the same parses with the same UD part of speech, features and
normal form (looked up per tag instead of worked out per form), and the same
inflections (remembered per parse and grammemes instead of rebuilt from the
word's whole lexeme every time)."""
from __future__ import annotations

import pytest
from natasha import MorphVocab as NatashaVocab
from pymorphy2.analyzer import MorphAnalyzer, Parse

from khronika.nlp.morph import load_vocab

WORDS = [
    "россии", "путин", "заявил", "пресс-секретарь", "кремля", "песков", "сша", "мид", "москве", "ёлка",
    "елка", "шла", "стали", "фридкином", "асию", "2024", "xiv", "йота", "по-русски", "нато", "вашингтоне",
    "правительства", "председателем", "уильямом", "совета", "федерации", "кировской", "области", ",", "«",
    "коронавирус", "covid-19", "бхутто", "ованнисян", "жителей", "дома",
]
GRAMMEMES = [{"nomn"}, {"nomn", "sing"}, {"gent"}, {"datv", "plur"}, {"ablt"}]   # pymorphy's names


@pytest.fixture(scope="module")
def vocabs() -> tuple:
    return load_vocab(), NatashaVocab()


@pytest.mark.parametrize("word", WORDS)
def test_forms_read_as_natashas(vocabs: tuple, word: str) -> None:
    ours, natashas = vocabs
    mine, theirs = ours(word), natashas(word)
    assert [(f.word, f.tag, f.normal_form, f.score) for f in mine] == \
        [(f.word, f.tag, f.normal_form, f.score) for f in theirs]
    assert [(f.normal, f.pos, f.feats) for f in mine] == [(f.normal, f.pos, f.feats) for f in theirs]
    assert [(f.normal, f.pos, f.feats) for f in ours(word)] == [(f.normal, f.pos, f.feats) for f in theirs]  # cached
    for grams in ({"Nom"}, {"Gen", "Plur"}):   # natasha's (UD) inflection
        assert [_plain(f.inflect(grams)) for f in mine] == [_plain(f.inflect(grams)) for f in theirs]


def _plain(form: object) -> tuple | None:
    return None if form is None else (form.word, form.tag, form.normal_form, form.score)


@pytest.mark.parametrize("word", WORDS)
def test_inflections_are_pymorphys(vocabs: tuple, word: str) -> None:
    ours, _ = vocabs
    for form in ours(word):
        for grammemes in GRAMMEMES:
            expected = MorphAnalyzer._inflect(ours, form, set(grammemes))  # pymorphy's own, uncached
            assert ours._inflect(form, set(grammemes)) == expected
            assert Parse.inflect(form, set(grammemes)) == (expected[0] if expected else None)  # remembered
