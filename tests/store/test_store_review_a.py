"""Review rev_A (sixteenth session): on SQLite, a record the store refuses fails that page only
and the batch goes on (as before the session's error wrapping), a locked store still stops it;
a rolled-back batch keeps the document frequencies of the articles committed before it."""
from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

import pytest

from click.testing import CliRunner

from khronika.cli import main
from khronika.errors import RecordError, StoreError
from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline
from khronika.store import open_store
from khronika.store import sql as sqlmod
from khronika.store.ingest import ingest_pages

NO_NLP = [f"--no-{name}" for name in DEFAULT_ORDER]
PAGE = (Path(__file__).resolve().parents[2] / "examples" / "pages" / "002_txt_agency_tass.txt").read_text("utf-8")


def test_driver_errors_by_what_they_stop(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "k.db"))
    try:
        assert isinstance(store._error(sqlite3.IntegrityError("CHECK constraint failed")), RecordError)
        assert isinstance(store._error(sqlite3.InterfaceError("bad binding")), RecordError)
        locked = store._error(sqlite3.OperationalError("database is locked"))
        assert isinstance(locked, StoreError) and "write lock" in str(locked)
    finally:
        store.close()


def test_a_refused_record_fails_its_page_and_the_batch_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    open_store(str(db)).close()
    with sqlite3.connect(db) as conn:  # the store refuses one headline, as a constraint would
        conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.title = 'Отказ' "
                     "BEGIN SELECT RAISE(ABORT, 'refused by a constraint'); END")
    folder = tmp_path / "in"
    folder.mkdir()
    for name, title in [("a.txt", "Первая новость дня"), ("b.txt", "Отказ"), ("c.txt", "Третья новость дня")]:
        first, rest = PAGE.split("\n", 1)
        (folder / name).write_text(f"{title}\n{rest}\n\n{name}", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), *NO_NLP])
    assert result.exit_code == 0, result.output
    assert "2 new, 0 version, 0 unchanged, 0 skipped, 1 failed" in result.stdout
    assert "refused by a constraint" in result.stderr


def test_a_rolled_back_batch_keeps_the_counts_of_articles_committed_before(store_url: str) -> None:
    """Ctrl-C or SIGTERM in the 13th write of batches of five: the ten articles of the two
    committed batches count in the stored document frequencies (they were dropped with the
    rolled-back batch's state)."""
    folder = Path(tempfile.mkdtemp())
    for number in range(20):
        first, rest = PAGE.split("\n", 1)
        (folder / f"{number:02d}.txt").write_text(f"Новость номер {number}: {first}\n{rest}\n\nПриписка {number}.",
                                                  encoding="utf-8")
    store = open_store(store_url)
    writes = {"n": 0}
    original = sqlmod.SqlStore.add_document

    def add(self, *args, **kwargs):
        writes["n"] += 1
        if writes["n"] == 13:
            raise KeyboardInterrupt
        return original(self, *args, **kwargs)

    sqlmod.SqlStore.add_document = add
    try:
        with pytest.raises(KeyboardInterrupt):
            ingest_pages(store, [str(folder)], Pipeline.build(disable=list(DEFAULT_ORDER)), batch_size=5)
    finally:
        sqlmod.SqlStore.add_document = original
        store.close()
    reopened = open_store(store_url, create=False)
    try:
        articles = reopened._one("SELECT COUNT(*) FROM articles")[0]
        row = reopened._one("SELECT value FROM meta WHERE key = 'idf'")
        assert articles == 10 and row is not None and json.loads(row[0])["n_docs"] == articles
    finally:
        reopened.close()
