"""PostgreSQL backend: the same SQL as SQLite, `russian` full text over lemmas.

psycopg stays inside this module: rows come back as plain tuples and
driver errors become `StoreError` (a record's own error in a write, `RecordError`).
"""
from __future__ import annotations

import contextlib
import hashlib
import re
from functools import lru_cache
from typing import Any, Callable, Iterable, Sequence

from khronika.errors import RecordError, StoreError
from khronika.store.base import WriteConflict, redact_url
from khronika.store.migrate import check_store, migrations_for
from khronika.store.sql import WRITE_LOCK, SqlStore, now_iso
from khronika.store.tags import ARTICLE_TAGS_PG, TagGroup, tsquery

_MIGRATION_LOCK = 7_212_024  # advisory lock id: one migrator at a time
_LSH_MERGE_LOCK = 7_212_025  # advisory lock id: one writer moving recent LSH band rows at a time
_RESTORY_LOCK = 7_212_026  # advisory lock id (session): one `reprocess --stories` at a time
# Advisory locks on pages (`_lock_pages`): (this class, a 32-bit hash of the page key), a key
# space apart from the one-number locks above.  Two keys sharing a hash only wait for each other.
_PAGE_LOCK_CLASS = 7_212_026
# Errors another writer's transaction causes, gone when the write is done again (`WriteConflict`):
# deadlock, serialization failure, and a unique key the other writer committed first.
_CONFLICTS = {"40P01", "40001", "23505"}
_VALUES_RE = re.compile(r"VALUES \((\?(?:, \?)*)\)")
# The full text's words, as SQLite's tokenizer gives them: PostgreSQL's parser reads a number
# after a hyphen ("covid-19", "евро-2020") as a signed one, '-19', which the query `19` never
# met.  The index's vectors and the query's lexemes both go through `khronika_unsign` (migration
# 0012, which also mended the stored vectors; review rv20_T M2): '-19' is '19' there.
# A written vector, `x.t` (title) or `x.b` (body), goes through `khronika_unsign` only when it
# holds a lexeme starting with '-': the function's own first test, done in the statement.  The
# function is SQL the planner cannot inline (its body has subqueries), so each call parsed and
# planned that body again: ~0.15 ms a call, two a write, now paid only by the vectors holding a
# signed number (bench/RESULTS.md, the PostgreSQL write path's first round).  The same value.
_UNSIGNED = "CASE WHEN x.{0} @@ '''-'':*'::tsquery THEN khronika_unsign(x.{0}) ELSE x.{0} END"
# The query: plainto_tsquery('russian', ?), its numbers unsigned (`khronika_query`), except
# that a word holding a number after a hyphen ("1-1", "2019-2020", "covid-19", "су-57") is a
# phrase of its parts ('1' <-> '1'), as SQLite's tokenizer makes it one: ANDed, "1-1" was just
# '1' and "2019-2020" any article with both years anywhere (review rev20_B L2).  A query
# without such a word is `khronika_query` of its words, as before.
_FTS_QUERY = (
    "(SELECT CASE WHEN bool_or(signed) THEN "
    "khronika_query(coalesce(string_agg(w, ' ') FILTER (WHERE NOT signed), '')) && "
    "string_agg('(' || regexp_replace(phraseto_tsquery('russian', w)::text, '(^|[ (!])''-([0-9])', '\\1''\\2', 'g') "
    "|| ')', ' & ') FILTER (WHERE signed)::tsquery "
    "ELSE khronika_query(coalesce(string_agg(w, ' '), '')) END "
    "FROM (SELECT w, to_tsvector('russian', w) @@ '''-'':*'::tsquery AS signed "
    "FROM regexp_split_to_table(?, '\\s+') AS w) words)"
)
_ROWS_PER_INSERT = 500
_PSYCOPG_CACHED_PARAMS = 50  # psycopg caches its `%s` → `$n` conversion of shorter statements only


