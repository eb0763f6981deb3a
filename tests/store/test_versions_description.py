"""A page's description standing in for its text (review rev23_B M1): a crawl whose body had no
article text (`extractor="description"`, `extract.summary`) never becomes the current version
over a stored version with article text; it is skipped with its reason, as a feed's text over a
fetched page is.  The full page crawled after a description (or before it, ingested after)
becomes current.  Each case is a sequence of inputs written as `khronika ingest` writes them
(`settled` before enrichment, then `write_locked` + `write_page`), on both backends;
`store.versions.place` is also checked alone, as a table."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from khronika.extract.summary import EXTRACTOR
from khronika.ingest.rawpage import RawPage
from khronika.store.versions import PageVersion, place
from page_writes import ingest_one

URL = "https://news.example.ru/2020/05/01/burkov"
TITLE = "Израиль приостановил экстрадицию гражданина России в США"
SUMMARY = "Верховный суд Израиля временно запретил экстрадицию россиянина Алексея Буркова в США."
# The texts of the page: full ones (a lead and a paragraph, one word no other text has) and
# descriptions (what a crawl of the page with an empty body keeps).
TEXTS = {
    "A": [SUMMARY, "Решение принято после жалобы адвокатов, сообщила газета о процедуре обмена."],
    "B": [SUMMARY, "Решение принято после жалобы адвокатов, сообщила газета о сроках рассмотрения."],
    "D": [SUMMARY],
    "E": [SUMMARY + " Решение обжаловано."],
}
DESCRIPTIONS = {"D", "E"}
WORD = {"A": "обмена", "B": "рассмотрения", "D": "Буркова", "E": "обжаловано"}
T0 = datetime(2020, 5, 1, 6, 0, tzinfo=timezone.utc)


def _input(make_doc, text: str, hour: int | None, *, feed: bool = False):
    """One input of the page: its RawPage (bytes per text) and its Doc, whose extractor says
    whether its text is the page's description."""
    crawled = T0 + timedelta(hours=hour) if hour is not None else None
    body = "".join(f"<p>{p}</p>" for p in TEXTS[text])
    html = f"<html><body><article><h1>{TITLE}</h1>{body}</article></body></html>"
    if feed:
        raw = RawPage("https://news.example.ru/rss", html, "html", crawled_at=None, url=URL,
                      locator="entry 1 (the feed's text: page not fetched, HTTP 404 Not Found)")
    else:
        raw = RawPage(URL, html.encode(), "html", crawled_at=crawled, url=URL)
    doc = make_doc(TITLE, TEXTS[text], url=URL, published="2020-05-01T03:32:00+03:00")
    doc.article.extractor = EXTRACTOR if text in DESCRIPTIONS else "khronika"
    return raw, doc


def _current_text(store) -> str:
    rows = store._execute("SELECT id FROM articles WHERE is_current = 1")
    assert len(rows) == 1, rows
    found = [k for k in ("A", "B", "E") if store.search_page(WORD[k]).hits]
    return found[0] if len(found) == 1 else "D" if not found else "?" + "".join(found)


# (steps: text, crawl hour or None, feed) → statuses, the current text, rows stored
SEQUENCES = [
    pytest.param([("A", 1, False), ("D", 3, False)], ["new", "skipped"], "A", 1,
                 id="the review's repro: a later crawl with no article text"),
    pytest.param([("A", None, False), ("D", None, False)], ["new", "skipped"], "A", 1,
                 id="no crawl times: the description after the text"),
    pytest.param([("D", 1, False), ("A", 3, False)], ["new", "version"], "A", 2,
                 id="the other order: description first, the full page later"),
    pytest.param([("D", 5, False), ("A", 1, False)], ["new", "version"], "A", 2,
                 id="the full page crawled before the description, ingested after"),
    pytest.param([("D", 1, False), ("A", 3, False), ("D", 5, False)], ["new", "version", "unchanged"], "A", 2,
                 id="the description's bytes again, in a later crawl: not brought back"),
    pytest.param([("D", 5, False), ("A", 1, False), ("B", 3, False)], ["new", "version", "version"], "B", 3,
                 id="texts among themselves: their latest crawl, the description apart"),
    pytest.param([("A", 1, False), ("D", 3, False), ("B", 2, False)], ["new", "skipped", "version"], "B", 2,
                 id="a later text after a skipped description"),
    pytest.param([("D", 1, False), ("E", 2, False)], ["new", "version"], "E", 2,
                 id="descriptions among themselves: the latest crawl"),
    pytest.param([("D", 1, False), ("A", None, True), ("D", 3, False)], ["new", "version", "unchanged"], "A", 2,
                 id="a feed's text replaces a description, which stays aside"),
]


