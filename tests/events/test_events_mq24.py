"""A party named by its kind keeps its registry link when the other state of its sentence is only what the party acts
on (helper mq24, twenty-fourth session; review rev23_C L2).

Rule: a state named as an object of the verb the party is the subject of, under no preposition of place
("Консервативная партия потребовала от Франции …", "… осудила Францию"), is the state the party deals with, not its
home, so it does not unlink the party (`nlp.actors.unlink_foreign_parties`); a state under "в"/"на" or in the party's
own phrase still does.  Rows marked "old" fail on the code before the round; the controls hold on both.  The sentences
are written for the test.
"""
from __future__ import annotations

import pytest

from khronika.extract.article import Article

PUBLISHED = "2019-07-10T12:00:00+03:00"

# (paragraphs, mention text, expected actor id: a registry id, or None for a local actor)
PARTIES = [
    # old: the other state is the object of the party's demand or criticism
    (["Консервативная партия потребовала от Франции усилить контроль на границе."], "Консервативная партия",
     "org:uk-conservative-party"),
    (["Лейбористская партия осудила Германию за новые пошлины."], "Лейбористская партия", "org:uk-labour-party"),
    # controls: another state's party (in its own phrase, its leader's post, or the place it acts in)
    (["Бывший премьер Австралии Джулия Гиллард много лет состояла в Лейбористской партии."],
     "Лейбористской партии", None),
    (["В Австралии Лейбористская партия потребовала от правительства снизить налоги."], "Лейбористская партия",
     None),
]


@pytest.mark.parametrize("paragraphs,text,actor_id", PARTIES)
def test_party_acting_on_a_state_keeps_its_link(pipeline, paragraphs, text, actor_id):
    article = Article(id="t", source="test", title="Новости", published=PUBLISHED, language="ru",
                      lead=paragraphs[0], paragraphs=paragraphs)
    doc = pipeline(article)
    ids = [m.actor_id for m in doc.mentions if m.text == text]
    assert ids and all((i if i and not i.startswith("x:") else None) == actor_id for i in ids), ids


def test_demand_source_is_the_registry_party(pipeline):
    """(old) The demand's source is the British party, not a local actor named after its kind."""
    text = "Консервативная партия потребовала от Франции усилить контроль на границе."
    article = Article(id="t", source="test", title="Новости", published=PUBLISHED, language="ru",
                      lead=text, paragraphs=[text])
    sources = [a.actor_id for e in pipeline(article).events if e.trigger == "потребовала" for a in e.source_actors]
    assert sources == ["org:uk-conservative-party"], sources