class PostgresStore(SqlStore):
    placeholder = "%s"
    _lock_row = " FOR UPDATE"  # concurrent writers flush the IDF table one after the other
    # A story's row before recounting it: NO KEY, since every insert of an article, story event or
    # quote into the story holds a KEY SHARE lock on it through its foreign key, which FOR UPDATE
    # waits for: two writers of one story deadlocked (review rev17_C 1).
    _lock_story_row = " FOR NO KEY UPDATE"
    _record_extractor = "(a.record_json::json ->> 'extractor')"

    def __init__(self, url: str, *, analyzer: Any = None, on_migrate: Callable[[str], None] | None = None,
                 create: bool = True) -> None:
        super().__init__(analyzer)
        self._on_migrate = on_migrate
        try:
            import psycopg
        except ModuleNotFoundError as error:  # pragma: no cover - depends on extras
            raise StoreError("PostgreSQL support needs `pip install khronika[postgres]` (psycopg)") from error
        self._psycopg = psycopg
        self.url = url
        self._sql: dict[str, str] = {}
        self._sql_numbered: dict[str, str] = {}
        try:
            self.conn = psycopg.connect(url, autocommit=True)
            self._migrate(create)
        except StoreError:
            self.conn.close()
            raise
        except psycopg.Error as error:
            raise StoreError(f"{_redact(url)}: {error}".strip()) from error

    def _migrate(self, create: bool = True) -> None:
        cur = self.conn.cursor()
        cur.execute("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))
        try:
            # The tables of the schema the store lives in (the first of the search path).
            cur.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
            tables = {r[0] for r in cur.fetchall()}
            cur.execute("SELECT column_name FROM information_schema.columns "
                        "WHERE table_schema = current_schema() AND table_name = 'schema_migrations'")
            check_store(_redact(self.url), tables, {r[0] for r in cur.fetchall()}, create)
            cur.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            cur.execute("SELECT version FROM schema_migrations")
            done = {r[0] for r in cur.fetchall()}
            for migration in migrations_for("postgres"):
                if migration.version in done:
                    continue
                if self._on_migrate is not None and done:  # an upgrade, not a new store
                    self._on_migrate(f"{migration.version:04d}_{migration.name}")
                with self.conn.transaction():
                    cur.execute(migration.sql.encode("utf-8"))
                    self._migration_step(migration.name)
                    cur.execute("INSERT INTO schema_migrations VALUES (%s, %s, %s)",
                                (migration.version, migration.name, now_iso()))
        finally:
            cur.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))

    def _convert(self, sql: str) -> str:
        converted = self._sql.get(sql)
        if converted is None:
            converted = self._sql[sql] = sql.replace("%", "%%").replace("?", "%s")
        return converted

    def _numbered(self, sql: str) -> str:
        """`sql` with its `?` as server-side `$1`, `$2`, … (for a raw cursor)."""
        numbered = self._sql_numbered.get(sql)
        if numbered is None:
            parts = sql.split("?")
            numbered = self._sql_numbered[sql] = parts[0] + "".join(
                f"${n}{part}" for n, part in enumerate(parts[1:], 1))
        return numbered

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        if self._busy():
            self._replace_busy()
        try:
            if len(params) > _PSYCOPG_CACHED_PARAMS:
                # psycopg parses a `%s` statement of more than 50 parameters again on every call (it
                # caches the conversion of shorter ones only): the near-duplicate lookups' 65 cost
                # more client CPU than their rows (bench/RESULTS.md, the PostgreSQL write path's
                # first round).  Sent with `$n` parameters through a raw cursor instead.
                with self._psycopg.RawCursor(self.conn) as cur:
                    cur.execute(self._numbered(sql), tuple(params))
                    return cur.fetchall() if cur.description is not None else []
            cur = self.conn.execute(self._convert(sql), tuple(params))
            return cur.fetchall() if cur.description is not None else []
        except self._psycopg.Error as error:
            raise _error(error, writing=bool(self._deltas)) from error

    def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        if not isinstance(rows, Sequence):  # an iterator (multi-row INSERTs need the rows at hand)
            rows = list(rows)
        if not rows:
            return
        if self._busy():
            self._replace_busy()
        statements = _multi_row_statements(sql, rows)
        if statements is None:
            try:
                with self.conn.cursor() as cur:
                    cur.executemany(self._convert(sql), [tuple(r) for r in rows])
            except self._psycopg.Error as error:
                raise _error(error, writing=bool(self._deltas)) from error
            return
        # One multi-row INSERT per chunk: a round trip and a statement per row cost far more
        # than the rows themselves (our batches never repeat a key within one statement).
        try:
            with self._psycopg.RawCursor(self.conn) as cur:
                for statement, params in statements:
                    cur.execute(statement, params)
        except self._psycopg.Error as error:
            raise _error(error, writing=bool(self._deltas)) from error

    def _insert_returning_ids(self, sql: str, rows: list[tuple]) -> list[int]:
        # One multi-row INSERT per chunk (as `_executemany`): its rows take their identity values
        # in the order of the VALUES list, as one INSERT each did, so the k-th row's id is the k-th
        # smallest id returned (sorted: RETURNING's order is not what is relied on).
        statements = _multi_row_statements(sql, rows)
        if statements is None:
            return super()._insert_returning_ids(sql, rows)
        if self._busy():
            self._replace_busy()
        ids: list[int] = []
        try:
            with self._psycopg.RawCursor(self.conn) as cur:
                for statement, params in statements:
                    cur.execute(statement, params)
                    ids += sorted(int(r[0]) for r in cur.fetchall())
        except self._psycopg.Error as error:
            raise _error(error, writing=bool(self._deltas)) from error
        return ids

    def _others_locked_out(self) -> bool:
        # Every write of an article runs in a batch holding the store's write lock (`batch`), taken
        # before its first look: once a batch has looked, no other writer can store an article
        # until it commits.  Its later writes skip the look (one statement each); the story epoch
        # is still read at every write (a `reprocess --stories` found dead changes it with no commit).
        # The lock is asked for here too: the skip moves past ids it did not see, so a batch that
        # held no write lock (none does today) must look every time (review cr41 L4).
        return self._batch_open and self._caught_up_in_batch and WRITE_LOCK in self._locked_pages

    def _band_matches(self, bands: list[tuple[int, str]], page_key: str) -> list[tuple]:
        # Both band tables in one statement (one round trip instead of two), each pair's two
        # parameters used by both: `$n` written here, sent through a raw cursor (psycopg would
        # parse a 65-parameter `%s` statement again on every call).  The same rows as the two
        # queries (an article of both tables is one key of the caller's dict either way).
        clause = " OR ".join(f"(band = ${2 * i + 1} AND key = ${2 * i + 2})" for i in range(len(bands)))
        sql = (f"SELECT DISTINCT b.article_id, a.signature, a.canonical_id FROM ("
               f"SELECT article_id FROM lsh_bands WHERE {clause} UNION ALL "
               f"SELECT article_id FROM lsh_recent WHERE {clause}) b "
               f"JOIN articles a ON a.id = b.article_id WHERE a.page_key <> ${2 * len(bands) + 1}")
        if self._busy():
            self._replace_busy()
        try:
            with self._psycopg.RawCursor(self.conn) as cur:
                cur.execute(sql, [v for pair in bands for v in pair] + [page_key])
                return cur.fetchall()
        except self._psycopg.Error as error:
            raise _error(error, writing=bool(self._deltas)) from error

    def _begin(self) -> None:
        self._execute("BEGIN")

    def _commit(self) -> None:
        self._execute("COMMIT")

    def _lock_pages(self, keys: Iterable[str]) -> None:
        # Taken in one statement, in the order of their lock ids: every writer takes a batch's
        # locks in that order before it writes anything, so none waits for a lock while holding
        # one another waits for (in input order, two runs of one crawl in another order did).
        ids = sorted({_lock_id(key) for key in keys})
        if ids:
            self._execute("SELECT count(pg_advisory_xact_lock(?, k)) FROM unnest(?::integer[]) AS k",
                          (_PAGE_LOCK_CLASS, ids))

    def _rollback(self) -> None:
        if self._busy():
            self._reconnect()  # the server rolls back the transaction of the connection closed
            return
        try:
            self.conn.execute("ROLLBACK")
        except self._psycopg.Error:
            pass

    def _busy(self) -> bool:
        """Whether the connection still has a command in progress: a Ctrl-C that came while
        psycopg sent a statement or read its rows (not while it waited, which cancels the
        statement) leaves it so, and every later statement then fails with "another command
        is already in progress" (review rv21_N M1)."""
        conn = getattr(self, "conn", None)
        if conn is None or conn.closed:
            return False
        status = conn.pgconn.transaction_status
        return status in (self._psycopg.pq.TransactionStatus.ACTIVE, self._psycopg.pq.TransactionStatus.UNKNOWN)

    def _replace_busy(self) -> None:
        """A statement cut by Ctrl-C left the connection busy: whatever it belonged to was
        abandoned, and its transaction is rolled back with the old connection.  Outside a
        transaction the cleanup (mark the run interrupted, flush the IDF of committed batches)
        goes on over a new one; inside one, the statement would run outside the transaction it
        belongs to, so it fails instead."""
        in_transaction = self._batch_open or bool(self._deltas)
        self._reconnect()
        if in_transaction:
            raise StoreError("the connection was interrupted inside a transaction, which was rolled back")

    def _tx_rollback(self) -> None:
        if not self._busy():
            super()._tx_rollback()
            return
        # Ctrl-C cut a statement of this write: the transaction goes with the old connection, and
        # the interrupt, not an error of the rollback, is what the caller raises.
        self._deltas.pop()
        self._lsh_recent_rows = None
        if self._batch_open:
            self._savepoints -= 1
        self._reconnect()

    def _reconnect(self) -> None:
        """Cancel the command in progress and go on over a new connection; the old one's open
        transaction is rolled back by the server and its session locks are released."""
        with contextlib.suppress(Exception):
            self.conn.cancel_safe(timeout=2.0)
        with contextlib.suppress(Exception):
            self.conn.close()
        self._restory_locked = False  # a session lock: gone with the connection
        try:
            self.conn = self._psycopg.connect(self.url, autocommit=True)
        except self._psycopg.Error as error:
            raise StoreError(f"{_redact(self.url)}: {error}".strip()) from error

    def close(self) -> None:
        if self._busy():
            # After an interrupt: the open batch is lost anyway (rolled back with the connection);
            # the IDF counts of committed batches are flushed over a fresh one.
            with contextlib.suppress(StoreError):
                self._reconnect()
        super().close()

    def _restory_lock(self, hold: bool) -> bool:
        # A session lock: the server releases it when the connection ends, a killed process's too.
        got = bool(self._one("SELECT pg_try_advisory_lock(?)", (_RESTORY_LOCK,))[0])
        if got and not hold:
            self._restory_unlock()
        return got

    def _restory_unlock(self) -> None:
        self._one("SELECT pg_advisory_unlock(?)", (_RESTORY_LOCK,))

    def _lsh_merge_allowed(self) -> bool:
        # One mover at a time (held to the end of the transaction); the others keep adding.
        return bool(self._one("SELECT pg_try_advisory_xact_lock(?)", (_LSH_MERGE_LOCK,))[0])

    def _lsh_merge(self) -> None:
        # One statement, so rows other writers commit meanwhile are neither moved nor deleted
        # (two statements would each see a newer snapshot under READ COMMITTED).
        self._execute(
            "WITH moved AS (DELETE FROM lsh_recent RETURNING band, key, article_id) "
            "INSERT INTO lsh_bands (band, key, article_id) SELECT band, key, article_id FROM moved "
            "ORDER BY band, key, article_id ON CONFLICT DO NOTHING")
        self._lsh_recent_rows = 0

    def _fts_write(self, article_id: int, title: str, body: str) -> None:
        # Called after the article's layers are written: its filter tags come from those rows.
        # `OFFSET 0`: each vector is computed once (a flattened subquery copies its expressions
        # into every use of them).
        self._execute(
            "INSERT INTO article_search (article_id, fts, tags) SELECT x.id, "
            f"setweight({_UNSIGNED.format('t')}, 'A') || setweight({_UNSIGNED.format('b')}, 'B'), "
            f"({ARTICLE_TAGS_PG}) FROM (SELECT ?::bigint AS id, to_tsvector('russian', ?) AS t, "
            "to_tsvector('russian', ?) AS b OFFSET 0) x",
            (article_id, title, body),
        )

    def _fts_delete(self, article_id: int) -> None:
        self._execute("DELETE FROM article_search WHERE article_id = ?", (article_id,))

    def _id_in(self, ids_sql: str) -> str:
        # ARRAY(…) is computed once, then drives the lookup; as `IN (subquery)` the planner walked
        # the day index and tested every article's tags (EXPLAIN ANALYZE, `speaker:Песков` at 103k).
        return f"a.id = ANY(ARRAY({ids_sql}))"

    def _tagged_ids(self, tag_groups: list[TagGroup]) -> tuple[str, list[Any]]:
        return "SELECT article_id FROM article_search WHERE tags @@ to_tsquery('simple', ?)", [tsquery(tag_groups)]

    def _fts_search(self, lemmas: list[str], where: list[str], params: list[Any],
                    depth: int, tag_groups: list[TagGroup] | None = None) -> list[tuple[int, float]]:
        # Candidates first (GIN match + filters, newest `rank_window`), ts_rank over those only:
        # ranking detoasts each tsvector, the match itself does not.  `+ 0` keeps the planner
        # on the GIN bitmap (an id-ordered scan would detoast every row to test the match).
        text = " ".join(lemmas)
        tag_match, tag_params = ("AND s.tags @@ to_tsquery('simple', ?) ", [tsquery(tag_groups)]) if tag_groups else ("", [])
        if where == ["a.is_current = 1"]:  # article_search holds current articles only
            candidates = ("SELECT s.article_id AS id, s.fts FROM article_search s "
                          f"WHERE s.fts @@ {_FTS_QUERY} ORDER BY s.article_id + 0 DESC LIMIT ?")
            candidate_params: list[Any] = [text, self.rank_window]
        else:
            candidates = (f"SELECT a.id, s.fts FROM article_search s JOIN articles a ON a.id = s.article_id "
                          f"WHERE s.fts @@ {_FTS_QUERY} {tag_match}AND {' AND '.join(where)} "
                          f"ORDER BY a.id + 0 DESC LIMIT ?")
            candidate_params = [text, *tag_params, *params, self.rank_window]
        sql = (f"SELECT c.id, ts_rank(c.fts, {_FTS_QUERY}) AS score FROM ({candidates}) c "
               f"ORDER BY score DESC, c.id DESC LIMIT ?")
        try:
            # The planner does not cost detoasting: for a common word it picks a sequential or
            # primary-key scan testing `@@` on every tsvector (0.5–1 s at 100k) over the GIN
            # bitmap (~20 ms).  Bitmap scans only, for this statement.  Inside an already open
            # transaction (a write batch) this block is a savepoint, and releasing it would keep
            # the SET LOCALs until the batch ends: roll it back instead (the search wrote nothing).
            nested = self.conn.info.transaction_status != self._psycopg.pq.TransactionStatus.IDLE
            with self.conn.transaction(force_rollback=nested):
                self.conn.execute("SET LOCAL enable_seqscan = off")
                self.conn.execute("SET LOCAL enable_indexscan = off")
                ranked = self._execute(sql, (text, *candidate_params, depth))
        except self._psycopg.Error as error:
            raise _error(error) from error
        return [(int(article_id), float(score)) for article_id, score in ranked]


