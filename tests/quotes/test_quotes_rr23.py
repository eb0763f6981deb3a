"""Helper rr (twenty-third session) table tests: who a speaker description stands for, made-up
sentences, one row per case - each rule has rows the old code failed:
1. a description that is the subject of its verb is none of that verb's other arguments: not the
   person named as its addressee or object ("директор рассказал мэру Кравцову"), nor the one a
   personal pronoun there surely stands for ("Соседка сказала ей"; when the pronoun may stand for
   someone else, see `test_quotes_ma23.py`); the old code took the salient person the description
   fitted, whoever it was;
2. a plural company noun is a group of companies, never the one company the story is about - plural
   by its form ("в заявлении авиакомпаний") or, for a bare subject the tagger reads as a genitive
   singular, by its verb ("Авиакомпании считают"); the old code named the story's company.
Guards keep the old answers where the rules must not fire.  (Rows rewritten by helper ma23: the
first version's sentences were near-copies of corpus documents, review rev23_A M3.)"""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    # --- 1. the description is none of its verb's other arguments
    ("the addressee named in the dative is not the speaker",
     "Мэр города Олег Кравцов приехал на завод. Там директор завода рассказал Кравцову о новых станках: станки "
     "закупили в прошлом году.",
     "станки закупили в прошлом году", "директор завода"),
    ("the one a dative pronoun surely stands for is not the speaker",
     "Анна Белова ждала автобус на остановке. Соседка сказала ей, что автобус отменили.",
     "автобус отменили", "Соседка"),
    ("guard: a fitting person who is no co-argument is still the antecedent",
     "Мэр города Олег Кравцов приехал на завод. Мэр рассказал рабочим, что зарплаты вырастут.",
     "зарплаты вырастут", "Олег Кравцов"),
    ("guard: a reflexive co-argument ('себе') excludes no one",
     "Актриса Мария Иванова дала интервью. Актриса призналась себе, что снимается в новом фильме.",
     "снимается в новом фильме", "Мария Иванова"),
    # --- 2. a plural company noun is a group
    ("a bare plural subject read as a genitive singular, by its plural verb",
     "Авиакомпания S7 отменила сорок рейсов. Авиакомпании считают, что аэропорт завысил сборы.",
     "аэропорт завысил сборы", "Авиакомпании"),
    ("a genitive plural owner of the statement",
     "Авиакомпания S7 отменила сорок рейсов. Как говорится в общем заявлении авиакомпаний, новые сборы ударят "
     "по пассажирам.",
     "новые сборы ударят по пассажирам", "авиакомпании"),
    ("guard: the singular company noun is the story's company",
     "Авиакомпания S7 отменила сорок рейсов. Авиакомпания считает, что аэропорт завысил сборы.",
     "аэропорт завысил сборы", "S7"),
    ("guard: 'в авиакомпании' under a preposition is the company (the plural verb is impersonal)",
     "Авиакомпания S7 отменила сорок рейсов. В авиакомпании утверждают, что экипажи получают премии.",
     "экипажи получают премии", "S7"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_description_referent_rr23(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
