"""The ParaPhraser-learnt similarity of two sentence embeddings (`semantic.ParaphraseMetric`)
and the `semantic_paraphrase` pair feature that reads it from the stored lead vectors."""
from __future__ import annotations

import math

import numpy as np
import pytest

from khronika.stories.cluster import SEMANTIC_FEATURES, SEMANTIC_WEIGHTS, SameStoryModel
from khronika.stories.semantic import (
    SEMANTIC_DIM, ParaphraseMetric, paraphrase_metric, paraphrase_similarity,
)
from khronika.stories.similarity import FEATURE_NAMES, Idf, TextFeatures, pair_features


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


# A two-dimensional metric written out by hand: agreement (a*b) counts for, difference |a-b| against.
TOY = ParaphraseMetric(np.array([1.0, 1.0, -1.0, -1.0], np.float32), 0.0)


@pytest.mark.parametrize("a, b, expected", [
    ([1.0, 0.0], [1.0, 0.0], sigmoid(1.0)),    # the same vector: product 1, no difference
    ([1.0, 0.0], [0.0, 1.0], sigmoid(-2.0)),   # orthogonal: no product, difference 1 + 1
    ([0.6, 0.8], [0.8, 0.6], sigmoid(0.96 - 0.4)),
    ([1.0, 0.0], [-1.0, 0.0], sigmoid(-1.0 - 2.0)),
])
def test_toy_metric_formula(a, b, expected):
    a, b = np.array(a, np.float32), np.array(b, np.float32)
    assert TOY(a, b) == pytest.approx(expected, abs=1e-6)
    assert TOY(b, a) == pytest.approx(expected, abs=1e-6)  # symmetric


def _unit(seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=SEMANTIC_DIM).astype(np.float32)
    return v / np.linalg.norm(v)


def test_shipped_metric_shape_and_range():
    metric = paraphrase_metric()
    assert metric.weights.shape == (2 * SEMANTIC_DIM,) and metric.weights.dtype == np.float32
    assert math.isfinite(metric.bias)
    a, b = _unit(1), _unit(2)
    value = paraphrase_similarity(a, b)
    assert isinstance(value, float) and 0.0 <= value <= 1.0
    assert value == pytest.approx(paraphrase_similarity(b, a))


@pytest.mark.parametrize("a_seed, b_seed", [(1, None), (None, 2), (None, None)])
def test_missing_embedding_is_zero(a_seed, b_seed):
    a = _unit(a_seed) if a_seed is not None else None
    b = _unit(b_seed) if b_seed is not None else None
    assert paraphrase_similarity(a, b) == 0.0


def _features(semantic: np.ndarray | None) -> TextFeatures:
    unit = np.full(300, 300 ** -0.5, dtype=np.float32)
    return TextFeatures({"пожар": 1}, {"пожар": 1}, set(), set(), unit, unit, "2022-01-28", semantic=semantic)


def test_pair_feature_reads_the_stored_lead_vectors():
    idf = Idf()
    a, b = _features(_unit(3)), _features(_unit(4))
    column = FEATURE_NAMES.index("semantic_paraphrase")
    assert pair_features(a, b, idf)[column] == pytest.approx(paraphrase_similarity(a.semantic, b.semantic))
    # Stored without the vector (older stores, ingest without --semantic): the feature is 0 ...
    old = TextFeatures.from_json({k: v for k, v in a.to_json().items() if k != "semantic"}, a.vector)
    assert pair_features(old, b, idf)[column] == 0.0
    # ... and the model falls back to the weights without the embedding.
    model = SameStoryModel()
    assert model.score(old, b, idf) == pytest.approx(SameStoryModel(semantic=None).score(old, b, idf))


def test_semantic_weights_use_the_learnt_similarity():
    assert "semantic_paraphrase" in SEMANTIC_FEATURES
    assert SEMANTIC_WEIGHTS.get("semantic_paraphrase", 0.0) != 0.0
    idf = Idf()
    a, b = _features(_unit(5)), _features(_unit(5))  # the same lead twice
    row = np.array([pair_features(a, b, idf)])
    model = SameStoryModel()
    assert model.score(a, b, idf) == pytest.approx(model.semantic.probabilities(row)[0])
