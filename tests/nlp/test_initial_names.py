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


# (user review rv19_U M6) The document never gives the full name: the one registry person with that surname
# and first-name initial ("per:" ids of data/actors.tsv); a wrong initial stays a person of its own.
NAMES = "В.Путин провел совещание. Б. Джонсон ушел в отставку. А.Меркель выступила в бундестаге. Т.Мэй " \
        "встретилась с королевой. Х. Маас ответил США."
OTHER_INITIALS = "В.Путин провел совещание. К.Меркель выступила в бундестаге. Д. Джонсон ушел в отставку."
REGISTRY_CASES = [
    (NAMES, "Т.Мэй", "per:theresa-may"),
    (NAMES, "Б. Джонсон", "per:boris-johnson"),
    (NAMES, "А.Меркель", "per:angela-merkel"),
    (NAMES, "Х. Маас", "per:heiko-maas"),
    # guards: a registry surname with another initial
    (OTHER_INITIALS, "К.Меркель", None),
    (OTHER_INITIALS, "Д. Джонсон", None),
]


@pytest.mark.parametrize("text,surface,actor_id", REGISTRY_CASES)
def test_initial_and_registry_surname(nlp_pipeline, text, surface, actor_id):
    doc = nlp_pipeline(article(text))
    mention = next(m for m in doc.mentions if m.text == surface)
    if actor_id is None:
        assert not mention.actor_id.startswith("per:"), mention.actor_id
    else:
        assert mention.actor_id == actor_id
