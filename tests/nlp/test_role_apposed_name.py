"""A bare role followed by the name it is apposed to names that person, not the earlier
holder of a role that begins with the same word (thirteenth session, lead: quotes-dev3 showed
"Министр по государственным сборам … Питер Данн" linked to the finance minister introduced
before, so "Он" after it went to the wrong minister).  Made-up names and sentences."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import article

INTRO = "Об этом заявил министр финансов Норвегии Олаф Берг. "

CASES = [
    # (second sentence, does its opening "Министр" become a ROLE mention of Берг?)
    ("Министр по делам молодёжи Норвегии Ханс Лунд подчеркнул, что реформа уже началась.", False),
    ("Министр по делам молодёжи Ханс Лунд подчеркнул, что реформа уже началась.", False),
    # the name is not apposed: another case, or a verb first
    ("Министр в интервью Петру Иванову сказал, что реформа уже началась.", True),
    ("Министр благодарит Ханса Лунда за поддержку.", True),
]


@pytest.mark.parametrize("second, linked", CASES, ids=[c[0][:40] for c in CASES])
def test_role_followed_by_its_name(nlp_pipeline, second, linked):
    doc = nlp_pipeline(article(INTRO + second))
    offset = len(INTRO)
    berg = next(m.actor_id for m in doc.mentions if m.type == "PER" and m.text == "Олаф Берг")
    roles = [m for m in doc.mentions if m.type == "ROLE" and m.start == offset]
    assert any(m.actor_id == berg for m in roles) == linked
