"""A small time-bounded cache for the store's expensive aggregate reads.

Actor summaries (counts over every mention, quote and event) and ranked
search pages cost tens to hundreds of milliseconds on a large store and are
asked for again and again (the same popular actor, the same query paged
through).  They change only when articles are added, so the app keeps them
for `ttl` seconds and drops everything after an ingest through the API.
Articles themselves are not cached: they are cheap by id and carry ETags.
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
        self._items: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get_or_compute(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        if self.ttl <= 0:
            return compute()
        now = time.monotonic()
        with self._lock:
            found = self._items.get(key)
            if found is not None and found[0] > now:
                self._items.move_to_end(key)
                self.hits += 1
                return found[1]
        value = compute()  # outside the lock: a slow query must not hold other readers
        with self._lock:
            self.misses += 1
            self._items[key] = (now + self.ttl, value)
            self._items.move_to_end(key)
            while len(self._items) > self.max_entries:
                self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
