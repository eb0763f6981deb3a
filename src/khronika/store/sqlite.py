"""SQLite backend: one file, WAL journal, one writer, FTS5 over lemmas."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Callable, Sequence

from khronika.errors import StoreError
from khronika.store.migrate import migrations_for
from khronika.store.sql import SqlStore, now_iso
from khronika.store.tags import ARTICLE_TAGS_SQL, TagGroup, match_expression


class SqliteStore(SqlStore):
    def __init__(self, path: str | Path, *, create: bool = True, analyzer: Any = None,
                 on_migrate: Callable[[str], None] | None = None) -> None:
        super().__init__(analyzer)
        self._on_migrate = on_migrate
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no such database (run `khronika ingest` first)")
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL + WAL: a killed process never corrupts or loses a commit
            # (only a power cut can drop the last transactions).
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            # Reads of a multi-GB store: a larger page cache and memory-mapped reads
            # (SQLite caps the map at its compile-time maximum).
            self.conn.execute("PRAGMA cache_size = -131072")
            self.conn.execute("PRAGMA mmap_size = 2147483648")
            self._migrate()
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: {error}") from error

    def _migrate(self) -> None:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        done = {r[0] for r in self.conn.execute("SELECT version FROM schema_migrations")}
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
                self.conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                                  (migration.version, migration.name, now_iso()))
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.conn.execute(sql, tuple(params)).fetchall()

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.conn.executemany(sql, [tuple(r) for r in rows])

    def _begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self.conn.execute("COMMIT")

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _fts_write(self, article_id: int, title: str, body: str) -> None:
        # Called after the article's layers are written: its filter tags come from those rows.
        self.conn.execute(f"INSERT INTO article_fts (rowid, title, body, tags) VALUES (?1, ?2, ?3, ({ARTICLE_TAGS_SQL}))",
                          (article_id, title, body))

    def _fts_delete(self, article_id: int) -> None:
        self.conn.execute("DELETE FROM article_fts WHERE rowid = ?", (article_id,))

    def _tagged_ids(self, tag_groups: list[TagGroup]) -> tuple[str, list[Any]]:
        return "SELECT rowid FROM article_fts WHERE article_fts MATCH ?", [match_expression(tag_groups)]

    def _fts_search(self, lemmas: list[str], where: list[str], params: list[Any],
                    limit: int, offset: int, tag_groups: list[TagGroup] | None = None) -> list[tuple]:
        # The words match in title and body only; filter tags (store/tags.py) let FTS5 drop
        # articles that cannot pass the filters (actor, speaker, event, outlet, month) before any SQL runs.
        match = "{title body} : (" + " ".join('"' + lemma.replace('"', "") + '"' for lemma in lemmas) + ")"
        if tag_groups:
            match += " AND " + match_expression(tag_groups)
        rank = "bm25(article_fts, 4.0, 1.0, 0.0)"
        # The FTS index holds current articles only, so without filters it is queried alone:
        # the window is a rowid bound found from the doclist (no scoring), then bm25 ranks
        # that window and only the page is joined to `articles`.
        if where == ["a.is_current = 1"]:
            cutoff = self._one("SELECT rowid FROM article_fts WHERE article_fts MATCH ? "
                               "ORDER BY rowid DESC LIMIT 1 OFFSET ?", (match, self.rank_window - 1))
            bound, bound_params = ("AND rowid >= ?", [cutoff[0]]) if cutoff else ("", [])
            ranked = self._execute(
                f"SELECT rowid, -{rank} FROM article_fts WHERE article_fts MATCH ? {bound} "
                f"ORDER BY {rank}, rowid DESC LIMIT ? OFFSET ?", (match, *bound_params, limit, offset))
        else:
            # Filters first: the newest `rank_window` matches that pass them, then bm25 over those.
            ranked = self._execute(
                # CROSS JOIN fixes the order: matches newest first, each looked up by primary key
                # (driving from a date or outlet index instead costs one FTS lookup per article).
                f"WITH cand AS (SELECT a.id FROM article_fts CROSS JOIN articles a ON a.id = article_fts.rowid "
                f"WHERE article_fts MATCH ? AND {' AND '.join(where)} ORDER BY article_fts.rowid DESC LIMIT ?) "
                # The id range goes to FTS5 as a rowid range; `+rowid IN` stays a plain filter
                # (passed down, it becomes one FTS lookup per candidate).
                f"SELECT rowid, -{rank} FROM article_fts WHERE article_fts MATCH ? "
                f"AND rowid BETWEEN (SELECT MIN(id) FROM cand) AND (SELECT MAX(id) FROM cand) "
                f"AND +rowid IN (SELECT id FROM cand) "
                f"ORDER BY {rank}, rowid DESC LIMIT ? OFFSET ?",
                (match, *params, self.rank_window, match, limit, offset))
        return self._ranked_rows(ranked)
