"""A stored version's content placed before the write lock, applied after another writer stored
the page (review rev23_B L6).  `settled` reads the page's versions before any lock; another
writer then stores a version, restores one or re-sees one; `restore_version` /
`record_unchanged` come last.  They place the input again under the lock, so the page's current
version is the one of its latest crawl, as when the two writes come one after the other.  Both
backends."""
from __future__ import annotations

import sqlite3
import threading
import time
from datetime import datetime

import pytest

from khronika.ingest.rawpage import RawPage
from khronika.store import open_store
from khronika.store import ingest as ingest_module
from khronika.store.ingest import settled, write_locked, write_page
from khronika.store.sql import LAST_CRAWLED
from khronika.store.sqlite import SqliteStore
from page_writes import article_html, ingest_one

URL = "https://news.example.ru/2026/01/02/strike"
TITLE = "Пилоты авиакомпании объявили забастовку"
TEXTS = {
    "A": ["Профсоюз пилотов объявил в четверг забастовку с понедельника.",
          "По словам профсоюза, требования о зарплате не выполнены."],
    "B": ["Профсоюз пилотов объявил в четверг забастовку со вторника.",
          "По словам профсоюза, требования о зарплате не выполнены."],
    "C": ["Профсоюз пилотов отменил забастовку после переговоров.",
          "Стороны договорились о повышении зарплаты на десять процентов."],
}
DAY = {d: f"2026-01-{d:02d}T10:00:00+00:00" for d in (1, 5, 7, 9, 11)}


def _page(text: str) -> bytes:
    return article_html(TITLE, TEXTS[text])


def _raw(text: str, day: int) -> RawPage:
    return RawPage(URL, _page(text), "html", crawled_at=datetime.fromisoformat(DAY[day]), url=URL)


def _ingest(store, make_doc, text: str, day: int) -> str:
    return ingest_one(store, _raw(text, day), make_doc(TITLE, TEXTS[text], url=URL, published=None)).status


def _page_state(store) -> dict[str, tuple[bool, int]]:
    """Text → (current, day of its latest crawl)."""
    days = {v: d for d, v in DAY.items()}
    texts = {tuple(v): k for k, v in TEXTS.items()}
    return {texts[tuple(store._stored_article(int(r[0])).paragraphs)]: (bool(r[1]), days[r[2]]) for r in store._execute(
        f"SELECT a.id, a.is_current, {LAST_CRAWLED} FROM articles a WHERE a.page_key = ? ORDER BY a.id", (URL,))}


def _write_placed(store, placement):
    """What `write_page` does with a placement of stored content (`restore` or `unchanged`)."""
    apply = store.restore_version if placement.action == "restore" else store.record_unchanged
    return apply(placement, input_name="writer 1")


# (pages stored first, writer 1's page (placed before writer 2 writes), its placement then,
#  writer 2's page written in between) → writer 1's outcome, the page's versions after both
RACES = [
    # the review's repro: A is brought back by a crawl of 9 Jan, C of 11 Jan came in between
    ([("A", 1), ("B", 5)], ("A", 9), "restore", ("C", 11),
     "unchanged", {"A": (False, 9), "B": (False, 5), "C": (True, 11)}),
    # C of 7 Jan came in between: A's 9 Jan is still the page's latest crawl
    ([("A", 1), ("B", 5)], ("A", 9), "restore", ("C", 7),
     "version", {"A": (True, 9), "B": (False, 5), "C": (False, 7)}),
    # B, current, was re-seen on 11 Jan in between
    ([("A", 1), ("B", 5)], ("A", 9), "restore", ("B", 11),
     "unchanged", {"A": (False, 9), "B": (True, 11)}),
    # A current, re-seen on 9 Jan; C of 7 Jan came in between: A's crawl is the latest
    ([("A", 1)], ("A", 9), "unchanged", ("C", 7),
     "version", {"A": (True, 9), "C": (False, 7)}),
    # the same with C of 11 Jan: C stays current
    ([("A", 1)], ("A", 9), "unchanged", ("C", 11),
     "unchanged", {"A": (False, 9), "C": (True, 11)}),
]
RACE_IDS = ["restore-vs-later-version", "restore-vs-earlier-version", "restore-vs-current-re-seen",
            "unchanged-vs-earlier-version", "unchanged-vs-later-version"]


@pytest.mark.parametrize("stored, first, placed, second, outcome, after", RACES, ids=RACE_IDS)
def test_a_placement_read_before_another_write_is_decided_again(store_url, make_doc, stored, first, placed,
                                                                 second, outcome, after):
    with open_store(store_url) as store:
        for text, day in stored:
            _ingest(store, make_doc, text, day)
    with open_store(store_url) as writer1, open_store(store_url) as writer2:
        placement = settled(writer1, _raw(*first))  # read before any lock, as `settled` reads
        assert placement.action == placed
        _ingest(writer2, make_doc, *second)
        assert _write_placed(writer1, placement).status == outcome
    with open_store(store_url) as store:
        assert _page_state(store) == after
        assert store.current_counts()["articles"] == 1


