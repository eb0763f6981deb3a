"""Candidate feature columns appended after FEATURE_NAMES (bench/stories_candidates.py) are
fitted and cross-validated by the same code as the shipped features, and change nothing when
they are not used."""
from __future__ import annotations

import numpy as np
import pytest

from khronika.stories.cluster import MODEL_FEATURES, SameStoryModel, fit_logistic
from khronika.stories.model_selection import (
    cross_validate, fit_model, nested_cross_validate, out_of_fold_log_loss,
)
from khronika.stories.similarity import FEATURE_NAMES

EXTRA = FEATURE_NAMES + ("candidate",)


def made_up_pairs(seed: int = 0, n: int = 120) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(shipped feature rows, labels, a candidate column that separates the labels better)."""
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 2 == 0
    x = rng.random((n, len(FEATURE_NAMES)))
    # The shipped features see the label through noise; the candidate almost directly.
    for name in MODEL_FEATURES:
        x[:, FEATURE_NAMES.index(name)] += 0.3 * y
    candidate = y + rng.normal(0.0, 0.2, n)
    return x, y, candidate


def test_unused_candidate_column_changes_no_weight():
    x, y, candidate = made_up_pairs()
    plain = fit_logistic(x, y.astype(float))
    wide = fit_logistic(np.c_[x, candidate], y.astype(float), columns=EXTRA)
    assert wide["candidate"] == 0.0
    assert {k: v for k, v in wide.items() if k != "candidate"} == plain


def test_probabilities_read_the_named_columns():
    x, y, candidate = made_up_pairs()
    model = SameStoryModel(fit_logistic(np.c_[x, candidate], y.astype(float), use=MODEL_FEATURES + ("candidate",),
                                        columns=EXTRA), semantic=None)
    assert model.weights["candidate"] > 0
    wide = model.probabilities(np.c_[x, candidate], EXTRA)
    # Without the column the candidate's term is missing: other probabilities.
    assert not np.allclose(wide, model.probabilities(x))
    # A weight on no column (the shipped names only) is simply not read.
    narrow = SameStoryModel({k: v for k, v in model.weights.items() if k != "candidate"}, semantic=None)
    assert np.allclose(narrow.probabilities(x), narrow.probabilities(np.c_[x, candidate], EXTRA))


@pytest.mark.parametrize("use, better", [
    (MODEL_FEATURES, False),                    # candidate column present but not used: the same numbers
    (MODEL_FEATURES + ("candidate",), True),    # used: it separates the made-up labels better
])
def test_cross_validation_with_a_candidate_column(use, better):
    x, y, candidate = made_up_pairs()
    wide = np.c_[x, candidate]
    base = cross_validate(x, y, MODEL_FEATURES, repeats=3)
    with_column = cross_validate(wide, y, use, repeats=3, columns=EXTRA)
    base_loss = out_of_fold_log_loss(x, y, MODEL_FEATURES, repeats=2)
    loss = out_of_fold_log_loss(wide, y, use, repeats=2, columns=EXTRA)
    if better:
        assert with_column.mean_f1 > base.mean_f1 and loss < base_loss
    else:
        assert with_column.f1s == base.f1s and loss == pytest.approx(base_loss)


def test_nested_selection_can_choose_a_candidate_column():
    x, y, candidate = made_up_pairs(seed=1)
    nested = nested_cross_validate(np.c_[x, candidate], y, MODEL_FEATURES + ("candidate",), repeats=1,
                                   columns=EXTRA)
    assert all("candidate" in use for use in nested.chosen)
    model = fit_model(np.c_[x, candidate], y, ("candidate",), columns=EXTRA)
    assert 0.0 < model.threshold < 1.0 and model.weights["candidate"] > 0
