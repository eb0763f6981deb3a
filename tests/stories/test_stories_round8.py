"""Word vectors decoded from navec's product-quantised codes with one `take` (issue 6, write
path round 8).

The store's analyser decodes the vectors of the lemmas it has not met yet, ~50 per page in a
new ingest process.  `Analyzer._gather` reads the codebooks as one table of sub-vectors
(codebook q's centroid c at row q × centroids + c) instead of the broadcast fancy index
`pq.codes[pq.qdims, pq.indexes[ids]]`: the same floats, so the same article vectors.
"""
from __future__ import annotations

import numpy as np
import pytest

from khronika.stories.similarity import Analyzer, Idf


def _fancy(pq, ids: list[int]) -> np.ndarray:
    """How the analyser decoded rows before: one broadcast fancy index."""
    return pq.codes[pq.qdims, pq.indexes[ids]].reshape(len(ids), pq.dim)


@pytest.fixture(scope="module")
def pq(analyzer: Analyzer):
    found = getattr(analyzer.embedding, "pq", None)
    if found is None:
        pytest.skip("the embedding is not product-quantised")
    return found


@pytest.mark.parametrize("ids", [
    [0],                      # the first row
    [-1],                     # the last row (a negative id reads from the end, as before)
    [5, 5, 5],                # repeated rows
    [1000, 7, 250_000, 3],    # out of order
    list(range(40, 170)),     # a page's worth
])
def test_gather_equals_the_fancy_index(analyzer, pq, ids):
    ids = [i if i >= 0 else len(pq.indexes) + i for i in ids]
    gathered = analyzer._gather(pq, ids)
    assert gathered.dtype == np.float32 and gathered.shape == (len(ids), pq.dim)
    assert gathered.tobytes() == _fancy(pq, ids).tobytes()


@pytest.mark.parametrize("lemma", ["переговоры", "президент", "москва", "санкция", "вакцина", "нефть"])
def test_cached_vector_is_navecs_own(analyzer, lemma):
    fresh = Analyzer(analyzer.morph, analyzer.embedding)
    assert fresh.lemma_vector(lemma).tobytes() == np.asarray(analyzer.embedding[lemma], dtype=np.float32).tobytes()


@pytest.mark.parametrize("lemmas", [
    ["переговоры", "президент", "кремль", "переговоры"],
    ["вакцина", "коронавирус", "заражение", "qqqzzz-нет-такого"],  # an unknown lemma is left out
])
def test_article_vector_unchanged(analyzer, pq, lemmas):
    """The weighted mean of decoded rows equals one built from navec's own lookups."""
    idf = Idf({"переговоры": 3, "президент": 40}, 100)
    fresh = Analyzer(analyzer.morph, analyzer.embedding)
    counts: dict[str, int] = {}
    for lemma in lemmas:
        counts[lemma] = counts.get(lemma, 0) + 1
    weights = idf.weigh(counts)
    known = [lemma for lemma in weights if lemma in analyzer.embedding]
    rows = np.array([np.asarray(analyzer.embedding[lemma], dtype=np.float32) for lemma in known])
    total = np.asarray([weights[lemma] for lemma in known], dtype=np.float32) @ rows
    expected = total / float(np.linalg.norm(total))
    assert fresh.vector(lemmas, idf).tobytes() == expected.tobytes()
