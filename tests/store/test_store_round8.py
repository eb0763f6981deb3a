"""Two SQLite settings of the writer's connection (issue 6, write path round 8):

- the WAL is checkpointed every WAL_CHECKPOINT_PAGES pages, not SQLite's default 1,000,
  which an ingest batch of 50 articles (~1,650 dirty pages) passed at every commit;
- savepoint and statement journals are kept in memory (`temp_store`), not in temporary
  files: each write's savepoint copied every page it changed into one.

Rows are the same; what changes is when they are copied from the WAL into the database
file, and where a write's rollback copy lives.  The settings are read back from a live
connection; the others are regression guards that also pass on the old settings (rows read
back through the WAL after close, a failed write rolling back alone inside a batch).
"""
from __future__ import annotations

import sqlite3

import pytest

from khronika.store import open_store
from khronika.store.sqlite import WAL_CHECKPOINT_PAGES


def _pragma(conn, name: str):
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


@pytest.mark.parametrize("pragma, expected", [
    ("wal_autocheckpoint", WAL_CHECKPOINT_PAGES),
    ("journal_mode", "wal"),
    ("synchronous", 1),   # NORMAL, as before
    ("temp_store", 2),    # MEMORY
])
def test_writer_connection_settings(tmp_path, analyzer, pragma, expected):
    with open_store(str(tmp_path / "k.db"), analyzer=analyzer) as store:
        assert _pragma(store.conn, pragma) == expected


def test_checkpoint_interval_is_larger_than_a_batch():
    # A 50-article batch dirtied ~1,650 pages of the 110k bench store: the interval must hold several.
    assert WAL_CHECKPOINT_PAGES >= 10 * 1_650


@pytest.mark.parametrize("pages", [1, 3])
def test_rows_are_read_from_the_wal_and_survive_close(tmp_path, analyzer, make_doc, pages):
    """Another connection reads the committed rows while they are only in the WAL; after the
    writer closes (SQLite checkpoints then) a new connection reads the same rows."""
    path = tmp_path / "k.db"
    with open_store(str(path), analyzer=analyzer) as store:
        with store.batch():
            for i in range(pages):
                store.add_document(make_doc(f"Путин провел переговоры {i}", [f"Встреча номер {i} прошла в Кремле."],
                                            url=f"https://tass.ru/{i}"))
        assert _pragma(store.conn, "wal_autocheckpoint") == WAL_CHECKPOINT_PAGES
        reader = sqlite3.connect(str(path))
        assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == pages
        reader.close()
    reader = sqlite3.connect(str(path))
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == pages
    assert (path.parent / "k.db-wal").stat().st_size == 0 or not (path.parent / "k.db-wal").exists()
    reader.close()


@pytest.mark.parametrize("failing", [0, 1, 2])
def test_a_failed_write_rolls_back_alone_in_a_batch(tmp_path, analyzer, make_doc, failing):
    """Three writes in one batch, one of them failing after its article row is written: the
    other two are stored with all their rows, the failed one leaves nothing."""
    docs = [make_doc(f"Лавров встретился с послом {i}", [f"Переговоры номер {i} прошли в Москве."],
                     url=f"https://ria.ru/{i}") for i in range(3)]
    with open_store(str(tmp_path / "k.db"), analyzer=analyzer) as store:
        real, calls = store._fts_write, []

        def fail_once(article_id, title, body):  # the full-text row comes after the layer rows
            calls.append(article_id)
            if len(calls) == failing + 1:
                raise RuntimeError("disk full")
            return real(article_id, title, body)

        store._fts_write = fail_once
        with store.batch():
            for i, doc in enumerate(docs):
                if i == failing:
                    with pytest.raises(RuntimeError):
                        store.add_document(doc)
                else:
                    store.add_document(doc)
        titles = sorted(r[0] for r in store._execute("SELECT title FROM articles"))
        assert titles == sorted(d.article.title for i, d in enumerate(docs) if i != failing)
        assert store._one("SELECT count(*) FROM paragraphs")[0] == 2 * len(docs[0].parts)
        assert store._one("SELECT count(*) FROM article_fts")[0] == 2
        # No story left behind by the failed write (the other two may share one).
        assert store._one("SELECT count(*) FROM stories WHERE id NOT IN (SELECT story_id FROM articles)")[0] == 0


# -- the document-frequency flush encodes its table with the collector paused -------------

def _big_idf(words: int):
    from khronika.stories.similarity import Idf
    return Idf({f"слово{i}": 1 + i % 7 for i in range(words)}, 1000)


@pytest.mark.parametrize("collector_on", [True, False])
def test_idf_flush_sets_off_no_collection_and_restores_the_collector(store, collector_on):
    import gc
    import json

    store._writer_state()
    store._idf, store._idf_dirty = _big_idf(60_000), 1
    collections: list[int] = []

    def count(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    was = gc.isenabled()
    (gc.enable if collector_on else gc.disable)()
    gc.callbacks.append(count)
    try:
        store._flush_idf(force=True)
        assert gc.isenabled() is collector_on
    finally:
        gc.callbacks.remove(count)
        (gc.enable if was else gc.disable)()
    # 60,000 (word, count) pairs used to set off ~85 young collections while encoding; now the
    # objects encoding allocated are found by at most one (not a full) collection once it is back on.
    assert len(collections) <= 1 and 2 not in collections
    stored = store._one("SELECT value FROM meta WHERE key = 'idf'")[0]
    assert stored == json.dumps(store._idf.to_json(), ensure_ascii=False)
    assert store._idf_dirty == 0


def test_collector_restored_after_an_error():
    import gc

    from khronika.store.sql import collector_paused

    was = gc.isenabled()
    gc.enable()
    try:
        with pytest.raises(ValueError):
            with collector_paused():
                assert not gc.isenabled()
                raise ValueError("encode failed")
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
