"""Same-story decisions and incremental story clustering.

`SameStoryModel` is a logistic regression over `similarity.pair_features`
(semantic vector cosine, tf-idf cosine, shared names, how much of each
headline the other article covers, headline names the other article never
mentions) plus two hand-set conflicts (days apart, headlines naming
different days).  The shipped weights were fitted by `khronika eval stories --fit` on
the tgcontest honey pool and scored on the train + exam pools (see
bench/RESULTS.md); `THRESHOLD` is the probability above which two
articles are taken to report the same story.

`StoryIndex` keeps the unit vectors, dates and story ids of every article
in memory (300 float32 each, one growing block per day: 120–150 MB per 100k
articles) and, for a new article, ranks earlier articles within `WINDOW_DAYS`
by vector cosine, scores the best `CANDIDATES` with the full model, and joins
the story of the best one when it clears the threshold (otherwise a new story
starts).  A candidate whose upper bound (its cheap features computed, the rest at
their most favourable value) cannot reach the threshold or beat the best so far is
not scored further: the decision is the same, and most candidates never need their
tf-idf cosine.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Sequence

import numpy as np

from khronika.stories.similarity import FEATURE_NAMES, PAIR_FEATURES, VECTOR_DIM, Idf, TextFeatures

WINDOW_DAYS = 3
CANDIDATES = 12
# The story check (`StoryIndex.assign`): a new article joins a story of several articles only
# when at least half of the story's members closest to it (by vector, at most
# STORY_CHECK_MEMBERS) score at least STORY_CHECK_CUT with it.  Joining on one neighbour
# alone let one report that names two happenings (Johnson resigns, Raab appointed) pull
# every later report of the second into the first's story (bench/RESULTS.md, seventeenth
# session: impure members of the judged stories 133 → 89).
STORY_CHECK_MEMBERS = 8
STORY_CHECK_CUT = 0.4
# Undated articles are compared with (and compared against) this many recent ones.
UNDATED_LOOKBACK = 5000

# Fitted with `khronika eval stories --fit` on the tgcontest honey pool
# (175 pairs); held-out and cross-validated scores are in bench/RESULTS.md.
# `far_apart` and `title_dates_clash` are set by hand (`HAND_WEIGHTS`).
DEFAULT_WEIGHTS = {
    "vector": 0.8657, "title_vector": 0.0, "tfidf": 3.324, "title_tfidf": -1.3147, "names": 1.6049,
    "numbers": 0.0, "far_apart": -1.5, "title_names": 0.0, "title_numbers_clash": 0.0, "soft": 0.0,
    "bm25": 0.0, "title_names_missing": -2.4665, "title_numbers_missing": 0.0, "title_contain": 3.0796,
    "title_dates_clash": -8.0, "bias": -3.166,
}
THRESHOLD = 0.4955
# Weights for pairs where both articles carry the opt-in sentence embedding
# (`semantic.py`): the same features plus its cosine and its ParaPhraser-learnt
# similarity, fitted the same way (`khronika eval stories --fit`); the bias is
# shifted so that their F1-best cut falls on `THRESHOLD`, so one threshold serves
# both.  Pairs with an embedding on one side only get `DEFAULT_WEIGHTS`.
SEMANTIC_WEIGHTS: dict[str, float] = {
    "vector": -0.6371, "title_vector": 0.0, "tfidf": 1.3274, "title_tfidf": -1.9954, "names": 1.0046,
    "numbers": 0.0, "far_apart": -1.5, "title_names": 0.0, "title_numbers_clash": 0.0, "soft": 0.0,
    "bm25": 0.0, "title_names_missing": -2.4225, "title_numbers_missing": 0.0, "title_contain": 1.1648,
    "title_dates_clash": -8.0, "semantic": 1.9085, "semantic_paraphrase": 4.6538, "bias": -3.5335,
}


# The range each pair feature can take ([low, high]; a little wider where float rounding can
# overshoot a cosine or a share), for `SameStoryModel.score_reaching`'s upper bound.  A
# feature missing here is never bounded: the model computes it before anything is skipped.
FEATURE_RANGES: dict[str, tuple[float, float]] = {
    "vector": (-1.0 - 1e-5, 1.0 + 1e-5), "title_vector": (-1.0 - 1e-5, 1.0 + 1e-5),
    "tfidf": (0.0, 1.0 + 1e-9), "title_tfidf": (0.0, 1.0 + 1e-9), "bm25": (0.0, 1.0 + 1e-9),
    "names": (0.0, 1.0), "numbers": (0.0, 1.0), "title_names": (0.0, 1.0), "far_apart": (0.0, 3.0),
    "title_numbers_clash": (0.0, 1.0), "title_names_missing": (0.0, 1.0), "title_numbers_missing": (0.0, 1.0),
    "title_contain": (0.0, 1.0 + 1e-9), "title_dates_clash": (0.0, 1.0),
}
# The order `score_reaching` computes features in: the cheap ones (a dot product, set
# operations) before those that need an article's tf-idf weights, the costliest last.
BOUND_ORDER = ("vector", "far_apart", "title_dates_clash", "names", "title_names_missing", "numbers",
               "title_names", "title_numbers_clash", "title_numbers_missing", "title_vector", "title_contain",
               "title_tfidf", "soft", "bm25", "tfidf")
# Slack on the bound's log-odds (the real sum is taken in another order: rounding differs by ~1e-15).
BOUND_SLACK = 1e-9


def _semantic_default() -> "SameStoryModel | None":
    return SameStoryModel(dict(SEMANTIC_WEIGHTS), THRESHOLD, None) if SEMANTIC_WEIGHTS else None


@dataclass
class _BoundPlan:
    """How `SameStoryModel.score_reaching` walks a pair's features."""
    most: float    # bias + every weighted feature at its most favourable value (log-odds)
    steps: list[tuple[str, Callable[[TextFeatures, TextFeatures, Idf], float], float, float]]  # name, fn, weight, best
    summed: list[tuple[str, float]]  # (name, weight) in FEATURE_NAMES order, as `score` sums them


