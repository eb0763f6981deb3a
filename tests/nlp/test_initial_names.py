"""A name written as an initial and a surname joins the one person named in full with that
first-name initial and surname (`nlp.actors.link_initial_names`); made-up sentences."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import article

CASES = [
    # (text, the initial form, the actor name it must carry)
    ("Министр финансов Алексей Кудрин сообщил о проекте. Как сообщил А. Кудрин, проект одобрен.",
     "А. Кудрин", "Алексей Кудрин"),
    ("Премьер Саулюс Сквярнялис прибыл в Ригу. Позже С. Сквярнялис встретился с коллегами.",
     "С. Сквярнялис", "Саулюс Сквярнялис"),
    # guards: no one named in full with that initial, or two such persons
    ("Глава МИД Сергей Лавров прибыл в Женеву. В. Лавров там не был.", "В. Лавров", "В. Лавров"),
    ("Александр Иванов и Алексей Иванов выступили. Затем А. Иванов уехал.", "А. Иванов", "А. Иванов"),
]


@pytest.mark.parametrize("text,surface,name", CASES)
def test_initial_and_surname(nlp_pipeline, text, surface, name):
    doc = nlp_pipeline(article(text))
    mention = next(m for m in doc.mentions if m.text == surface)
    assert doc.actor(mention.actor_id).name == name
