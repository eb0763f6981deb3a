"""Round 30 table tests, made-up sentences (class counted over 250 unread SlavicNER, RuNormAS,
NEREL and factRuEval documents): a person the text first describes ("директор") and names only
afterwards, with no role of their own ("… рассказал Иван Зайчиков"), is that person - at the
description before the name and at a later description repeating the first one's words.  Not
when two persons are named together, when the person named is given another role, nor when the
complement differs."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, title, text, content of the quote, expected speaker name; None = unknown)
CASES = [
    ("a description before the name: the person named next",
     "",
     'Завод удвоил выпуск насосов, отметил директор. Спрос растет третий год подряд. '
     '«Мы открыли новый цех», – рассказал Олег Смирнов.',
     'Завод удвоил выпуск насосов', 'Олег Смирнов'),
    ("the same description repeated after the name",
     "",
     'Завод удвоил выпуск насосов, отметил директор. «Мы открыли новый цех», – рассказал Олег Смирнов. '
     'Продукцию поставляют в Казахстан, рассказал директор компании.',
     'Продукцию поставляют в Казахстан', 'Олег Смирнов'),
    ("a longer first description, the surname in the next sentence",
     "",
     'Цены снизились на треть, сообщил директор второго департамента министерства. «Рынок '
     'восстановится», – добавил Петренко.',
     'Цены снизились на треть', 'Петренко'),
    ("the shorter description repeating the first one's words after the surname",
     "",
     'Цены снизились на треть, сообщил директор второго департамента министерства. «Рынок '
     'восстановится», – добавил Петренко. Экспорт вырос вдвое, отметил директор департамента.',
     'Экспорт вырос вдвое', 'Петренко'),
    ("a description with a complement, named by 'по словам' in the next sentence",
     "",
     'Директор похоронного бюро города Вустера заявил, что ищет кладбище для захоронения тела Тамерлана. '
     'По словам Питера Стефана, несколько кладбищ отказались.',
     'ищет кладбище для захоронения тела Тамерлана', 'Питер Стефан'),
    ("guard: two persons named together - no guessing",
     "",
     'Завод удвоил выпуск насосов, отметил директор. Олег Смирнов и Иван Петров открыли новый цех.',
     'Завод удвоил выпуск насосов', 'директор'),
    ("guard: the person named next has another role",
     "",
     'Завод удвоил выпуск насосов, отметил директор. Губернатор области Олег Смирнов посетил новый цех.',
     'Завод удвоил выпуск насосов', 'директор'),
    ("guard: the role may come before an outlet's name in quote marks",
     "",
     'Экипаж действовал верно, пишет автор канала. «Зачем нам авиация?» – пишет главный редактор '
     'радиостанции «Говорит Москва» Олег Смирнов.',
     'Экипаж действовал верно', 'автор канала'),
    ("guard: a description spelling a name the NER missed keeps it",
     "",
     'Могилу облили краской, сообщила президент фонда имени Микаэла Таривердиева Вера Таривердиева. '
     '«Это варварство», – написала Таривердиева.',
     'Могилу облили краской', 'президент фонда имени Микаэла Таривердиева Вера Таривердиева'),
    ("guard: another complement is another person",
     "",
     'Об этом рассказал директор завода. «Мы открыли новый цех», – рассказал Олег Смирнов. '
     'Уроки начнутся позже, сообщил директор школы.',
     'Уроки начнутся позже', 'директор школы'),
]


@pytest.mark.parametrize("label,title,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round30(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title=title), content, label) == expected, label
