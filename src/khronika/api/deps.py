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
"""
from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

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
        self.cache = TTLCache(0)  # create_app sets the configured one

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

    def close(self) -> None:
        """Close a store this worker opened (a store handed in stays with its owner)."""
        def shut() -> None:
            if self._opener is not None and self._store is not None:
                self._store.close()
                self._store = None

        self._on_thread(shut)


async def worker_of(request: Request) -> StoreWorker:
    # async so FastAPI does not spend a thread-pool hop on a dependency
    return request.app.state.store
