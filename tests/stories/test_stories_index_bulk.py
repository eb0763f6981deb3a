"""`StoryIndex.extend` (how a store loads its articles) builds the index `add` builds one
article at a time: same rows, same blocks, same candidates."""
from __future__ import annotations

import random

import numpy as np

from khronika.stories.cluster import StoryIndex
from khronika.stories.similarity import VECTOR_DIM


def _articles(seed: int, n: int):
    rng = random.Random(seed)
    days = ["2024-04-10", "2024-04-11T08:00:00+03:00", "2024-04-13", "2024-05-01", None, "not a date"]
    ids = sorted(rng.sample(range(1, 10 * n), n))
    vectors = np.random.default_rng(seed).standard_normal((n, VECTOR_DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return ids, [rng.choice(days) for _ in ids], [rng.randint(1, n // 3 + 1) for _ in ids], vectors


def test_extend_builds_the_index_add_builds():
    for seed, n, split in ((1, 3000, 0), (2, 50, 20), (3, 1, 0)):
        ids, days, stories, vectors = _articles(seed, n)
        one_by_one, bulk = StoryIndex(), StoryIndex()
        for i in range(n):
            one_by_one.add(ids[i], days[i], stories[i], vectors[i])
        for i in range(split):  # a bulk load after some single adds, as after earlier writes
            bulk.add(ids[i], days[i], stories[i], vectors[i])
        bulk.extend(ids[split:], days[split:], stories[split:], vectors[split:])
        assert bulk.size == one_by_one.size == n
        for name in ("ids", "stories", "block_days", "slots"):
            assert np.array_equal(getattr(bulk, name)[:n], getattr(one_by_one, name)[:n]), name
        assert bulk.positions == one_by_one.positions
        # Each story's members in the order `add` appends them (the story check's tie order).
        assert bulk.members == one_by_one.members
        assert set(bulk.by_day) == set(one_by_one.by_day)
        for day, block in [*one_by_one.by_day.items(), (0, one_by_one.undated)]:
            other = bulk.by_day[day] if day else bulk.undated
            assert other.size == block.size
            assert np.array_equal(other.vectors[:block.size], block.vectors[:block.size])
            assert np.array_equal(other.positions[:block.size], block.positions[:block.size])
        for probe in range(0, n, max(1, n // 20)):
            for day in ("2024-04-12", None):
                assert bulk.candidates(vectors[probe], day) == one_by_one.candidates(vectors[probe], day)
            assert bulk.story_of(ids[probe]) == one_by_one.story_of(ids[probe])
        # Both keep growing alike.
        bulk.add(10 * n + 1, "2024-04-11", 1, vectors[0])
        one_by_one.add(10 * n + 1, "2024-04-11", 1, vectors[0])
        assert bulk.candidates(vectors[0], "2024-04-11") == one_by_one.candidates(vectors[0], "2024-04-11")


def test_extend_with_nothing_changes_nothing():
    index = StoryIndex()
    index.extend([], [], [], np.zeros((0, VECTOR_DIM), dtype=np.float32))
    assert index.size == 0 and index.candidates(np.ones(VECTOR_DIM, dtype=np.float32), None) == []


def test_blocks_grow_keeping_their_rows():
    """A day's block grown by many single adds and then bulk rows (both growth paths, and a
    grow from an already grown block) holds every row in arrival order."""
    ids, _, stories, vectors = _articles(4, 300)
    index = StoryIndex()
    for i in range(100):
        index.add(ids[i], "2024-04-10", stories[i], vectors[i])
    index.extend(ids[100:250], ["2024-04-10"] * 150, stories[100:250], vectors[100:250])
    for i in range(250, 300):
        index.add(ids[i], "2024-04-10", stories[i], vectors[i])
    block = index.by_day[index.block_days[0]]
    assert block.size == 300 and len(block.vectors) >= 300
    assert np.array_equal(block.vectors[:300], vectors)
    assert block.positions[:300].tolist() == list(range(300))
    assert not block.vectors[300:].any()
    assert index.members == {story: [i for i in range(300) if stories[i] == story] for story in set(stories)}