@dataclass
class SameStoryModel:
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    threshold: float = THRESHOLD
    # Scores the pairs whose two articles both have a semantic vector (None: no such weights).
    semantic: "SameStoryModel | None" = field(default_factory=_semantic_default)
    _weighted_for: dict[str, float] | None = field(default=None, init=False, repr=False, compare=False)
    _weighted_cache: list[tuple[Callable[[TextFeatures, TextFeatures, Idf], float], float]] = field(
        default_factory=list, init=False, repr=False, compare=False)
    _plan_for: dict[str, float] | None = field(default=None, init=False, repr=False, compare=False)
    _plan: "_BoundPlan | None" = field(default=None, init=False, repr=False, compare=False)

    def probabilities(self, rows: np.ndarray, columns: Sequence[str] = FEATURE_NAMES) -> np.ndarray:
        """`probability` of every row of a (pairs x `columns`) matrix: FEATURE_NAMES, or more
        columns after them when a bench scores candidate features the model does not know."""
        w = np.array([self.weights.get(name, 0.0) for name in columns])
        z = np.asarray(rows, float) @ w + self.weights.get("bias", 0.0)
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50.0, 50.0)))

    def probability(self, features: Sequence[float]) -> float:
        z = self.weights.get("bias", 0.0) + sum(
            self.weights.get(name, 0.0) * value for name, value in zip(FEATURE_NAMES, features)
        )
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def uses(self, feature: str) -> bool:
        """Whether `feature` has a weight (features without one need not be computed or kept)."""
        return bool(self.weights.get(feature, 0.0))

    def score(self, a: TextFeatures, b: TextFeatures, idf: Idf) -> float:
        """`probability(pair_features(a, b, idf))` computing only the features with a weight
        (1-7 µs each a pair), summed in `FEATURE_NAMES` order: the same float as the full
        row, whose other terms are all 0.0, without building it (a store scores a dozen
        candidates per write).  A pair of two articles with semantic vectors is scored by
        the `semantic` weights when there are any."""
        if self.semantic is not None and a.semantic is not None and b.semantic is not None:
            return self.semantic.score(a, b, idf)
        total = 0.0
        for feature, weight in self._weighted():
            total += weight * feature(a, b, idf)
        z = self.weights.get("bias", 0.0) + total
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def score_reaching(self, a: TextFeatures, b: TextFeatures, idf: Idf, floor: float) -> float | None:
        """`score(a, b, idf)` (the same float) when it can reach `floor`; None when an upper
        bound proves it stays below.  Features are computed cheapest first (`BOUND_ORDER`);
        after each, the ones not yet computed are taken at their most favourable value
        (`FEATURE_RANGES`), and the pair is dropped as soon as even that falls short.  Most
        of a store's candidates are dropped before their tf-idf cosine, whose weights cost
        most of a pair's score."""
        if self.semantic is not None and a.semantic is not None and b.semantic is not None:
            score = self.semantic.score(a, b, idf)
            return score if score >= floor else None
        plan = self._bound_plan()
        if plan is None or floor <= 0.0:
            score = self.score(a, b, idf)
            return score if score >= floor else None
        if floor >= 1.0:
            return None
        need = math.log(floor / (1.0 - floor)) - BOUND_SLACK
        values: dict[str, float] = {}
        bound = plan.most
        for name, feature, weight, most in plan.steps:
            value = feature(a, b, idf)
            values[name] = value
            bound += weight * value - most
            if bound < need:
                return None
        total = 0.0
        for name, weight in plan.summed:
            total += weight * values[name]
        z = self.weights.get("bias", 0.0) + total
        score = 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))
        return score if score >= floor else None

    def _bound_plan(self) -> "_BoundPlan | None":
        """The weighted features in `BOUND_ORDER` with their best contributions (None when a
        weighted feature has no known range: no bound then)."""
        if self._plan_for != self.weights:
            self._plan_for = dict(self.weights)
            weighted = [(name, weight) for name, weight in self.weights.items() if name != "bias" and weight]
            if any(name not in FEATURE_RANGES or name not in BOUND_ORDER for name, _ in weighted):
                self._plan = None
            else:
                best = {name: max(weight * FEATURE_RANGES[name][0], weight * FEATURE_RANGES[name][1])
                        for name, weight in weighted}
                order = sorted(weighted, key=lambda item: BOUND_ORDER.index(item[0]))
                self._plan = _BoundPlan(
                    self.weights.get("bias", 0.0) + sum(best.values()),
                    [(name, PAIR_FEATURES[name], weight, best[name]) for name, weight in order],
                    [(name, self.weights[name]) for name in FEATURE_NAMES if self.weights.get(name, 0.0)])
        return self._plan

    def _weighted(self) -> list[tuple[Callable[[TextFeatures, TextFeatures, Idf], float], float]]:
        """(feature function, weight) of the weighted features in `FEATURE_NAMES` order, rebuilt
        when `weights` changed since the last call."""
        if self._weighted_for != self.weights:
            self._weighted_for = dict(self.weights)
            self._weighted_cache = [(PAIR_FEATURES[name], self.weights[name]) for name in FEATURE_NAMES
                                    if self.weights.get(name, 0.0)]
        return self._weighted_cache

    def same(self, a: TextFeatures, b: TextFeatures, idf: Idf) -> bool:
        return self.score(a, b, idf) >= self.threshold


