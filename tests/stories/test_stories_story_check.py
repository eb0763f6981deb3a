"""The story check (issue 6, seventeenth session): a new article joins a story of several
articles only when at least half of the story's members closest to it (at most
`STORY_CHECK_MEMBERS`) score at least `STORY_CHECK_CUT` with it; otherwise the best candidate
of another story is tried, and a new story starts when none is left.

Before, an article joined the story of its one best neighbour, so a single report naming two
happenings ("Johnson resigns; Raab appointed") pulled every later report of the second
happening into the first one's story.
"""
from __future__ import annotations

import numpy as np
import pytest

from khronika.stories.cluster import (STORY_CHECK_CUT, STORY_CHECK_MEMBERS, THRESHOLD, SameStoryModel,
                                      StoryIndex, cluster)
from khronika.stories.similarity import VECTOR_DIM, Idf, TextFeatures


def _features(names: set[str], vector: np.ndarray | None = None, day: str = "2018-07-09") -> TextFeatures:
    if vector is None:
        vector = np.ones(VECTOR_DIM, dtype=np.float32) / np.sqrt(VECTOR_DIM)
    return TextFeatures({}, {}, set(names), set(), vector.astype(np.float32), np.zeros(VECTOR_DIM, np.float32),
                        day)


class TableModel:
    """Pair scores from a table (the new article is named "new"): `assign` asks only
    `threshold` and `score_reaching`."""

    threshold = THRESHOLD

    def __init__(self, scores: dict[str, float]) -> None:
        self.scores = scores

    def score_reaching(self, a: TextFeatures, b: TextFeatures, idf: Idf, floor: float) -> float | None:
        (other,) = b.names
        score = self.scores.get(other, 0.0)
        return score if score >= floor else None


def _unit(seed: int) -> np.ndarray:
    vector = np.random.default_rng(seed).standard_normal(VECTOR_DIM).astype(np.float32)
    return vector / np.linalg.norm(vector)


# (case, stories: story id -> member names, the new article's score with each member, the story joined)
CASES = [
    ("the best's story agrees: 2 of 3 members reach the cut",
     {1: ["a1", "a2", "a3"]}, {"a1": 0.9, "a2": 0.45, "a3": 0.1}, 1),
    ("only the best neighbour agrees (1 of 4): a new story",
     {1: ["a1", "a2", "a3", "bridge"]}, {"bridge": 0.9, "a1": 0.2, "a2": 0.3, "a3": 0.05}, None),
    ("half of the members agree (2 of 4): joined",
     {1: ["a1", "a2", "a3", "a4"]}, {"a1": 0.8, "a2": STORY_CHECK_CUT, "a3": 0.3, "a4": 0.0}, 1),
    ("the best's story refused, the next story's candidate clears the threshold and agrees",
     {1: ["a1", "a2", "bridge"], 2: ["r1", "r2"]},
     {"bridge": 0.95, "a1": 0.1, "a2": 0.2, "r1": 0.6, "r2": 0.5}, 2),
    ("the best's story refused, the next story's best is under the threshold: a new story",
     {1: ["a1", "a2", "bridge"], 2: ["r1", "r2"]},
     {"bridge": 0.95, "a1": 0.1, "a2": 0.2, "r1": 0.45, "r2": 0.45}, None),
    ("a story of one article is joined on its one score",
     {1: ["a1"]}, {"a1": 0.6}, 1),
    ("nothing clears the threshold: a new story",
     {1: ["a1", "a2"]}, {"a1": 0.45, "a2": 0.45}, None),
]


@pytest.mark.parametrize("case, stories, scores, joined", CASES, ids=[c[0] for c in CASES])
def test_story_check_decisions(case, stories, scores, joined):
    index, features = StoryIndex(), {}
    article_id = 0
    for story_id, names in stories.items():
        for name in names:
            article_id += 1
            features[article_id] = _features({name})
            index.add(article_id, "2018-07-09", story_id, features[article_id].vector)
    decision = index.assign(_features({"new"}), features.get, TableModel(scores), Idf())
    assert decision.story_id == joined
    if joined is not None:
        best_in_story = max(scores[features[i].names.copy().pop()] for i in features
                            if index.story_of(i) == joined)
        assert decision.score == best_in_story


