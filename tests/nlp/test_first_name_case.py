"""A man's first name the dictionary does not know, left in an oblique case (twenty-second session).

The surname after it vouches for the case ("Артиса Пабрикса": "Пабрикса" reads only as a
genitive man's surname), so the first name loses its masculine ending like a consonant-stem
noun.  Tagger readings set by hand, as in test_normal_names_round1.
"""
from __future__ import annotations

import pytest

from khronika.nlp import natasha_adapter as nat
from tests.nlp.test_normal_names_round1 import name_tokens


@pytest.fixture(scope="module")
def vocab(nlp_resources):
    return nat.morph_vocab(nlp_resources)


FIRST_NAMES = [
    # (words with the tagger's case and gender, expected normal form)
    # the first name kept its case (was "Артиса Пабрикс", "Флойду Мэйуэзер")
    ("Артиса:Gen:Masc Пабрикса:Gen:Masc", "Артис Пабрикс"),
    ("Флойду:Dat:Masc Мэйуэзеру:Dat:Masc", "Флойд Мэйуэзер"),
    # unchanged: a surname that may be a woman's nominative ("Анча Баранова" is one)
    ("Анча:Gen:Masc Баранова:Gen:Masc", "Анча Баранов"),
    ("Микелла:Acc:Masc Абрамова:Acc:Masc", "Микелла Абрамов"),
    # unchanged: no masculine ending to lose, the locative ("о Мустафе"), first names the
    # dictionary knows, a first-declension man's name
    ("Тармо:Gen:Masc Кылара:Gen:Masc", "Тармо Кылар"),
    ("Мустафе:Loc:Masc Кемале:Loc:Masc", "Мустафа Кемала"),
    ("Гинтараса:Gen:Masc Грушаса:Gen:Masc", "Гинтарас Грушас"),
    ("Артёма:Gen:Masc Дзюбы:Gen:Masc", "Артём Дзюба"),
    ("Диего:Nom:Masc Кальдерану:Nom:Masc", "Диего Кальдерану"),
]


@pytest.mark.parametrize("spec,expected", FIRST_NAMES)
def test_first_name_case(vocab, spec, expected):
    tokens = name_tokens(spec)
    assert (nat.person_normal(vocab, tokens) or nat.normalize(vocab, tokens, 0, False)) == expected
