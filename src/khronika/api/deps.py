"""Request-scoped access to what the app was built with.

A SQLite connection belongs to the thread that opened it and a single
PostgreSQL connection takes one call at a time.  So the store lives on one
worker thread of its own (the datasette discipline): `StoreWorker` opens it
there, and async handlers hand their whole body to that thread with
`await worker.run(fn, …)` — one hop per request, no thread-pool churn.

`khronika serve` builds its app with `inline=True` instead: the store is
opened and used on the event-loop thread itself.  Each server process then
answers one store call at a time either way, but without the thread hop the
request no longer crosses threads (`bench/api_inprocess.py`, 110k store:
actor requests 1.59 → 1.08 ms of server CPU, and under load the two threads
no longer contend for the GIL).  Throughput across requests comes from `--workers` processes.

An ingest is the exception: the pipeline takes seconds a page batch, so it runs on a thread
of its own with its own store connection (`await worker.write(fn, …)`), and the event loop
goes on answering reads meanwhile.  The cache's entries carry the store's change stamp
(`store_stamp`), so a commit by any other connection (that ingest thread, another `--workers`
process, a `khronika ingest`) drops them at the next read.
"""
from __future__ import annotations

import asyncio
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Hashable

from fastapi import Request

from khronika.api.cache import TTLCache
from khronika.store.base import Store

StoreSource = Store | Callable[[], Store]


class StoreWorker:
    """A Store whose calls all run on one dedicated thread.

    Given an opener, the store is opened on first use and closed when the
    app shuts down; a later call (the app served again) opens it anew.
    """

    def __init__(self, source: StoreSource, *, inline: bool = False) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="khronika-store")
        self._opener = None if isinstance(source, Store) else source
        self._store: Store | None = source if isinstance(source, Store) else None
        # Inline only with an opener: a store handed in belongs to the thread that opened it.
        self.inline = inline and self._opener is not None
        self._write_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="khronika-ingest")
        self._writer: Store | None = None  # the ingest thread's own connection
        self._cache = TTLCache(0)
        self.cache = TTLCache(0)  # create_app sets the configured one

    @property
    def cache(self) -> TTLCache:
        return self._cache

    @cache.setter
    def cache(self, cache: TTLCache) -> None:
        # Entries are checked against the store's change stamp, read on the store thread
        # (the cache is only used inside `run`).
        cache.stamp = lambda: store_stamp(self._get())
        self._cache = cache

    def _on_thread(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if self.inline or threading.current_thread().name.startswith("khronika-store"):
            return fn(*args, **kwargs)
        return self._pool.submit(fn, *args, **kwargs).result()

    def _get(self) -> Store:
        # Runs on the store thread only.
        if self._store is None:
            assert self._opener is not None
            self._store = self._opener()
        return self._store

    def open(self) -> None:
        self._on_thread(self._get)

    async def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """`await worker.run(fn, …)`: `fn(store, …)` on the store thread, without blocking the event loop.

        Handlers put their whole body in `fn`, so a request costs one hop to
        the store thread rather than one per store call.
        """
        if self.inline:
            return fn(self._get(), *args, **kwargs)
        return await asyncio.wrap_future(self._pool.submit(lambda: fn(self._get(), *args, **kwargs)))

    async def write(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """`await worker.write(fn, …)`: `fn(store, …)` on the ingest thread, with a store connection
        of its own (opened there on first use, kept for the next ingest), one call at a time.

        Reads go on meanwhile on the event loop or the store thread.  A store handed in (no
        opener) has no second connection: the call then runs on the store thread, off the loop.
        """
        if self._opener is None:
            return await asyncio.wrap_future(self._pool.submit(lambda: fn(self._get(), *args, **kwargs)))

        def call() -> Any:
            if self._writer is None:
                assert self._opener is not None
                self._writer = self._opener()
            return fn(self._writer, *args, **kwargs)

        return await asyncio.wrap_future(self._write_pool.submit(call))

    def close(self) -> None:
        """Close the stores this worker opened (a store handed in stays with its owner)."""
        def shut() -> None:
            if self._opener is not None and self._store is not None:
                self._store.close()
                self._store = None

        def shut_writer() -> None:
            if self._writer is not None:
                self._writer.close()
                self._writer = None

        self._write_pool.submit(shut_writer).result()
        self._on_thread(shut)


def store_stamp(store: Store) -> Hashable:
    """A value that changes when another connection commits to the store, read cheaply.

    SQLite: `PRAGMA data_version` (microseconds; every commit by another connection or process).
    PostgreSQL: the newest article id (one index probe; new articles and versions, not a
    `khronika reprocess`, which the cache's TTL still bounds).  None when the store offers neither.
    """
    conn = getattr(store, "conn", None)
    if isinstance(conn, sqlite3.Connection):
        return conn.execute("PRAGMA data_version").fetchone()[0]
    one = getattr(store, "_one", None)
    if one is not None:
        row = one("SELECT max(id) FROM articles")
        return row[0] if row else None
    return None


async def worker_of(request: Request) -> StoreWorker:
    # async so FastAPI does not spend a thread-pool hop on a dependency
    return request.app.state.store
