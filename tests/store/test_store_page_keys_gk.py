"""Migration 0011 and ingest key a page alike (review rev19_B, helper gk).

- 1 (HIGH): a store holding the same bytes under a page's canonical URL and under a variant
  of it made the migration fail on UNIQUE (page_key, raw_hash), and no command opened the
  store.  A row that is no version of its own and held the canonical key now takes the key
  `apart:<id>:<key>`.
- 5: the migration chose a page's current version by crawl time, ingest by ingest order;
  the migration now replays ingest's rule, so a migrated store equals a fresh ingest of the
  same inputs (but for the rows kept apart).
- 7, 8: `www.ru` and hash-routed pages (`#/news/1`) keep their own keys in the migration too.
- 9: an input named by its URL (no `url`) is keyed by its canonical URL, as the migration keys it.

Each old store is written as the code before 0011 wrote it: the page key is the URL as given.
Both backends."""
from __future__ import annotations

from contextlib import nullcontext
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest

from khronika.ingest.rawpage import RawPage
from khronika.store import open_store
from khronika.store import sql as store_sql

PUTIN = ("per:vladimir-putin", "Владимир Путин", "PER")
TITLE = "Путин провел совещание с членами правительства"
T1 = ["Президент России Владимир Путин провел совещание с членами правительства в Кремле.",
      "Обсуждались вопросы бюджета на следующий год и поддержки регионов страны."]
T2 = [T1[0], "Обсуждались вопросы бюджета на следующий год, поддержки регионов и строительства дорог."]
T3 = [T1[0], "Обсуждались вопросы бюджета, поддержки регионов и строительства школ в стране."]
TEXTS = {"T1": T1, "T2": T2, "T3": T3}
T0 = datetime(2019, 1, 9, 10, 0, tzinfo=timezone.utc)

K = "https://news.example.ru/a/1"  # the canonical key of the variants below
HTTP = "http://news.example.ru/a/1"
UTM = "https://news.example.ru/a/1?utm_source=rss"


def _page(make_doc, url: str, text: str, hours: int):
    paragraphs = TEXTS[text]
    doc = make_doc(TITLE, paragraphs, url=url, published="2019-01-09T12:00:00+03:00",
                   actors=[(*PUTIN, ["Владимир Путин"])])
    raw = RawPage("pages.jsonl", "\n\n".join([TITLE, *paragraphs]), "text",
                  crawled_at=T0 + timedelta(hours=hours), url=url)
    return doc, raw


def _old_key(raw, article, name):
    return (raw.url if raw is not None else None) or article.url or name


def _write(url_of_store, analyzer, make_doc, pages, monkeypatch=None) -> None:
    """Ingest `pages` (url, text, crawl hour) in order; with `monkeypatch`, as the code before
    0011 did (keys as given, the migration not yet run)."""
    with monkeypatch.context() if monkeypatch else nullcontext() as old:
        if old is not None:
            old.setattr(store_sql, "page_key_of", _old_key)
        with open_store(url_of_store, analyzer=analyzer) as store:
            for url, text, hours in pages:
                store.add_document(*_page(make_doc, url, text, hours))
            if old is not None:
                store._execute("DELETE FROM schema_migrations WHERE version = 11")


def _rows(store) -> list[tuple]:
    return [tuple(r) for r in store._execute(
        "SELECT id, page_key, version, is_current FROM articles ORDER BY id")]


def _chains(store) -> set[tuple]:
    """(page key, version, raw hash, current) of every row but those kept apart by the migration."""
    return {tuple(r) for r in store._execute("SELECT page_key, version, raw_hash, is_current FROM articles")}


@pytest.fixture
def fresh_url(store_url, tmp_path, pg_server) -> str:
    """A second empty store on the same backend (the fresh ingest to compare with)."""
    if "://" not in store_url:
        return str(tmp_path / "fresh.db")
    return pg_server.new_database()


# the pages in ingest order (url, text, crawl hour) → the rows after migration (id, key, version, current);
# ids are ingest order.  Every case fails on the code before (the migration raised, or chose other rows).
CASES = {
    "same bytes, the canonical URL first, a variant later (review u2)": (
        [(K, "T1", 1), (HTTP, "T1", 2)],
        [(1, K, 1, 1), (2, HTTP, 1, 0)]),
    "same bytes, a variant first, the canonical URL later": (
        [(HTTP, "T1", 1), (K, "T1", 2)],
        [(1, K, 1, 1), (2, f"apart:2:{K}", 1, 0)]),
    "the canonical URL's first version repeated under a variant": (
        [(K, "T1", 1), (K, "T2", 2), (UTM, "T1", 3)],
        [(1, K, 1, 0), (2, K, 2, 1), (3, UTM, 1, 0)]),
    "a variant's bytes repeated as the canonical URL's first version": (
        [(HTTP, "T1", 1), (K, "T1", 2), (K, "T2", 3)],
        [(1, K, 1, 0), (2, f"apart:2:{K}", 1, 0), (3, K, 2, 1)]),
    "crawl times against ingest order: the last ingested is current, as at ingest": (
        [(UTM, "T2", 5), (K, "T1", 1)],
        [(1, K, 1, 0), (2, K, 2, 1)]),
    "ingest order with an older crawl between": (
        [(HTTP, "T1", 1), (UTM, "T3", 0), (K, "T2", 2)],
        [(1, K, 1, 0), (2, K, 2, 0), (3, K, 3, 1)]),
    "hash-routed pages are two pages": (
        [("https://x.example.ru/#/news/1", "T1", 1), ("https://x.example.ru/#/news/2", "T2", 2)],
        [(1, "https://x.example.ru#/news/1", 1, 1), (2, "https://x.example.ru#/news/2", 1, 1)]),
    "www.ru is not ru": (
        [("https://www.ru/a/1", "T1", 1), ("https://ru/a/1", "T2", 2)],
        [(1, "https://www.ru/a/1", 1, 1), (2, "https://ru/a/1", 1, 1)]),
}


