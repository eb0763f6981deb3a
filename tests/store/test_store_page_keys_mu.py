"""One page under trivial URL variants (review rv19_U M3, helper mu): the page key is the
canonical URL at ingest, and migration 0011 re-keys a store written before, merging the pages
that now share a key as ingest would (versions in ingest order, rev19_B 5; nothing lost).
Both backends."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from khronika.ingest.rawpage import RawPage
from khronika.store import open_store
from khronika.store import sql as store_sql
from khronika.store.ingest import stored_copy

PUTIN = ("per:vladimir-putin", "Владимир Путин", "PER")
TITLE = "Путин провел совещание с членами правительства"
TEXT = ["Президент России Владимир Путин провел совещание с членами правительства в Кремле.",
        "Обсуждались вопросы бюджета на следующий год и поддержки регионов страны."]
TEXT2 = [TEXT[0], "Обсуждались вопросы бюджета на следующий год, поддержки регионов и строительства дорог."]
OTHER = ["Президент России Владимир Путин провел совещание по вопросам здравоохранения в Кремле.",
         "Министр здравоохранения доложил о ходе вакцинации в регионах страны."]
T0 = datetime(2019, 1, 9, 10, 0, tzinfo=timezone.utc)


def _page(make_doc, url: str, paragraphs: list[str], hours: int | None = None, title: str = TITLE):
    doc = make_doc(title, paragraphs, url=url, published="2019-01-09T12:00:00+03:00",
                   actors=[(*PUTIN, ["Владимир Путин"])])
    crawled = T0 + timedelta(hours=hours) if hours is not None else None
    raw = RawPage("pages.jsonl", "\n\n".join([title, *paragraphs]), "text", crawled_at=crawled, url=url)
    return doc, raw


def _current(store) -> list[tuple]:
    return [tuple(r) for r in store._execute(
        "SELECT id, page_key, version, url FROM articles WHERE is_current = 1 ORDER BY id")]


def _rows(store) -> list[tuple]:
    return [tuple(r) for r in store._execute(
        "SELECT id, page_key, version, is_current, canonical_id FROM articles ORDER BY id")]


# Variants of one address → written as one page (the first new, the others versions or unchanged).
VARIANTS = ["https://news.example.ru/a/1", "http://news.example.ru/a/1", "https://www.news.example.ru/a/1",
            "https://news.example.ru/a/1/", "https://news.example.ru/a/1?utm_source=tg",
            "https://news.example.ru/a/1#comments", "https://NEWS.example.ru/a/1"]


def test_variants_of_one_address_are_one_page(store, make_doc):
    statuses = []
    for number, url in enumerate(VARIANTS):
        # each crawl a little different (its own bytes), as re-crawls are
        doc, raw = _page(make_doc, url, [TEXT[0], TEXT[1] + " " + "Подробности позже." * number], hours=number)
        statuses.append(store.add_document(doc, raw).status)
    assert statuses == ["new"] + ["version"] * (len(VARIANTS) - 1)
    current = _current(store)
    assert len(current) == 1
    assert current[0][1:] == ("https://news.example.ru/a/1", len(VARIANTS), VARIANTS[-1])  # the url as given
    assert store.get_actor(PUTIN[0]).n_articles == 1


def test_the_same_bytes_under_another_variant_are_unchanged(store, make_doc):
    first = store.add_document(*_page(make_doc, VARIANTS[0], TEXT))
    assert stored_copy(store, _page(make_doc, VARIANTS[4], TEXT)[1]) == first.article_id  # before enrichment
    again = store.add_document(*_page(make_doc, VARIANTS[4], TEXT))
    assert (first.status, again.status, again.article_id) == ("new", "unchanged", first.article_id)


@pytest.mark.parametrize("other", ["https://news.example.ru/a/1?id=2", "https://news.example.ru/a/2",
                                   "https://m.news.example.ru/a/1"])
def test_addresses_that_select_other_content_stay_apart(store, make_doc, other):
    assert store.add_document(*_page(make_doc, "https://news.example.ru/a/1?id=1", TEXT)).status == "new"
    assert store.add_document(*_page(make_doc, other, OTHER)).status == "new"
    assert len(_current(store)) == 2


def _old_store(store_url, analyzer, make_doc, monkeypatch, pages) -> None:
    """A store written with the keys before 0011 (the URL as given), the migration undone."""
    with monkeypatch.context() as old:
        old.setattr(store_sql, "page_key_of", lambda raw, article, name: (raw.url if raw is not None else None)
                    or article.url or name)
        with open_store(store_url, analyzer=analyzer) as store:
            for url, paragraphs, hours in pages:
                store.add_document(*_page(make_doc, url, paragraphs, hours))
            store._execute("DELETE FROM schema_migrations WHERE version = 11")


OLD_PAGES = [  # url, text, crawl hour
    ("http://www.news.example.ru/a/1/", TEXT, 1),        # 1
    ("https://news.example.ru/a/1?utm_source=tg", TEXT2, 5),  # 2: crawled last → the current version
    ("https://news.example.ru/a/1#comments", TEXT, 3),   # 3: same bytes as 1 → apart, superseded
    ("https://news.example.ru/a/1?id=5", OTHER, 2),      # 4: another page
]


def test_the_migration_merges_pages_stored_under_variants(store_url, analyzer, make_doc, monkeypatch):
    _old_store(store_url, analyzer, make_doc, monkeypatch, OLD_PAGES)
    with open_store(store_url, analyzer=analyzer) as store:
        assert 11 in {m[0] for m in store.migrations()}
        assert _rows(store) == [
            (1, "https://news.example.ru/a/1", 1, 0, None),
            (2, "https://news.example.ru/a/1", 2, 1, None),
            (3, "https://news.example.ru/a/1#comments", 1, 0, 1),   # kept, out of the current lists
            (4, "https://news.example.ru/a/1?id=5", 1, 1, None),
        ]
        assert [r[3] for r in _current(store)] == [OLD_PAGES[1][0], OLD_PAGES[3][0]]  # urls as given
        assert store.get_actor(PUTIN[0]).n_articles == 2
        assert sorted(h.article.id for h in store.search("совещание")) == [2, 4]
        assert sum(s.n_articles for s in store.stories(min_articles=0)) == 2
        # re-ingest of pages stored before the change: nothing new, found before enrichment too
        for url, paragraphs, hours in OLD_PAGES:
            assert stored_copy(store, _page(make_doc, url, paragraphs, hours)[1]) is not None
            assert store.add_document(*_page(make_doc, url, paragraphs, hours)).status == "unchanged"
        # a new crawl under yet another variant is the page's next version
        added = store.add_document(*_page(make_doc, "https://news.example.ru/a/1?fbclid=9", OTHER[:1] + TEXT[1:], 9))
        assert added.status == "version"
        assert [r[1:3] for r in _current(store)] == [("https://news.example.ru/a/1?id=5", 1),
                                                     ("https://news.example.ru/a/1", 3)]
    with open_store(store_url, analyzer=analyzer) as reopened:  # migrated once
        assert len(_current(reopened)) == 2


def test_without_crawl_times_the_versions_keep_their_ingest_order(store_url, analyzer, make_doc, monkeypatch):
    _old_store(store_url, analyzer, make_doc, monkeypatch,
               [("https://news.example.ru/a/1?utm_medium=rss", TEXT2, None), ("http://news.example.ru/a/1", TEXT, None)])
    with open_store(store_url, analyzer=analyzer) as store:
        assert _rows(store) == [(1, "https://news.example.ru/a/1", 1, 0, None),
                                (2, "https://news.example.ru/a/1", 2, 1, None)]
        assert store.get_actor(PUTIN[0]).n_articles == 1


def test_a_merged_page_keeps_exactly_one_current_version(store_url, analyzer, make_doc, monkeypatch):
    """Same bytes under two variants with an older version of a third between them (ingest order):
    the page keeps exactly one current row, the one a fresh ingest makes current (rev19_B 5:
    row 4 repeats row 1's bytes, so ingest would call it "unchanged"; row 3 stays current)."""
    text3 = [TEXT[0], "Обсуждались вопросы бюджета, поддержки регионов и строительства школ в стране."]
    _old_store(store_url, analyzer, make_doc, monkeypatch,
               [("http://news.example.ru/a/1", TEXT, None),             # 1: bytes h1
                ("https://www.news.example.ru/a/1", TEXT2, None),       # 2: a version …
                ("https://www.news.example.ru/a/1", text3, None),       # 3: … and the next
                ("https://news.example.ru/a/1/", TEXT, None)])          # 4: bytes h1 again, newest
    with open_store(store_url, analyzer=analyzer) as store:
        assert _rows(store) == [(1, "https://news.example.ru/a/1", 1, 0, None),
                                (2, "https://news.example.ru/a/1", 2, 0, None),
                                (3, "https://news.example.ru/a/1", 3, 1, None),
                                (4, "https://news.example.ru/a/1/", 1, 0, 1)]   # apart, old key
        assert store.get_actor(PUTIN[0]).n_articles == 1
