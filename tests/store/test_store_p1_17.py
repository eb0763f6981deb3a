"""Two store defects the sixteenth session's reviews left (helper p1, seventeenth session).

1. Two ingests of the same pages into one PostgreSQL store at the same time: one of them
   ended with "deadlock detected" or a duplicate (page_key, version) key.  Now a batch locks
   its pages (in one order, at its start) and a batch another writer still collides with is
   written again; both runs finish, every page is stored once.  SQLite (one write lock) is
   checked with the same tables; two of its own races are mended too (a single write losing to
   another writer of the same page, a new file opened by two processes at once).
2. Stored times of different UTC offsets were compared as text: "2022-01-29T01:00:00+03:00"
   (22:00 UTC) sorted after "2022-01-28T23:30:00+00:00".  Stories' first/last seen, the
   "recent" order and its cursor, a story's articles and sources now go by the instant
   (`instant_key`, kept in `articles.seen_utc` / `stories.last_seen_utc`, migration 0010,
   which back-fills older stores); the times shown stay as the pages wrote them, and the
   `from:`/`to:` day of an article stays the day its page shows.
"""
from __future__ import annotations

import json
import threading

import pytest

from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline
from khronika.store import open_store
from khronika.store.ingest import ingest_pages


# -- 2. times of different offsets ---------------------------------------------------------

