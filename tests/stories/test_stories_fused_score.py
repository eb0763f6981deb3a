"""Write-path shortcuts of the story step (issue 6, ingest rate) give what the plain
computations give: `SameStoryModel.score` (only the weighted features, summed in place)
the very float of `probability(pair_features(...))`, also after its weights change;
`Analyzer.vector` (one matrix product) the word-by-word idf-weighted sum up to float32
rounding; the headline vector skipped only when asked."""
from __future__ import annotations

import numpy as np
import pytest

from khronika.stories.cluster import SameStoryModel
from khronika.stories.similarity import VECTOR_DIM, Idf, pair_features

TEXTS = [
    ("Путин провел переговоры с Си Цзиньпином", "Президент России провел в Кремле переговоры. Стороны подписали 14 документов."),
    ("Си Цзиньпин прилетел в Москву", "Председатель КНР прибыл в Москву на переговоры с Путиным 20 марта."),
    ("Прогноз погоды на 8 ноября", "Завтра в Москве облачно, до плюс пяти."),
    ("Прогноз погоды на 16 ноября", "Завтра в Бресте дождь, до плюс трех."),
    ("", "Текст без заголовка."),
]


@pytest.fixture(scope="module")
def analysed(analyzer):
    idf = Idf()
    features = []
    for i, (title, body) in enumerate(TEXTS):
        f = analyzer.features(title, body, published=f"2024-04-{19 + i}", idf=idf)
        idf.add(f.terms)
        features.append(f)
    return features, idf


@pytest.mark.parametrize("weights", [
    None,                                                  # the shipped model
    {"tfidf": 2.0, "names": 1.0, "far_apart": -1.5, "bias": -1.0},
    {"vector": 1.0, "title_vector": 0.5, "soft": 0.3, "bm25": 0.7, "numbers": -0.2, "title_numbers_clash": -1.0,
     "title_dates_clash": -8.0, "title_names": 0.4, "title_numbers_missing": -0.3, "bias": 0.1},
])
def test_score_is_the_probability_of_the_full_row(analysed, weights):
    features, idf = analysed
    model = SameStoryModel() if weights is None else SameStoryModel(dict(weights))
    for a in features:
        for b in features:
            assert model.score(a, b, idf) == model.probability(pair_features(a, b, idf))


def test_score_follows_changed_weights(analysed):
    features, idf = analysed
    model = SameStoryModel()
    before = model.score(features[0], features[1], idf)
    model.weights["names"] = 0.0
    model.weights["tfidf"] = 5.0
    after = model.score(features[0], features[1], idf)
    assert after == model.probability(pair_features(features[0], features[1], idf)) != before


def test_vector_is_the_weighted_sum_of_word_vectors(analyzer, analysed):
    _, idf = analysed
    lemmas = ["переговоры", "кремль", "переговоры", "документ", "несуществующееслово", "москва"]
    expected = np.zeros(VECTOR_DIM, dtype=np.float32)
    for lemma in dict.fromkeys(lemmas):
        vec = analyzer.lemma_vector(lemma)
        if vec is not None:
            expected += vec * (lemmas.count(lemma) * idf(lemma))
    expected /= np.linalg.norm(expected)
    assert np.allclose(analyzer.vector(lemmas, idf), expected, atol=1e-6)
    assert not analyzer.vector(["несуществующееслово"], idf).any()


def test_headline_vector_skipped_only_when_asked(analyzer, analysed):
    _, idf = analysed
    title, body = TEXTS[0]
    full = analyzer.analyse(title, body, idf=idf)
    skipped = analyzer.analyse(title, body, idf=idf, title_vector=False)
    assert full.features.title_vector.any() and not skipped.features.title_vector.any()
    assert skipped.features.to_json() == full.features.to_json()
    assert np.array_equal(skipped.features.vector, full.features.vector)
