"""Conflict features, feature-vector contract and honest model selection."""
from __future__ import annotations

import numpy as np
import pytest

from khronika.stories import model_selection
from khronika.stories.cluster import SameStoryModel, best_threshold
from khronika.stories.similarity import (
    FEATURE_NAMES, Idf, TextFeatures, headline_dates, pair_features, title_dates_clash, title_names_missing,
)

UNIT = np.zeros(300, np.float32)


def features(title_names=(), names=(), terms=(), title_terms=(), title_dates=()) -> TextFeatures:
    return TextFeatures({t: 1 for t in terms}, {t: 1 for t in title_terms}, set(names), set(), UNIT, UNIT,
                        title_names=set(title_names), title_dates=set(title_dates))


@pytest.mark.parametrize("title, dates", [
    ("Прогноз погоды на 8 ноября", {"11-08"}),
    ("Погода в Москве 16-го Мая", {"05-16"}),
    ("С 6 по 8 мая почтальоны доставят поздравления", {"05-08"}),
    ("Итоги 2020 года", set()),
    ("40 марта ничего не случится", set()),
])
def test_headline_dates(title, dates):
    assert headline_dates(title) == dates


@pytest.mark.parametrize("a, b, clash", [
    ({"11-08"}, {"11-16"}, 1.0),      # two forecasts
    ({"11-08"}, {"11-08"}, 0.0),
    ({"11-08"}, set(), 0.0),          # one headline names no day: no evidence
    ({"05-06", "05-08"}, {"05-08"}, 0.0),
])
def test_title_dates_clash(a, b, clash):
    assert title_dates_clash(features(title_dates=a), features(title_dates=b)) == clash


@pytest.mark.parametrize("a_title, b_all, expected", [
    ({"брест"}, {"гомель"}, 0.5),               # A's one headline name missing in B: (1 + 0) / 2
    ({"брест"}, {"брест", "гомель"}, 0.0),
    (set(), {"гомель"}, 0.0),
])
def test_title_names_missing(a_title, b_all, expected):
    a = features(title_names=a_title, names=a_title)
    b = features(names=b_all)
    # b has no headline names, so only A's side can miss.
    assert title_names_missing(a, b) == pytest.approx(expected)


def test_title_names_found_among_plain_lemmas():
    # A headline name that the other text uses only as an ordinary word is mentioned.
    a = features(title_names={"шальке"})
    b = features(terms={"шальке", "футболист"})
    assert title_names_missing(a, b) == 0.0


def test_pair_features_skips_unused():
    a = features(terms={"газ"}, title_terms={"газ"})
    b = features(terms={"газ"}, title_terms={"газ"})
    idf = Idf({"газ": 1}, 10)
    full = pair_features(a, b, idf)
    some = pair_features(a, b, idf, {"tfidf"})
    assert len(full) == len(some) == len(FEATURE_NAMES)
    assert some[FEATURE_NAMES.index("tfidf")] == full[FEATURE_NAMES.index("tfidf")] == pytest.approx(1.0)
    assert some[FEATURE_NAMES.index("title_contain")] == 0.0 and full[FEATURE_NAMES.index("title_contain")] == 1.0


def test_shipped_model_scores_like_its_matrix_form(analyzer):
    idf = Idf()
    a = analyzer.features("Прогноз погоды на 8 ноября", "Завтра в Москве облачно, до плюс пяти.", idf=idf)
    b = analyzer.features("Прогноз погоды на 16 ноября", "Завтра в Москве облачно, до плюс трех.", idf=idf)
    model = SameStoryModel()
    row = np.array([pair_features(a, b, idf)])
    assert model.score(a, b, idf) == pytest.approx(float(model.probabilities(row)[0]))
    # Same words, different days named in the headlines: not one story.
    assert not model.same(a, b, idf)


def test_features_round_trip_and_old_stores():
    f = features(title_names={"брест"}, names={"брест"}, terms={"погода"}, title_dates={"05-17"})
    back = TextFeatures.from_json(f.to_json(), UNIT)
    assert (back.title_dates, back.names, back.terms) == (f.title_dates, f.names, f.terms)
    old = {k: v for k, v in f.to_json().items() if k != "title_dates"}   # written before the field existed
    assert TextFeatures.from_json(old, UNIT).title_dates == set()


@pytest.mark.parametrize("scores, labels, cut", [
    ([0.1, 0.4, 0.6, 0.9], [False, False, True, True], 0.6),
    ([0.2, 0.2, 0.8], [True, False, True], 0.2),
    ([0.3, 0.7], [False, False], 0.5),           # nothing positive
])
def test_best_threshold(scores, labels, cut):
    assert best_threshold(np.array(scores), np.array(labels)) == pytest.approx(cut)


def test_stratified_folds_keep_the_class_ratio():
    y = np.array([True] * 20 + [False] * 30)
    folds = model_selection.stratified_folds(y, 5, seed=3)
    for fold in range(5):
        assert (y[folds == fold].sum(), (~y[folds == fold]).sum()) == (4, 6)


def test_nested_selection_finds_the_informative_feature():
    rng = np.random.default_rng(0)
    x = rng.random((160, len(FEATURE_NAMES))) * 0.2
    y = rng.random(160) < 0.5
    x[:, FEATURE_NAMES.index("tfidf")] += np.where(y, 0.6, 0.0) + rng.normal(0, 0.1, 160)
    for hand in ("far_apart", "title_dates_clash"):
        x[:, FEATURE_NAMES.index(hand)] = 0.0
    candidates = tuple(n for n in FEATURE_NAMES if n not in ("far_apart", "title_dates_clash"))
    result = model_selection.nested_cross_validate(x, y, candidates, repeats=1)
    assert all(use and use[0] == "tfidf" for use in result.chosen)
    assert result.mean_f1 > 0.9
    plain = model_selection.cross_validate(x, y, ("tfidf",), repeats=2)
    assert len(plain.f1s) == 2 and plain.mean_f1 > 0.9