def _error(error: Exception, writing: bool = False) -> StoreError | RecordError:
    """A driver error as the store's own: a `WriteConflict` when another writer caused it; in
    a write (`writing`), a `RecordError` when one record caused it (a value PostgreSQL cannot
    hold, such as a NUL in text, or a constraint it breaks), which fails that page only, its
    savepoint rolled back, as SQLite's store does (review rv21_N H2); else a `StoreError`,
    which stops the batch (and answers a read with 503)."""
    import psycopg

    if getattr(error, "sqlstate", None) in _CONFLICTS:
        return WriteConflict(str(error))
    if writing and isinstance(error, (psycopg.DataError, psycopg.IntegrityError)):
        return RecordError(str(error))
    return StoreError(str(error))


def _lock_id(key: str) -> int:
    """A page key's advisory lock id: a signed 32-bit hash."""
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:4], "big", signed=True)


def _multi_row_statements(sql: str, rows: list) -> list[tuple[str, list[Any]]] | None:
    """A one-row `INSERT … VALUES (?, …) …` as multi-row statements of `_ROWS_PER_INSERT` rows each, with their
    parameters in one flat list; None when `sql` has another form or there is one row.  The statements take
    server-side `$n` parameters, for a raw cursor: psycopg re-parses every `%s` statement of more than 50
    parameters on each call (it caches only short ones), which cost more client CPU than the rows."""
    values = _VALUES_RE.search(sql)
    if values is None or len(rows) == 1 or "?" in sql[:values.start()] + sql[values.end():]:
        return None
    width = values.group(1).count("?")
    head, tail = sql[:values.start()] + "VALUES ", sql[values.end():]
    chunks = [rows[at:at + _ROWS_PER_INSERT] for at in range(0, len(rows), _ROWS_PER_INSERT)]
    return [(head + _numbered_groups(width, len(chunk)) + tail, [v for row in chunk for v in row]) for chunk in chunks]


@lru_cache(maxsize=512)
def _numbered_groups(width: int, count: int) -> str:
    """`($1, $2), ($3, $4)` for count=2, width=2: the VALUES of a multi-row INSERT."""
    return ", ".join("(" + ", ".join(f"${n}" for n in range(first + 1, first + width + 1)) + ")"
                     for first in range(0, width * count, width))


_redact = redact_url  # the password is never printed (store/base.py)
