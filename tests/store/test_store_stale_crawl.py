"""A version's latest crawl written by `record_unchanged` / `restore_version` called outside a
batch (review rev22_B L3): the placement is read before the write lock, so another writer may
raise the version's latest crawl in between.  The write compares with the stored value under
the lock: the later instant wins, whichever writer comes last.  Both backends."""
from __future__ import annotations

from datetime import datetime

import pytest

from khronika.ingest.rawpage import RawPage
from khronika.store import open_store
from khronika.store.ingest import settled
from page_writes import article_html, ingest_one

URL = "https://news.example.ru/2026/01/02/strike"
TITLE = "Пилоты авиакомпании объявили забастовку"
TEXTS = {
    "A": ["Профсоюз пилотов объявил в четверг забастовку с понедельника.",
          "По словам профсоюза, требования о зарплате не выполнены."],
    "B": ["Профсоюз пилотов объявил в четверг забастовку со вторника.",
          "По словам профсоюза, требования о зарплате не выполнены."],
}
T = {"1 Jan": "2026-01-01T10:00:00+00:00", "5 Jan": "2026-01-05T10:00:00+00:00",
     "9 Jan": "2026-01-09T10:00:00+00:00", "10 Jan": "2026-01-10T10:00:00+00:00",
     "9 Jan 14:00+05": "2026-01-09T14:00:00+05:00"}   # 09:00 UTC: before "9 Jan" though it reads later


def _page(text: str) -> bytes:
    return article_html(TITLE, TEXTS[text])


def _raw(text: str, when: str) -> RawPage:
    return RawPage(URL, _page(text), "html", crawled_at=datetime.fromisoformat(T[when]), url=URL)


def _ingest(store, make_doc, text: str, when: str) -> None:
    ingest_one(store, _raw(text, when), make_doc(TITLE, TEXTS[text], url=URL, published=None))


def _latest(store) -> dict[int, tuple[bool, str | None]]:
    """Version → (current, latest crawl's label)."""
    labels = {v: k for k, v in T.items()}
    return {int(r[0]): (bool(r[1]), labels.get(r[2], r[2])) for r in store._execute(
        "SELECT version, is_current, last_crawled_at FROM articles WHERE page_key = ? ORDER BY version", (URL,))}


# (crawl writer 1 placed, crawl writer 2 placed and wrote first) → the latest crawl kept
UNCHANGED = [
    ("5 Jan", "9 Jan", "9 Jan"),             # the review's repro: writer 1 lowered it to 5 Jan
    ("9 Jan", "5 Jan", "9 Jan"),             # writer 1's later crawl still raises it
    ("9 Jan 14:00+05", "9 Jan", "9 Jan"),    # compared as instants, not as text
]


@pytest.mark.parametrize("first, second, kept", UNCHANGED)
def test_unchanged_outside_a_batch_keeps_the_later_crawl(store_url, make_doc, first, second, kept):
    with open_store(store_url) as store:
        _ingest(store, make_doc, "A", "1 Jan")
    with open_store(store_url) as writer1, open_store(store_url) as writer2:
        placed1 = settled(writer1, _raw("A", first))    # read before any lock, as `settled` reads
        placed2 = settled(writer2, _raw("A", second))
        assert (placed1.action, placed2.action) == ("unchanged", "unchanged")
        writer2.record_unchanged(placed2)
        writer1.record_unchanged(placed1)
    with open_store(store_url) as store:
        assert _latest(store) == {1: (True, kept)}


def test_restore_outside_a_batch_keeps_the_later_crawl(store_url, make_doc):
    """A (1 Jan), B (5 Jan); two writers bring A back, the one of 10 Jan first: A stays current
    with 10 Jan as its latest crawl, not the 9 Jan of the writer that came last."""
    with open_store(store_url) as store:
        _ingest(store, make_doc, "A", "1 Jan")
        _ingest(store, make_doc, "B", "5 Jan")
    with open_store(store_url) as writer1, open_store(store_url) as writer2:
        placed1 = settled(writer1, _raw("A", "9 Jan"))
        placed2 = settled(writer2, _raw("A", "10 Jan"))
        assert (placed1.action, placed2.action) == ("restore", "restore")
        writer2.restore_version(placed2)
        writer1.restore_version(placed1)
    with open_store(store_url) as store:
        assert _latest(store) == {1: (True, "10 Jan"), 2: (False, "5 Jan")}
        assert store.current_counts()["articles"] == 1
