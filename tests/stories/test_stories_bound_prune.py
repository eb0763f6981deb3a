"""Story candidates ruled out by an upper bound (issue 6, write path round 5).

`SameStoryModel.score_reaching` gives `score`'s very float when the pair can reach the
floor and None exactly when it cannot; `StoryIndex.assign` scores in full only the
candidates that can still reach the threshold and beat the best so far, so every story
decision, and the score of every join, is what scoring all candidates gives.
"""
from __future__ import annotations

import numpy as np
import pytest

from khronika.stories import cluster
from khronika.stories.cluster import THRESHOLD, SameStoryModel, StoryIndex
from khronika.stories.similarity import Idf

TOPICS = [
    ("Путин провел переговоры с Си Цзиньпином в Кремле",
     "Президент России Владимир Путин провел в Кремле переговоры с председателем КНР Си Цзиньпином. "
     "Стороны подписали 14 документов о сотрудничестве."),
    ("В Москве прошел сильный снегопад",
     "Снегопад в Москве парализовал движение, коммунальщики вывели на улицы всю технику."),
    ("Газпром сократил поставки газа в Европу",
     "Газпром сократил поставки газа в Европу из-за ремонта турбины на компрессорной станции."),
    ("Прогноз погоды на 8 ноября", "Завтра в Москве облачно, до плюс пяти, ветер западный."),
]
REWRITES = [" Об этом сообщает ТАСС.", " Подробности уточняются.", " Как стало известно журналистам,",
            " Ранее об этом писали СМИ.", " Источник подтвердил информацию."]


def _corpus(analyzer) -> tuple[list, Idf]:
    """Rewrites of a few stories over a few days, in an order that mixes them."""
    idf = Idf()
    features = []
    for i in range(40):
        title, body = TOPICS[i % len(TOPICS)]
        if i % 3 == 1:
            title = title.replace("в", "во") if i % 2 else title + " — источник"
        text = body + "".join(REWRITES[(i + k) % len(REWRITES)] for k in range(i % 4))
        f = analyzer.features(title, text, published=f"2024-04-{10 + i // 8:02d}", idf=idf)
        idf.add(f.terms)
        features.append(f)
    return features, idf


@pytest.fixture(scope="module")
def corpus(analyzer):
    return _corpus(analyzer)


@pytest.mark.parametrize("weights", [
    None,                                                  # the shipped model
    {"tfidf": 2.0, "names": 1.0, "far_apart": -1.5, "bias": -1.0},
    {"vector": 1.0, "title_vector": 0.5, "bm25": 0.7, "numbers": -0.2, "title_numbers_clash": -1.0,
     "title_dates_clash": -8.0, "title_names": 0.4, "title_numbers_missing": -0.3, "bias": 0.1},
    {"vector": 0.9, "soft": 1.2, "bias": -1.0},             # soft has no range: never bounded
])
@pytest.mark.parametrize("floor", [0.0, 0.05, 0.3, THRESHOLD, 0.8, 0.99, 1.0])
def test_score_reaching_is_the_score_or_proves_it_short(corpus, weights, floor):
    features, idf = corpus
    model = SameStoryModel() if weights is None else SameStoryModel(dict(weights))
    ruled_out = 0
    for a in features[:12]:
        for b in features:
            score = model.score(a, b, idf)
            got = model.score_reaching(a, b, idf, floor)
            assert got == (score if score >= floor else None)
            ruled_out += got is None
    if weights is None and 0.0 < floor < 1.0:
        assert ruled_out  # the bound does rule pairs out


def test_pairs_with_embeddings_are_scored_exactly(corpus):
    features, idf = corpus
    model = SameStoryModel()
    a, b = features[0], features[4]
    vector = np.ones(384, dtype=np.float32) / np.sqrt(384)
    a.semantic, b.semantic = vector, vector
    try:
        score = model.score(a, b, idf)
        assert model.score_reaching(a, b, idf, THRESHOLD) == (score if score >= THRESHOLD else None)
        assert model.score_reaching(a, b, idf, 0.0) == score
    finally:
        a.semantic = b.semantic = None


def test_assign_decides_as_scoring_every_candidate(corpus, monkeypatch):
    features, idf = corpus
    model = SameStoryModel()

    def decisions() -> list[tuple]:
        index, out = StoryIndex(), []
        for i, f in enumerate(features):
            d = index.assign(f, lambda j: features[j], model, idf)
            out.append((d.story_id, d.score if d.story_id is not None else None, d.neighbour if d.story_id is not None else None))
            index.add(i, f.published, d.story_id if d.story_id is not None else i, f.vector)
        return out

    pruned = decisions()
    with monkeypatch.context() as every:
        every.setattr(SameStoryModel, "score_reaching",
                      lambda self, a, b, idf, floor: self.score(a, b, idf))
        expected = decisions()
    assert pruned == expected
    assert sum(d[0] is not None for d in expected) >= 10  # the corpus has joins to decide
    assert cluster.cluster(features, model, idf) == [d[0] if d[0] is not None else i for i, d in enumerate(expected)]
