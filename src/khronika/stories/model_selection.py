"""Honest scoring of the same-story model on a small labelled set.

With ~200 pairs, one 5-fold split moves F1 by ±0.02 and choosing features
by their cross-validated score flatters that score.  So:

- `stratified_folds`: folds that keep the OK/BAD ratio, reseeded per repeat;
- `cross_validate`: repeated stratified K-fold for a fixed feature set, the
  logistic weights and the F1-best threshold fitted inside every fold;
- `forward_select`: greedy feature selection by inner cross-validated log
  loss;
- `nested_cross_validate`: the selection itself runs inside every outer
  fold, so the outer predictions never saw the pairs that chose features.

The columns of `x` are `similarity.FEATURE_NAMES` unless `columns` names more: a bench
can append candidate features the store does not compute (bench/stories_candidates.py)
and score them exactly as the shipped ones.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from khronika.stories.cluster import SameStoryModel, best_threshold, fit_logistic
from khronika.stories.similarity import FEATURE_NAMES

# Selection stops when a feature lowers inner CV log loss by less than this.
MIN_GAIN = 0.002
MAX_FEATURES = 6


@dataclass(frozen=True)
class CrossValidation:
    predictions: list[np.ndarray]   # one pooled out-of-fold prediction vector per repeat
    f1s: list[float]                # F1 of each repeat
    chosen: list[tuple[str, ...]]   # feature set fitted in each outer fold (nested CV only)

    @property
    def mean_f1(self) -> float:
        return float(np.mean(self.f1s))


def f1_score(pred: np.ndarray, gold: np.ndarray) -> float:
    tp = int((pred & gold).sum())
    return 2 * tp / (int(pred.sum()) + int(gold.sum())) if tp else 0.0


def stratified_folds(labels: np.ndarray, k: int, seed: int) -> np.ndarray:
    """Fold number per pair; each fold gets its share of OK and of BAD pairs."""
    rng = np.random.default_rng(seed)
    folds = np.zeros(len(labels), dtype=int)
    for cls in (True, False):
        members = rng.permutation(np.flatnonzero(labels == cls))
        folds[members] = np.arange(len(members)) % k
    return folds


def fit_model(x: np.ndarray, y: np.ndarray, use: tuple[str, ...],
              hand: dict[str, float] | None = None,
              columns: Sequence[str] = FEATURE_NAMES) -> SameStoryModel:
    """Logistic weights over `use` (plus the `hand` weights, default
    `cluster.HAND_WEIGHTS`), then the F1-best threshold on the same pairs."""
    model = SameStoryModel(fit_logistic(x, y.astype(float), use=use, hand=hand, columns=columns), semantic=None)
    model.threshold = best_threshold(probabilities(model, x, columns), y)
    return model


def probabilities(model: SameStoryModel, x: np.ndarray, columns: Sequence[str] = FEATURE_NAMES) -> np.ndarray:
    return model.probabilities(x, columns)


def _out_of_fold(x: np.ndarray, y: np.ndarray, use: tuple[str, ...], folds: np.ndarray,
                 hand: dict[str, float] | None, columns: Sequence[str] = FEATURE_NAMES) -> np.ndarray:
    pred = np.zeros(len(y), bool)
    for fold in np.unique(folds):
        held = folds == fold
        model = fit_model(x[~held], y[~held], use, hand, columns)
        pred[held] = probabilities(model, x[held], columns) >= model.threshold
    return pred


def cross_validate(x: np.ndarray, y: np.ndarray, use: tuple[str, ...], *, k: int = 5, repeats: int = 20,
                   seed: int = 0, hand: dict[str, float] | None = None,
                   columns: Sequence[str] = FEATURE_NAMES) -> CrossValidation:
    preds = [_out_of_fold(x, y, use, stratified_folds(y, k, seed + r), hand, columns) for r in range(repeats)]
    return CrossValidation(preds, [f1_score(p, y) for p in preds], [use] * repeats)


def out_of_fold_log_loss(x: np.ndarray, y: np.ndarray, use: tuple[str, ...], *, k: int = 5,
                         repeats: int = 2, seed: int = 0, hand: dict[str, float] | None = None,
                         columns: Sequence[str] = FEATURE_NAMES) -> float:
    """Mean held-out log loss: smoother than F1 at a fitted cut, so small
    samples choose features by it with less luck."""
    losses = []
    for r in range(repeats):
        folds = stratified_folds(y, k, seed + r)
        for fold in range(k):
            held = folds == fold
            model = SameStoryModel(fit_logistic(x[~held], y[~held].astype(float), use=use, hand=hand,
                                                columns=columns), semantic=None)
            p = np.clip(model.probabilities(x[held], columns), 1e-6, 1 - 1e-6)
            losses.extend(-np.where(y[held], np.log(p), np.log(1 - p)))
    return float(np.mean(losses))


def forward_select(x: np.ndarray, y: np.ndarray, candidates: tuple[str, ...], *,
                   k: int = 5, repeats: int = 2, seed: int = 0,
                   columns: Sequence[str] = FEATURE_NAMES) -> tuple[str, ...]:
    """Add, one at a time, the candidate that most lowers inner CV log loss."""
    chosen: tuple[str, ...] = ()
    best = out_of_fold_log_loss(x, y, (), k=k, repeats=repeats, seed=seed, columns=columns)
    while len(chosen) < min(MAX_FEATURES, len(candidates)):
        losses = {name: out_of_fold_log_loss(x, y, chosen + (name,), k=k, repeats=repeats, seed=seed,
                                             columns=columns)
                  for name in candidates if name not in chosen}
        name = min(losses, key=lambda n: (losses[n], candidates.index(n)))
        if losses[name] > best - MIN_GAIN:
            break
        chosen, best = chosen + (name,), losses[name]
    return chosen


def nested_cross_validate(x: np.ndarray, y: np.ndarray, candidates: tuple[str, ...], *,
                          k: int = 5, repeats: int = 3, seed: int = 0,
                          columns: Sequence[str] = FEATURE_NAMES) -> CrossValidation:
    """Repeated stratified K-fold where every outer fold selects its own features."""
    preds, chosen = [], []
    for r in range(repeats):
        folds = stratified_folds(y, k, seed + r)
        pred = np.zeros(len(y), bool)
        for fold in range(k):
            held = folds == fold
            use = forward_select(x[~held], y[~held], candidates, k=k, seed=seed + 1000 + r, columns=columns)
            model = fit_model(x[~held], y[~held], use, columns=columns)
            pred[held] = probabilities(model, x[held], columns) >= model.threshold
            chosen.append(use)
        preds.append(pred)
    return CrossValidation(preds, [f1_score(p, y) for p in preds], chosen)
