"""Review rev_B (sixteenth session) of the actor rules added the same session: a bare body used
before any body is named in full is the reader's own (a Russian outlet's "МИД" is Russia's, not
Ukraine's named later), and a town named after a person ("в подмосковном Королёве", "в городе
Пушкине") stays a place."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import article

BARE_FIRST = [
    # (text, bare body as written, the full body named later: the bare one must not become it)
    ("Официальный представитель МИД Мария Захарова прокомментировала заявление МИД Украины. "
     "По её словам, МИД ответит зеркально.", "МИД", "org:mfa-ukraine"),
    ("Минобороны в субботу сообщило об атаке беспилотников. Минобороны Украины не комментирует.",
     "Минобороны", "org:mod-ukraine"),
]

# (text, the town as written, the person it is named after)
TOWNS = [
    ("В подмосковном Королёве отметили день рождения конструктора Сергея Королёва. Королёв руководил "
     "созданием ракет. Жители Королёва возложили цветы.", "Королёве", "x:per:sergey-korolev"),
    ("Памятник поэту Александру Пушкину открыли в городе Пушкине под Петербургом. Пушкин провёл в "
     "Царском Селе лицейские годы.", "Пушкине", "x:per:aleksandr-pushkin"),
]


@pytest.mark.parametrize("text, bare, later", BARE_FIRST, ids=[c[2] for c in BARE_FIRST])
def test_a_bare_body_before_any_full_name_is_not_the_later_one(nlp_pipeline, text, bare, later):
    doc = nlp_pipeline(article(text))
    ids = {m.actor_id for m in doc.mentions if m.text == bare and m.actor_id}
    assert ids and later not in ids, [(m.text, m.type, m.actor_id) for m in doc.mentions]


@pytest.mark.parametrize("text, town, person", TOWNS, ids=[c[1] for c in TOWNS])
def test_a_town_named_after_a_person_stays_a_place(nlp_pipeline, text, town, person):
    doc = nlp_pipeline(article(text))
    ids = {m.actor_id for m in doc.mentions if m.text == town and m.actor_id}
    assert ids and person not in ids, [(m.text, m.type, m.actor_id) for m in doc.mentions]
