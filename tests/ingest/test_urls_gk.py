"""Page keys (review rev19_B, helper gk): a leading `www.` is dropped only from a host with
more dots (7), and a `#/` fragment is a script route that selects content, as `#!` is (8)."""
from __future__ import annotations

import pytest

from khronika.ingest.urls import canonical_url

# address as given → canonical key
KEYS = [
    ("http://www.ru/news/1", "https://www.ru/news/1"),            # www.ru is the site's name
    ("https://WWW.RU/news/1/", "https://www.ru/news/1"),
    ("https://www.lenta.ru/news/1", "https://lenta.ru/news/1"),   # a prefix of a longer host
    ("https://www.news.example.ru/a/1", "https://news.example.ru/a/1"),
    ("https://x.example.ru/#/news/1", "https://x.example.ru#/news/1"),        # a hash route stays
    ("https://x.example.ru/app/#/news/1?id=2", "https://x.example.ru/app#/news/1?id=2"),
    ("https://x.example.ru/#!/news/1", "https://x.example.ru#!/news/1"),      # as "#!" did
    ("https://x.example.ru/news/1#comments", "https://x.example.ru/news/1"),  # a place in the page goes
    ("https://x.example.ru/news/1#", "https://x.example.ru/news/1"),
]

# pairs of addresses that are two pages
APART = [
    ("https://www.ru/news/1", "https://ru/news/1"),
    ("https://x.example.ru/#/news/1", "https://x.example.ru/#/news/2"),
    ("https://x.example.ru/#/news/1", "https://x.example.ru/"),
]


@pytest.mark.parametrize("given, key", KEYS)
def test_canonical_key(given: str, key: str) -> None:
    assert canonical_url(given) == key
    assert canonical_url(key) == key  # idempotent (the migration relies on it)


@pytest.mark.parametrize("one, other", APART)
def test_two_pages_keep_two_keys(one: str, other: str) -> None:
    assert canonical_url(one) != canonical_url(other)
