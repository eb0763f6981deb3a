"""Seed-level gold: the acceptance list of issue 3 on the bundled seed page."""
from __future__ import annotations

import pytest

EXPECTED_ACTORS = [
    # (canonical name, role it must carry or None)
    ("Владимир Путин", "президент России"),
    ("Эммануэль Макрон", "президент Франции"),
    ("Дмитрий Песков", "пресс-секретарь президента России"),
    ("Энтони Блинкен", "госсекретарь США"),
    ("Кремль", None), ("НАТО", None), ("США", None), ("ОБСЕ", None),
    ("Россия", None), ("Франция", None), ("Женева", None), ("Брюссель", None),
]


@pytest.mark.parametrize("name,role", EXPECTED_ACTORS)
def test_seed_actor(seed_doc, name, role):
    actors = {a.name: a for a in seed_doc.actors}
    assert name in actors, sorted(actors)
    if role:
        assert role in actors[name].roles


def test_putin_is_one_actor_with_all_mentions(seed_doc):
    putins = [a for a in seed_doc.actors if "Путин" in a.name]
    assert len(putins) == 1
    texts = [seed_doc.mentions[i].text for i in putins[0].mentions]
    assert len(texts) >= 6
    assert "Путина" in texts
    title_stop = seed_doc.parts[0].stop
    assert any(seed_doc.mentions[i].start < title_stop for i in putins[0].mentions)


@pytest.mark.parametrize("name,type_", [("Кремль", "ORG"), ("Женева", "LOC"), ("Россия", "GPE"), ("НАТО", "ORG")])
def test_seed_types(seed_doc, name, type_):
    assert {a.name: a.type for a in seed_doc.actors}[name] == type_


@pytest.mark.parametrize("word", ["МСК", "Вчера", "Сегодня"])
def test_never_entities(seed_doc, word):
    for doc in [seed_doc, *seed_doc.related]:
        assert word not in {m.text for m in doc.mentions}


@pytest.mark.parametrize("text,value,granularity", [("26 января", "2022-01-26", "day"), ("1997 года", "1997", "year")])
def test_seed_times(seed_doc, text, value, granularity):
    assert (text, value, granularity) in {(t.text, t.value, t.granularity) for t in seed_doc.times}


def test_related_docs_have_mentions(seed_doc):
    assert len(seed_doc.related) == len(seed_doc.article.related)
    names = {m.normal for d in seed_doc.related for m in d.mentions}
    assert {"Леонид Волков", "Польша"} <= names


def test_record_layers(seed_doc):
    record = seed_doc.to_record()
    assert {"entities", "mentions", "times"} <= set(record)
    assert all("mentions" in item for item in record["related"])
