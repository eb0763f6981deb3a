"""SQLite backend: one file, WAL journal, one writer, FTS5 over lemmas."""
from __future__ import annotations

import heapq
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from khronika.errors import RecordError, StoreError
from khronika.store.migrate import check_store, migrations_for
from khronika.store.sql import SqlStore, instant_key, now_iso
from khronika.store import tags, toplists
from khronika.store.tags import ARTICLE_TAGS_SQL, TagGroup, match_expression

# Title ×4, body ×1, tags ×0 (toplists.TITLE_WEIGHT weighs the same way).
BM25 = "bm25(article_fts, 4.0, 1.0, 0.0)"
# WAL pages (4 kB) after which a commit copies the WAL into the database (SQLite's default:
# 1,000).  An ingest batch of 50 articles writes ~1,650 pages (random-key leaves of the word
# lists, `lsh_recent`, `actor_pairs`, the FTS segments), so at the default every batch's
# commit checkpointed them all, synced the WAL and the database, and the next batch dirtied
# many of the same leaves again.  At 20,000 (an 80 MB WAL at most, between checkpoints) a
# checkpoint comes every ~12 batches and copies each page once: COMMIT + checkpoints
# 0.74-0.78 → 0.57-0.59 ms per page over 1,500 novel pages into the 110k store
# (bench/RESULTS.md, write path round 8).  Readers see the same rows, and a killed process
# loses nothing (the WAL is the durable copy).  With `synchronous = NORMAL` the WAL is synced
# only at checkpoints, so a power cut or an OS crash can roll back the commits since the last
# one: up to ~12 batches now, ~1 before.  The WAL file keeps its largest size on disk (up to
# ~80 MB) until the last connection closes.
WAL_CHECKPOINT_PAGES = 20_000
# Where SQLite keeps its temporary files: savepoint and statement journals (the original
# content of every page a write changes inside its savepoint, ~30 pages an article, so that
# the write alone can be rolled back), sorts and temporary tables.  In a file, each page was
# one more write to a temporary file: in memory, a write into the 110k store makes 235 fewer
# `write` calls (359 → 124 per article) and writes 470 kB less, 0.25-0.3 ms less system CPU
# per article (bench/RESULTS.md, write path round 8).  A savepoint's journal is emptied when
# the write releases it, so it holds one article's pages at most.  The setting is the
# connection's, so readers' sorts and temporary b-trees (search, list refreshes) are in
# memory too: bounded by one query's working set.
WRITE_TEMP_STORE = "MEMORY"

@dataclass
class _ListState:
    """What a writer knows of one word's list: its lowest weight and its length (None: not
    counted yet; only a write that enters the list needs it)."""

    floor: float
    size: int | None


def _varints(blob: bytes) -> list[int]:
    """The integers of an FTS5 docsize record (SQLite varints): tokens per column."""
    values = []
    value = 0
    for byte in blob:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            values.append(value)
            value = 0
    return values


