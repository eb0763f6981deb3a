"""`StoryIndex.candidates` scores each day's block in place; it must rank as gathering
the window's rows into one matrix did (the implementation before 2026-11-26, kept
below as the reference), dense days and undated articles included.

BLAS may round a row's cosine differently in a matrix of another shape (last bit,
~1e-8), so two candidates whose cosines tie within that may trade places, and at the
k-th place one may replace the other; nothing else may differ."""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from khronika.stories.cluster import CANDIDATES, UNDATED_LOOKBACK, WINDOW_DAYS, StoryIndex, _day
from khronika.stories.similarity import VECTOR_DIM


# Cosines closer than this count as tied (float32 rounding is ~1e-8 here).
TIE = 1e-6


def reference_scores(items: list[tuple[int, str | None, np.ndarray]], vector: np.ndarray,
                     day: str | None) -> dict[int, float]:
    """Cosine of every article in the window, computed one by one in float64."""
    d = _day(day)
    window = items[-UNDATED_LOOKBACK:] if d is None else [
        item for item in items if (_day(item[1]) and abs(_day(item[1]) - d) <= WINDOW_DAYS)
    ] + [item for item in items if not _day(item[1])][-UNDATED_LOOKBACK:]
    return {i: float(np.dot(v.astype(np.float64), vector.astype(np.float64))) for i, _, v in window}


def same_up_to_ties(got: list[int], want: list[int], scores: dict[int, float]) -> bool:
    """Equal lists, or lists that differ only where cosines tie within TIE."""
    if len(got) != len(want):
        return False
    if set(got) != set(want):
        kth = scores[want[-1]]
        if any(abs(scores[i] - kth) > TIE for i in set(got) ^ set(want)):
            return False
    return all(a == b or abs(scores[a] - scores[b]) <= TIE for a, b in zip(got, want))


def reference_candidates(items: list[tuple[int, str | None, np.ndarray]], vector: np.ndarray,
                         day: str | None, k: int = CANDIDATES) -> list[int]:
    """The gathered-window ranking: days in the window, then recent undated articles."""
    if not items:
        return []
    ids = np.array([i for i, _, _ in items], dtype=np.int64)
    vectors = np.array([v for _, _, v in items], dtype=np.float32)
    days = [_day(d) or 0 for _, d, _ in items]
    d = _day(day)
    if d is None:
        rows = np.arange(max(0, len(items) - UNDATED_LOOKBACK), len(items))
    else:
        by_day: dict[int, list[int]] = {}
        undated: list[int] = []
        for position, item_day in enumerate(days):
            (by_day.setdefault(item_day, []) if item_day else undated).append(position)
        window = [p for offset in range(-WINDOW_DAYS, WINDOW_DAYS + 1) for p in by_day.get(d + offset, ())]
        rows = np.array(window + undated[-UNDATED_LOOKBACK:], dtype=np.int64)
    if not len(rows):
        return []
    scores = vectors[rows] @ vector.astype(np.float32)
    k = min(k, len(rows))
    top = np.argpartition(-scores, k - 1)[:k]
    top = top[np.argsort(-scores[top])]
    return [int(ids[rows[i]]) for i in top]


def unit(rng: np.random.Generator) -> np.ndarray:
    v = rng.standard_normal(VECTOR_DIM).astype(np.float32)
    return v / np.linalg.norm(v)


def day_name(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


def corpus(seed: int, n: int, dense_day: int, undated_share: float) -> list[tuple[int, str | None, np.ndarray]]:
    """`n` articles over three weeks, half of them on one dense day, some undated,
    arriving out of date order; a few exact repeats of a vector (ties)."""
    rng = np.random.default_rng(seed)
    items: list[tuple[int, str | None, np.ndarray]] = []
    for i in range(n):
        roll = rng.random()
        if roll < undated_share:
            day = None
        elif roll < 0.5:
            day = day_name(dense_day)
        else:
            day = day_name(dense_day + int(rng.integers(-10, 11)))
        vector = items[int(rng.integers(len(items)))][2] if items and rng.random() < 0.05 else unit(rng)
        items.append((1000 + i, day, vector))
    return items


@pytest.mark.parametrize("seed, n, undated_share", [
    (1, 3000, 0.0),     # a dense day: ~1,500 vectors in one window
    (2, 1200, 0.1),     # undated articles join every window
    (3, 40, 0.5),       # fewer rows than CANDIDATES in some windows
])
def test_candidates_same_as_gathered_window(seed, n, undated_share):
    dense = date(2024, 4, 19).toordinal()
    items = corpus(seed, n, dense, undated_share)
    index = StoryIndex(capacity=16)  # grows several times on the way
    rng = np.random.default_rng(seed + 100)
    checked = exact = 0
    for position, (article_id, day, vector) in enumerate(items):
        if position % 37 == 0:
            for query_day in (day, day_name(dense), day_name(dense + WINDOW_DAYS + 1), None):
                query = vector if rng.random() < 0.3 else unit(rng)
                got, want = index.candidates(query, query_day), reference_candidates(items[:position], query, query_day)
                assert same_up_to_ties(got, want, reference_scores(items[:position], query, query_day)), (got, want)
                checked += 1
                exact += got == want
        index.add(article_id, day, article_id // 2, vector)
    assert checked > 0
    # Ties come only from the repeated vectors: nearly every ranking is identical.
    assert exact >= 0.9 * checked
    # Stories and positions survive the block layout.
    assert index.story_of(items[-1][0]) == items[-1][0] // 2
