"""Helper rr (twenty-third session) table tests: who a speaker description stands for, made-up
sentences, one row per case - each rule has rows the old code failed:
1. a description that is the subject of its verb is none of that verb's other arguments: not the
   person named as its addressee or object ("председатель рассказал губернатору Петрову"), nor the
   one a personal pronoun there stands for ("Соседка указала ей"); the old code took the salient
   person the description fitted, whoever it was;
2. a plural company noun is a group of companies, never the one company the story is about - plural
   by its form ("в оповещении авиакомпаний") or, for a bare subject the tagger reads as a genitive
   singular, by its verb ("Авиакомпании считают"); the old code named the story's company.
Guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    # --- 1. the description is none of its verb's other arguments
    ("the addressee named in the dative is not the speaker",
     "Губернатор Рязанской области Павел Малков провел встречу с депутатами облдумы. Так, председатель "
     "регионального парламента рассказал Малкову о деятельности экспертных советов: по социальной поддержке "
     "граждан и по вопросам бизнеса.",
     "по социальной поддержке граждан и по вопросам бизнеса", "председатель регионального парламента"),
    ("the one a dative pronoun stands for is not the speaker",
     "Мария Иванова работала в поле. Соседка указала ей, что пить из общей кружки нельзя.",
     "пить из общей кружки нельзя", "Соседка"),
    ("guard: a fitting person who is no co-argument is still the antecedent",
     "Губернатор Рязанской области Павел Малков встретился с депутатами. Губернатор рассказал депутатам, "
     "что экспертные советы работают без перерыва.",
     "экспертные советы работают без перерыва", "Павел Малков"),
    ("guard: a reflexive co-argument ('себе') excludes no one",
     "Актриса Мария Иванова дала интервью. Актриса призналась себе, что снимается в новом фильме.",
     "снимается в новом фильме", "Мария Иванова"),
    # --- 2. a plural company noun is a group
    ("a bare plural subject read as a genitive singular, by its plural verb",
     "Авиакомпания Ryanair отменила 600 рейсов. Авиакомпании считают, что Франция нарушает законодательство ЕС.",
     "Франция нарушает законодательство ЕС", "Авиакомпании"),
    ("a genitive plural owner of the statement",
     "Авиакомпания Ryanair отменила 600 рейсов. Как говорится в совместном оповещении авиакомпаний, забастовки "
     "ограничивают свободу перемещения.",
     "забастовки ограничивают свободу перемещения", "авиакомпании"),
    ("guard: the singular company noun is the story's company",
     "Авиакомпания Ryanair отменила 600 рейсов. Авиакомпания считает, что Франция нарушает законодательство ЕС.",
     "Франция нарушает законодательство ЕС", "Ryanair"),
    ("guard: 'в авиакомпании' under a preposition is the company (the plural verb is impersonal)",
     "Авиакомпания Ryanair отменила 600 рейсов. В авиакомпании утверждают, что пилоты получают справедливую "
     "оплату.",
     "пилоты получают справедливую оплату", "Ryanair"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_description_referent_rr23(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