@pytest.mark.parametrize("stored, first, placed, second, outcome, after", RACES, ids=RACE_IDS)
def test_write_page_reports_what_the_store_decided(store_url, make_doc, monkeypatch, stored, first, placed,
                                                    second, outcome, after):
    """`write_page` given the stale placement (as from a `settled` read before the other write)
    reports the status the store applied and logged, not the placement's (review rev24_B L2:
    an "unchanged" applied as a "version" was reported "unchanged")."""
    with open_store(store_url) as store:
        for text, day in stored:
            _ingest(store, make_doc, text, day)
    with open_store(store_url) as writer1, open_store(store_url) as writer2:
        placement = settled(writer1, _raw(*first))
        _ingest(writer2, make_doc, *second)
        monkeypatch.setattr(ingest_module, "settled", lambda store, page: placement)
        run_id = writer1.begin_run("test")
        (written,) = write_locked(writer1, [(_raw(*first), None)],
                                  lambda item, enriched: write_page(writer1, item, enriched, run_id, ""))
        writer1.finish_run(run_id)
        assert written.status == outcome
        assert [item.status for item in writer1.get_run(run_id).items] == [outcome]
    with open_store(store_url) as store:
        assert _page_state(store) == after


@pytest.mark.parametrize("stored, first, placed, second, outcome, after", RACES, ids=RACE_IDS)
def test_the_same_as_the_two_writes_one_after_the_other(tmp_path, make_doc, stored, first, placed, second,
                                                        outcome, after):
    """The version rules' own answer: writer 2's page, then writer 1's, each placed when written."""
    with open_store(str(tmp_path / "serial.db")) as store:
        for text, day in [*stored, second]:
            _ingest(store, make_doc, text, day)
        assert _ingest(store, make_doc, *first) == outcome
        assert _page_state(store) == after


def _sqlite_lock_held(conn) -> bool:
    """Whether another connection holds SQLite's write lock: a BEGIN IMMEDIATE without a busy
    timeout is refused at once (the store's own BEGIN waits instead)."""
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return True
    else:
        conn.execute("ROLLBACK")
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {timeout}")


def _pg_lock_requests_waiting(store) -> int:
    return int(store._one("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")[0])


def _seen_waiting(writer2, asking: threading.Event) -> bool:
    """Writer 1 seen waiting for the write lock writer 2 holds: on PostgreSQL its advisory lock
    request is in `pg_locks`, not granted; on SQLite its BEGIN (`asking`) is about to wait."""
    if isinstance(writer2, SqliteStore):
        return asking.wait(60)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if _pg_lock_requests_waiting(writer2):
            return True
        time.sleep(0.02)
    return False


def test_the_restore_waits_for_the_lock_and_decides_after_it(store_url, make_doc):
    """The review's repro with the interleaving forced by the lock: writer 1 places A (9 Jan)
    while writer 2, holding the write lock, has stored C (11 Jan) but not committed it; writer
    2 keeps its batch open until writer 1 is seen waiting for the lock (review rev24_B L3:
    PostgreSQL's `pg_locks` shows its request not granted; on SQLite a BEGIN IMMEDIATE without a
    busy timeout, tried just before the store's own, is refused); writer 1's restore then finds
    C."""
    with open_store(store_url) as store:
        _ingest(store, make_doc, "A", 1)
        _ingest(store, make_doc, "B", 5)
    placed, asking, outcome = threading.Event(), threading.Event(), {}

    def writer1() -> None:
        with open_store(store_url) as store:
            placement = settled(store, _raw("A", 9))
            outcome["placed"] = placement.action
            if isinstance(store, SqliteStore):
                begin = store._begin

                def begin_seen() -> None:
                    outcome["lock held"] = _sqlite_lock_held(store.conn)
                    asking.set()
                    begin()
                store._begin = begin_seen
            placed.set()
            outcome["written"] = store.restore_version(placement).status

    with open_store(store_url) as writer2:
        with writer2.batch():
            _ingest(writer2, make_doc, "C", 11)
            thread = threading.Thread(target=writer1)
            thread.start()
            assert placed.wait(60)
            assert _seen_waiting(writer2, asking)
            assert "written" not in outcome
        thread.join(60)
    assert not thread.is_alive()
    assert outcome.pop("lock held", True)
    assert outcome == {"placed": "restore", "written": "unchanged"}
    with open_store(store_url) as store:
        assert _page_state(store) == {"A": (False, 9), "B": (False, 5), "C": (True, 11)}
