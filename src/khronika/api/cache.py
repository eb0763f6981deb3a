"""A small time-bounded cache for the store's expensive aggregate reads.

Actor summaries (counts over every mention, quote and event) and ranked
search pages cost tens to hundreds of milliseconds on a large store and are
asked for again and again (the same popular actor, the same query paged
through).  They change only when articles are added, so the app keeps them
for `ttl` seconds and drops everything after an ingest through the API.
Articles themselves are not cached: they are cheap by id and carry ETags.

With `serve --workers N` each process has its own cache, and only the process that
took an API ingest clears it; `khronika ingest` clears none.  So each entry also keeps
the store's change stamp from when it was computed (`stamp`, see `deps.store_stamp`:
SQLite's `data_version`, which moves on every commit by another connection or
process), and an entry whose stamp is no longer the store's is computed anew.  The
stamp is read once per lookup (microseconds on SQLite, one index probe on PostgreSQL),
never on requests that do not use the cache.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Any, Callable, Hashable


class TTLCache:
    def __init__(self, ttl: float = 60.0, max_entries: int = 4096) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._items: OrderedDict[Hashable, tuple[float, Hashable, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        # The store's change stamp (called on the thread that uses the cache); None: TTL only.
        self.stamp: Callable[[], Hashable] | None = None

    def get_or_compute(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        if self.ttl <= 0:
            return compute()
        now = time.monotonic()
        stamp: Hashable = None
        with self._lock:
            found = self._items.get(key)
        if found is not None and found[0] > now:
            stamp = self.stamp() if self.stamp is not None else None
            if found[1] == stamp:
                with self._lock:
                    if key in self._items:
                        self._items.move_to_end(key)
                    self.hits += 1
                return found[2]
        elif self.stamp is not None:
            stamp = self.stamp()  # before computing: a commit during the compute makes the entry stale
        value = compute()  # outside the lock: a slow query must not hold other readers
        with self._lock:
            self.misses += 1
            self._items[key] = (now + self.ttl, stamp, value)
            self._items.move_to_end(key)
            while len(self._items) > self.max_entries:
                self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
