"""Pipeline order checks, switching components off, and small hand-built Docs."""
from __future__ import annotations

import pytest

from khronika.errors import PipelineError
from khronika.nlp.pipeline import Pipeline, available_components
from tests.nlp.conftest import article


def test_components_registered():
    assert {"segment", "morph", "syntax", "ner", "actors", "times", "related"} <= set(available_components())


def test_order_is_checked(nlp_resources):
    with pytest.raises(PipelineError):
        Pipeline.build(["ner"], resources=nlp_resources)


def test_disable(nlp_resources):
    pipeline = Pipeline.build(disable=["syntax", "related", "quotes", "events"], resources=nlp_resources)
    assert "syntax" not in pipeline.names and "ner" in pipeline.names


def test_layers_and_offsets(nlp_pipeline):
    doc = nlp_pipeline(article("Министр иностранных дел России Сергей Лавров прилетел в Женеву.", title="Лавров в Женеве"))
    assert {"sentences", "tokens", "morph", "syntax", "mentions", "actors", "times"} <= doc.layers
    for item in [*doc.sentences, *doc.tokens, *doc.mentions]:
        assert doc.text[item.start:item.stop] == item.text
    assert all(t.lemma and t.pos for t in doc.tokens)
    assert sum(t.head == -1 for t in doc.tokens) == len(doc.sentences)
    assert doc.sentences[0].text == "Лавров в Женеве"  # the title never runs into the body


@pytest.mark.parametrize("text,surface,normal", [
    ("По словам госсекретаря США Энтони Блинкена, ответ передан.", "Энтони Блинкена", "Энтони Блинкен"),
    ("Пресс-служба Елисейского дворца не сообщала.", "Елисейского дворца", "Елисейский дворец"),
    ("Встреча прошла в Брюсселе.", "Брюсселе", "Брюссель"),
    ("Об этом сообщили в Совете по правам человека.", "Совете по правам человека", "Совет по правам человека"),
])
def test_normal_forms(nlp_pipeline, text, surface, normal):
    doc = nlp_pipeline(article(text))
    found = {m.text: m.normal for m in doc.mentions}
    assert any(surface in t and n.endswith(normal) for t, n in found.items()), found


@pytest.mark.parametrize("text,name,role", [
    ("Глава МИД России Сергей Лавров заявил, что переговоры продолжатся.", "Сергей Лавров", "глава МИД России"),
    ("Канцлер Германии Олаф Шольц прибыл в Москву.", "Олаф Шольц", "канцлер Германии"),
])
def test_appositive_roles(nlp_pipeline, text, name, role):
    doc = nlp_pipeline(article(text))
    actors = {a.name: a for a in doc.actors}
    assert role in actors[name].roles


def test_bare_role_resolves_to_actor(nlp_pipeline):
    doc = nlp_pipeline(article("Президент Франции Эммануэль Макрон прилетел в Москву. Президент Франции заявил, что доволен."))
    roles = [m for m in doc.mentions if m.type == "ROLE"]
    assert len(roles) == 2 and {m.actor_id for m in roles} == {doc.actors[[a.name for a in doc.actors].index("Эммануэль Макрон")].id}


def test_surname_joins_full_name_for_unknown_person(nlp_pipeline):
    doc = nlp_pipeline(article("Иван Петрович Сидоренко приехал. Позже Сидоренко уехал, а Сидоренко-младший остался."))
    people = [a for a in doc.actors if a.type == "PER" and "Сидоренко" in a.name]
    assert people[0].id.startswith("x:per:") and len(people[0].mentions) >= 2


@pytest.mark.parametrize("text,word", [
    ("Сегодня в 11:17 (по МСК) стало известно о встрече.", "МСК"),
    ("Вчера Кремль заявил о готовности.", "Вчера"),
])
def test_post_rules_drop(nlp_pipeline, text, word):
    assert word not in {m.text for m in nlp_pipeline(article(text)).mentions}


def test_kremlin_is_organisation(nlp_pipeline):
    doc = nlp_pipeline(article("В Кремле заявили, что Кремль не видит угрозы."))
    assert {m.type for m in doc.mentions if m.text.startswith("Кремл")} == {"ORG"}
