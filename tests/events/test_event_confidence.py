"""Event confidence (`khronika.events.confidence`): features of made-up events, the fitted model's
monotone pieces, the fallback to the hand-set score, and `khronika events --min-confidence`."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from khronika.events import confidence
from khronika.events.confidence import ConfidenceModel, calibrate, event_features, load_model
from khronika.extract.article import Article
from khronika.nlp.doc import Actor, Doc, Event, EventActor, Mention, Sentence, Token

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "pages" / "000_seed.txt"

# A made-up article: a title, then seven one-sentence paragraphs (sentence i = part i; the first paragraph is
# the lead, the page marks none apart).  Путин is named four times, Зеленский once; "силовики" has no id.
TITLE = "Путин обсудил с Зеленским переговоры"
PARAGRAPHS = ["Путин провёл переговоры.", "Стороны задержали активистов.", "Силовики задержали Путина.",
              "Задержание прошло утром.", "Задержанный Путин молчал.", "Так сообщили СМИ.", "Силовики задержали всех."]
PUTIN = EventActor("per:vladimir-putin", "Владимир Путин")
ZELENSKY = EventActor("x:per:zelenskii", "Зеленский")
SECURITY = EventActor(None, "силовики")
# (word, pos, feats, rel) of the words the events use as triggers
TRIGGERS = {"обсудил": ("VERB", {}, "root"), "задержали": ("VERB", {}, "root"), "Задержание": ("NOUN", {}, "nsubj"),
            "Задержанный": ("VERB", {"VerbForm": "Part"}, "acl")}


def made_doc() -> Doc:
    doc = Doc.from_article(Article(id="t", source="test", title=TITLE, published=None, language="ru", lead="",
                                   paragraphs=PARAGRAPHS))
    for part in doc.parts:
        first = len(doc.tokens)
        offset = part.start
        for word in doc.text[part.start:part.stop].split():
            start = doc.text.index(word, offset)
            pos, feats, rel = TRIGGERS.get(word, ("X", {}, "dep"))
            doc.tokens.append(Token(start, start + len(word), word, word.lower(), pos, dict(feats), -1, rel))
            offset = start + len(word)
        doc.sentences.append(Sentence(part.start, part.stop, doc.text[part.start:part.stop], first, len(doc.tokens)))
    for word, actor in (("Путин", PUTIN), ("Зеленским", ZELENSKY)):
        start = doc.text.find(word)
        while start >= 0:
            doc.mentions.append(Mention(start, start + len(word), word, "PER", actor.name, actor.actor_id))
            start = doc.text.find(word, start + 1)
    doc.mentions.sort(key=lambda m: m.start)
    doc.actors = [Actor(PUTIN.actor_id, PUTIN.name, "PER", known=True), Actor(ZELENSKY.actor_id, ZELENSKY.name, "PER")]
    return doc


def made_event(trigger: str, sentence: int, source: list[EventActor], target: list[EventActor], **kw) -> Event:
    doc = made_doc()
    start = doc.text.index(trigger, doc.sentences[sentence].start)
    return Event("COERCE", "arrest", "17", source, target, trigger, start, start + len(trigger), sentence, **kw)


# (event, feature, expected value)
FEATURE_CASES = [
    (made_event("обсудил", 0, [PUTIN], [ZELENSKY]), "verb_trigger", 1.0),
    (made_event("обсудил", 0, [PUTIN], [ZELENSKY]), "headline", 1.0),
    (made_event("обсудил", 0, [PUTIN], [ZELENSKY]), "source_registry", 1.0),
    (made_event("обсудил", 0, [PUTIN], [ZELENSKY]), "target_doc_actor", 1.0),
    (made_event("обсудил", 0, [PUTIN], [ZELENSKY]), "target_registry", 0.0),
    (made_event("обсудил", 0, [PUTIN], [ZELENSKY]), "source_in_sentence", 1.0),
    (made_event("обсудил", 0, [PUTIN], [ZELENSKY]), "target_person", 1.0),
    (made_event("обсудил", 0, [PUTIN], [ZELENSKY]), "actors", 2.0),
    # Зеленский has one mention: a rare actor; Путин has four
    (made_event("обсудил", 0, [PUTIN], [ZELENSKY]), "rare_actor", 1.0),
    (made_event("задержали", 3, [SECURITY], [PUTIN]), "rare_actor", 1.0),   # no id: no mention of its own
    (made_event("задержали", 3, [SECURITY], [PUTIN]), "source_description", 1.0),
    (made_event("задержали", 3, [SECURITY], [PUTIN]), "source_in_sentence", 1.0),  # "Силовики" starts the sentence
    (made_event("задержали", 3, [SECURITY], [PUTIN]), "target_in_sentence", 1.0),
    (made_event("задержали", 2, [PUTIN], [PUTIN]), "rare_actor", 0.0),
    (made_event("задержали", 2, [PUTIN], [PUTIN]), "source_in_sentence", 0.0),  # Путин is not in sentence 2
    (made_event("провёл", 1, [PUTIN], [PUTIN]), "lead", 1.0),                   # the first paragraph
    (made_event("задержали", 2, [PUTIN], [PUTIN]), "lead", 0.0),
    (made_event("задержали", 2, [PUTIN], [PUTIN]), "modifier_trigger", 0.0),
    (made_event("Задержание", 4, [PUTIN], [PUTIN]), "noun_trigger", 1.0),
    (made_event("Задержание", 4, [PUTIN], [PUTIN]), "modifier_trigger", 1.0),  # the subject of its clause
    (made_event("Задержание", 4, [PUTIN], [PUTIN]), "lead", 0.0),
    (made_event("Задержанный", 5, [PUTIN], [PUTIN]), "participle_trigger", 1.0),
    (made_event("Задержанный", 5, [PUTIN], [PUTIN]), "verb_trigger", 0.0),
    (made_event("Задержанный", 5, [PUTIN], [PUTIN]), "modifier_trigger", 1.0),
    (made_event("Задержанный", 5, [PUTIN], [PUTIN]), "late", 0.0),
    (made_event("задержали", 7, [SECURITY], [PUTIN]), "late", 1.0),            # sentence 6 or later
    (made_event("задержали", 7, [SECURITY], [PUTIN], reported_by="СМИ", quote=0), "reported", 1.0),
    (made_event("задержали", 7, [SECURITY], [PUTIN], quote=0), "in_quote", 1.0),
    (made_event("задержали", 7, [SECURITY], [PUTIN], hypothetical=True), "hypothetical", 1.0),
    (made_event("задержали", 7, [SECURITY], [PUTIN], date="2024-01-01"), "date_from_text", 1.0),
    (made_event("задержали", 7, [SECURITY], [PUTIN], date="2024-01-01", date_from_article=True), "date_from_text", 0.0),
    (made_event("задержали", 7, [SECURITY], [PUTIN], confidence=0.85), "hand_set", 0.85),
    (made_event("задержали", 7, [SECURITY], [PUTIN]), "type_COERCE", 1.0),
    (made_event("задержали", 7, [SECURITY], [PUTIN]), "type_REQUEST", 0.0),
]


@pytest.mark.parametrize("event,feature,expected", FEATURE_CASES)
def test_features(event: Event, feature: str, expected: float) -> None:
    assert event_features(event, made_doc())[feature] == expected


def test_every_feature_has_a_value() -> None:
    values = event_features(FEATURE_CASES[0][0], made_doc())
    assert tuple(values) == confidence.FEATURES


# The shipped model: each feature it uses lowers P(right) when it is on, the others held (monotone pieces).
SHIPPED = load_model()


@pytest.mark.skipif(SHIPPED is None, reason="no data/event_confidence.json")
@pytest.mark.parametrize("feature", ["rare_actor", "modifier_trigger", "source_description", "target_description",
                                     "late"])
def test_shipped_model_penalties(feature: str) -> None:
    base = {name: 0.0 for name in confidence.FEATURES}
    assert feature in SHIPPED.weights
    assert SHIPPED.probability({**base, feature: 1.0}) < SHIPPED.probability(base)
    assert 0.0 < SHIPPED.probability({**base, feature: 1.0}) < 1.0


MODEL = ConfidenceModel(bias=0.0, weights={"rare_actor": -1.0, "late": -0.5}, means={"rare_actor": 0.5, "late": 0.0},
                        scales={"rare_actor": 0.5, "late": 1.0})


# (values, expected P): sigmoid(bias + Σ w · (v - mean) / scale)
@pytest.mark.parametrize("values,expected", [
    ({}, 0.7311),                                   # rare_actor 0 → +1 standardised unit: sigmoid(1)
    ({"rare_actor": 0.5}, 0.5),
    ({"rare_actor": 1.0}, 0.2689),
    ({"rare_actor": 1.0, "late": 1.0}, 0.1824),
    ({"rare_actor": 0.5, "hand_set": 0.95}, 0.5),   # a feature the model does not use weighs nothing
])
def test_model_probability(values: dict, expected: float) -> None:
    assert MODEL.probability(values) == pytest.approx(expected, abs=1e-4)


def test_calibrate_sets_rounded_probability_on_article_and_related_events() -> None:
    doc = made_doc()
    doc.events = [made_event("обсудил", 0, [PUTIN], [ZELENSKY], confidence=0.95)]
    light = made_doc()
    light.events = [made_event("задержали", 2, [PUTIN], [PUTIN], confidence=0.95)]
    doc.related = [light]
    calibrate(doc, MODEL)
    assert doc.events[0].confidence == 0.27    # Зеленский is a rare actor
    assert light.events[0].confidence == 0.73  # Путин is named four times


def test_fallback_without_weights_file(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(confidence, "WEIGHTS_PATH", tmp_path / "missing.json")
    assert load_model() is None
    doc = made_doc()
    doc.events = [made_event("обсудил", 0, [PUTIN], [ZELENSKY], confidence=0.85)]
    calibrate(doc, load_model())
    assert doc.events[0].confidence == 0.85  # the hand-set score stays


def test_weights_file_round_trip_and_unknown_feature(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    path.write_text(MODEL.to_json({"note": "test"}), encoding="utf-8")
    assert load_model(path) == MODEL
    data = json.loads(path.read_text(encoding="utf-8"))
    data["weights"]["no_such_feature"] = 1.0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert load_model(bad) is None  # an unknown feature: the file is not trusted, the hand-set score stays


# `khronika events --min-confidence`: (threshold, confidences of the article events, kept)
@pytest.mark.parametrize("threshold,values,kept", [
    (0.0, [0.2, 0.5, 0.9], [0.2, 0.5, 0.9]),
    (0.5, [0.2, 0.5, 0.9], [0.5, 0.9]),
    (0.95, [0.2, 0.5, 0.9], []),
])
def test_confident_filter(threshold: float, values: list[float], kept: list[float]) -> None:
    from khronika.cli.events_cmd import confident

    doc = made_doc()
    event = made_event("обсудил", 0, [PUTIN], [ZELENSKY])
    doc.events = [replace(event, confidence=v) for v in values]
    light = made_doc()
    light.events = [replace(event, confidence=v) for v in values]
    doc.related = [light]
    confident(doc, threshold)
    assert [e.confidence for e in doc.events] == kept
    assert [e.confidence for e in light.events] == kept


@pytest.fixture()
def shared_models(monkeypatch, resources):
    from khronika.events import component

    original = component.build_pipeline
    monkeypatch.setattr(component, "build_pipeline",
                        lambda resources_=None, disable=(): original(resources, disable))


def test_cli_min_confidence(shared_models) -> None:
    from khronika.cli import main

    runner = CliRunner()
    every = runner.invoke(main, ["events", str(SEED), "--format", "jsonl"])
    assert every.exit_code == 0, every.output
    records = [json.loads(line) for line in every.stdout.splitlines()]
    assert records and all(0 < r["confidence"] < 1 for r in records)
    cut = sorted(r["confidence"] for r in records)[len(records) // 2]
    kept = runner.invoke(main, ["events", str(SEED), "--format", "jsonl", "--min-confidence", str(cut)])
    assert kept.exit_code == 0, kept.output
    confidences = [json.loads(line)["confidence"] for line in kept.stdout.splitlines()]
    assert confidences == [r["confidence"] for r in records if r["confidence"] >= cut]
