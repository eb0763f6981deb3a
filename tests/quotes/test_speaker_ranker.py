"""The learned speaker choice (`khronika.quotes.ranker`, fitted by
`bench/speaker_fit.py`): candidate features on made-up sentences, the wiring into
attribution (on only when the weights file says so), tie-breaking, the weights
file, and the fit recovering a signal from synthetic cases."""
from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from bench.speaker_fit import Case, fit, ranker_right
from khronika.nlp.doc import SpeakerRef
from khronika.quotes.ranker import DATA_DIR, FEATURES, WEIGHTS_FILE, SpeakerCandidate, SpeakerRanker, load_ranker


def quotes_component(pipeline):
    return next(c for c in pipeline.components if c.name == "quotes")


def choice_for(pipeline, doc, content):
    choices = quotes_component(pipeline).speaker_choices(doc)
    quote = next(q for q in doc.quotes if q.text == content)
    return next(c for c in choices if c.start == quote.start and c.stop == quote.stop)


# (mechanism, text, content, candidate surface, {feature: value})
FEATURE_CASES = [
    ("the rules' speaker is the cue's subject",
     "Министр финансов Иван Петров заявил журналистке Анне Смирновой, что бюджет будет исполнен.",
     "бюджет будет исполнен", "Иван Петров",
     {"rule": 1.0, "subject_of_cue": 1.0, "person": 1.0, "before_content": 1.0, "addressee": 0.0}),
    ("the addressee is a candidate, not the rules' pick",
     "Министр финансов Иван Петров заявил журналистке Анне Смирновой, что бюджет будет исполнен.",
     "бюджет будет исполнен", "Анне Смирновой",
     {"rule": 0.0, "subject_of_cue": 0.0, "addressee": 1.0, "person": 1.0, "after_cue": 1.0}),
    ("the rules' subject is a nominative name",
     "Депутат Олег Кузнецов сообщил, что правительство Москвы одобрило проект.",
     "правительство Москвы одобрило проект", "Олег Кузнецов",
     {"rule": 1.0, "subject_of_cue": 1.0, "nominative": 1.0}),
    ("a name after the cue with a preposition",
     "Андрей Волков рассказал в беседе с Ниной Орловой, что завод закроют.",
     "завод закроют", "Ниной Орловой",
     {"rule": 0.0, "prepositional": 1.0, "after_cue": 1.0, "subject_of_cue": 0.0}),
]


@pytest.mark.parametrize("label,text,content,surface,expected", FEATURE_CASES, ids=[c[0] for c in FEATURE_CASES])
def test_candidate_features(pipeline, enrich, label, text, content, surface, expected):
    choice = choice_for(pipeline, enrich(text), content)
    found = [c for c in choice.candidates if c.ref.text == surface]
    assert found, f"{label}: no candidate {surface!r}; got {[c.ref.text for c in choice.candidates]}"
    got = {name: found[0].feature(name) for name in expected}
    assert got == expected, label


def test_content_and_rule_phrase_give_no_candidates(pipeline, enrich):
    doc = enrich("Директор завода Сергей Белов сказал, что Игорь Зайцев уволен.")
    choice = choice_for(pipeline, doc, "Игорь Зайцев уволен")
    surfaces = [c.ref.text for c in choice.candidates]
    assert "Игорь Зайцев" not in surfaces  # inside the content
    assert [c.feature("rule") for c in choice.candidates].count(1.0) == 1
    assert choice.candidates[0].ref.name == "Сергей Белов"


def test_disabled_ranker_changes_nothing(pipeline, enrich):
    text = "Министр финансов Иван Петров заявил журналистке Анне Смирновой, что бюджет будет исполнен."
    doc = enrich(text)
    component = quotes_component(pipeline)
    weights = tuple(10.0 if name == "addressee" else 0.0 for name in FEATURES)
    off = dataclasses.replace(component, ranker=SpeakerRanker(weights, enabled=False))
    off(doc)
    assert [q.speaker.name for q in doc.quotes] == ["Иван Петров"]


def test_enabled_ranker_decides(pipeline, enrich):
    """Wiring: weights that favour the addressee move the speaker there (a test weight, not a fitted one)."""
    doc = enrich("Министр финансов Иван Петров заявил журналистке Анне Смирновой, что бюджет будет исполнен.")
    component = quotes_component(pipeline)
    weights = tuple(10.0 if name == "addressee" else 0.0 for name in FEATURES)
    dataclasses.replace(component, ranker=SpeakerRanker(weights, enabled=True))(doc)
    assert [q.speaker.text for q in doc.quotes] == ["Анне Смирновой"]


def test_enabled_ranker_keeps_unattributed_quotes(pipeline, enrich):
    """No rule speaker, no candidates: the rules stay the answer."""
    doc = enrich("Сообщается, что Игорь Зайцев уволен.")
    component = quotes_component(pipeline)
    weights = tuple(10.0 if name == "person" else 0.0 for name in FEATURES)
    dataclasses.replace(component, ranker=SpeakerRanker(weights, enabled=True))(doc)
    found = [q for q in doc.quotes if "Зайцев уволен" in q.text]
    assert found and all(q.speaker is None for q in found)


def _candidate(rule: bool, **values: float) -> SpeakerCandidate:
    row = dict.fromkeys(FEATURES, 0.0) | values | {"rule": float(rule)}
    return SpeakerCandidate(SpeakerRef(None, "x", "x"), tuple(row[name] for name in FEATURES))


def test_ties_go_to_the_rules_pick():
    ranker = SpeakerRanker(tuple(0.0 for _ in FEATURES))
    other, rule = _candidate(False), _candidate(True)
    assert ranker.choose((other, rule)) is rule


def test_best_score_wins():
    ranker = SpeakerRanker(tuple(2.0 if name == "person" else 0.5 if name == "rule" else 0.0 for name in FEATURES))
    person, rule = _candidate(False, person=1.0), _candidate(True)
    assert ranker.choose((rule, person)) is person


def test_weights_file(tmp_path):
    file = tmp_path / "w.json"
    file.write_text(json.dumps({"enabled": True, "weights": {"rule": 1.5}}), encoding="utf-8")
    ranker = load_ranker(file)
    assert ranker.enabled and ranker.weights[FEATURES.index("rule")] == 1.5
    assert sum(ranker.weights) == 1.5  # features the file does not know weigh 0
    assert load_ranker(tmp_path / "missing.json") is None


def test_shipped_weights_cover_every_feature():
    ranker = load_ranker()
    assert ranker is not None and len(ranker.weights) == len(FEATURES)
    data = json.loads((DATA_DIR / WEIGHTS_FILE).read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(FEATURES)
    assert data["enabled"] is False  # round 10: fitted, not better than the rules, shipped off


def test_fit_learns_a_signal():
    """Synthetic cases: the right candidate is the nominative subject, the rules' pick is
    right two times in three; the fit weighs the subject above the rule and beats it."""
    rng = np.random.default_rng(0)
    cases = []
    subject, rule = FEATURES.index("subject_of_cue"), FEATURES.index("rule")
    for k in range(300):
        values = rng.integers(0, 2, size=(3, len(FEATURES))).astype(float)
        values[:, subject] = 0.0
        values[0, subject] = 1.0
        values[:, rule] = 0.0
        values[0 if k % 3 else 1, rule] = 1.0
        right = np.array([True, False, False])
        cases.append(Case("synthetic", str(k % 10), values, right, bool(k % 3)))
    weights = fit(cases, l2=1.0)
    assert weights[subject] > weights[rule] > -1.0
    assert sum(ranker_right(c, weights) for c in cases) > sum(c.rule_right for c in cases)