# The UTC instant of a stored time, as text that sorts in time order (None: no time, or a form
# the store does not read as one).  Without an offset (and a date alone, at its midnight) a
# time is Moscow time, with the offset of that date, as the extractor reads a Russian page.
INSTANTS = [
    ("2022-01-29T01:00:00+03:00", "2022-01-28T22:00:00Z"),
    ("2022-01-28T23:30:00+00:00", "2022-01-28T23:30:00Z"),
    ("2022-01-28T23:30:00Z", "2022-01-28T23:30:00Z"),
    ("2022-01-29T00:30:00+02:00", "2022-01-28T22:30:00Z"),      # Kyiv
    ("2012-06-01T10:00:00+04:00", "2012-06-01T06:00:00Z"),      # Moscow 2011-2014
    ("2012-06-01T10:00:00", "2012-06-01T06:00:00Z"),            # no offset: Moscow, +04:00 then
    ("2022-01-28 15:19:14", "2022-01-28T12:19:14Z"),
    ("2010-10-31T02:30:00", "2010-10-30T23:30:00Z"),            # Moscow lived 02:30 twice: as PostgreSQL, +03:00
    ("2010-03-28T02:30:00", "2010-03-27T23:30:00Z"),            # ... and skipped it: +03:00
    ("2022-01-28", "2022-01-27T21:00:00Z"),                     # a date: Moscow midnight
    ("2022-01-28T15:19:14.123456+03:00", "2022-01-28T12:19:14Z"),  # fractions dropped
    ("2022-01-28T15:19+0300", "2022-01-28T12:19:00Z"),
    ("2022-01-28T15:19:00-05", "2022-01-28T20:19:00Z"),
    ("2022-02-30T10:00:00+03:00", None),
    ("вчера", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("value", "expected"), INSTANTS)
def test_instant_key(value, expected):
    from khronika.store.sql import instant_key

    assert instant_key(value) == expected


# (headline, published): one story each.  Text order and time order differ across offsets.
PAGES = [
    ("Парламент Исландии утвердил бюджет на следующий год", "2022-01-28T23:30:00+00:00"),  # 23:30 UTC
    ("Сборная Бразилии выиграла товарищеский матч у Японии", "2022-01-29T01:00:00+03:00"),  # 22:00 UTC
    ("Учёные нашли в Антарктиде неизвестный вид мха", "2022-01-29T00:30:00+02:00"),  # 22:30 UTC
    ("Центробанк Чили снизил ключевую ставку", "2022-01-28T22:15:00Z"),  # 22:15 UTC
    ("Пожар на складе в Подольске потушен за три часа", "2012-03-01T03:00:00+04:00"),  # Feb 29, 23:00 UTC
    ("В Казани прошёл фестиваль уличной еды", "2012-02-29T23:30:00+00:00"),  # Feb 29, 23:30 UTC
    ("В Новосибирске открылся новый мост через Обь", None),
]
# Newest first by instant, the undated last (the text order was 1, 2, 0, 3, 4, 5, 6).
RECENT = [0, 2, 3, 1, 5, 4, 6]


def _fill(store, make_doc, pages=PAGES) -> None:
    for i, (title, published) in enumerate(pages):
        body = f"{title}. Подробности сообщения номер {i} будут опубликованы позже."
        store.add_document(make_doc(title, [body], url=f"https://example{i}.ru/{i}", published=published))


def _recent(store, limit: int) -> list[str]:
    titles, before, seen = [], None, None
    while True:
        rows = store.stories(limit=limit, before=before, seen=seen, order="recent")
        titles += [r.title for r in rows]
        if len(rows) < limit:
            return titles
        before, seen = rows[-1].id, rows[-1].last_seen


@pytest.mark.parametrize("limit", [1, 2, 3, 50])
def test_recent_order_is_by_instant_across_offsets(store, make_doc, limit):
    _fill(store, make_doc)
    assert _recent(store, limit) == [PAGES[i][0] for i in RECENT]
    # What is shown is the time as the page wrote it.
    shown = {s.title: s.last_seen for s in store.stories(limit=50)}
    assert shown == {title: published for title, published in PAGES}


# Two reports of one text (an exact duplicate joins the first's story), published at p1, p2
# → the story's first_seen, last_seen (as written), and its articles in time order.
SPANS = [
    (("2022-01-28T23:30:00+00:00", "2022-01-29T01:00:00+03:00"),
     ("2022-01-29T01:00:00+03:00", "2022-01-28T23:30:00+00:00")),
    (("2022-01-29T01:00:00+03:00", "2022-01-28T23:30:00+00:00"),
     ("2022-01-29T01:00:00+03:00", "2022-01-28T23:30:00+00:00")),
    (("2022-01-28T09:30:00+02:00", "2022-01-28T10:00:00+03:00"),  # Kyiv 07:30 UTC, Moscow 07:00 UTC
     ("2022-01-28T10:00:00+03:00", "2022-01-28T09:30:00+02:00")),
    (("2022-01-28T10:00:00+03:00", "2022-01-28T09:00:00+03:00"),  # one offset: as before
     ("2022-01-28T09:00:00+03:00", "2022-01-28T10:00:00+03:00")),
    (("2022-01-28T10:00:00+03:00", None),  # an undated report: not a bound
     ("2022-01-28T10:00:00+03:00", "2022-01-28T10:00:00+03:00")),
]


@pytest.mark.parametrize(("published", "expected"), SPANS)
def test_story_first_and_last_seen_by_instant(store, make_doc, published, expected):
    body = ["Пожарные в Казани ликвидировали возгорание на складе стройматериалов на улице Техническая.",
            "Площадь пожара составила две тысячи квадратных метров, пострадавших нет."]
    results = [store.add_document(make_doc("Пожар на складе в Казани", body, url=f"https://{host}/fire",
                                           published=p))
               for host, p in zip(("a.example", "b.example"), published)]
    assert results[0].story_id == results[1].story_id
    story = store.get_story(results[0].story_id)
    assert (story.summary.first_seen, story.summary.last_seen) == expected
    dated = sorted((p for p in published if p), key=lambda p: expected.index(p))
    assert [a.published for a in story.articles if a.published] == dated  # earliest first
    assert [r.first_published for r in story.by_source if r.first_published] == dated


# `from:`/`to:` are days: an article's day is the date its page shows (its own offset), not its
# UTC date.  (This was already so; kept.)  (from, to) → the headlines found.
DAYS = [
    ("2022-01-29", "2022-01-29", {1, 2}),  # 01:00 Moscow and 00:30 Kyiv are the 29th there (the 28th in UTC)
    ("2022-01-28", "2022-01-28", {0, 3}),
    ("2012-03-01", "2012-03-01", {4}),
    ("2012-02-29", "2012-02-29", {5}),
]


@pytest.mark.parametrize(("first", "last", "expected"), DAYS)
def test_date_filters_use_the_pages_own_day(store, make_doc, first, last, expected):
    _fill(store, make_doc)
    hits = store.search_page(f"from:{first} to:{last}", limit=50).hits
    assert {h.article.title for h in hits} == {PAGES[i][0] for i in expected}


# Stored times in every form the back-fill reads, and one it does not.
FORMS = [value for value, _ in INSTANTS if value] + ["2022-01-28T23:59:59.999+00:00"]


def _downgrade_to_0009(store) -> None:
    """The store as migration 0009 left it: no instant columns, the old index, and the first /
    last seen the old writer kept (the smallest and largest text)."""
    run = store._execute
    run("DROP INDEX IF EXISTS stories_last_seen_utc")
    run("ALTER TABLE articles DROP COLUMN seen_utc")
    run("ALTER TABLE stories DROP COLUMN last_seen_utc")
    run("CREATE INDEX stories_last_seen ON stories (last_seen, id)")
    run("UPDATE stories SET first_seen = (SELECT MIN(COALESCE(published, crawled_at)) FROM articles a "
        "WHERE a.story_id = stories.id AND a.is_current = 1), last_seen = (SELECT MAX(COALESCE(published, "
        "crawled_at)) FROM articles a WHERE a.story_id = stories.id AND a.is_current = 1)")
    run("DELETE FROM schema_migrations WHERE version = 10")


def test_migration_back_fills_older_stores(store_url, analyzer, make_doc):
    from khronika.store.sql import instant_key

    body = ["Пожарные в Казани ликвидировали возгорание на складе стройматериалов на улице Техническая.",
            "Площадь пожара составила две тысячи квадратных метров, пострадавших нет."]
    with open_store(store_url, analyzer=analyzer) as store:
        _fill(store, make_doc)
        for i, form in enumerate(FORMS):  # one story of exact duplicates, every form
            store.add_document(make_doc("Пожар на складе в Казани", body, url=f"https://f{i}.example/fire",
                                        published=form))
        written = {
            "articles": store._execute("SELECT id, seen_utc FROM articles ORDER BY id"),
            "stories": store._execute("SELECT id, first_seen, last_seen, last_seen_utc FROM stories ORDER BY id"),
        }
        _downgrade_to_0009(store)
    with open_store(store_url, analyzer=analyzer) as store:
        assert 10 in {m[0] for m in store.migrations()}
        filled = {
            "articles": store._execute("SELECT id, seen_utc FROM articles ORDER BY id"),
            "stories": store._execute("SELECT id, first_seen, last_seen, last_seen_utc FROM stories ORDER BY id"),
        }
        published = dict(store._execute("SELECT id, COALESCE(published, crawled_at) FROM articles"))
        assert [tuple(r) for r in filled["articles"]] == [tuple(r) for r in written["articles"]]
        assert [tuple(r) for r in filled["stories"]] == [tuple(r) for r in written["stories"]]
        # The back-fill's instants are `instant_key`'s (on PostgreSQL, its own SQL function).
        assert {i: k for i, k in filled["articles"]} == {i: instant_key(published[i]) for i, _ in filled["articles"]}
        fire = store.stories(limit=50, order="recent")[0]
        assert fire.title == "Пожар на складе в Казани"
        assert (fire.first_seen, fire.last_seen) == ("2010-03-28T02:30:00", "2022-01-28T23:59:59.999+00:00")


# -- 1. two ingests of the same pages at once ----------------------------------------------

def _pages_file(path, order):
    """60 pages on four outlets; `order`: the page numbers in the order written."""
    lines = []
    for i in order:
        topic = ["бюджет", "мост", "матч", "ставку", "склад", "фестиваль"][i % 6]
        lines.append(json.dumps({
            "url": f"https://outlet{i % 4}.example/news/{i}",
            "title": f"Новость {i}: власти обсудили {topic} номер {i}",
            "text": f"Власти региона номер {i} обсудили {topic}. Решение примут через {i + 2} дней, "
                    f"сообщил источник в администрации района {i * 7}.",
            "date": f"2022-01-{1 + i % 28:02d}T10:{i % 60:02d}:00+03:00",
        }, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _two_ingests(url, analyzer, files):
    """Both files ingested at once, each by its own store (connection) in a thread; each run's
    report summary, or the error that ended it."""
    pipeline = Pipeline.build(disable=list(DEFAULT_ORDER))
    open_store(url, analyzer=analyzer).close()  # created (and migrated) before the race
    start = threading.Barrier(len(files))
    outcomes: list[object] = [None] * len(files)

    def run(n):
        with open_store(url, analyzer=analyzer) as store:
            start.wait()
            try:
                outcomes[n] = ingest_pages(store, [files[n]], pipeline)[0].counts
            except Exception as error:  # noqa: BLE001 - the outcome under test
                outcomes[n] = error

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(files))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    return outcomes


# (order of run A, order of run B): the same 60 pages; in the same order (the later run met
# the earlier's (page_key, version) key) and in another (two batches deadlocked).
RACES = [
    ("same order", list(range(60)), list(range(60))),
    ("reversed", list(range(60)), list(reversed(range(60)))),
    ("interleaved", list(range(60)), [i for k in (1, 0) for i in range(k, 60, 2)]),
]


@pytest.mark.parametrize(("name", "order_a", "order_b"), RACES, ids=[r[0] for r in RACES])
def test_two_ingests_of_the_same_pages_at_once(store_url, pg_server, analyzer, tmp_path, name, order_a, order_b):
    files = [_pages_file(tmp_path / "a.jsonl", order_a), _pages_file(tmp_path / "b.jsonl", order_b)]
    # Three rounds, each into an empty store (the old code failed a run in most rounds).
    urls = [store_url] + [pg_server.new_database() if "://" in store_url else str(tmp_path / f"r{k}.db")
                          for k in (1, 2)]
    for round_, url in enumerate(urls):
        outcomes = _two_ingests(url, analyzer, files)
        failed = [o for o in outcomes if isinstance(o, Exception)]
        assert not failed, f"round {round_}: {failed[0]!r}"
        # Every page stored once, by one run or the other; the other found it unchanged.
        assert sum(o.get("new", 0) for o in outcomes) == 60
        assert all(o.get("new", 0) + o.get("unchanged", 0) == 60 for o in outcomes)
        with open_store(url, analyzer=analyzer) as store:
            n, keys, first = store._one("SELECT count(*), count(DISTINCT page_key), min(version) FROM articles")
            assert (n, keys, first) == (60, 60, 1)
            wrong = store._one("SELECT count(*) FROM stories s WHERE n_articles <> (SELECT count(*) FROM "
                               "articles a WHERE a.story_id = s.id AND a.is_current = 1) OR n_articles = 0")[0]
            assert wrong == 0
            assert json.loads(store._one("SELECT value FROM meta WHERE key = 'idf'")[0])["n_docs"] == 60


def test_a_single_write_that_loses_the_race_finds_the_page_stored(store_url, analyzer, make_doc):
    """`add_document` outside a batch (the API's ingest): the same pages written by two stores
    at once.  One stores each page, the other finds it unchanged (old, PostgreSQL: a unique
    key error for the loser)."""
    docs = [make_doc(f"Новость {i} о бюджете района", [f"Власти района {i} утвердили бюджет на {i + 3} год."],
                     url=f"https://outlet.example/news/{i}") for i in range(20)]
    open_store(store_url, analyzer=analyzer).close()
    start = threading.Barrier(2)
    outcomes: list[list[object]] = [[], []]

    def run(n):
        with open_store(store_url, analyzer=analyzer) as store:
            for doc in docs:
                start.wait()
                try:
                    outcomes[n].append(store.add_document(doc).status)
                except Exception as error:  # noqa: BLE001
                    outcomes[n].append(error)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert [sorted(map(str, pair)) for pair in zip(*outcomes)] == [["new", "unchanged"]] * len(docs)


def test_counts_survive_batches_rolled_back_one_after_the_other(store_url, analyzer, make_doc):
    """A batch written again (above) may be rolled back twice in a row: the document counts of
    the batch committed before must survive both (the second rollback dropped them)."""
    docs = [make_doc(f"Новость {i} о бюджете района", [f"Власти района {i} утвердили бюджет на {i + 3} год."],
                     url=f"https://outlet.example/news/{i}") for i in range(2)]
    with open_store(store_url, analyzer=analyzer) as store:
        with store.batch():
            store.add_document(docs[0])
        for writes in ([docs[1]], []):  # rolled back after a write, then before any
            with pytest.raises(RuntimeError):
                with store.batch():
                    for doc in writes:
                        store.add_document(doc)
                    raise RuntimeError("collided")
    with open_store(store_url, analyzer=analyzer) as store:
        assert json.loads(store._one("SELECT value FROM meta WHERE key = 'idf'")[0])["n_docs"] == 1


def test_a_new_sqlite_file_another_process_is_writing_is_waited_for(tmp_path):
    """Two ingests creating one new store at once: the second opened the file while the first
    still held its lock, and switching to WAL failed at once with "database is locked" (1 open
    in about 100 in /tmp/p1/open_race.py); it now waits for the lock like any other write."""
    import sqlite3

    from khronika.store.sqlite import SqliteStore

    path = tmp_path / "new.db"
    holder = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    # A file not in WAL mode yet, its lock held, by a first ingest (its first table is the
    # migration log: a file holding other tables is refused as no Khronika store, rv21_N M3).
    holder.execute("CREATE TABLE schema_migrations "
                   "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    holder.execute("BEGIN IMMEDIATE")
    timer = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
    timer.start()
    try:
        SqliteStore(path).close()
    finally:
        timer.join()
        holder.close()
    with open_store(str(path), create=False) as store:
        assert store._one("PRAGMA journal_mode")[0] == "wal"
