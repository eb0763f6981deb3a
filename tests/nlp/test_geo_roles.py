"""Geo-adjectives and role helpers (on the real registry)."""
from __future__ import annotations

import pytest

from khronika.nlp import components
from khronika.nlp.roles import antecedent, resolve_role, role_keys
from tests.nlp.conftest import article


@pytest.fixture(scope="module")
def geo(nlp_resources):
    return components.geo_adjectives(nlp_resources)


@pytest.mark.parametrize("lemma,place", [
    ("российский", "gpe:russia"), ("американский", "gpe:usa"), ("итальянский", "gpe:italy"),
    ("немецкий", "gpe:germany"), ("московский", "loc:moscow"), ("белорусский", "gpe:belarus"),
    ("советский", "gpe:ussr"),
])
def test_geo_adjective(geo, lemma, place):
    assert geo.places(lemma) == {place}


@pytest.mark.parametrize("lemma", ["политический", "туристский", "городской", "президентский", "западный"])
def test_not_geo_adjective(geo, lemma):
    assert geo.places(lemma) == set()


def test_geo_adj_mentions_link_to_place(nlp_pipeline):
    doc = nlp_pipeline(article("Российские военные провели учения у американской базы."))
    found = {(m.text, m.type, m.actor_id) for m in doc.mentions}
    assert ("Российские", "GEO_ADJ", "gpe:russia") in found and ("американской", "GEO_ADJ", "gpe:usa") in found


@pytest.mark.parametrize("role,keys", [
    ("бывший президент Франции", ["бывший президент франции", "президент франции"]),
    ("глава МИД России", ["глава мид россии"]),
])
def test_role_keys(role, keys):
    assert role_keys(role) == keys


def test_resolve_role_prefers_document_actor(nlp_pipeline, nlp_resources):
    registry = components.registry(nlp_resources)
    doc = nlp_pipeline(article("Президент Франции Эммануэль Макрон прилетел в Москву."))
    assert resolve_role(doc, registry, "президент Франции") == "per:emmanuel-macron"
    assert resolve_role(doc, registry, "президент России") == "per:vladimir-putin"  # registry default
    assert resolve_role(doc, registry, "бывший президент России") is None        # dated: never guessed


def test_antecedent(nlp_pipeline):
    text = "Дмитрий Песков встретился с журналистами. Он сказал, что ответа нет."
    doc = nlp_pipeline(article(text))
    assert antecedent(doc, text.index("Он")).id == "per:dmitry-peskov"


def test_actor_at(seed_doc):
    from khronika.nlp.actors import actor_at

    start = seed_doc.text.index("Пресс-секретарь президента России Дмитрий Песков")
    assert actor_at(seed_doc, start, start + 50).id == "per:dmitry-peskov"
    assert actor_at(seed_doc, 0, 0) is None


def test_process_reuses_pipeline(nlp_pipeline, seed_article):
    import khronika

    record = khronika.process(seed_article.to_json(), nlp_pipeline)
    assert {"entities", "mentions", "times"} <= set(record)
    assert any(e["id"] == "per:vladimir-putin" for e in record["entities"])


@pytest.mark.parametrize("text,holder", [
    # The story is about another state: its own head of state, named in the document …
    ("Президент Казахстана Касым-Жомарт Токаев провёл совещание в Астане. Глава государства выступил.",
     "per:kassym-jomart-tokayev"),
    # … or known to the registry by that office ("президент Франции").
    ("Президент Франции выступил в Париже. Глава государства поддержал Украину.", "per:emmanuel-macron"),
    # Another state and no one holding the office there: left unresolved, not Putin.
    ("В Астане прошло совещание по ценам на газ. Глава государства выступил.", None),
    # A story about Russia, or one naming no state: the registry's holder.
    ("В Москве прошло совещание. Глава государства выступил перед министрами России.", "per:vladimir-putin"),
    ("Совещание прошло в понедельник. Глава государства выступил.", "per:vladimir-putin"),
])
def test_head_of_state_is_the_story_states(nlp_pipeline, nlp_resources, text, holder):
    registry = components.registry(nlp_resources)
    doc = nlp_pipeline(article(text))
    assert resolve_role(doc, registry, "глава государства") == holder
    assert resolve_role(doc, registry, "верховный главнокомандующий") == holder  # a president's office too


@pytest.mark.parametrize("text,published,actor", [
    # A national adjective before a role head names the state: "российский президент" = "президент России".
    ("Российский президент заявил, что переговоры продолжатся.", "2022-01-28T16:49:00+03:00", "per:vladimir-putin"),
    ("Французский президент сказал журналистам, что санкции будут.", "2022-01-28T16:49:00+03:00",
     "per:emmanuel-macron"),
    # A former holder is nobody the registry can name.
    ("Бывший российский президент заявил, что переговоры продолжатся.", "2022-01-28T16:49:00+03:00", None),
])
def test_national_adjective_role(nlp_pipeline, text, published, actor):
    doc = nlp_pipeline(article(text, published=published))
    roles = [m for m in doc.mentions if m.type == "ROLE"]
    if actor is None:
        assert not any(m.actor_id and not m.actor_id.startswith("x:") for m in roles)
    else:
        assert [m.actor_id for m in roles] == [actor]
