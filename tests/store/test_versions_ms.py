"""A page's versions (review rv21_J H1, M1, M2; helper ms): a page's current version is the one
of its latest crawl; bytes (or text) a set-aside version holds bring it back only in a later
crawl; a feed entry's own text never replaces a fetched page; the same article by another
route is unchanged.  Each case is a sequence of inputs written as `khronika ingest` writes them
(`settled` before enrichment, then `write_locked` + `write_page`), on both backends.
`store.versions.place` is also checked alone, as a table."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from khronika.ingest.rawpage import RawPage
from khronika.scale.work import EnrichedDoc
from khronika.store.ingest import stored_copy, write_locked, write_page

try:  # absent from the code before (its sequences then run through `stored_copy`, as that code did)
    from khronika.ingest.rawpage import is_feed_text
    from khronika.store.ingest import settled
    from khronika.store.versions import PageVersion, place
except ImportError:  # pragma: no cover
    is_feed_text = settled = place = None

    def PageVersion(*fields):  # noqa: N802
        return fields

needs_rule = pytest.mark.skipif(place is None, reason="the code before has no store.versions")

URL = "https://news.example.ru/2018/10/31/bibi"
PUTIN = ("per:vladimir-putin", "Владимир Путин", "PER")
TITLE = "Путин провел совещание с членами правительства"
LEAD = "Президент России Владимир Путин провел совещание с членами правительства в Кремле."
# One word in each text no other text has: the full text finds the current one only.
TEXTS = {
    "A": [LEAD, "Обсуждались вопросы бюджета и поддержки регионов, сообщил пресс-секретарь."],
    "B": [LEAD, "Обсуждались вопросы бюджета и строительства дорог, сообщил пресс-секретарь."],
    "C": [LEAD, "Обсуждались вопросы бюджета и вакцинации населения, сообщил пресс-секретарь."],
    "F": [LEAD],  # the feed's summary
    "G": [LEAD + " Обновлено."],  # the feed's summary, edited
}
WORD = {"A": "регионов", "B": "дорог", "C": "вакцинации"}
T0 = datetime(2018, 10, 31, 7, 0, tzinfo=timezone.utc)
PUBLISHED = "2018-10-31T09:00:00+03:00"


def _input(make_doc, text: str, hour: int | None, *, route: str = "page", published: str | None = PUBLISHED):
    """One input of the page: its RawPage (bytes per text and route) and its Doc.
    route "page": fetched (HTML); "feed": the feed entry's own text; "jsonl": a dump's record."""
    crawled = T0 + timedelta(hours=hour) if hour is not None else None
    body = "".join(f"<p>{p}</p>" for p in TEXTS[text])
    if route == "feed":
        raw = RawPage("https://news.example.ru/rss", f"<html><article><h1>{TITLE}</h1>{body}</article></html>", "html",
                      crawled_at=None, url=URL, locator="entry 1 (the feed's text: page not fetched, HTTP 404 Not Found)")
    elif route == "jsonl":
        raw = RawPage("dump.jsonl", "\n\n".join([TITLE, *TEXTS[text]]), "text", crawled_at=crawled, url=URL,
                      locator="line 1")
    else:
        raw = RawPage(URL, f"<html><body><article><h1>{TITLE}</h1>{body}</article></body></html>".encode(), "html",
                      crawled_at=crawled, url=URL)
    doc = make_doc(TITLE, TEXTS[text], url=URL, published=published, actors=[(*PUTIN, ["Владимир Путин"])])
    return raw, doc


def _ingest(store, raw, doc):
    """As `khronika ingest`: no enrichment for a page its bytes settle, the write under the lock."""
    run_id = store.begin_run("test")
    known = settled(store, raw) if settled is not None else stored_copy(store, raw)
    enriched = None if known is not None else EnrichedDoc(raw.name, doc=doc)
    (written,) = write_locked(store, [(raw, enriched)], lambda item, e: write_page(store, item, e, run_id, ""))
    store.finish_run(run_id)
    return written


def _current_text(store) -> str:
    rows = store._execute("SELECT id FROM articles WHERE is_current = 1")
    assert len(rows) == 1, rows
    found = [k for k, w in WORD.items() if store.search_page(w).hits]
    return found[0] if len(found) == 1 else "?" + "".join(found)


# (steps: text, crawl hour or None, route) → statuses, the current text, rows stored
SEQUENCES = [
    pytest.param([("A", 1, "page"), ("G", None, "feed"), ("A", 3, "page")],
                 ["new", "skipped", "unchanged"], "A", 1, id="H1: the feed's text while the page is down"),
    pytest.param([("F", None, "feed"), ("A", 1, "page"), ("F", None, "feed"), ("G", None, "feed")],
                 ["new", "version", "unchanged", "skipped"], "A", 2, id="H1: a 404 entry, then its page"),
    pytest.param([("A", 1, "page"), ("B", 2, "page"), ("A", 3, "page"), ("A", 4, "page"), ("B", 2, "page"),
                  ("B", 5, "page")],
                 ["new", "version", "version", "unchanged", "unchanged", "version"], "B", 2,
                 id="H1: bytes of a set-aside version in a later crawl"),
    pytest.param([("B", 5, "page"), ("A", 1, "page"), ("A", 1, "page"), ("B", 5, "page")],
                 ["new", "version", "unchanged", "unchanged"], "B", 2, id="M1: an older crawl ingested later"),
    pytest.param([("B", 5, "page"), ("A", 1, "page"), ("C", 6, "page")],
                 ["new", "version", "version"], "C", 3, id="M1: then a newer crawl"),
    pytest.param([("A", None, "page"), ("B", None, "page"), ("A", None, "page"), ("B", None, "page")],
                 ["new", "version", "unchanged", "unchanged"], "B", 2, id="no crawl times: ingest order, re-ingest"),
    pytest.param([("A", 1, "page"), ("B", 2, "page"), ("A", 1, "page"), ("B", 2, "page")],
                 ["new", "version", "unchanged", "unchanged"], "B", 2, id="a changed page: both kept, re-ingest"),
    pytest.param([("A", None, "page"), ("A", 3, "jsonl"), ("A", None, "page")],
                 ["new", "unchanged", "unchanged"], "A", 1, id="M2: the same article by another route"),
]


@pytest.mark.parametrize("steps, statuses, current, n_rows", SEQUENCES)
def test_a_page_keeps_the_version_of_its_latest_crawl(store, make_doc, steps, statuses, current, n_rows):
    got = [_ingest(store, *_input(make_doc, text, hour, route=route)).status for text, hour, route in steps]
    assert got == statuses
    assert len(store._execute("SELECT id FROM articles")) == n_rows
    if current in WORD:
        assert _current_text(store) == current
    # the actor counts hold the current version once
    assert store.get_actor(PUTIN[0]).n_articles == 1


def test_the_same_text_by_another_route_keeps_the_publication_time(store, make_doc):
    """M2: the record has no publication time; the page's stays, and the story's first time with it."""
    first = _ingest(store, *_input(make_doc, "A", None))
    second = _ingest(store, *_input(make_doc, "A", 3, route="jsonl", published=None))
    assert (first.status, second.status, second.article_id) == ("new", "unchanged", first.article_id)
    (row,) = store._execute("SELECT published, is_current FROM articles")
    assert tuple(row) == (PUBLISHED, 1)
    story = store.get_story(store.get_article(first.article_id).summary.story_id)
    assert story.by_source[0].first_published == PUBLISHED


def test_a_record_that_brings_a_publication_time_is_a_version(store, make_doc):
    """The other order: the record first (no time), then the page with its time: kept (no loss)."""
    first = _ingest(store, *_input(make_doc, "A", 3, route="jsonl", published=None))
    second = _ingest(store, *_input(make_doc, "A", None))
    assert (first.status, second.status) == ("new", "version")
    assert [tuple(r) for r in store._execute("SELECT published FROM articles WHERE is_current = 1")] == [(PUBLISHED,)]


def test_each_decision_is_said_in_the_run_log(store, make_doc):
    _ingest(store, *_input(make_doc, "B", 5))
    older = _ingest(store, *_input(make_doc, "A", 1))
    feed = _ingest(store, *_input(make_doc, "G", None, route="feed"))
    back = _ingest(store, *_input(make_doc, "A", 7))
    assert older.status == "version" and "kept as an older version, not current" in older.reason
    assert feed.status == "skipped" and "the feed's text of a page stored in full" in feed.reason
    assert back.status == "version" and "current again" in back.reason
    statuses = [(i.status, i.reason) for run in store.runs() for i in store.get_run(run.id).items]
    assert ("skipped", feed.reason) in statuses and ("version", back.reason) in statuses


def test_a_version_made_current_again_is_searched_and_counted_again(store, make_doc):
    _ingest(store, *_input(make_doc, "A", 1))
    _ingest(store, *_input(make_doc, "B", 2))
    assert _current_text(store) == "B"
    back = _ingest(store, *_input(make_doc, "A", 3))
    assert back.status == "version"
    assert _current_text(store) == "A"
    assert store.get_actor(PUTIN[0]).n_articles == 1
    story = store.get_story(store.get_article(back.article_id).summary.story_id)
    assert [a.id for a in story.articles] == [back.article_id]
    assert stored_copy(store, _input(make_doc, "A", 9)[0]) == back.article_id  # now current: unchanged


# -- the rule alone ---------------------------------------------------------------------------


def _v(id_: int, raw: str, current: bool, crawled: str | None, feed: bool = False, content: str | None = None,
       published: str | None = None) -> PageVersion:
    return PageVersion(id_, id_, 1, raw, current, content or raw.upper(), published, crawled, feed)


H = "2018-10-31T0{}:00:00+00:00".format
PLACES = [
    # versions, (raw hash, crawled, feed text, content hash, published) → action, version id
    ([], ("a", H(1), False, None, None), ("current", None)),
    ([_v(1, "a", True, H(1))], ("a", H(2), False, None, None), ("unchanged", 1)),
    ([_v(1, "a", True, H(5))], ("b", H(1), False, None, None), ("older", None)),
    ([_v(1, "a", True, H(5))], ("b", H(5), False, None, None), ("current", None)),  # the same second: ingest order
    ([_v(1, "a", True, H(5))], ("b", None, False, None, None), ("current", None)),
    ([_v(1, "a", True, None)], ("b", H(1), False, None, None), ("current", None)),
    ([_v(1, "a", False, H(1)), _v(2, "b", True, H(2))], ("a", H(3), False, None, None), ("restore", 1)),
    ([_v(1, "a", False, H(1)), _v(2, "b", True, H(2))], ("a", H(2), False, None, None), ("unchanged", 1)),
    ([_v(1, "a", False, H(1)), _v(2, "b", True, H(2))], ("a", None, False, None, None), ("unchanged", 1)),
    ([_v(1, "a", False, H(1)), _v(2, "f", True, None, feed=True)], ("a", H(3), False, None, None), ("restore", 1)),
    ([_v(1, "a", True, H(1))], ("f", None, True, None, None), ("skip", 1)),
    ([_v(1, "f", True, None, feed=True)], ("g", None, True, None, None), ("current", None)),
    ([_v(1, "f", False, None, feed=True), _v(2, "a", True, H(1))], ("f", None, True, None, None), ("unchanged", 1)),
    ([_v(1, "a", True, None, published="2018-10-31T09:00:00+03:00")], ("j", H(3), False, "A", None), ("unchanged", 1)),
    ([_v(1, "a", True, None, published="2018-10-31T09:00:00+03:00")], ("j", H(3), False, "A",
                                                                        "2018-10-31T06:00:00Z"), ("unchanged", 1)),
    ([_v(1, "a", True, None, published=None)], ("j", H(3), False, "A", "2018-10-31T09:00:00+03:00"),
     ("current", None)),
    ([_v(1, "a", True, H(1))], ("j", H(3), False, "B", None), ("current", None)),
]


@needs_rule
@pytest.mark.parametrize("versions, incoming, expected", PLACES)
def test_place(versions, incoming, expected):
    raw, crawled, feed, content, published = incoming
    placement = place(versions, raw, crawled=crawled, feed_text=feed, content_hash=content, published=published)
    assert (placement.action, placement.version.id if placement.version else None) == expected


@pytest.mark.parametrize("locator, expected", [
    ("entry 3", True), ("entry 12 (the feed's text: page not fetched, HTTP 404 Not Found)", True),
    ("line 3", False), ("record 2", False), (None, False), ("entry", False), ("entry 3 x", False),
])
@needs_rule
def test_feed_text_is_told_by_its_locator(locator, expected):
    assert is_feed_text(locator) is expected
