"""Governing, leading or representing a state is not acting on it (helper ma24, twenty-fourth session; review
rev24_A M3): a party named by its kind whose verb governs or leads the state ("правит Австралией", "возглавила
Австралию": `nlp.actors.GOVERNING_VERBS`) belongs to that state, so it loses the foreign registry link
(`nlp.actors.unlink_foreign_parties`).  Rows marked "old" fail on main 97198a1; the control (a state the party acts on)
holds on both.  The sentences are written for the test.
"""
from __future__ import annotations

import pytest

from khronika.extract.article import Article

PUBLISHED = "2019-07-10T12:00:00+03:00"

# (sentence, mention text, expected actor id: a registry id, or None for a local actor)
PARTIES = [
    # old: the state is what the party governs or leads
    ("Лейбористская партия правит Австралией уже шесть лет.", "Лейбористская партия", None),
    ("Лейбористская партия возглавила Австралию после выборов.", "Лейбористская партия", None),
    ("Консервативная партия руководит Канадой с 2006 года.", "Консервативная партия", None),
    # control: a state the party acts on
    ("Лейбористская партия осудила Германию за новые пошлины.", "Лейбористская партия", "org:uk-labour-party"),
]


@pytest.mark.parametrize("sentence,text,actor_id", PARTIES)
def test_party_governing_a_state_is_its_own(pipeline, sentence, text, actor_id):
    article = Article(id="t", source="test", title="Новости", published=PUBLISHED, language="ru",
                      lead=sentence, paragraphs=[sentence])
    doc = pipeline(article)
    ids = [m.actor_id for m in doc.mentions if m.text == text]
    assert ids and all((i if i and not i.startswith("x:") else None) == actor_id for i in ids), ids
