"""Weights kept with an article's features (`weights_at_write`, review rev24_B M1): read back
by `TextFeatures.from_json` they are the weights made at the write (to float32 rounding, unit
length), whatever the idf is at the use; features stored without them weigh on use."""
from __future__ import annotations

import math

import numpy as np
import pytest

from khronika.stories.similarity import Idf, TextFeatures, tfidf_weights, weights_at_write

# (kept terms, headline terms, idf of the write): every case reads back its write's weights.
CASES = [
    ({"суд": 3, "приговор": 2, "мэр": 1}, {"суд": 1, "мэр": 1}, Idf({"суд": 5, "мэр": 1}, 10)),
    ({"ураган": 1}, {"ураган": 1}, Idf({}, 0)),
    ({"выборы": 4, "явка": 4, "округ": 2, "участок": 1}, {}, Idf({"выборы": 90, "явка": 2}, 100)),
    ({}, {}, Idf({"суд": 1}, 3)),
]


def _stored(terms: dict[str, int], title_terms: dict[str, int], idf: Idf) -> dict:
    features = TextFeatures(terms, title_terms, set(), set(), np.zeros(3, np.float32), np.zeros(3, np.float32))
    return features.to_json() | weights_at_write(features, terms, idf)


def test_kept_terms_weigh_among_themselves() -> None:
    """Fewer terms kept than the article has: their weights are unit-length over the kept ones."""
    terms = {"суд": 3, "приговор": 2, "мэр": 1}
    kept = {"суд": 3, "приговор": 2}
    features = TextFeatures(terms, {}, set(), set(), np.zeros(3, np.float32), np.zeros(3, np.float32))
    idf = Idf({"суд": 5}, 10)
    data = features.to_json() | {"terms": kept} | weights_at_write(features, kept, idf)
    read = TextFeatures.from_json(data, np.zeros(3, np.float32))
    assert read.weights(Idf()) == pytest.approx(tfidf_weights(kept, idf), rel=1e-6)


@pytest.mark.parametrize("terms, title_terms, idf", CASES)
def test_weights_read_back_are_those_of_the_write(terms, title_terms, idf) -> None:
    later = Idf({t: 50 for t in terms}, 1000)  # the idf has moved a lot since the write
    read = TextFeatures.from_json(_stored(terms, title_terms, idf), np.zeros(3, np.float32))
    assert read.weights(later) == pytest.approx(tfidf_weights(terms, idf), rel=1e-6)
    assert read.title_weights(later) == pytest.approx(tfidf_weights(title_terms, idf), rel=1e-6)
    assert list(read.weights(later)) == list(terms)
    if terms:
        assert math.fsum(w * w for w in read.weights(later).values()) == pytest.approx(1.0, abs=1e-12)


def test_features_stored_without_weights_weigh_with_the_idf_of_their_use() -> None:
    terms, title_terms, idf = CASES[0]
    data = {k: v for k, v in _stored(terms, title_terms, idf).items() if "weights" not in k}
    later = Idf({"суд": 50}, 1000)
    read = TextFeatures.from_json(data, np.zeros(3, np.float32))
    assert read.weights(later) == tfidf_weights(terms, later)
    assert read.title_weights(later) == tfidf_weights(title_terms, later)


def test_weights_that_do_not_fit_the_terms_are_made_on_use() -> None:
    terms, title_terms, idf = CASES[0]
    data = _stored(terms, title_terms, idf) | {"terms": {**terms, "депутат": 1}}
    later = Idf({"суд": 50}, 1000)
    read = TextFeatures.from_json(data, np.zeros(3, np.float32))
    assert read.weights(later) == tfidf_weights(data["terms"], later)


@pytest.mark.parametrize("component", ["title_vector", "soft", "bm25"])
def test_idf_of_use_components_stay_unweighted(component):
    """(review rev25_B L4) Only the tf-idf parts are kept from an article's write; these three are
    still made with the idf of their use, so a resumed ingest forms the same stories only while
    neither shipped model weights them.  A refit that does must keep them with the article first."""
    from khronika.stories.cluster import DEFAULT_WEIGHTS, SEMANTIC_WEIGHTS
    assert DEFAULT_WEIGHTS.get(component, 0.0) == 0.0
    assert SEMANTIC_WEIGHTS.get(component, 0.0) == 0.0


def test_kept_weights_survive_reordered_keys() -> None:
    """(review rev25_B L1) A copy of the column with its term keys reordered (as a `jsonb` copy
    or a tool re-saving it writes them) reads back every term's own weight."""
    terms, title_terms, idf = CASES[0]
    data = _stored(terms, title_terms, idf)
    data["terms"] = dict(sorted(data["terms"].items(), key=lambda kv: kv[0], reverse=True))
    read = TextFeatures.from_json(data, np.zeros(3, np.float32))
    assert read.weights(Idf()) == pytest.approx(tfidf_weights(terms, idf), rel=1e-6)
