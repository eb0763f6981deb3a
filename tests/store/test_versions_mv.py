"""A page's versions, review rev21_B H1 and H2 (helper mv): "the same text" is what a reader sees
(the title and the exact extracted body), not the dedup hash (the body alone, normalised), and a
page edited back to an earlier text with no crawl order (no crawl time, or the same one) is
current again, ingest order deciding, as it does for new text.  The exact same bytes again
without a later crawl stay a re-ingest ("unchanged", helper ms's rule).  Each case is a sequence
of inputs written as `khronika ingest` writes them, on both backends; `versions.place` alone
as a table."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from khronika.ingest.rawpage import RawPage
from khronika.store.versions import PageVersion, place
from page_writes import ingest_one

URL = "https://news.example.ru/2026/11/01/siluanov"
TITLE = "Силуанов пообещал бюджет без дефицита"
LEAD = "Министр финансов Антон Силуанов заявил в среду, что бюджет будет исполнен без дефицита."
# text id → (title, paragraphs, sidebar): the sidebar changes the page's bytes, not its text.
TEXTS = {
    "A": (TITLE, [LEAD, "По его словам, доходы ещё выросли на десять процентов, а расходы остались прежними."], "x"),
    "A'": (TITLE, [LEAD, "По его словам, доходы ещё выросли на десять процентов, а расходы остались прежними."], "y"),
    "B": (TITLE, [LEAD, "По его словам, доходы ещё выросли на двадцать процентов, а расходы остались прежними."], "x"),
    # the headline alone corrected
    "T": ("ИСПРАВЛЕНО: Силуанов не обещал бюджет без дефицита",
          [LEAD, "По его словам, доходы ещё выросли на десять процентов, а расходы остались прежними."], "x"),
    # ё → е, a comma dropped, a capital letter: the same dedup hash, another text
    "E": (TITLE, [LEAD, "По его словам доходы еще выросли на Десять процентов, а расходы остались прежними."], "x"),
}
T0 = datetime(2026, 11, 1, 7, 0, tzinfo=timezone.utc)
FILE = "/tmp/khronika-test-mv/page.html"  # never read: the page key of a file without a URL


def _input(make_doc, text: str, hour: int | None, route: str):
    """route "page": a fetched page with a URL; "file": an HTML file without one (one path)."""
    title, paragraphs, sidebar = TEXTS[text]
    crawled = T0 + timedelta(hours=hour) if hour is not None else None
    html = (f"<html><body><aside>{sidebar}</aside><article><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>").encode()
    url = URL if route == "page" else None
    raw = RawPage(URL if url else FILE, html, "html", crawled_at=crawled, url=url)
    return raw, make_doc(title, paragraphs, url=url, published=None)


# (steps: text, crawl hour or None) → statuses, the current version's number, rows stored
SEQUENCES = [
    # H1: the code before: new / unchanged, the corrected headline never stored
    pytest.param("page", [("A", 1), ("T", 2)], ["new", "version"], 2, 2, id="H1: the headline alone corrected"),
    pytest.param("page", [("A", 1), ("T", 2), ("A", 3)], ["new", "version", "version"], 1, 2,
                 id="H1: the headline corrected, then back"),
    pytest.param("page", [("A", 1), ("E", 2)], ["new", "version"], 2, 2, id="H1: ё, case and a comma edited"),
    pytest.param("file", [("A", None), ("T", None)], ["new", "version"], 2, 2,
                 id="H1: a file without a URL, its headline corrected"),
    # H2: the code before: new / version / unchanged, B stays current
    pytest.param("page", [("A", None), ("B", None), ("A'", None)], ["new", "version", "version"], 1, 2,
                 id="H2: back to an earlier text, no crawl time"),
    pytest.param("page", [("A", 5), ("B", 5), ("A'", 5)], ["new", "version", "version"], 1, 2,
                 id="H2: back to an earlier text, the same crawl time"),
    pytest.param("page", [("A", 1), ("B", 2), ("A'", None)], ["new", "version", "version"], 1, 2,
                 id="H2: back to an earlier text, this one without a crawl time"),
    pytest.param("file", [("A", None), ("B", None), ("A'", None)], ["new", "version", "version"], 1, 2,
                 id="H2: a file without a URL edited back"),
    # guards: crawl order still decides when there is one; the same bytes again are a re-ingest
    pytest.param("page", [("A", 1), ("B", 5), ("A'", 3)], ["new", "version", "unchanged"], 2, 2,
                 id="an earlier text in an older crawl stays set aside"),
    pytest.param("page", [("A", 1), ("B", 2), ("A'", 3)], ["new", "version", "version"], 1, 2,
                 id="an earlier text in a later crawl"),
    pytest.param("page", [("A", None), ("B", None), ("A", None)], ["new", "version", "unchanged"], 2, 2,
                 id="the same bytes again, no crawl time: a re-ingest"),
    pytest.param("page", [("A", 1), ("A'", 2)], ["new", "unchanged"], 1, 1, id="the current text by other bytes"),
]


@pytest.mark.parametrize("route, steps, statuses, current, n_rows", SEQUENCES)
def test_an_edit_is_a_version_and_an_edit_back_is_current(store, make_doc, route, steps, statuses, current, n_rows):
    got = [ingest_one(store, *_input(make_doc, text, hour, route)).status for text, hour in steps]
    assert got == statuses
    assert len(store._execute("SELECT id FROM articles")) == n_rows
    assert [tuple(r) for r in store._execute("SELECT version FROM articles WHERE is_current = 1")] == [(current,)]


def test_the_reason_of_an_edit_back_says_what_decided(store, make_doc):
    for text, hour in [("A", None), ("B", None)]:
        ingest_one(store, *_input(make_doc, text, hour, "page"))
    back = ingest_one(store, *_input(make_doc, "A'", None, "page"))
    assert back.status == "version"
    assert back.reason.startswith("the page is back to version 1") and "ingest order decides" in back.reason


# -- the rule alone ---------------------------------------------------------------------------


def _v(id_: int, raw: str, current: bool, crawled: str | None, text: str) -> PageVersion:
    return PageVersion(id_, id_, 1, raw, current, text, None, crawled, False)


H = "2026-11-01T0{}:00:00+00:00".format
SET_ASIDE = [_v(1, "a", False, None, "A"), _v(2, "b", True, None, "B")]
CRAWLED = [_v(1, "a", False, H(1), "A"), _v(2, "b", True, H(5), "B")]
PLACES = [
    # versions, (raw hash, crawled, text key) → action, version id
    (SET_ASIDE, ("a2", None, "A"), ("restore", 1)),      # the code before: unchanged
    (SET_ASIDE, ("a2", H(3), "A"), ("restore", 1)),
    (SET_ASIDE, ("a", None, "A"), ("unchanged", 1)),     # the same bytes: a re-ingest
    (CRAWLED, ("a2", H(5), "A"), ("restore", 1)),        # the same instant: the code before: unchanged
    (CRAWLED, ("a2", None, "A"), ("restore", 1)),        # the code before: unchanged
    (CRAWLED, ("a2", H(3), "A"), ("unchanged", 1)),      # an older crawl
    (CRAWLED, ("a", H(5), "A"), ("unchanged", 1)),       # the same bytes at the same instant
    (CRAWLED, ("a2", H(6), "A"), ("restore", 1)),
    (CRAWLED, ("b2", None, "B"), ("unchanged", 2)),      # the current text by other bytes
]


@pytest.mark.parametrize("versions, incoming, expected", PLACES)
def test_place_by_text(versions, incoming, expected):
    raw, crawled, text = incoming
    placement = place(versions, raw, crawled=crawled, content_hash=text)
    assert (placement.action, placement.version.id if placement.version else None) == expected
