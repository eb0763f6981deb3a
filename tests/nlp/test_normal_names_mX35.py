"""(mX35, rv35_Q's closing finding) A man's foreign first name left undeclined in an oblique case ("главы профсоюза
Марио Росси") keeps the surname after it as written: the dictionary reads "Росси", "Драги", "Сальвини" as oblique
forms of "-я"/"-а" nouns ("Росся", "Драга", "Сальвиня"), which no Italian surname is.

Names with the morph tagger's reading set by hand, as in test_normal_names_round1.py.  Rows fail on the old code
except the guards (marked)."""
from __future__ import annotations

import pytest

from khronika.nlp import natasha_adapter as nat
from test_normal_names_round1 import name_tokens


@pytest.fixture(scope="module")
def vocab(nlp_resources):
    return nat.morph_vocab(nlp_resources)


PERSON_NAMES = [
    # (words with the tagger's case and gender, expected normal form)
    ("Марио:Gen:Masc Росси:Gen:Masc", "Марио Росси"),          # was "Марио Росся"
    ("Марио:Gen:Masc Драги:Gen:Masc", "Марио Драги"),          # was "Марио Драга"
    ("Маттео:Gen:Masc Сальвини:Gen:Masc", "Маттео Сальвини"),  # was "Маттео Сальвиня"
    ("Пьетро:Gen:Masc Гросси:Gen:Masc", "Пьетро Гросси"),      # was "Пьетро Гросся"
    ("Бенни:Gen:Masc Бенасси:Gen:Masc", "Бенни Бенасси"),      # was "Бенни Бенасся" (unread RuNormAS text)
    ("Валентино:Gen:Masc Росси:Gen:Masc", "Валентино Росси"),  # was "Валентино Росся"
    # guards: a surname that declines after an undeclined first name, a declined first name, a woman
    ("Марио:Gen:Masc Гомеса:Gen:Masc", "Марио Гомес"),
    ("Уго:Gen:Masc Чавеса:Gen:Masc", "Уго Чавес"),
    ("Ивана:Gen:Masc Зозули:Gen:Masc", "Иван Зозуля"),
    ("Артёма:Gen:Masc Дзюбы:Gen:Masc", "Артём Дзюба"),
    ("Мишель:Gen:Fem Обамы:Gen:Fem", "Мишель Обама"),
    ("Марио:Nom:Masc Драги:Nom:Masc", "Марио Драги"),
    # guards from the unread sample: a declined surname in "-ой"/"-а" after an undeclined first name, and a
    # woman's name the dictionary takes for a man's, told by her patronymic
    ("Серджо:Ins:Masc Маттареллой:Ins:Masc", "Серджо Маттарелла"),
    ("Иржи:Gen:Masc Руснока:Gen:Masc", "Иржи Руснок"),
    ("Этери:Gen:Fem Георгиевны:Gen:Fem", "Этери Георгиевна"),
]


@pytest.mark.parametrize("spec,expected", PERSON_NAMES)
def test_person_normal_after_undeclined_first_name(vocab, spec, expected):
    tokens = name_tokens(spec)
    assert (nat.person_normal(vocab, tokens) or nat.normalize(vocab, tokens, 0, False)) == expected
