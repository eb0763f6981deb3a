"""The write path's shortcuts store exactly what the plain path stored.

Three shortcuts (issue 6, ingest rate): story candidates' features read in one query
(`SqlStore._prefetch_features`), tf-idf weights from one comprehension (`Idf.weigh`), and
on SQLite the full-text rows of a batch inserted when it commits (`SqliteStore._fts_write`).
The same documents, with stories, reprints, new versions, a failed write and list
refreshes inside the batch, go into a store with them and into one without them; every
decision and every stored row must match."""
from __future__ import annotations

import pytest
from store_corpus import documents, write_with_a_failure

from khronika.store import open_store
from khronika.stories import similarity

def _documents(make_doc) -> list:
    return documents(make_doc)


def _write(store, docs, fail_at: int) -> None:
    store.list_size, store.list_min_df, store.list_slack = 4, 6, 2
    write_with_a_failure(store, docs, fail_at, flush_lists=True, reread_features=True)


def _rows(store) -> dict[str, list[tuple]]:
    q = store._execute
    return {
        "articles": q("SELECT id, page_key, version, is_current, story_id, story_score, canonical_id, duplicate, "
                      "duplicate_score, features, vector FROM articles ORDER BY id"),
        "stories": q("SELECT id, title, n_articles, n_sources, first_seen, last_seen FROM stories ORDER BY id"),
        "fts": q("SELECT rowid, title, body, tags FROM article_fts ORDER BY rowid"),
        "term_top": q("SELECT lemma, article_id, weight FROM term_top ORDER BY lemma, article_id"),
        "term_lists": q("SELECT lemma, df, bound FROM term_lists ORDER BY lemma"),
        "story_quotes": q("SELECT id, story_id FROM story_quotes ORDER BY id"),
    }


def test_shortcuts_store_what_the_plain_path_stored(tmp_path, analyzer, make_doc, monkeypatch):
    docs = _documents(make_doc)
    fail_at = 40
    with monkeypatch.context() as plain_weights:
        # The plain path: one query per candidate, idf called per term, full-text rows at once.
        plain_weights.setattr(similarity.Idf, "weigh", lambda self, terms: {t: n * self(t) for t, n in terms.items()})
        with open_store(str(tmp_path / "plain.db"), analyzer=analyzer) as plain:
            plain._prefetch_features = lambda ids: None
            plain._batch_begun = lambda: None
            _write(plain, docs, fail_at)
            expected = _rows(plain)
            expected_hits = [[h.article.id for h in plain.search(w, limit=20)] for w in ("путин", "газ", "снегопад")]
    with open_store(str(tmp_path / "fast.db"), analyzer=analyzer) as fast:
        _write(fast, docs, fail_at)
        got = _rows(fast)
        hits = [[h.article.id for h in fast.search(w, limit=20)] for w in ("путин", "газ", "снегопад")]
    # The corpus exercises what it should: shared stories, reprints, versions, lists.
    articles = expected["articles"]
    assert len({r[4] for r in articles}) < len(articles) - 10
    assert any(r[7] is not None for r in articles) and any(r[2] > 1 for r in articles)
    assert expected["term_top"] and all(hits)
    for table, rows in expected.items():
        assert got[table] == rows, table
    assert hits == expected_hits


def test_rollback_after_an_early_flush_keeps_earlier_rows(tmp_path, analyzer, make_doc):
    with open_store(str(tmp_path / "s.db"), analyzer=analyzer) as store:
        first = make_doc("Путин встретился с Макроном", ["Путин и Макрон обсудили газ."], url="https://a.ru/1")
        second = make_doc("Снегопад в Москве", ["Снегопад парализовал движение."], url="https://a.ru/2")
        _write(store, [first, second], fail_at=1)
        # The first article's row was inserted by the flush inside the failed write's savepoint,
        # undone by its rollback, queued again and inserted at commit.
        assert [r[0] for r in store._execute("SELECT rowid FROM article_fts")] == [
            r[0] for r in store._execute("SELECT id FROM articles")]
        assert store._one("SELECT count(*) FROM articles")[0] == 1


@pytest.mark.parametrize("terms", [{}, {"газ": 3, "путин": 1, "новый": 2}])
def test_idf_weigh_equals_calling_idf_per_term(terms):
    idf = similarity.Idf({"газ": 4, "путин": 9}, 40)
    assert idf.weigh(terms) == {t: n * idf(t) for t, n in terms.items()}
