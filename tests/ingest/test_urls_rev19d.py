"""Canonical page keys fold to a fixed point, and the outlet follows the key's rule for "www." (review rev19_D 2, 3):
"www.www.x.ru" lost only one "www." per fold, so a key folded again differed and migration 0011 failed on such a
store; "www.ru" keeps its name as a key but its outlet was "ru".  Table: URL → canonical key, outlet."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from khronika.ingest.urls import canonical_url
from khronika.store.sql import outlet_of

CASES = [
    ("http://www.www.lenta.ru/news/1", "https://lenta.ru/news/1", "lenta.ru"),
    ("https://www.lenta.ru/news/1/", "https://lenta.ru/news/1", "lenta.ru"),
    ("http://www.ru/news/1", "https://www.ru/news/1", "www.ru"),
    ("https://tass.ru/politika/1", "https://tass.ru/politika/1", "tass.ru"),
]


@pytest.mark.parametrize("url,key,outlet", CASES)
def test_key_and_outlet(url, key, outlet):
    assert canonical_url(url) == key
    assert canonical_url(canonical_url(url)) == key  # a fixed point: the migration may fold a key again
    assert outlet_of(SimpleNamespace(url=url)) == outlet