# The features the fitted model uses; the rest stay at weight 0.  Chosen
# by forward selection on cross-validated log loss, which picked the two
# conflict/containment features in nearly every outer fold of the nested
# cross-validation (bench/RESULTS.md).
MODEL_FEATURES = ("vector", "tfidf", "title_tfidf", "names", "title_names_missing", "title_contain")
# With the opt-in embedding: its rescaled cosine and the ParaPhraser-learnt similarity of the
# same two vectors (`semantic.ParaphraseMetric`; chosen in 50 of 50 nested outer folds).
SEMANTIC_FEATURES = MODEL_FEATURES + ("semantic", "semantic_paraphrase")
FAR_APART_WEIGHT = -1.5
# Set by hand, not fitted: tgcontest has no dates (far_apart) and only two
# pairs whose headlines name different days, too few to fit a weight on.
# -8 is a veto: even two copies of one forecast template ("Прогноз погоды
# на 8 ноября" / "на 16 ноября", z ≈ +4) fall far under the threshold.
TITLE_DATES_CLASH_WEIGHT = -8.0
HAND_WEIGHTS = {"far_apart": FAR_APART_WEIGHT, "title_dates_clash": TITLE_DATES_CLASH_WEIGHT}


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 50,
                 use: tuple[str, ...] = MODEL_FEATURES,
                 hand: dict[str, float] | None = None,
                 columns: Sequence[str] = FEATURE_NAMES) -> dict[str, float]:
    """Newton-Raphson logistic regression with a small L2 penalty over the `use` columns of
    `x` (whose columns are `columns`); the `hand` weights (default `HAND_WEIGHTS`) are
    added unfitted."""
    x = np.asarray(x)[:, [list(columns).index(name) for name in use]]
    xb = np.c_[x, np.ones(len(x))]
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -50, 50)))
        grad = xb.T @ (p - y) / len(y) + l2 * w
        hess = (xb.T * (p * (1 - p))) @ xb / len(y) + l2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    weights = {name: 0.0 for name in columns}
    weights.update({name: round(float(v), 4) for name, v in zip(use, w)})
    weights.update(HAND_WEIGHTS if hand is None else hand)
    weights["bias"] = round(float(w[-1]), 4)
    return weights


