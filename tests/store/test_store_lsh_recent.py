"""LSH band rows that wait in `lsh_recent` (migration 0007) decide duplicates exactly as
rows written straight into `lsh_bands` did.

The same documents (stories, exact and near reprints, new versions, a failed write inside
a batch) go into stores that move the recent rows after every write (`lsh_recent_max = 1`:
what the write path did before), never, and every second write; every decision and the
band rows (both tables together) must match, on both backends."""
from __future__ import annotations

import pytest
from store_corpus import documents as _documents, write_with_a_failure

from khronika.store import open_store


def _with_near_copies(docs: list, make_doc) -> list:
    """Every ninth article reprinted under another address with one sentence added: a near
    duplicate (found through the bands), not an exact one."""
    out = []
    for i, doc in enumerate(docs):
        out.append(doc)
        if i % 9 == 4:
            paragraphs = [*doc.article.paragraphs[:-1], doc.article.paragraphs[-1] + " Подробности позже."]
            out.append(make_doc(doc.article.title, paragraphs, url=f"https://near.ru/{i}",
                                published=doc.article.published))
    return out


def _write(store, docs, fail_at: int) -> None:
    write_with_a_failure(store, docs, fail_at)


def _decisions(store) -> dict[str, list[tuple]]:
    q = store._execute
    return {
        "articles": q("SELECT id, page_key, version, is_current, story_id, story_score, canonical_id, duplicate, "
                      "duplicate_score FROM articles ORDER BY id"),
        "bands": sorted(q("SELECT band, key, article_id FROM lsh_bands UNION ALL "
                          "SELECT band, key, article_id FROM lsh_recent")),
    }


@pytest.mark.parametrize("recent_max", [10**9, 64])
def test_recent_band_rows_decide_as_moved_ones(store_url, tmp_path, pg_server, analyzer, make_doc, recent_max):
    docs = _with_near_copies(_documents(make_doc), make_doc)
    fail_at = 40
    with open_store(store_url, analyzer=analyzer) as reference:
        reference.lsh_recent_max, reference.lsh_recent_per_article = 1, 0
        _write(reference, docs, fail_at)
        expected = _decisions(reference)
        assert reference._one("SELECT count(*) FROM lsh_recent")[0] == 0
    other_url = pg_server.new_database() if "://" in store_url else str(tmp_path / "other.db")
    with open_store(other_url, analyzer=analyzer) as store:
        store.lsh_recent_max, store.lsh_recent_per_article = recent_max, 0
        _write(store, docs, fail_at)
        got = _decisions(store)
        recent = store._one("SELECT count(*) FROM lsh_recent")[0]
        moved = store._one("SELECT count(*) FROM lsh_bands")[0]
    articles = expected["articles"]
    assert any(r[7] == "near" for r in articles) and any(r[7] == "exact" for r in articles)
    assert any(r[2] > 1 for r in articles)
    assert got == expected
    if recent_max == 64:
        # Moved whenever the table reached 64 rows: at most one article's rows past that are left.
        assert moved and recent < 64 + 32
    else:
        assert not moved and recent == len(expected["bands"])


_BEFORE_0007 = {
    "sqlite": [
        "CREATE INDEX mentions_actor ON mentions (actor_id)", "CREATE INDEX mentions_key ON mentions (normal_key)",
        "CREATE INDEX quotes_speaker ON quotes (speaker_id)", "CREATE INDEX quotes_speaker_key ON quotes (speaker_key)",
        "CREATE INDEX event_actors_actor ON event_actors (actor_id)",
        "INSERT INTO lsh_bands SELECT band, key, article_id FROM lsh_recent", "DROP TABLE lsh_recent",
        "CREATE TABLE term_top_old (lemma TEXT NOT NULL, article_id INTEGER NOT NULL, weight REAL NOT NULL, "
        "PRIMARY KEY (lemma, article_id)) WITHOUT ROWID",
        "INSERT INTO term_top_old SELECT lemma, article_id, weight FROM term_top", "DROP TABLE term_top",
        "ALTER TABLE term_top_old RENAME TO term_top",
        "CREATE INDEX term_top_weight ON term_top (lemma, weight, article_id)",
        "DELETE FROM schema_migrations WHERE version = 7"],
    "postgres": [
        "CREATE INDEX mentions_actor ON mentions (actor_id)", "CREATE INDEX mentions_key ON mentions (normal_key)",
        "CREATE INDEX quotes_speaker ON quotes (speaker_id)", "CREATE INDEX quotes_speaker_key ON quotes (speaker_key)",
        "CREATE INDEX event_actors_actor ON event_actors (actor_id)",
        "INSERT INTO lsh_bands SELECT band, key, article_id FROM lsh_recent", "DROP TABLE lsh_recent",
        "DELETE FROM schema_migrations WHERE version = 7"],
}


def test_a_store_written_before_0007_migrates_and_keeps_deciding_alike(store_url, analyzer, make_doc):
    docs = _with_near_copies(_documents(make_doc), make_doc)
    backend = "postgres" if "://" in store_url else "sqlite"
    with open_store(store_url, analyzer=analyzer) as store:
        store.list_size, store.list_min_df, store.list_slack = 4, 6, 2  # SQLite's word lists, small
        _write(store, docs[:40], fail_at=30)
        before = _decisions(store)
        for statement in _BEFORE_0007[backend]:  # back to the schema of 0006
            store._execute(statement)
        lists = store._execute("SELECT lemma, article_id, weight FROM term_top ORDER BY 1, 2") \
            if backend == "sqlite" else []
        hits = [[h.article.id for h in store.search(w, limit=20)] for w in ("путин", "газ", "снегопад")]
    with open_store(store_url, analyzer=analyzer) as store:
        assert 7 in {m[0] for m in store.migrations()}
        assert _decisions(store) == before and not store._one("SELECT count(*) FROM lsh_recent")[0]
        if backend == "sqlite":
            assert store._execute("SELECT lemma, article_id, weight FROM term_top ORDER BY 1, 2") == lists
            indexes = {r[0] for r in store._execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        else:
            indexes = {r[0] for r in store._execute("SELECT indexname FROM pg_indexes")}
        assert not indexes & {"mentions_actor", "mentions_key", "quotes_speaker", "quotes_speaker_key",
                              "event_actors_actor", "term_top_weight"}
        assert [[h.article.id for h in store.search(w, limit=20)] for w in ("путин", "газ", "снегопад")] == hits
        # The rest of the documents, near copies of earlier ones among them, through the new tables.
        store.list_size, store.list_min_df, store.list_slack = 4, 6, 2
        _write(store, docs[40:], fail_at=0)
        migrated = _decisions(store)
    assert any(r[7] == "near" for r in migrated["articles"][len(before["articles"]):])
