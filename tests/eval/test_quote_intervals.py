"""`QuoteEval.intervals`: a 95 % interval of attributed/overlap P, R, F1 with documents resampled."""
from __future__ import annotations

import pytest

from khronika.eval.quotes import Counts, DocResult, GoldQuote, QuoteEval
from khronika.nlp.doc import Quote, SpeakerRef


def document(tp: int, system: int, gold: int) -> DocResult:
    """A scored document with `tp` attributed/overlap pairs among `system` system and `gold` gold quotes."""
    gold_quotes = [GoldQuote(f"g{i}", "indirect", "X") for i in range(gold)]
    system_quotes = [Quote(f"s{i}", "indirect", 0, 0, 0, "", SpeakerRef(None, "X", "X")) for i in range(system)]
    return DocResult("f.json", gold_quotes, system_quotes, {"attributed/overlap": [(i, i) for i in range(tp)]})


def evaluation(*documents: tuple[int, int, int]) -> QuoteEval:
    result = QuoteEval(documents=len(documents), results=[document(*d) for d in documents])
    total = Counts()
    for tp, system, gold in documents:
        total.add(Counts(tp, system, gold))
    result.counts["attributed/overlap"] = total
    return result


@pytest.mark.parametrize("documents, precision, recall", [
    # every document scored alike: no spread to find
    (((4, 5, 5),) * 10, [0.8, 0.8], [0.8, 0.8]),
    (((3, 3, 3),) * 4, [1.0, 1.0], [1.0, 1.0]),
])
def test_no_spread_when_documents_agree(documents, precision, recall):
    found = evaluation(*documents).intervals()
    assert found["precision"] == precision and found["recall"] == recall


def test_interval_holds_the_point_estimate_and_widens_with_clustered_errors():
    even = evaluation(*(((8, 10, 10),) * 20))                       # 0.8 everywhere
    clustered = evaluation(*(((10, 10, 10),) * 16 + ((0, 10, 10),) * 4))   # 0.8 overall, errors in 4 documents
    low, high = clustered.intervals()["precision"]
    assert low < 0.8 < high
    assert even.intervals()["precision"] == [0.8, 0.8]
    assert high - low > 0.1


def test_same_seed_same_interval_and_one_document_has_none():
    result = evaluation((1, 2, 3), (2, 2, 2), (0, 1, 4), (3, 4, 3))
    assert result.intervals(seed=7) == result.intervals(seed=7)
    assert evaluation((1, 2, 3)).intervals() is None
