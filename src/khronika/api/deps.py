"""Request-scoped access to what the app was built with.

Handlers run in a thread pool, but a SQLite connection belongs to the
thread that opened it and a single PostgreSQL connection takes one call at
a time.  So the store lives on one worker thread of its own (the datasette
discipline): `StoreWorker` opens it there and forwards every method call.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from fastapi import Request

from khronika.store.base import Store

StoreSource = Store | Callable[[], Store]


class StoreWorker:
    """A Store whose calls all run on one dedicated thread."""

    def __init__(self, source: StoreSource) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="khronika-store")
        self._owned = not isinstance(source, Store)
        if isinstance(source, Store):
            self._store = source
        else:
            self._store = self._pool.submit(source).result()
        self._local = threading.local()

    @property
    def inner(self) -> Store:
        return self._store

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run `fn(store, *args)` on the store thread (for views composed of several calls)."""
        if threading.current_thread().name.startswith("khronika-store"):
            return fn(self._store, *args, **kwargs)
        return self._pool.submit(fn, self._store, *args, **kwargs).result()

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if not callable(attr):
            return attr

        def forwarded(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread().name.startswith("khronika-store"):
                return attr(*args, **kwargs)
            return self._pool.submit(attr, *args, **kwargs).result()

        return forwarded

    def close(self) -> None:
        if self._owned:
            self._pool.submit(self._store.close).result()
        self._pool.shutdown(wait=True)


def store_of(request: Request) -> Store:
    return request.app.state.store  # a StoreWorker, typed as the interface it forwards


def worker_of(request: Request) -> StoreWorker:
    return request.app.state.store
