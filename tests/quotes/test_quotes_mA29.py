"""Helper mA29 (twenty-ninth session) table tests mending review rv29_Q causes 1 and 4.
Cause 1: a speaker written as
an owner noun and a generic institution noun in the genitive ("пресс-служба ведомства", "представители
компании", "руководство регулятора") speaks for the organisation the text named just before, and is
named "<owner noun> <that organisation in the genitive>", as gold names a press office ("пресс-служба
Федерации бобслея России").  Made-up sentences; guards keep named owners and texts with no fitting
organisation in view.
Cause 4 (dash form): a described speaker followed by a dash and a post ending the sentence with a
person's name ("— сказал один из авторов доклада — профессор университета Иван Петров") is that person."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
OWNED_GENERICS = [
    ("cause 1: 'пресс-служба ведомства' after a ministry",
     "Новости\n\nМинистерство транспорта Татарстана закрыло мост на ремонт. Об этом во вторник сообщила "
     "пресс-служба ведомства.",
     "Министерство транспорта Татарстана закрыло мост на ремонт",
     "пресс-служба Министерства транспорта Татарстана"),
    ("cause 1: 'представители компании' after a named company",
     "Новости\n\nКомпания Spotify запустила новый тариф. Представители компании заявили, что он будет дешевле.",
     "он будет дешевле", "представители Spotify"),
    ("cause 1: 'руководство регулятора' after a federal service",
     "Новости\n\nФедеральная антимонопольная служба оштрафовала банк. Руководство регулятора отметило, "
     "что цены растут.",
     "цены растут", "руководство Федеральной антимонопольной службы"),
    ("cause 1: a later bare 'в пресс-службе' takes the completed name too",
     "Новости\n\nМинистерство транспорта Татарстана закрыло мост на ремонт. Об этом во вторник сообщила "
     "пресс-служба ведомства.\n\nКак уточнили в пресс-службе, работы продлятся месяц.",
     "работы продлятся месяц", "пресс-служба Министерства транспорта Татарстана"),
    ("guard cause 1: a press office with a named owner is that owner, as before",
     "Новости\n\nКомпания Spotify запустила новый тариф. Пресс-служба Минфина сообщила, что налог не изменится.",
     "налог не изменится", "Минфин"),
    ("guard cause 1: no organisation named before: the generic words stay",
     "Новости\n\nВ Казани закрыли мост на ремонт. Как сообщила пресс-служба ведомства, работы продлятся месяц.",
     "работы продлятся месяц", "пресс-служба ведомства"),
]


@pytest.mark.parametrize("label,text,content,expected", OWNED_GENERICS, ids=[c[0] for c in OWNED_GENERICS])
def test_owned_generics_mA29(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, content of the quote, expected speaker name)
DASH_APPOSITIONS = [
    ("cause 4: a parenthetical, then description — post and name ending the sentence",
     "Новости\n\n— Мы ждали этого решения десять лет, — заявил, в частности, один из авторов доклада — "
     "профессор Казанского университета Олег Смирнов.",
     "Мы ждали этого решения десять лет", "Олег Смирнов"),
    ("guard cause 4: description — post and name, no parenthetical (right before too)",
     "Новости\n\n— Мы ждали этого решения десять лет, — сказал один из авторов доклада — профессор "
     "Казанского университета Олег Смирнов.",
     "Мы ждали этого решения десять лет", "Олег Смирнов"),
    ("guard cause 4: a plain description — name (right before too)",
     "Новости\n\n«Работы закончатся к осени», — пояснил руководитель проекта — инженер Марина Котова.",
     "Работы закончатся к осени", "Марина Котова"),
    ("guard cause 4: a new clause after the dash keeps the description",
     "Новости\n\n«Работы закончатся к осени», — пояснил руководитель проекта — с ним согласился Олег Смирнов.",
     "Работы закончатся к осени", "руководитель проекта"),
]


@pytest.mark.parametrize("label,text,content,expected", DASH_APPOSITIONS, ids=[c[0] for c in DASH_APPOSITIONS])
def test_dash_appositions_mA29(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