def shift_to_threshold(weights: dict[str, float], cut: float, threshold: float = THRESHOLD) -> dict[str, float]:
    """The same decisions at `threshold` as `weights` make at `cut`: the bias moves by
    the difference of the two cuts' log-odds."""
    def logit(p: float) -> float:
        p = min(max(p, 1e-9), 1 - 1e-9)
        return math.log(p / (1 - p))

    return {**weights, "bias": round(weights.get("bias", 0.0) + logit(threshold) - logit(cut), 4)}


def best_threshold(scores: np.ndarray, labels: np.ndarray) -> float:
    """The probability cut with the best F1 on the fitting part (the lowest
    such cut on ties); 0.5 when nothing is positive."""
    scores, labels = np.asarray(scores, float), np.asarray(labels, bool)
    cuts = np.unique(scores)
    if not labels.any() or not len(cuts):
        return 0.5
    # Pairs at or above each cut: predicted positives and true positives.
    order = np.sort(scores)
    predicted = len(scores) - np.searchsorted(order, cuts, side="left")
    positive_scores = np.sort(scores[labels])
    tp = len(positive_scores) - np.searchsorted(positive_scores, cuts, side="left")
    f1 = np.where(tp > 0, 2 * tp / (predicted + labels.sum()), -1.0)
    if f1.max() <= 0:
        return 0.5
    return float(cuts[int(np.argmax(f1))])


