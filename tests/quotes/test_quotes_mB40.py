"""mB40 table tests (rv40_Q C2, C3): who a description stands for.  The agency's bare interlocutor («собеседник
агентства») is the described person who spoke to the agency a few sentences before (also when a «По его словам»
or the interlocutor's own quoting of someone came between); a described subject with a name apposed («Шведский защитник «Клуб» Ларс Эрикссон»; wiki text's
''…'' marks inside) stands for the named person, not for its whole phrase.  Made-up sentences ("guard": a
wording the old code already got right, kept so the rule stays bounded)."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None: unknown)
INTERLOCUTOR_CASES = [
    ("the agency's interlocutor after a «По его словам» of the described officer",
     "Полицейские задержали водителя, сообщили в пресс-службе ГУ МВД. «Водитель задержан», - сказал сотрудник "
     "пресс-службы. По его словам, машину угнали ночью. «Он был пьян», - уточнил собеседник агентства.",
     "Он был пьян", "сотрудник пресс-службы"),
    ("the agency's interlocutor quoting someone else in his own sentence",
     "Министр транспорта области Иван Орлов уволен по собственному желанию, сообщил ТАСС представитель "
     "облправительства.\n\n\"Я уезжаю в Москву к семье\", — процитировал Орлова собеседник агентства, добавив, "
     "что указ подписан в понедельник.",
     "указ подписан в понедельник", "представитель облправительства"),
    ("guard: the interlocutor right after the described officer's quote",
     "Пожар на складе потушен, сообщил РИА Новости представитель МЧС. «Огонь распространялся быстро», - сказал "
     "собеседник агентства.",
     "Огонь распространялся быстро", "представитель МЧС"),
    ("guard: an interlocutor placed elsewhere is another source",
     "Полицейские задержали водителя, сообщили в пресс-службе ГУ МВД. «Водитель задержан», - сказал сотрудник "
     "пресс-службы. По его словам, машину угнали ночью. «Он был пьян», - уточнил собеседник агентства в "
     "правоохранительных органах.",
     "Он был пьян", None),
    ("guard: a named person spoke since the described officer",
     "Полицейские задержали водителя, сообщили в пресс-службе ГУ МВД. «Водитель задержан», - сказал сотрудник "
     "пресс-службы. Адвокат водителя Олег Смирнов заявил, что задержание незаконно. «Он был пьян», - уточнил "
     "собеседник агентства.",
     "Он был пьян", None),
    ("guard: the described officer spoke too far back",
     "Пожар на складе потушен, сообщил РИА Новости представитель МЧС. Площадь возгорания составила 200 квадратных "
     "метров. Пострадавших нет. Причины выясняются. Склад закрыт. «Огонь распространялся быстро», - сказал "
     "собеседник агентства.",
     "Огонь распространялся быстро", None),
]

APPOSED_NAME_CASES = [
    ("a described subject with a name apposed, a team name in wiki marks between",
     "Шведский защитник ''Detroit Red Wings'' Ларс Эрикссон принял решение завершить карьеру.\n\n«Все "
     "заканчивается раньше, чем мы хотим», — сказал хоккеист.",
     "Все заканчивается раньше, чем мы хотим", "Ларс Эрикссон"),
    ("a described subject with a name apposed, no marks",
     "Шведский защитник Ларс Эрикссон принял решение завершить карьеру.\n\n«Все заканчивается раньше, чем мы "
     "хотим», — сказал хоккеист.",
     "Все заканчивается раньше, чем мы хотим", "Ларс Эрикссон"),
    ("a woman described and named, taken up by «Сама девушка»",
     "Популярная блогерша Анна Орлова попала в аварию.\n\nСама девушка рассказала, что осознала произошедшее "
     "только на следующий день.",
     "осознала произошедшее только на следующий день", "Анна Орлова"),
    ("guard: the name apposed to the kin noun, not the owner in the genitive",
     "Дочь известной актрисы Анны Орловой Мария Белова выпустила книгу.\n\n«Я писала ее пять лет», — рассказала "
     "девушка.",
     "Я писала ее пять лет", "Мария Белова"),
    ("guard: a bare description with no one described before stays itself",
     "Молодой защитник Иван Петров получил травму колена.\n\n«Он выбыл на месяц», — сказал врач.",
     "Он выбыл на месяц", "врач"),
]


@pytest.mark.parametrize("label,text,content,expected", INTERLOCUTOR_CASES, ids=[c[0] for c in INTERLOCUTOR_CASES])
def test_mB40_agency_interlocutor(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,content,expected", APPOSED_NAME_CASES, ids=[c[0] for c in APPOSED_NAME_CASES])
def test_mB40_apposed_name(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
