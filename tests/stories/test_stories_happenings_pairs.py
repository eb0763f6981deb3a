"""The helpers of `bench/stories_happenings_pairs.py` (same-story models fitted on the happenings
pairs): the prior fit is the shipped fit when the prior is zero and the prior when the pull is
strong; the pair samplers keep what they say."""
from __future__ import annotations

import numpy as np
import pytest

from khronika.stories.cluster import MODEL_FEATURES, fit_logistic
from khronika.stories.similarity import FEATURE_NAMES

from tests.stories.bench_modules import load_bench


def _bench():
    return load_bench("stories_happenings_pairs")


def made_up_pairs(n: int = 200, seed: int = 0):
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 3 == 0
    x = rng.random((n, len(FEATURE_NAMES)))
    for name in MODEL_FEATURES + ("semantic_paraphrase",):
        x[:, FEATURE_NAMES.index(name)] += 0.4 * y
    return x, y


def test_prior_fit_with_a_zero_prior_is_the_shipped_fit():
    bench = _bench()
    x, y = made_up_pairs()
    zero = {name: 0.0 for name in FEATURE_NAMES} | {"bias": 0.0}
    pulled = bench.fit_toward(x, y.astype(float), MODEL_FEATURES, zero, 1e-3)
    shipped = fit_logistic(x, y.astype(float), use=MODEL_FEATURES)
    for name in MODEL_FEATURES + ("bias",):
        assert pulled[name] == pytest.approx(shipped[name], abs=1e-3)


def test_a_strong_pull_keeps_the_prior():
    bench = _bench()
    x, y = made_up_pairs()
    # Weights fitted to other labels (every second pair), far from what y would give.
    prior = fit_logistic(x, (np.arange(len(y)) % 2).astype(float), use=MODEL_FEATURES)
    pulled = bench.fit_toward(x, y.astype(float), MODEL_FEATURES, prior, 1e6)
    for name in MODEL_FEATURES + ("bias",):
        assert pulled[name] == pytest.approx(prior[name], abs=1e-3)


def _pair_set(bench, x, y, topics):
    n = len(y)
    return bench.PairSet(x, y, np.ones(n, bool), np.zeros(n, int), np.array(topics), np.array([""] * n))


def test_balanced_caps_each_class_of_each_topic():
    bench = _bench()
    x, y = made_up_pairs(120)
    pairs = _pair_set(bench, x, y, ["a"] * 90 + ["b"] * 30)
    kept = bench.balanced(pairs, np.ones(len(y), bool), 7)
    for topic in ("a", "b"):
        for cls in (True, False):
            assert int((kept & (pairs.topic == topic) & (pairs.y == cls)).sum()) == 7


def test_hard_negatives_keep_every_positive_and_only_close_negatives():
    bench = _bench()
    x, y = made_up_pairs(120)
    pairs = _pair_set(bench, x, y, ["a"] * 120)
    kept = bench.hard_negatives(pairs, np.ones(len(y), bool), 0.1)
    col = x[:, FEATURE_NAMES.index("semantic_paraphrase")]
    assert kept[y].all()
    assert (col[kept & ~y] >= np.quantile(col[y], 0.1)).all()
    assert 0 < int((kept & ~y).sum()) < int((~y).sum())
