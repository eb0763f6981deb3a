"""`ingest --semantic` keeps each article's sentence embedding with its story features;
`reprocess --semantic` adds it to articles stored without one (both backends)."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from khronika.cli import main
from khronika.nlp.pipeline import DEFAULT_ORDER
from khronika.store import open_store
from khronika.stories.semantic import SEMANTIC_DIM
from khronika.stories.similarity import vector_from_text

PAGES = Path(__file__).resolve().parents[2] / "examples" / "pages"
NO_NLP = [f"--no-{name}" for name in DEFAULT_ORDER]  # the embedding alone: fast


def _stored_vectors(url: str) -> list[object]:
    store = open_store(url)
    try:
        rows = list(store._execute("SELECT features FROM articles ORDER BY id"))
    finally:
        store.close()
    return [json.loads(r[0]).get("semantic") for r in rows]


def _ingest(url: str, *extra: str) -> None:
    result = CliRunner().invoke(main, ["ingest", str(PAGES), "--db", url, "-q",
                                       "--crawled-at", "2024-04-19T12:00:00+03:00", *NO_NLP, *extra])
    assert result.exit_code == 0, result.output


def test_ingest_semantic_stores_vectors(store_url):
    _ingest(store_url, "--semantic")
    vectors = _stored_vectors(store_url)
    assert len(vectors) >= 20 and all(vectors)
    assert all(vector_from_text(v).shape == (SEMANTIC_DIM,) for v in vectors)


def test_reprocess_semantic_adds_vectors(store_url):
    _ingest(store_url)
    assert not any(_stored_vectors(store_url))
    result = CliRunner().invoke(main, ["reprocess", "--db", store_url, "-q", *NO_NLP, "--semantic"])
    assert result.exit_code == 0, result.output
    assert all(_stored_vectors(store_url))