# Since review rv21_J (M1, H1) ingest makes a page's latest crawl current; the migration still replays
# ingest order (its rows above stay).  Where crawl times contradict the order of ingest, a fresh ingest
# of the same pages makes the latest crawl current, and a re-ingest of the migrated store brings a
# set-aside version back only for a crawl later than every one stored of the page: case → the re-ingest's
# statuses and the migrated rows' current flags after it.
FRESH_DIFFERS = {
    # T1 crawled again at hour 3 (under the variant): current again, as a fresh ingest has it
    "the canonical URL's first version repeated under a variant": (["unchanged", "unchanged", "version"], [1, 0, 0]),
    # T2's hour-5 crawl is no later than the page's latest: the migrated rows stay
    "crawl times against ingest order: the last ingested is current, as at ingest": (["unchanged", "unchanged"], [0, 1]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_migration_keys_an_old_store_as_a_fresh_ingest_does(
        case, store_url, fresh_url, analyzer, make_doc, monkeypatch):
    pages, expected = CASES[case]
    _write(store_url, analyzer, make_doc, pages, monkeypatch)
    _write(fresh_url, analyzer, make_doc, pages)
    statuses, after = FRESH_DIFFERS.get(case, (["unchanged"] * len(pages), [row[3] for row in expected]))
    with open_store(store_url, analyzer=analyzer) as migrated, open_store(fresh_url, analyzer=analyzer) as fresh:
        assert 11 in {m[0] for m in migrated.migrations()}
        assert _rows(migrated) == expected
        # the same versions and current rows as a fresh ingest, but for the rows kept apart
        kept = {row[1] for row in expected if not row[1].startswith("apart:")} & {r[1] for r in _rows(fresh)}
        if case in FRESH_DIFFERS:
            # the fresh ingest's current row holds the latest crawl's text
            latest = max(pages, key=lambda page: page[2])
            (current,) = [r[2] for r in _chains(fresh) if r[3]]
            assert current == store_sql.raw_digest(_page(make_doc, *latest)[1])
        else:
            assert {c for c in _chains(migrated) if c[0] in kept} == _chains(fresh)
        n_current = sum(row[3] for row in expected)
        assert migrated.get_actor(PUTIN[0]).n_articles == fresh.get_actor(PUTIN[0]).n_articles == n_current
        assert len(migrated.search("совещание")) == n_current
        assert sum(s.n_articles for s in migrated.stories(min_articles=0)) == n_current
        # re-ingest of every page: nothing new (and, but for FRESH_DIFFERS, nothing superseded)
        got = [migrated.add_document(*_page(make_doc, url, text, hours)).status for url, text, hours in pages]
        assert got == statuses
        expected = [(*row[:3], flag) for row, flag in zip(expected, after)]
        assert _rows(migrated) == expected
        assert migrated.get_actor(PUTIN[0]).n_articles == n_current
    with open_store(store_url, analyzer=analyzer) as reopened:  # migrated once, opens again
        assert _rows(reopened) == expected


def test_a_superseded_row_is_not_made_current_again(store_url, analyzer, make_doc, monkeypatch):
    """The one case the migration cannot replay: under the canonical key, a later crawl went back
    to the bytes a variant holds (T1 → T2 → T1).  Ingest would have kept T2 current ("unchanged"
    for the last); the migration keeps the newest current row (T1) rather than bring back a
    superseded row's counts and full text.  Nothing fails, one row is current."""
    pages = [(UTM, "T1", 1), (K, "T2", 2), (K, "T1", 3)]
    _write(store_url, analyzer, make_doc, pages, monkeypatch)
    with open_store(store_url, analyzer=analyzer) as migrated:
        assert _rows(migrated) == [(1, UTM, 1, 0), (2, K, 1, 0), (3, K, 2, 1)]
        assert migrated.get_actor(PUTIN[0]).n_articles == 1
        for url, text, hours in pages:
            assert migrated.add_document(*_page(make_doc, url, text, hours)).status == "unchanged"


# an input's name (no URL in the record, the page or its HTML) → its page key
NAMED = [
    ("https://news.example.ru/a/1?utm_source=tg", K),       # a URL: canonical, as the migration keys it
    ("http://www.news.example.ru/a/1/", K),
    ("<stdin>#line 3@ab12cd", "<stdin>#line 3@ab12cd"),    # anything else as it is
    ("upload.html", "upload.html"),
]


@pytest.mark.parametrize("name, key", NAMED)
def test_an_input_named_by_its_url_is_keyed_by_the_canonical_url(name, key):
    article = SimpleNamespace(url=None)
    assert store_sql.page_key_of(None, article, name) == key
