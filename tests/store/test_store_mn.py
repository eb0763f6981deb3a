"""Review rv21_N, store side, on SQLite and PostgreSQL:
H2  a record the store refuses fails that page only, named, and the batch goes on (PostgreSQL
    mapped every driver error to a StoreError that stopped the run); a NUL never reaches it;
M1  a connection left with a command in progress by Ctrl-C is replaced, so the run is marked
    interrupted and the store closes;
M3  a database that is not a Khronika store is refused before anything is written into it;
    a read never makes an empty database into a store; `ingest` still does."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.errors import StoreError
from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline
from khronika.store import open_store
from khronika.store import sql as sqlmod
from khronika.store.ingest import ingest_pages

NO_NLP = [f"--no-{name}" for name in DEFAULT_ORDER]


def _dump(path: Path, n: int = 10, nul_at: int | None = 5) -> Path:
    rows = []
    for i in range(n):
        text = (f"Новость номер {i} о погоде в Москве.\n\nВ Москве ожидается снег номер {i}, сообщили "
                "синоптики.\n\nТемпература ниже нуля.")
        rows.append({"url": f"https://nul10.ru/a/{i}", "text": text.replace("снег", "снег\u0000") if i == nul_at else text})
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_the_reviews_nul_record_is_stored_without_its_nul(store_url: str, tmp_path: Path) -> None:
    dump = _dump(tmp_path / "nul10.jsonl")
    result = CliRunner().invoke(main, ["ingest", str(dump), "--db", store_url, *NO_NLP])
    assert result.exit_code == 0, result.output
    assert "10 new, 0 version, 0 unchanged, 0 skipped, 0 failed" in result.stdout
    with open_store(store_url, create=False) as store:
        found = store.search("снег", limit=20)
        assert len(found) == 10


@pytest.mark.parametrize("batch_size", [50, 1])
def test_a_refused_row_fails_its_page_only(store_url: str, tmp_path: Path, batch_size: int) -> None:
    """A row the store refuses with a StoreError (not a collision) inside a batch: the batch is
    written again page by page, only that page fails, with its name and reason, the others
    are stored and the run goes on (the old code stopped the run, losing the batch)."""
    dump = _dump(tmp_path / "rows.jsonl", nul_at=None)
    original = sqlmod.SqlStore.add_document

    def add(self, doc, raw, **kwargs):
        if raw.url.endswith("/a/5"):
            raise StoreError("refused: a value the store cannot hold")
        return original(self, doc, raw, **kwargs)

    store = open_store(store_url)
    sqlmod.SqlStore.add_document = add
    failed = []
    try:
        report, run = ingest_pages(store, [str(dump)], Pipeline.build(disable=list(DEFAULT_ORDER)),
                                   batch_size=batch_size,
                                   on_item=lambda name, status, reason: status == "failed" and failed.append((name, reason)))
    finally:
        sqlmod.SqlStore.add_document = original
    try:
        assert report.counts == {"new": 9, "failed": 1}
        assert failed == [(f"{dump}#line 6", "store: StoreError: refused: a value the store cannot hold")]
        assert run.status == "done"
    finally:
        store.close()


def test_a_nul_that_reaches_postgresql_fails_its_page_only(pg_url: str, tmp_path: Path) -> None:
    """PostgreSQL: a NUL in a record's text (past the extraction's removal) is the driver's
    DataError: that page fails as a refused record (its savepoint rolled back), the batch's
    other pages are committed."""
    dump = _dump(tmp_path / "rows.jsonl", nul_at=None)
    base = Pipeline.build(disable=list(DEFAULT_ORDER))

    def pipeline(article):
        doc = base(article)
        if article.url.endswith("/a/3"):
            doc.article.title = doc.article.title + "\x00"
        return doc

    pipeline.names = base.names  # type: ignore[attr-defined]
    store = open_store(pg_url)
    failed = []
    try:
        report, run = ingest_pages(store, [str(dump)], pipeline,
                                   on_item=lambda name, status, reason: status == "failed" and failed.append((name, reason)))
        assert report.counts == {"new": 9, "failed": 1}
        [(name, reason)] = failed
        assert name == f"{dump}#line 4" and "NUL" in reason
    finally:
        store.close()


def test_a_connection_left_busy_is_replaced(pg_url: str) -> None:
    """Ctrl-C while psycopg sent a statement leaves the connection with a command in progress;
    every later statement failed with "another command is already in progress" (the run was
    left running and close() raised over exit 130).  Now the store goes on over a new one."""
    store = open_store(pg_url)
    try:
        run_id = store.begin_run("ingest x", "")
        store.conn.execute("BEGIN")
        store.conn.pgconn.send_query(b"SELECT pg_sleep(5)")  # as a statement cut while sent
        assert store._busy()
        store._rollback()
        store.finish_run(run_id, "interrupted")
        store.conn.pgconn.send_query(b"SELECT pg_sleep(5)")
        store.close()  # flushes over a new connection, no error
    finally:
        if store.conn is not None:
            store.conn.close()
    with open_store(pg_url, create=False) as reopened:
        [run] = reopened.runs()
        assert run.status == "interrupted"


# --- M3: databases that are not Khronika stores -------------------------------------------

def _sqlite_with(path: Path, sql: str | None) -> str:
    conn = sqlite3.connect(path)
    if sql:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return str(path)


def _pg_with(url: str, sql: str | None) -> str:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        if sql:
            conn.execute(sql)
    return url


def _tables(url: str) -> set[str]:
    if url.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(url) as conn:
            return {r[0] for r in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
    with sqlite3.connect(url) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


FOREIGN = [
    # (the other application's table, the command)
    ("CREATE TABLE notes (x TEXT)", ["search", "Путин"]),
    ("CREATE TABLE notes (x TEXT)", ["runs"]),
    ("CREATE TABLE articles (x TEXT)", ["search", "Путин"]),
    ("CREATE TABLE articles (x TEXT)", ["ingest", "PAGE"]),
    ("CREATE TABLE schema_migrations (version TEXT)", ["runs"]),  # Rails' migration table
]


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
@pytest.mark.parametrize("sql, command", FOREIGN, ids=[f"{s.split()[2]}-{c[0]}" for s, c in FOREIGN])
def test_a_foreign_database_is_refused_untouched(backend: str, sql: str, command: list[str], tmp_path: Path,
                                                 request: pytest.FixtureRequest) -> None:
    url = _sqlite_with(tmp_path / "app.db", sql) if backend == "sqlite" \
        else _pg_with(request.getfixturevalue("pg_url"), sql)
    before = _tables(url)
    page = tmp_path / "p.txt"
    page.write_text("Заголовок новости\n\nПесков заявил, что переговоры продолжатся.", encoding="utf-8")
    args = [str(page) if a == "PAGE" else a for a in command]
    result = CliRunner().invoke(main, [args[0], *args[1:], "--db", url, *(NO_NLP if args[0] == "ingest" else [])])
    assert result.exit_code == 1, result.output
    assert "not a Khronika store" in result.output and "already exists" not in result.output
    assert _tables(url) == before  # nothing written: no schema_migrations, no Khronika table


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_read_never_creates_a_store_but_ingest_does(backend: str, tmp_path: Path,
                                                      request: pytest.FixtureRequest) -> None:
    url = _sqlite_with(tmp_path / "empty.db", None) if backend == "sqlite" else request.getfixturevalue("pg_url")
    result = CliRunner().invoke(main, ["search", "Путин", "--db", url])
    assert result.exit_code == 1 and "an empty database, not a Khronika store yet" in result.output
    assert _tables(url) == set()
    page = tmp_path / "p.txt"
    page.write_text("Заголовок новости\n\nПесков заявил, что переговоры продолжатся.", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(page), "--db", url, *NO_NLP])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["search", "Песков", "--db", url])
    assert result.exit_code == 0 and "1 result" in result.output


def test_a_new_sqlite_path_is_still_created_by_ingest_and_open_store(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "new.db")) as store:  # the API, tests and demo open stores so
        assert store.counts()["articles"] == 0
    with open_store(str(tmp_path / "new.db"), create=False) as store:
        assert store.counts()["articles"] == 0


def test_ctrl_c_inside_a_write_with_the_connection_busy_stays_an_interrupt(pg_url: str, tmp_path: Path) -> None:
    """Ctrl-C cutting a statement inside a page's write: the rollback of the page's savepoint
    met the busy connection, its error ("savepoint does not exist" once replaced) took the
    interrupt's place and the batch loop went on.  Now the interrupt stops the run, the run
    is marked interrupted and the open batch is rolled back with the old connection."""
    from khronika.store.postgres import PostgresStore

    dump = _dump(tmp_path / "rows.jsonl", nul_at=None)
    original = PostgresStore._fts_write
    calls = {"n": 0}

    def fts_write(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:
            self.conn.pgconn.send_query(b"SELECT pg_sleep(3)")  # a statement cut while sent
            raise KeyboardInterrupt
        return original(self, *args, **kwargs)

    store = open_store(pg_url)
    PostgresStore._fts_write = fts_write
    try:
        with pytest.raises(KeyboardInterrupt):
            ingest_pages(store, [str(dump)], Pipeline.build(disable=list(DEFAULT_ORDER)), batch_size=2)
    finally:
        PostgresStore._fts_write = original
        store.close()
    with open_store(pg_url, create=False) as reopened:
        [run] = reopened.runs()
        assert run.status == "interrupted"
        assert reopened.counts()["articles"] == 2  # the first batch; the second rolled back


@pytest.mark.parametrize("interrupt", [KeyboardInterrupt, SystemExit])
def test_a_store_error_raised_during_an_interrupt_stops_the_batch(interrupt, tmp_path) -> None:
    # A rollback cut by Ctrl-C surfaces as a StoreError whose context is the interrupt: the
    # page-by-page fallback must re-raise the interrupt, not write on (fresh-clone run, 21st session).
    from khronika.errors import StoreError
    from khronika.store import ingest as ingest_mod

    def write_locked(store, gathered, write):
        try:
            raise interrupt()
        except BaseException:
            raise StoreError("cannot rollback - no transaction is active")

    calls = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ingest_mod, "write_locked", write_locked)
        patch.setattr(ingest_mod, "failed_write", lambda *args: calls.append(args))
        with pytest.raises(interrupt):
            ingest_mod.write_batch_or_pages(None, [("a", None), ("b", None)], lambda *a: None, 1)
    assert calls == []