@pytest.mark.parametrize("steps, statuses, current, n_rows", SEQUENCES)
def test_a_description_never_supersedes_article_text(store, make_doc, steps, statuses, current, n_rows):
    got = [ingest_one(store, *_input(make_doc, text, hour, feed=feed)).status for text, hour, feed in steps]
    assert got == statuses
    assert len(store._execute("SELECT id FROM articles")) == n_rows
    assert _current_text(store) == current


def test_the_skip_is_said_in_the_run_log(store, make_doc):
    first = ingest_one(store, *_input(make_doc, "A", 1))
    skipped = ingest_one(store, *_input(make_doc, "D", 3))
    assert skipped.status == "skipped" and skipped.article_id == first.article_id
    assert "the page's description only (no article text on the page)" in skipped.reason
    assert "the stored text stays current" in skipped.reason
    items = [(i.status, i.reason) for run in store.runs() for i in store.get_run(run.id).items]
    assert ("skipped", skipped.reason) in items


def test_a_stored_version_says_its_text_is_the_description(store, make_doc):
    ingest_one(store, *_input(make_doc, "D", 1))
    ingest_one(store, *_input(make_doc, "A", 3))
    kinds = [(v.version, v.current, v.summary_only) for v in store.page_versions(URL)]
    assert kinds == [(1, False, True), (2, True, False)]


# -- the rule alone ---------------------------------------------------------------------------


def _v(id_: int, raw: str, current: bool, crawled: str | None, *, feed: bool = False,
       summary: bool = False) -> PageVersion:
    return PageVersion(id_, id_, 1, raw, current, raw.upper(), None, crawled, feed, summary)


H = "2020-05-01T0{}:00:00+00:00".format
PLACES = [
    # versions, (raw hash, crawled, feed text, description only) → action, version id
    ([_v(1, "a", True, H(1))], ("d", H(3), False, True), ("skip", 1)),
    ([_v(1, "a", True, H(1))], ("d", None, False, True), ("skip", 1)),
    ([_v(1, "a", False, H(1)), _v(2, "b", True, H(2))], ("d", H(3), False, True), ("skip", 2)),
    ([_v(1, "d", True, H(1), summary=True)], ("a", H(3), False, False), ("current", None)),
    ([_v(1, "d", True, H(5), summary=True)], ("a", H(1), False, False), ("current", None)),
    ([_v(1, "d", True, H(1), summary=True)], ("e", H(2), False, True), ("current", None)),
    ([_v(1, "d", True, H(5), summary=True)], ("e", H(2), False, True), ("older", None)),
    # the bytes of a description set aside (before extraction: bytes only)
    ([_v(1, "d", False, H(1), summary=True), _v(2, "a", True, H(3))], ("d", H(5), False, False), ("unchanged", 1)),
    ([_v(1, "d", False, H(1), summary=True), _v(2, "e", True, H(3), summary=True)], ("d", H(5), False, False),
     ("restore", 1)),
    # a store whose description became current over a text (the code before): the text comes back
    ([_v(1, "a", False, H(1)), _v(2, "d", True, H(3), summary=True)], ("a", H(2), False, False), ("restore", 1)),
    ([_v(1, "a", False, H(1)), _v(2, "d", True, H(3), summary=True)], ("b", H(2), False, False), ("current", None)),
    ([_v(1, "a", False, H(2)), _v(2, "d", True, H(3), summary=True)], ("b", H(1), False, False), ("older", None)),
    # a feed's text replaces a description, not a text
    ([_v(1, "d", True, H(1), summary=True)], ("f", None, True, False), ("current", None)),
    ([_v(1, "a", True, H(1))], ("f", None, True, False), ("skip", 1)),
    ([_v(1, "f", True, None, feed=True)], ("d", H(1), False, True), ("skip", 1)),
]


@pytest.mark.parametrize("versions, incoming, expected", PLACES)
def test_place(versions, incoming, expected):
    raw, crawled, feed, summary = incoming
    placement = place(versions, raw, crawled=crawled, feed_text=feed, summary_only=summary)
    assert (placement.action, placement.version.id if placement.version else None) == expected
