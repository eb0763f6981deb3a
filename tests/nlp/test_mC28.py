"""Salience profiles: the role a name is apposed to across other words (helper mC28, twenty-eighth session; review
rv28_Q cause 3).  "Бывший министр финансов России, глава ЦСР Алексей Кудрин": the parse apposes the name to
"министр", which the adjacency scan (`_introducing_noun`) does not reach past a bracketed abbreviation or a
genitive name; the profile gets that noun (`_apposed_intro`) and, with "бывший", "экс-министр" (`_former_heads`).
Rows marked "old" fail on the code before the round; the controls hold on both.  Sentences written for the test.
"""
from __future__ import annotations

import pytest

from khronika.nlp.salience import Salience

from tests.nlp.conftest import article

# (text, surname of the person, heads the profile must hold, heads it must not hold)
HEADS = [
    # old: no head at all ("(ИЭП)" and the genitive name stop the adjacency scan)
    ("Бывший министр энергетики Польши, глава Института энергетической политики (ИЭП) Марек Новак заявил, что "
     "готовит доклад.", "Новак", {"министр", "экс-министр"}, set()),
    # controls: an adjacent role noun stays the one head; no "экс-" without "бывший"
    ("Министр финансов Антон Силуанов заявил, что бюджет сбалансирован.", "Силуанов", {"министр"}, {"экс-министр"}),
    ("Вчера Антон Силуанов выступил в Думе.", "Силуанов", set(), {"министр", "экс-министр"}),
]


@pytest.mark.parametrize("text,surname,present,absent", HEADS)
def test_profile_heads(nlp_pipeline, text, surname, present, absent):
    doc = nlp_pipeline(article(text))
    salience = Salience.build(doc)
    actor = next(a for a in doc.actors if surname in a.name)
    heads = salience.profiles[actor.id].heads
    assert present <= heads and not absent & heads, heads