def _day(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


@dataclass
class Assignment:
    """A same-story decision.  `score` is the joined candidate's; 0.0 for a new story (and
    `neighbour` None): a candidate that cannot reach the threshold is not scored to the end
    (`SameStoryModel.score_reaching`), so the best score under it is not known."""
    story_id: int | None      # None: start a new story
    score: float
    neighbour: int | None     # article the decision rests on


class _Block:
    """Unit vectors of one day's articles (or of the undated ones), contiguous and in
    arrival order, so a window is scored by one matrix-vector product per day without
    gathering its rows first."""

    def __init__(self) -> None:
        self.vectors = np.zeros((8, VECTOR_DIM), dtype=np.float32)
        self.positions = np.zeros(8, dtype=np.int64)  # index positions of the rows
        self.size = 0

    def add(self, position: int, vector: np.ndarray) -> int:
        if self.size == len(self.positions):
            # Grow by a quarter: at most ~20% of the memory is slack, copies stay amortised O(1).
            grow = len(self.positions) // 4 + 8
            self.vectors = np.vstack([self.vectors, np.zeros((grow, VECTOR_DIM), dtype=np.float32)])
            self.positions = np.concatenate([self.positions, np.zeros(grow, dtype=np.int64)])
        slot = self.size
        self.vectors[slot] = vector
        self.positions[slot] = position
        self.size += 1
        return slot

    def extend(self, positions: np.ndarray, vectors: np.ndarray) -> np.ndarray:
        """`add` of many rows at once (in order); returns their slots."""
        first, n = self.size, len(positions)
        if first + n > len(self.positions):
            grow = first + n - len(self.positions) + (first + n) // 4 + 8
            self.vectors = np.vstack([self.vectors, np.zeros((grow, VECTOR_DIM), dtype=np.float32)])
            self.positions = np.concatenate([self.positions, np.zeros(grow, dtype=np.int64)])
        self.vectors[first:first + n] = vectors
        self.positions[first:first + n] = positions
        self.size += n
        return np.arange(first, first + n, dtype=np.int64)


class StoryIndex:
    """In-memory vectors of earlier articles for incremental clustering.

    `features_of(article_id)` fetches full features for the few candidates
    (from the store or a cache); the index itself holds only vectors, one
    contiguous block per day: on a dense day the ±3-day window holds
    thousands of vectors, and scoring them in place costs ~10× less than
    gathering the window's rows into a new matrix first.
    """

    def __init__(self, capacity: int = 1024) -> None:
        self.ids = np.zeros(capacity, dtype=np.int64)
        self.stories = np.zeros(capacity, dtype=np.int64)
        # Where each position's vector lives: its block's day (0: undated) and row.
        self.block_days = np.zeros(capacity, dtype=np.int64)
        self.slots = np.zeros(capacity, dtype=np.int64)
        self.size = 0
        self.positions: dict[int, int] = {}
        self.by_day: dict[int, _Block] = {}
        self.undated = _Block()
        # story id -> index positions of its articles, in arrival order (the story check)
        self.members: dict[int, list[int]] = {}

    def add(self, article_id: int, day: str | None, story_id: int, vector: np.ndarray) -> None:
        if self.size == len(self.ids):
            grow = len(self.ids)
            self.ids = np.concatenate([self.ids, np.zeros(grow, dtype=np.int64)])
            self.stories = np.concatenate([self.stories, np.zeros(grow, dtype=np.int64)])
            self.block_days = np.concatenate([self.block_days, np.zeros(grow, dtype=np.int64)])
            self.slots = np.concatenate([self.slots, np.zeros(grow, dtype=np.int64)])
        i = self.size
        self.ids[i], self.stories[i] = article_id, story_id
        d = _day(day) or 0
        block = self.by_day.setdefault(d, _Block()) if d else self.undated
        self.block_days[i] = d
        self.slots[i] = block.add(i, vector)
        self.positions[article_id] = i
        self.members.setdefault(int(story_id), []).append(i)
        self.size += 1

    def extend(self, article_ids: Sequence[int], days: Sequence[str | None], story_ids: Sequence[int],
               vectors: np.ndarray) -> None:
        """`add` of many articles (in order) with their vectors as one (n x VECTOR_DIM) matrix: the
        same index, built 2-3x faster when a store loads its articles."""
        n = len(article_ids)
        if not n:
            return
        need = self.size + n
        if need > len(self.ids):
            grow = max(len(self.ids), need - len(self.ids))
            self.ids = np.concatenate([self.ids, np.zeros(grow, dtype=np.int64)])
            self.stories = np.concatenate([self.stories, np.zeros(grow, dtype=np.int64)])
            self.block_days = np.concatenate([self.block_days, np.zeros(grow, dtype=np.int64)])
            self.slots = np.concatenate([self.slots, np.zeros(grow, dtype=np.int64)])
        first = self.size
        ordinals: dict[str | None, int] = {}
        day_of = np.array([ordinals[d] if d in ordinals else ordinals.setdefault(d, _day(d) or 0) for d in days],
                          dtype=np.int64)
        self.ids[first:need] = np.asarray(article_ids, dtype=np.int64)
        self.stories[first:need] = np.asarray(story_ids, dtype=np.int64)
        self.block_days[first:need] = day_of
        positions = np.arange(first, need, dtype=np.int64)
        # Rows of one day keep their arrival order (a stable sort), as `add` one by one would.
        order = np.argsort(day_of, kind="stable")
        bounds = np.flatnonzero(np.diff(day_of[order])) + 1
        for rows in np.split(order, bounds):
            d = int(day_of[rows[0]])
            block = self.by_day.setdefault(d, _Block()) if d else self.undated
            self.slots[positions[rows]] = block.extend(positions[rows], vectors[rows])
        self.positions.update(zip((int(i) for i in article_ids), range(first, need)))
        for position, story_id in zip(range(first, need), story_ids):
            self.members.setdefault(int(story_id), []).append(position)
        self.size = need

    def _block(self, day: int) -> _Block:
        return self.by_day[day] if day else self.undated

    def _window(self, vector: np.ndarray, day: int | None) -> tuple[np.ndarray, np.ndarray]:
        """(positions, cosines) of the articles a new one is compared with: the days within
        WINDOW_DAYS then the last UNDATED_LOOKBACK undated arrivals (no date: the last
        UNDATED_LOOKBACK arrivals of any date), in the order of the rows scored."""
        if day is None:
            rows = np.arange(max(0, self.size - UNDATED_LOOKBACK), self.size)
            scores = np.empty(len(rows), dtype=np.float32)
            block_days = self.block_days[rows]
            for d in np.unique(block_days):
                mask = block_days == d
                scores[mask] = self._block(int(d)).vectors[self.slots[rows[mask]]] @ vector
            return rows, scores
        parts: list[tuple[np.ndarray, np.ndarray]] = []
        for offset in range(-WINDOW_DAYS, WINDOW_DAYS + 1):
            block = self.by_day.get(day + offset)
            if block is not None:
                parts.append((block.positions[:block.size], block.vectors[:block.size] @ vector))
        undated = self.undated
        if undated.size:
            first = max(0, undated.size - UNDATED_LOOKBACK)
            parts.append((undated.positions[first:undated.size], undated.vectors[first:undated.size] @ vector))
        if not parts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        return np.concatenate([p for p, _ in parts]), np.concatenate([s for _, s in parts])

    def candidates(self, vector: np.ndarray, day: str | None, k: int = CANDIDATES) -> list[int]:
        if not self.size:
            return []
        rows, scores = self._window(vector.astype(np.float32), _day(day))
        if not len(rows):
            return []
        k = min(k, len(rows))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [int(self.ids[rows[i]]) for i in top]

    def story_of(self, article_id: int) -> int:
        return int(self.stories[self.positions[article_id]])

    def vector_at(self, position: int) -> np.ndarray:
        return self._block(int(self.block_days[position])).vectors[self.slots[position]]

    def story_check_members(self, story_id: int, vector: np.ndarray,
                            limit: int = STORY_CHECK_MEMBERS) -> list[int]:
        """The article ids of `story_id`'s members closest to `vector` (at most `limit`)."""
        positions = self.members.get(story_id, [])
        if len(positions) > limit:
            rows = np.asarray(positions, dtype=np.int64)
            cosines = np.array([float(self.vector_at(int(p)) @ vector) for p in rows])
            positions = [int(rows[i]) for i in np.argsort(-cosines, kind="stable")[:limit]]
        return [int(self.ids[p]) for p in positions]

    def assign(
        self,
        features: TextFeatures,
        features_of: Callable[[int], TextFeatures | None],
        model: SameStoryModel,
        idf: Idf,
        prefetch: Callable[[list[int]], None] | None = None,
    ) -> Assignment:
        """`prefetch(ids)`, when given, is told every candidate before `features_of` is asked
        for them one by one, so a store can read the missing ones in one query.

        A candidate is scored in full only when it can still reach the threshold and beat the
        best so far (`score_reaching`): the others cannot change the decision, and ~98% of a
        store's candidates are ruled out before their costliest feature.

        The best candidate's story is joined only when it passes the story check
        (`_story_agrees`); otherwise the best candidate of another story is tried, and a new
        story starts when none is left."""
        candidates = self.candidates(features.vector, features.published)
        if prefetch is not None and candidates:
            prefetch(candidates)
        refused: set[int] = set()
        # candidate -> (its score, or None when it stayed under the floor; that floor)
        scores: dict[int, tuple[float | None, float]] = {}
        while True:
            best = Assignment(None, 0.0, None)
            for other in candidates:
                story = self.story_of(other)
                if story in refused:
                    continue
                floor = max(model.threshold, best.score)
                known = scores.get(other)
                if known is not None and (known[0] is not None or known[1] <= floor):
                    score = known[0] if known[0] is not None and known[0] >= floor else None
                else:
                    # Not scored yet, or pruned under a higher floor (a story refused since).
                    other_features = features_of(other)
                    if other_features is None:
                        scores[other] = (None, 0.0)
                        continue
                    score = model.score_reaching(features, other_features, idf, floor)
                    scores[other] = (score, floor)
                if score is not None and score > best.score:
                    best = Assignment(story, score, other)
            if best.score < model.threshold:
                return Assignment(None, best.score, best.neighbour)
            if self._story_agrees(features, best.story_id, features_of, model, idf, prefetch):
                return best
            refused.add(best.story_id)

    def _story_agrees(self, features: TextFeatures, story_id: int,
                      features_of: Callable[[int], TextFeatures | None], model: SameStoryModel, idf: Idf,
                      prefetch: Callable[[list[int]], None] | None) -> bool:
        """Whether at least half of the story's members closest to the article (at most
        STORY_CHECK_MEMBERS) score at least STORY_CHECK_CUT (or the model's threshold, when lower) with it.  A story of one article
        always agrees (its one member is the candidate that cleared the threshold)."""
        if len(self.members.get(story_id, ())) < 2:
            return True
        members = self.story_check_members(story_id, features.vector)
        # Never stricter than the join itself (a model run at a lower threshold, as when a
        # bench fits one, asks its members at that threshold).
        cut = min(STORY_CHECK_CUT, model.threshold)
        if prefetch is not None:
            prefetch(members)
        agree = judged = 0
        for member in members:
            member_features = features_of(member)
            if member_features is None:  # no stored features: no say
                continue
            judged += 1
            agree += model.score_reaching(features, member_features, idf, cut) is not None
        return 2 * agree >= judged


def cluster(
    items: Sequence[TextFeatures], model: SameStoryModel, idf: Idf
) -> list[int]:
    """Cluster a batch incrementally in the given order; returns a label per item."""
    index = StoryIndex()
    labels: list[int] = []
    for i, features in enumerate(items):
        decision = index.assign(features, lambda j: items[j], model, idf)
        label = decision.story_id if decision.story_id is not None else i
        labels.append(label)
        index.add(i, features.published, label, features.vector)
    return labels