def test_the_closest_members_are_asked():
    """A story larger than STORY_CHECK_MEMBERS is judged by its members closest to the new
    article by vector: far members that disagree have no say."""
    new_vector = _unit(1)
    index, features, scores = StoryIndex(), {}, {}
    for i in range(1, 3 * STORY_CHECK_MEMBERS + 1):
        near = i <= STORY_CHECK_MEMBERS
        # near members: the new article's vector with a little noise; far ones: unrelated
        vector = new_vector + 0.1 * _unit(100 + i) if near else _unit(100 + i)
        vector /= np.linalg.norm(vector)
        features[i] = _features({f"m{i}"}, vector)
        scores[f"m{i}"] = 0.7 if near else 0.0
        index.add(i, "2018-07-09", 7, vector)
    asked = index.story_check_members(7, new_vector)
    assert sorted(asked) == list(range(1, STORY_CHECK_MEMBERS + 1))
    decision = index.assign(_features({"new"}, new_vector), features.get, TableModel(scores), Idf())
    assert decision.story_id == 7


def test_members_after_a_bulk_load_are_the_same():
    """`extend` (a store loading its articles) records story members as `add` does."""
    vectors = np.stack([_unit(i) for i in range(6)])
    one, bulk = StoryIndex(), StoryIndex()
    stories = [3, 3, 5, 3, 5, 9]
    days = ["2018-07-09", None, "2018-07-10", "2018-07-09", None, "2018-07-11"]
    for i, (story, day) in enumerate(zip(stories, days)):
        one.add(i + 10, day, story, vectors[i])
    bulk.extend([i + 10 for i in range(6)], days, stories, vectors)
    assert {s: sorted(p) for s, p in one.members.items()} == {s: sorted(p) for s, p in bulk.members.items()}
    for story in (3, 5, 9):
        assert one.story_check_members(story, vectors[0]) == bulk.story_check_members(story, vectors[0])


def test_a_bridge_report_no_longer_chains_two_happenings():
    """Name sets as the only signal (score = σ(10·Jaccard − 5)): three reports of a resignation,
    one report that names the resignation and the successor, then two reports of the
    appointment.  The appointment reports agree with the bridge alone, so they form their
    own story; before the check they all joined the resignation's story."""
    model = SameStoryModel({"names": 10.0, "bias": -5.0}, THRESHOLD, None)
    articles = [
        {"johnson", "resign", "cabinet", "may"},
        {"johnson", "resign", "cabinet", "brexit"},
        {"johnson", "resign", "may", "brexit"},
        {"johnson", "resign", "cabinet", "raab"},        # the bridge: both happenings
        {"raab", "appoint", "cabinet", "johnson"},
        {"raab", "appoint", "cabinet", "secretary"},
    ]
    features = [_features(names) for names in articles]
    labels = cluster(features, model, Idf())
    assert labels == [0, 0, 0, 0, 4, 4]


def test_without_the_check_the_bridge_chains(monkeypatch):
    """The same articles with the check switched off: one story (what the store did before)."""
    monkeypatch.setattr(StoryIndex, "_story_agrees", lambda self, *args: True)
    model = SameStoryModel({"names": 10.0, "bias": -5.0}, THRESHOLD, None)
    articles = [{"johnson", "resign", "cabinet", "may"}, {"johnson", "resign", "cabinet", "brexit"},
                {"johnson", "resign", "may", "brexit"}, {"johnson", "resign", "cabinet", "raab"},
                {"raab", "appoint", "cabinet", "johnson"}, {"raab", "appoint", "cabinet", "secretary"}]
    assert cluster([_features(names) for names in articles], model, Idf()) == [0] * 6



def test_a_model_with_a_lower_threshold_asks_its_members_at_that_threshold():
    """A model run at a threshold under STORY_CHECK_CUT (a bench fitting one) is never stricter
    about the story than about the join: members at 0.25 agree with a 0.2 threshold."""
    model = TableModel({"a1": 0.9, "a2": 0.25, "a3": 0.25, "a4": 0.1})
    model.threshold = 0.2
    index, features = StoryIndex(), {}
    for i, name in enumerate(["a1", "a2", "a3", "a4"], start=1):
        features[i] = _features({name})
        index.add(i, "2018-07-09", 1, features[i].vector)
    assert index.assign(_features({"new"}), features.get, model, Idf()).story_id == 1
    model.threshold = THRESHOLD  # at the shipped threshold only a1 reaches the cut: refused
    assert index.assign(_features({"new"}), features.get, model, Idf()).story_id is None
