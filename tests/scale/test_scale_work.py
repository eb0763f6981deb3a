"""The unit of work without Dask: every page comes back with a record or a reason."""
from __future__ import annotations

import pickle
from types import SimpleNamespace

import pytest

from khronika.errors import InputError
from khronika.ingest.rawpage import RawPage
from khronika.scale import EnrichResult, PipelineSpec, enrich_page, enrich_pages

GOOD = RawPage("good.txt", "Заголовок\n\nМосква, 19 апреля. Министр заявил, что встреча состоится.".encode(), "text")


def _records(article):
    return SimpleNamespace(to_record=lambda: {"id": article.id, "source": article.source})


def _raises(article):
    raise ValueError("boom")


@pytest.mark.parametrize("raw,pipeline,ok,skipped,reason", [
    (GOOD, _records, True, False, None),
    (GOOD, _raises, False, False, "enrichment error: ValueError: boom"),
    (RawPage("empty.txt", b"  \n", "text"), _records, False, True, "empty file"),
    (RawPage("bin.dat", bytes(range(256)) * 4, "text"), _records, False, True, "binary data, not a text or HTML page"),
])
def test_scale_enrich_page(raw, pipeline, ok, skipped, reason):
    result = enrich_page(raw, pipeline)
    assert (result.ok, result.skipped, result.reason) == (ok, skipped, reason)
    assert result.source == raw.name
    if not ok:
        assert isinstance(result.error, InputError) and result.error.reason == reason


def test_scale_read_errors_pass_through_in_order():
    items = [InputError("missing.txt", "no such file"), GOOD]
    results = list(enrich_pages(items, _records))
    assert [(r.source, r.ok, r.reason) for r in results] == [("missing.txt", False, "no such file"), ("good.txt", True, None)]


def test_scale_results_and_spec_pickle():
    # Both cross the wire; an InputError would not (its keyword state is lost).
    result = EnrichResult("x", reason="empty file", skipped=True)
    assert pickle.loads(pickle.dumps(result)) == result
    spec = PipelineSpec(disable=("events",))
    assert pickle.loads(pickle.dumps(spec)) == spec
