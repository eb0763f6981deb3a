"""The helpers of `bench/stories_happenings_metric.py` (an e5 lead metric fitted on the happenings
pairs): the fitted metric has the shipped `ParaphraseMetric` form and learns a planted signal, the
pairs are within-topic with the windows they say, and the AUC counts ties as half."""
from __future__ import annotations

import numpy as np
import pytest

from khronika.stories.semantic import SEMANTIC_DIM, ParaphraseMetric

from tests.stories.bench_modules import load_bench


def _bench():
    return load_bench("stories_happenings_metric")


def unit_rows(rng: np.random.Generator, n: int) -> np.ndarray:
    v = rng.normal(size=(n, SEMANTIC_DIM))
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def planted_pairs(n: int = 400, seed: int = 0):
    """Positives share dimension 0 (same sign, large); negatives disagree there."""
    rng = np.random.default_rng(seed)
    a, b = unit_rows(rng, n), unit_rows(rng, n)
    y = np.arange(n) % 2 == 0
    a[:, 0] = 0.6
    b[:, 0] = np.where(y, 0.6, -0.6)
    return a, b, y


def test_fitted_metric_learns_a_planted_agreement_and_scores_as_paraphrase_metric():
    bench = _bench()
    a, b, y = planted_pairs()
    metric = bench.fit_metric(bench.pair_design(a, b), y, l2=0.1)
    scores = metric.scores(a, b)
    assert bench.roc_auc(y, scores) > 0.99
    shipped_form = ParaphraseMetric(metric.weights, metric.bias)
    assert [shipped_form(p, q) for p, q in zip(a[:5], b[:5])] == pytest.approx(list(scores[:5]), abs=1e-5)


def test_stronger_l2_gives_smaller_weights():
    bench = _bench()
    a, b, y = planted_pairs(seed=1)
    design = bench.pair_design(a, b)
    weak, strong = bench.fit_metric(design, y, l2=0.01), bench.fit_metric(design, y, l2=10.0)
    assert np.abs(strong.weights).sum() < np.abs(weak.weights).sum()


def test_roc_auc_counts_ties_as_half():
    bench = _bench()
    y = np.array([True, False, True, False])
    assert bench.roc_auc(y, np.array([0.9, 0.1, 0.8, 0.2])) == 1.0
    assert bench.roc_auc(y, np.array([0.5, 0.5, 0.5, 0.5])) == 0.5


def made_up_leads(bench):
    rng = np.random.default_rng(3)
    return bench.HappeningsLeads(
        unit_rows(rng, 5), np.array(["t1", "t1", "t1", "t2", "t2"]), np.array(["h1", "h1", "h2", "h3", "h3"]),
        np.array([True, True, True, True, False]),
        np.array(["2018-07-09", "2018-07-10", "2018-08-01", "", "2018-01-01"]))


def test_happenings_pairs_are_within_topic_with_labels_and_days():
    bench = _bench()
    hp = bench.happenings_pairs(made_up_leads(bench))
    assert sorted(zip(hp.left.tolist(), hp.right.tolist())) == [(0, 1), (0, 2), (1, 2), (3, 4)]
    by_pair = {(int(i), int(j)): (bool(y), bool(s), int(d))
               for i, j, y, s, d in zip(hp.left, hp.right, hp.y, hp.sure, hp.days)}
    assert by_pair[(0, 1)] == (True, True, 1)
    assert by_pair[(0, 2)] == (False, True, 23)
    assert by_pair[(3, 4)] == (True, False, -1)


def test_windows_keep_sure_pairs_near_or_at_any_distance():
    bench = _bench()
    hp = bench.happenings_pairs(made_up_leads(bench))
    pairs = list(zip(hp.left.tolist(), hp.right.tolist()))
    near = {p for p, keep in zip(pairs, bench.window_mask(hp, "near")) if keep}
    anywhere = {p for p, keep in zip(pairs, bench.window_mask(hp, "any")) if keep}
    assert near == {(0, 1)}
    assert anywhere == {(0, 1), (0, 2), (1, 2)}
