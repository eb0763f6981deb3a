"""SIGKILL in the middle of `khronika ingest` keeps the document counts (idf) of every committed
article (review rev25_B HIGH 1), on both backends.

The counts used to reach the store every `IDF_FLUSH_EVERY` articles or at close only: a killed
ingest lost those of every article committed since the last flush, for good, and a rerun then
weighed terms (and formed stories) otherwise than one run.  Each batch now stores its
articles' counts in its own transaction; after kill and rerun the table equals one clean run's."""
from __future__ import annotations

import json

import pytest

from khronika.store import open_store
from khronika.store.sql import IDF_DELTA, IDF_FLUSH_EVERY
from tests.store.test_store_kill import _articles, _ingest, _pages, kill_after_commits

N_PAGES = 240  # fewer than IDF_FLUSH_EVERY: the old code stored no count before the close


def _idf(url: str) -> dict:
    with open_store(url, create=False) as store:
        row = store._one("SELECT value FROM meta WHERE key = 'idf'")
        left = store._one("SELECT COUNT(*) FROM meta WHERE key LIKE ?", (IDF_DELTA + "%",))[0]
    assert left == 0, "a clean close moves every stored delta row into the table"
    return json.loads(row[0])


def _story_mates(url: str) -> dict[str, frozenset[str]]:
    """Each page's story-mates (story ids differ between stores, the partition must not)."""
    with open_store(url, create=False) as store:
        rows = store._execute("SELECT page_key, story_id FROM articles WHERE is_current = 1")
    by_story: dict[int, set[str]] = {}
    for page, story in rows:
        by_story.setdefault(story, set()).add(page)
    return {page: frozenset(by_story[story]) for page, story in rows}


def _other_store(store_url: str, pg_server) -> str:
    return store_url.replace("khronika.db", "one_run.db") if store_url.endswith(".db") else pg_server.new_database()


def test_sigkill_keeps_the_document_counts_of_committed_articles(tmp_path, store_url, pg_server):
    assert N_PAGES < IDF_FLUSH_EVERY
    pages = tmp_path / "pages"
    _pages(pages)
    for extra in sorted(pages.iterdir())[N_PAGES:]:
        extra.unlink()
    one_run = _other_store(store_url, pg_server)
    clean = _ingest(pages, one_run)
    assert clean.wait(timeout=600) == 0, clean.stderr.read().decode()[-1000:]

    _, after_kill = kill_after_commits(pages, store_url, 30, 180)
    assert 0 < after_kill < N_PAGES, "kill came too late to test anything"
    rerun = _ingest(pages, store_url)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()[-1000:]
    assert _articles(store_url) == N_PAGES

    expected, resumed = _idf(one_run), _idf(store_url)
    assert resumed["n_docs"] == expected["n_docs"] == N_PAGES
    assert resumed["df"] == expected["df"]
    assert _story_mates(store_url) == _story_mates(one_run)