class SqliteStore(SqlStore):
    # Top-weight lists (store/toplists.py); tests set smaller values on an instance.
    list_size = toplists.LIST_SIZE
    list_min_df = toplists.MIN_DF
    list_slack = toplists.LIST_SLACK
    use_term_lists = True  # False: every search scores its matches (the reference for benchmarks)
    # With the lists answering most queries, the window only ranks the rest (filtered or
    # multi-word queries the lists cannot settle).  Share of the exact top 20 kept over the
    # 42 bench queries at 110k (bench/search_window.py): lists + window 2,000: 0.963,
    # 1,000: 0.960, 500: 0.946 (window 4,000 alone, before the lists: 0.682).
    rank_window = 1000
    approximate_lists = True  # unfiltered queries the lists cannot prove: their best articles
    lock_timeout = 30.0  # seconds a write waits for another connection's write lock

    def __init__(self, path: str | Path, *, create: bool = True, analyzer: Any = None,
                 on_migrate: Callable[[str], None] | None = None) -> None:
        super().__init__(analyzer)
        self._on_migrate = on_migrate
        self._lists: dict[str, _ListState] | None = None  # writer state, loaded on first write
        self._list_config: tuple[float, int] | None = None
        self._written_since_refresh = 0
        # Full-text rows of the open batch's writes, inserted when it commits (`_fts_write`): one
        # list per open level (the batch, then each write's savepoint), and per level the rows
        # of lower levels an early flush inserted inside it (level of origin, row).
        self._fts_pending: list[list[tuple[int, str, str]]] = []
        self._fts_flushed: list[list[tuple[int, tuple[int, str, str]]]] = []
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no such database (run `khronika ingest` first)")
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=self.lock_timeout)
            # Migration 0010 computes the stored times' instants with the writer's own function.
            self.conn.create_function("khronika_instant", 1, instant_key, deterministic=True)
            self._check_store(create)  # before anything is written (the journal mode is)
            self._journal_wal()
            # NORMAL + WAL: a killed process never corrupts or loses a commit
            # (only a power cut can drop the last transactions).
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            # Reads of a multi-GB store: a larger page cache and memory-mapped reads
            # (SQLite caps the map at its compile-time maximum).
            self.conn.execute("PRAGMA cache_size = -131072")
            self.conn.execute("PRAGMA mmap_size = 2147483648")
            # Checkpoint the WAL into the database every WAL_CHECKPOINT_PAGES pages, not 1,000.
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
            built = self._migrate()
            # Savepoint and statement journals in memory, after the migrations (whose index
            # builds may sort more than memory should hold); see WRITE_TEMP_STORE.
            self.conn.execute(f"PRAGMA temp_store = {WRITE_TEMP_STORE}")
            if built:
                self.refresh_search_lists()
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: {error}") from error

    def _restory_lock(self, hold: bool) -> bool:
        # An exclusive flock on a file beside the database: the kernel releases it when the
        # holder's descriptor closes, at its exit or kill (SIGKILL too); SQLite's own locks last
        # one transaction only.  The empty file stays (removing it would race another opener).
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX: no lock
            return True
        if str(self.path) == ":memory:":
            return True
        # Named from the real path: the store opened through a symlink (or `a/../b`) takes the same
        # lock (review rev18_D 5).  A hard link or a second bind mount still names another file.
        lock_path = f"{os.path.realpath(self.path)}.restory-lock"
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except FileNotFoundError:
            return True
        except PermissionError:
            try:
                fd = os.open(lock_path, os.O_RDONLY)
            except OSError:
                return True  # no lock file and none can be made: no run has one
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        if hold:
            self._restory_fd = fd
        else:
            os.close(fd)
        return True

    def _restory_unlock(self) -> None:
        fd, self._restory_fd = getattr(self, "_restory_fd", None), None
        if fd is not None:
            os.close(fd)  # releases the flock

    def _journal_wal(self) -> None:
        """Switch to WAL.  On a new file another process is creating at the same moment, the
        switch fails at once with "database is locked" (SQLite does not wait for that lock):
        tried again until `lock_timeout`."""
        deadline = time.monotonic() + self.lock_timeout
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _check_store(self, create: bool) -> None:
        tables = {r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")}
        columns = {r[1] for r in self.conn.execute("PRAGMA table_info(schema_migrations)")} \
            if "schema_migrations" in tables else set()
        try:
            check_store(str(self.path), tables, columns, create)
        except StoreError:
            self.conn.close()
            raise

    def _migrate(self) -> bool:
        """Apply pending migrations; True when the top-weight lists must be built for existing articles."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        done = {r[0] for r in self.conn.execute("SELECT version FROM schema_migrations")}
        build_lists = False
        for migration in migrations_for("sqlite"):
            if migration.version in done:
                continue
            self.conn.execute("BEGIN IMMEDIATE")
            # Another process may have migrated while we waited for the lock.
            if self.conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?",
                                 (migration.version,)).fetchone():
                self.conn.execute("COMMIT")
                continue
            if self._on_migrate is not None and done:  # an upgrade, not a new store
                self._on_migrate(f"{migration.version:04d}_{migration.name}")
            try:
                # Split on ";\n" (no statement in our files contains it otherwise).
                for statement in migration.sql.split(";\n"):
                    if statement.strip() and not all(
                        line.startswith("--") or not line.strip() for line in statement.splitlines()
                    ):
                        self.conn.execute(statement)
                self._migration_step(migration.name)
                self.conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                                  (migration.version, migration.name, now_iso()))
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            build_lists = build_lists or (migration.name == "term_lists" and bool(done))
        return build_lists

    def _error(self, error: sqlite3.Error) -> StoreError | RecordError:
        """A driver error as the store's own, naming the file (the CLI prints it as one line).
        What one record caused (a constraint, a value it cannot bind) fails that page only;
        what the store itself suffers (locked, busy, full, read-only, corrupt) stops the batch."""
        if isinstance(error, (sqlite3.IntegrityError, sqlite3.DataError, sqlite3.InterfaceError,
                              sqlite3.ProgrammingError)):
            return RecordError(f"{self.path}: {error}")
        message = str(error)
        if "locked" in message or "busy" in message:
            message += (f" (another process kept its write lock for over {self.lock_timeout:.0f} s; "
                        "try again when it is done)")
        return StoreError(f"{self.path}: {message}")

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        try:
            return self.conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as error:
            raise self._error(error) from error

    def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        try:
            if not isinstance(rows, Sequence):  # an iterator: each row is bound as it comes
                self.conn.executemany(sql, rows)
            elif rows:
                self.conn.executemany(sql, [tuple(r) for r in rows])
        except sqlite3.Error as error:
            raise self._error(error) from error

    def _begin(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self._error(error) from error

    def _commit(self) -> None:
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            raise self._error(error) from error

    _data_version: int | None = None  # `PRAGMA data_version` at the last check

    def _others_committed(self) -> bool:
        # Changes whenever another connection commits (never with this one's own commits).
        version = self._one("PRAGMA data_version")[0]
        changed, self._data_version = version != self._data_version, version
        return changed

    def _others_wrote(self) -> None:
        super()._others_wrote()
        # Lists another writer has built or trimmed: the listed words and floors are read again.
        self._lists = None

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _fts_write(self, article_id: int, title: str, body: str) -> None:
        """In a batch the row waits for the batch's commit: FTS5 flushes its pending terms
        into a new index segment at every savepoint and its release, so one insert per
        write's savepoint paid segment writes and merges for every article; inserted
        together, they are flushed once.  The article's filter tags come from its layer
        rows, read at insert time (rows no later write of the batch changes)."""
        if self._fts_pending:
            self._fts_pending[-1].append((article_id, title, body))
        else:
            self._fts_insert([(article_id, title, body)])
        self._list_add(article_id, title, body)

    def _fts_insert(self, rows: list[tuple[int, str, str]]) -> None:
        if rows:
            self.conn.executemany(
                f"INSERT INTO article_fts (rowid, title, body, tags) VALUES (?1, ?2, ?3, ({ARTICLE_TAGS_SQL}))", rows)

    def _fts_flush(self) -> None:
        """Insert every pending row now (before reading the index inside a batch).  Rows of
        lower levels inserted inside a savepoint are noted, so a rollback to that savepoint
        queues them again."""
        if not any(self._fts_pending):
            return
        self._fts_insert([row for level in self._fts_pending for row in level])
        top = len(self._fts_pending) - 1
        self._fts_flushed[top].extend((origin, row) for origin, level in enumerate(self._fts_pending[:top])
                                      for row in level)
        for level in self._fts_pending:
            level.clear()

    def _batch_begun(self) -> None:
        self._fts_pending, self._fts_flushed = [[]], [[]]

    def _batch_closing(self) -> None:
        self._fts_flush()
        self._fts_pending, self._fts_flushed = [], []

    def _tx_begin(self) -> None:
        super()._tx_begin()
        if self._fts_pending:
            self._fts_pending.append([])
            self._fts_flushed.append([])

    def _tx_commit(self) -> None:
        nested = len(self._fts_pending) > 1
        super()._tx_commit()
        if nested:  # the write's rows and notes join the enclosing level
            rows, flushed = self._fts_pending.pop(), self._fts_flushed.pop()
            self._fts_pending[-1].extend(rows)
            parent = len(self._fts_pending) - 1
            self._fts_flushed[-1].extend((origin, row) for origin, row in flushed if origin < parent)

    def _fts_delete(self, article_id: int) -> None:
        for level in self._fts_pending:
            for i, (pending_id, title, body) in enumerate(level):
                if pending_id == article_id:  # written earlier in this batch, not inserted yet
                    del level[i]
                    self._list_remove(article_id, title, body)
                    return
        row = self.conn.execute("SELECT title, body FROM article_fts WHERE rowid = ?", (article_id,)).fetchone()
        self.conn.execute("DELETE FROM article_fts WHERE rowid = ?", (article_id,))
        if row is not None:
            self._list_remove(article_id, row[0], row[1])

    # -- top-weight lists (store/toplists.py) ---------------------------------
    def _config(self) -> tuple[float, int] | None:
        """(frozen average length, articles at the last refresh), or None before the first build."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'term_lists'").fetchone()
        if row is None:
            return None
        value = json.loads(row[0])
        return float(value["average_length"]), int(value["articles"])

    def _writer_lists(self) -> dict[str, _ListState | None]:
        """The listed words; each one's floor and length are read when a write first needs them
        (not all lists' at once, which fell on the first write of a process)."""
        if self._lists is None:
            self._list_config = self._config()
            self._lists = {lemma: None for (lemma,) in self.conn.execute("SELECT lemma FROM term_lists")}
        return self._lists

    def _list_state(self, lists: dict[str, _ListState | None], lemma: str) -> _ListState:
        state = lists[lemma]
        if state is None:
            floor, size = self.conn.execute("SELECT min(weight), count(*) FROM term_top WHERE lemma = ?",
                                            (lemma,)).fetchone()
            state = lists[lemma] = _ListState(floor if floor is not None else 0.0, size)
        return state

    def _load_list_states(self, lists: dict[str, _ListState | None], lemmas: list[str]) -> None:
        """The floors of many words' lists in one query (an article meets ~10 new lists a write).
        Their lengths wait until a write enters the list (`_count_lists`): most words of an
        article weigh less than their list's floor, and counting every list's entries was most
        of this query's time.  Each floor is one seek (the list's first entry by weight)."""
        if not lemmas:
            return
        found = dict(self.conn.execute(
            f"SELECT l.lemma, (SELECT min(t.weight) FROM term_top t WHERE t.lemma = l.lemma) FROM term_lists l "
            f"WHERE l.lemma IN ({', '.join('?' * len(lemmas))})", lemmas))
        for lemma in lemmas:
            floor = found.get(lemma)
            lists[lemma] = _ListState(floor if floor is not None else 0.0, None)

    def _count_lists(self, states: dict[str, _ListState]) -> None:
        """The lengths of the lists whose writer state has none yet, in one query."""
        lemmas = [lemma for lemma, state in states.items() if state.size is None]
        if not lemmas:
            return
        sizes = dict(self.conn.execute(
            f"SELECT lemma, count(*) FROM term_top WHERE lemma IN ({', '.join('?' * len(lemmas))}) GROUP BY lemma",
            lemmas))
        for lemma in lemmas:
            states[lemma].size = sizes.get(lemma, 0)

    def _list_add(self, article_id: int, title: str, body: str) -> None:
        lists = self._writer_lists()
        self._written_since_refresh += 1
        if self._list_config is None:
            if self._written_since_refresh >= self.list_min_df:
                self.refresh_search_lists()
            return
        average_length, articles = self._list_config
        if lists:
            terms = toplists.article_terms(title, body)
            listed = [(lemma, frequency) for lemma, frequency in terms.frequency.items() if lemma in lists]
            self._load_list_states(lists, [lemma for lemma, _ in listed if lists[lemma] is None])
            entries: list[tuple[str, int, float]] = []
            entered: dict[str, _ListState] = {}
            for lemma, weight in toplists.term_weights(listed, terms.length, average_length):
                state = lists[lemma]
                if weight <= state.floor:
                    continue
                entries.append((lemma, article_id, weight))
                entered[lemma] = state
            self._count_lists(entered)  # before this article's entries are inserted
            full: list[tuple[str, _ListState]] = []
            for lemma, state in entered.items():
                state.size += 1
                # Trimmed back to `list_size` once it has LIST_SLACK extra articles: one DELETE
                # per LIST_SLACK inserts instead of one per insert (the floor stays the old,
                # lower one meanwhile, which only lets a few more articles in).
                if state.size > self.list_size + self.list_slack:
                    full.append((lemma, state))
            # One statement for all the article's entries; a word's trim reads only its own list,
            # and the article enters each list once, so trimming after them all changes nothing.
            if entries:
                self.conn.executemany("INSERT OR REPLACE INTO term_top (lemma, article_id, weight) VALUES (?, ?, ?)",
                                      entries)
            for lemma, state in full:
                self.conn.execute(
                    "DELETE FROM term_top WHERE lemma = ?1 AND article_id IN (SELECT article_id FROM term_top "
                    "WHERE lemma = ?1 ORDER BY weight, article_id LIMIT ?2)", (lemma, state.size - self.list_size))
                state.size = self.list_size
                state.floor = self.conn.execute("SELECT min(weight) FROM term_top WHERE lemma = ?",
                                                (lemma,)).fetchone()[0]
        # New frequent words get lists once the store has grown by a tenth.
        if self._written_since_refresh >= max(self.list_min_df, articles // 10):
            self.refresh_search_lists()

    def _list_remove(self, article_id: int, title: str, body: str) -> None:
        """An article leaves the index: out of every list it is in; each such list's bound keeps
        covering the articles that were below it."""
        lists = self._writer_lists()
        for lemma in set(toplists.tokens(title)) | set(toplists.tokens(body)):
            if lemma not in lists:
                continue
            state = self._list_state(lists, lemma)
            if self.conn.execute("DELETE FROM term_top WHERE lemma = ? AND article_id = ? RETURNING 1",
                                 (lemma, article_id)).fetchone():
                self.conn.execute("UPDATE term_lists SET bound = max(bound, ?) WHERE lemma = ?", (state.floor, lemma))
                if state.size is not None:  # an uncounted list is counted after this delete
                    state.size -= 1

    def _forget_writer_state(self) -> None:
        super()._forget_writer_state()
        self._lists = None
        self._fts_pending, self._fts_flushed = [], []

    def _tx_rollback(self) -> None:
        nested = len(self._fts_pending) > 1
        super()._tx_rollback()
        self._lists = None  # floors raised by the rolled-back write are not in the database
        if nested:  # the write's rows go; earlier rows an early flush inserted in it are queued again
            self._fts_pending.pop()
            for origin, row in self._fts_flushed.pop():
                self._fts_pending[origin].append(row)

    def refresh_search_lists(self) -> int:
        """Build the lists of words that became frequent (and of lists that lost articles),
        refresh every list's document frequency; returns the number of lists built.

        Reads FTS5's own vocabulary and token counts: about a minute for 110k articles
        the first time, a second or two after that.
        """
        conn = self.conn
        self._fts_flush()  # the lists are read off the index: every written article in it
        own_transaction = not conn.in_transaction
        if own_transaction:
            conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.term_vocab USING fts5vocab(main, article_fts, 'row')")
            conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.term_instances "
                         "USING fts5vocab(main, article_fts, 'instance')")
            articles = conn.execute("SELECT count(*) FROM article_fts_docsize").fetchone()[0]
            lengths: dict[int, int] = {}

            def load_lengths() -> None:
                for article_id, blob in conn.execute("SELECT id, sz FROM article_fts_docsize"):
                    columns = _varints(blob)
                    lengths[article_id] = columns[0] + columns[1]
            config = self._config()
            if config is None and articles < self.list_min_df:
                if own_transaction:
                    conn.execute("COMMIT")
                self._written_since_refresh = 0
                return 0  # no word can be frequent yet; the average length waits for a real sample
            if config is None:
                load_lengths()
                average_length = sum(lengths.values()) / articles if articles else 0.0
            else:
                average_length = config[0]
            sizes = dict(conn.execute("SELECT lemma, count(*) FROM term_top GROUP BY lemma").fetchall())
            built = 0
            refreshed = []
            for term, df in conn.execute("SELECT term, doc FROM temp.term_vocab WHERE doc >= ?",
                                         (self.list_min_df,)).fetchall():
                if tags.is_tag_token(term):  # filter tags are never searched as words
                    continue
                if sizes.get(term, 0) >= 0.9 * self.list_size:
                    refreshed.append((df, term))
                    continue
                if not lengths:
                    load_lengths()
                frequency: dict[int, float] = {}
                for article_id, column, count in conn.execute(
                        "SELECT doc, col, count(*) FROM temp.term_instances WHERE term = ? "
                        "AND col IN ('title', 'body') GROUP BY doc, col", (term,)):
                    frequency[article_id] = frequency.get(article_id, 0.0) + (
                        toplists.TITLE_WEIGHT * count if column == "title" else count)
                weights = sorted(((toplists.term_weight(f, lengths.get(a, 0), average_length), a)
                                  for a, f in frequency.items()), reverse=True)[:self.list_size]
                conn.execute("DELETE FROM term_top WHERE lemma = ?", (term,))
                conn.executemany("INSERT INTO term_top (lemma, article_id, weight) VALUES (?, ?, ?)",
                                 [(term, a, w) for w, a in weights])
                conn.execute("INSERT INTO term_lists (lemma, df, bound) VALUES (?, ?, 0) ON CONFLICT (lemma) "
                             "DO UPDATE SET df = excluded.df, bound = 0", (term, df))
                built += 1
            conn.executemany("UPDATE term_lists SET df = ? WHERE lemma = ?", refreshed)
            conn.execute("INSERT INTO meta (key, value) VALUES ('term_lists', ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         (json.dumps({"average_length": average_length, "articles": articles}),))
            if own_transaction:
                conn.execute("COMMIT")
        except BaseException:
            if own_transaction:
                conn.execute("ROLLBACK")
            raise
        self._lists = None
        self._written_since_refresh = 0
        return built

    def search_lists_behind(self) -> bool:
        """The full-text index holds another number of articles than at the last refresh (before
        the first one: enough for a word to be frequent)."""
        self._fts_flush()
        articles = self.conn.execute("SELECT count(*) FROM article_fts_docsize").fetchone()[0]
        config = self._config()
        return articles >= self.list_min_df if config is None else articles != config[1]

    def _listed_terms(self, lemmas: list[str]) -> tuple[tuple[float, int], dict[str, toplists.TermList]] | None:
        """The lists' configuration and the query words that have a list (their idf and
        bound, weights not yet read): one read serving both uses below."""
        if not self.use_term_lists:
            return None
        config = self._config()
        if config is None:
            return None
        terms = list(dict.fromkeys(lemma.lower() for lemma in lemmas))
        found = {lemma: toplists.TermList(lemma, toplists.idf(df, config[1]), bound) for lemma, df, bound in
                 self.conn.execute(f"SELECT lemma, df, bound FROM term_lists WHERE lemma IN "
                                   f"({', '.join('?' * len(terms))})", terms)}
        return config, found

    @staticmethod
    def _without_common_words(lemmas: list[str], found: dict[str, toplists.TermList]) -> list[str]:
        """A query's words less those in over half of the articles ("на", "и"), when others remain.

        Their idf is at bm25's floor, so they cannot change a ranking; requiring them only
        drops the rare article without them, and made "цены на нефть" check every hit's text."""
        if len(lemmas) < 2:
            return lemmas
        kept = [lemma for lemma in lemmas
                if lemma.lower() not in found or found[lemma.lower()].idf > toplists.STOP_IDF]
        return kept or lemmas

    def _list_ranking(self, lemmas: list[str], where: list[str], params: list[Any], need: int,
                      listed: tuple[tuple[float, int], dict[str, toplists.TermList]] | None
                      ) -> toplists.ListRanking | None:
        """The query's best `need` articles from the top-weight lists (exact or approximate),
        or None when the lists cannot score enough of them."""
        terms = list(dict.fromkeys(lemma.lower() for lemma in lemmas))
        if listed is None or need > self.list_size or not all(toplists.is_token(t) for t in terms):
            return None
        config, known = listed
        if not all(t in known for t in terms):
            return None
        found = {t: known[t] for t in terms}
        marks = ", ".join("?" * len(terms))
        if len(terms) == 1 and where == ["a.is_current = 1"] and found[terms[0]].idf > toplists.STOP_IDF:
            # One word, no filters: the list's own order is the answer (read from its index).
            term = found[terms[0]]
            top = self.conn.execute("SELECT article_id, weight FROM term_top WHERE lemma = ? "
                                    "ORDER BY weight DESC, article_id DESC LIMIT ?", (term.lemma, need)).fetchall()
            lowest = self.conn.execute("SELECT min(weight) FROM term_top WHERE lemma = ?", (term.lemma,)).fetchone()[0]
            bound = max(term.bound, lowest or 0.0)
            if len(top) == need and top[-1][1] > bound:
                return toplists.ListRanking([(a, term.idf * w) for a, w in top], True)
        for lemma, article_id, weight in self.conn.execute(
                f"SELECT lemma, article_id, weight FROM term_top WHERE lemma IN ({marks})", terms):
            found[lemma].weights[article_id] = weight
        lists = list(found.values())
        for term in lists:
            term.bound = max(term.bound, min(term.weights.values(), default=0.0))
        ids = sorted(toplists.candidates(lists))
        if len(ids) < need:
            return None
        if where == ["a.is_current = 1"]:
            # Lists name indexed articles only, and the index holds current articles only:
            # no need to read each candidate's `articles` row.
            passing = set(ids)
        else:
            passing = {row[0] for row in self.conn.execute(
                f"SELECT a.id FROM articles a WHERE a.id IN ({', '.join('?' * len(ids))}) AND {' AND '.join(where)}",
                (*ids, *params))}
        average_length = config[0]

        def resolve(article_ids: list[int]) -> dict[int, dict[str, float]]:
            # The article's own index text (FTS5 keeps it), read by rowid.
            found = {}
            for article_id, title, body in self.conn.execute(
                    f"SELECT rowid, title, body FROM article_fts WHERE rowid IN ({', '.join('?' * len(article_ids))})",
                    article_ids):
                counted = toplists.article_terms(title, body, only=terms)
                found[article_id] = {t: counted.weight(t, average_length) for t in terms}
            return found

        return toplists.rank(lists, passing, need, resolve,
                             approximate=self.approximate_lists and where == ["a.is_current = 1"])

    def _tagged_ids(self, tag_groups: list[TagGroup]) -> tuple[str, list[Any]]:
        return "SELECT rowid FROM article_fts WHERE article_fts MATCH ?", [match_expression(tag_groups)]

    def _fts_search(self, lemmas: list[str], where: list[str], params: list[Any],
                    depth: int, tag_groups: list[TagGroup] | None = None) -> list[tuple[int, float]]:
        listed_terms = self._listed_terms(lemmas)
        if listed_terms is not None:
            lemmas = self._without_common_words(lemmas, listed_terms[1])
        # The words match in title and body only; filter tags (store/tags.py) let FTS5 drop
        # articles that cannot pass the filters (actor, speaker, event, outlet, month) before any SQL runs.
        phrases = " ".join('"' + lemma.replace('"', "") + '"' for lemma in lemmas)
        # The tags column holds only tag tokens (x + kind + hex): a word that cannot be one needs
        # no column filter, and without it FTS5 skips a column check per match.
        if any(tags.is_tag_token(lemma) for lemma in lemmas):
            match = "{title body} : (" + phrases + ")"
        else:
            match = "(" + phrases + ")"
        if tag_groups:
            match += " AND " + match_expression(tag_groups)
        # Actor, speaker, event and outlet filters keep few articles: hardly any of a word's
        # best 200 pass them, so the lists are not tried (date filters keep many: they are).
        selective = any(not g.tags[0].startswith(tags.MONTH) for g in tag_groups or ())
        # The FTS index holds current articles only, so without filters it is queried alone:
        # the window is a rowid bound found from the doclist (no scoring), then bm25 ranks
        # that window and only the page is joined to `articles`.
        # Event and outlet filters are exactly their tags (tags.TagGroup.exact): when they are
        # the only filters, the index alone answers, without reading the articles' rows.
        tags_decide = (bool(tag_groups) and all(g.exact for g in tag_groups)
                       and len(where) == 1 + len(tag_groups))
        index_alone = where == ["a.is_current = 1"] or tags_decide
        # Several common words together often match fewer articles than the window
        # ("переговоры Путин"): bm25 over all of them is then exact, and cheaper than
        # the lists, which rarely hold enough articles with every word.
        window_first = index_alone and not selective and len(lemmas) > 1
        cutoff = self._window_cutoff(match) if window_first else None
        if window_first and cutoff is None:
            return self._bm25_ranked(match, None, depth)
        listed = None if selective else self._list_ranking(lemmas, where, params, depth, listed_terms)
        # An approximate list ranking (the lists could not prove the order) is kept for
        # queries without filters: there it is closer to exact than the newest-window ranking
        # (bench/search_window.py); with filters, few listed articles pass and the window decides.
        if listed is not None and (listed.exact or (self.approximate_lists and where == ["a.is_current = 1"])):
            return listed.ranked[:depth]
        if index_alone:
            return self._bm25_ranked(match, cutoff if window_first else self._window_cutoff(match), depth)
        # Filters first: the newest `rank_window` matches that pass them, scored by bm25 in
        # the same pass rather than by a second MATCH over just those; the best are kept here.
        # CROSS JOIN fixes the order: matches newest first, each looked up by primary key
        # (driving from a date or outlet index instead costs one FTS lookup per article).
        window = self._execute(
            f"SELECT a.id, -{BM25} FROM article_fts CROSS JOIN articles a ON a.id = article_fts.rowid "
            f"WHERE article_fts MATCH ? AND {' AND '.join(where)} ORDER BY article_fts.rowid DESC LIMIT ?",
            (match, *params, self.rank_window))
        best = heapq.nsmallest(depth, window, key=lambda row: (-row[1], -row[0]))
        return [(int(article_id), float(score)) for article_id, score in best]

    def _window_cutoff(self, match: str) -> tuple | None:
        """The rowid of the `rank_window`-th newest match (None: fewer matches than that)."""
        return self._one("SELECT rowid FROM article_fts WHERE article_fts MATCH ? "
                         "ORDER BY rowid DESC LIMIT 1 OFFSET ?", (match, self.rank_window - 1))

    def _bm25_ranked(self, match: str, cutoff: tuple | None, depth: int) -> list[tuple[int, float]]:
        """bm25's best `depth` matches from the cutoff's rowid on (all matches without one)."""
        bound, bound_params = ("AND rowid >= ?", [cutoff[0]]) if cutoff else ("", [])
        ranked = self._execute(
            f"SELECT rowid, -{BM25} FROM article_fts WHERE article_fts MATCH ? {bound} "
            f"ORDER BY {BM25}, rowid DESC LIMIT ?", (match, *bound_params, depth))
        return [(int(article_id), float(score)) for article_id, score in ranked]
