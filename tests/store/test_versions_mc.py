"""A version's latest crawl (review rev21_B M1, helper mc): the store keeps, for each version of a
page, the latest crawl that saw it (`articles.last_crawled_at`), raised when a re-crawl finds it
unchanged or brings it back, and the page's current version is the one of its latest crawl.
With first crawls only, a version crawled again still counted at its first time, and an archive
crawl dated between its two crawls could make another version current.

Each case is a sequence of inputs (text, route, crawl time or none) written as `khronika ingest`
writes them, on both backends → the statuses, the current version, and the version list
(number, current, latest crawl).  Then `versions.place` and `later_crawl` alone as tables, and
migration 0013 from a store at the schema before it."""
from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest

from khronika.ingest.rawpage import RawPage
from khronika.store import open_store
from khronika.store.sql import instant_key
from khronika.store.versions import PageVersion, place
from page_writes import ingest_one

URL = "https://news.example.ru/2026/01/01/budget"
TITLE = "Силуанов пообещал бюджет без дефицита"
LEAD = "Министр финансов Антон Силуанов заявил в среду, что бюджет будет исполнен без дефицита."
TEXTS = {
    "A": [LEAD, "По его словам, доходы выросли на десять процентов, а расходы остались прежними."],
    "B": [LEAD, "По его словам, доходы выросли на двадцать процентов, а расходы остались прежними."],
    "C": [LEAD, "По его словам, доходы выросли на тридцать процентов, а расходы остались прежними."],
}
# crawl times by label; "+03"/"-03" ones are the same instants of other UTC offsets
T = {
    "1 Jan": "2026-01-01T10:00:00+00:00",
    "3 Jan": "2026-01-03T10:00:00+00:00",
    "5 Jan": "2026-01-05T10:00:00+00:00",
    "7 Jan": "2026-01-07T10:00:00+00:00",
    "9 Jan": "2026-01-09T10:00:00+00:00",
    "10:00Z": "2026-01-10T10:00:00+00:00",
    "12:00+03": "2026-01-10T12:00:00+03:00",    # 09:00 UTC
    "08:30-03": "2026-01-10T08:30:00-03:00",    # 11:30 UTC: reads earlier than "10:00Z" as text
    "11:00Z": "2026-01-10T11:00:00+00:00",      # reads later than "08:30-03" as text, is earlier
}


def _input(make_doc, text: str, route: str, when: str | None):
    """route "html": the page's HTML; "html2": the same article in other HTML (a new sidebar);
    "dump": a dump's plain-text record of the page (other bytes, the same title and text)."""
    paragraphs = TEXTS[text]
    if route == "dump":
        data, kind = "\n\n".join([TITLE, *paragraphs]), "text"
    else:
        sidebar = "Читайте также" if route == "html" else "Популярное за неделю"
        data = (f"<html><body><aside>{sidebar}</aside><article><h1>{TITLE}</h1>"
                + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>").encode()
        kind = "html"
    crawled = datetime.fromisoformat(T[when]) if when else None
    raw = RawPage(URL, data, kind, crawled_at=crawled, url=URL)
    return raw, make_doc(TITLE, paragraphs, url=URL, published=None)


def _versions(store) -> list[tuple[int, bool, str | None]]:
    """(version, current, latest crawl's label) of the page's rows, in version order."""
    labels = {instant_key(v): k for k, v in T.items()}
    return [(int(r[0]), bool(r[1]), labels[instant_key(r[2])] if r[2] else None) for r in store._execute(
        "SELECT version, is_current, last_crawled_at FROM articles WHERE page_key = ? ORDER BY version", (URL,))]


# steps (text, route, crawl time) → statuses, the version list (version, current, latest crawl)
SEQUENCES = [
    # the review's example: A current again on 9 Jan; an archive's B of 3 Jan stays set aside
    pytest.param([("A", "html", "1 Jan"), ("B", "html", "5 Jan"), ("A", "html", "9 Jan"), ("B", "html", "3 Jan")],
                 ["new", "version", "version", "unchanged"], [(1, True, "9 Jan"), (2, False, "5 Jan")],
                 id="the review's example"),
    # the code before: B (7 Jan, later than A's first crawl and B's own) became current again
    pytest.param([("A", "html", "1 Jan"), ("B", "html", "5 Jan"), ("A", "html", "9 Jan"), ("B", "html", "7 Jan")],
                 ["new", "version", "version", "unchanged"], [(1, True, "9 Jan"), (2, False, "7 Jan")],
                 id="after a restore, an archive crawl before it stays set aside"),
    # the code before: C (7 Jan) became current, though A was crawled on 9 Jan
    pytest.param([("A", "html", "1 Jan"), ("B", "html", "5 Jan"), ("A", "html", "9 Jan"), ("C", "html", "7 Jan")],
                 ["new", "version", "version", "version"],
                 [(1, True, "9 Jan"), (2, False, "5 Jan"), (3, False, "7 Jan")],
                 id="after a restore, new text from before it is an older version"),
    # the code before: B (5 Jan) became current, though A was seen unchanged on 9 Jan
    pytest.param([("A", "html", "1 Jan"), ("A", "html", "9 Jan"), ("B", "html", "5 Jan")],
                 ["new", "unchanged", "version"], [(1, True, "9 Jan"), (2, False, "5 Jan")],
                 id="the current version re-crawled unchanged, then an older crawl of new text"),
    pytest.param([("A", "html", "1 Jan"), ("A", "dump", "9 Jan"), ("B", "html", "5 Jan")],
                 ["new", "unchanged", "version"], [(1, True, "9 Jan"), (2, False, "5 Jan")],
                 id="the current version re-crawled in other bytes (a dump's record)"),
    pytest.param([("A", "html", "1 Jan"), ("A", "html", "9 Jan"), ("B", "html", "10:00Z")],
                 ["new", "unchanged", "version"], [(1, False, "9 Jan"), (2, True, "10:00Z")],
                 id="new text after the re-crawl is current"),
    pytest.param([("A", "html", "9 Jan"), ("A", "html", "1 Jan")],
                 ["new", "unchanged"], [(1, True, "9 Jan")],
                 id="an older re-crawl does not lower the latest crawl"),
    # restore after set-aside, by the same bytes and by other bytes
    pytest.param([("A", "html", "1 Jan"), ("B", "html", "5 Jan"), ("A", "html2", "9 Jan"), ("B", "dump", "7 Jan")],
                 ["new", "version", "version", "unchanged"], [(1, True, "9 Jan"), (2, False, "7 Jan")],
                 id="restored by other bytes, then an archive's record of B"),
    pytest.param([("A", "html", "1 Jan"), ("B", "html", "5 Jan"), ("A", "html", "9 Jan"), ("B", "html", "10:00Z")],
                 ["new", "version", "version", "version"], [(1, False, "9 Jan"), (2, True, "10:00Z")],
                 id="B restored after A's restore by a later crawl"),
    # no crawl time: ingest order decides, nothing is recorded
    pytest.param([("A", "html", None), ("B", "html", None), ("A", "html", None)],
                 ["new", "version", "unchanged"], [(1, False, None), (2, True, None)],
                 id="no crawl time: the same bytes again are a re-ingest"),
    pytest.param([("A", "html", None), ("B", "html", None), ("A", "html2", None)],
                 ["new", "version", "version"], [(1, True, None), (2, False, None)],
                 id="no crawl time: back to A's text, ingest order decides"),
    pytest.param([("A", "html", "1 Jan"), ("B", "html", "5 Jan"), ("A", "html2", None)],
                 ["new", "version", "version"], [(1, True, "1 Jan"), (2, False, "5 Jan")],
                 id="a restore without a crawl time keeps the version's latest crawl"),
    # the same crawl time: ingest order decides
    pytest.param([("A", "html", "5 Jan"), ("B", "html", "5 Jan"), ("A", "html2", "5 Jan"), ("A", "html", "5 Jan")],
                 ["new", "version", "version", "unchanged"], [(1, True, "5 Jan"), (2, False, "5 Jan")],
                 id="equal crawl times"),
    # times of different UTC offsets are compared as instants
    pytest.param([("A", "html", "12:00+03"), ("B", "html", "10:00Z"), ("A", "html", "08:30-03"),
                  ("B", "html", "11:00Z")],
                 ["new", "version", "version", "unchanged"], [(1, True, "08:30-03"), (2, False, "11:00Z")],
                 id="UTC offsets: 08:30-03 is after 11:00Z"),
    pytest.param([("A", "html", "12:00+03"), ("A", "html", "08:30-03"), ("A", "html", "11:00Z"),
                  ("B", "html", "10:00Z")],
                 ["new", "unchanged", "unchanged", "version"], [(1, True, "08:30-03"), (2, False, "10:00Z")],
                 id="UTC offsets: a re-crawl at 11:00Z keeps 08:30-03 as the latest"),
]


@pytest.mark.parametrize("steps, statuses, versions", SEQUENCES)
def test_the_current_version_is_the_latest_crawl(store, make_doc, steps, statuses, versions):
    got = [ingest_one(store, *_input(make_doc, text, route, when)).status for text, route, when in steps]
    assert got == statuses
    assert _versions(store) == versions


def test_the_article_lists_its_versions_latest_crawls(store, make_doc):
    """What `show`, the API and the web page read: each version's first and latest crawl."""
    ids = [ingest_one(store, *_input(make_doc, text, "html", when)).article_id
           for text, when in [("A", "1 Jan"), ("B", "5 Jan"), ("A", "9 Jan")]]
    listed = store.get_article(ids[0]).versions
    assert [(v.version, v.crawled_at, v.last_crawled_at) for v in listed] == [
        (1, T["1 Jan"], T["9 Jan"]), (2, T["5 Jan"], T["5 Jan"])]
    assert store.get_article(ids[0]).to_json()["versions"][0]["last_crawled_at"] == T["9 Jan"]


def test_a_direct_write_keeps_the_latest_crawl(store, make_doc):
    """`add_document` (the API's single write, `reprocess`-free callers) keeps it too."""
    for text, when in [("A", "1 Jan"), ("A", "9 Jan"), ("B", "5 Jan")]:
        raw, doc = _input(make_doc, text, "html", when)
        store.add_document(doc, raw)
    assert _versions(store) == [(1, True, "9 Jan"), (2, False, "5 Jan")]


# -- the rule alone -----------------------------------------------------------------------------


def _v(id_: int, raw: str, current: bool, latest: str | None) -> PageVersion:
    return PageVersion(id_, id_, 1, raw, current, raw.upper(), None, T[latest] if latest else None, False)


RESTORED = [_v(1, "a", True, "9 Jan"), _v(2, "b", False, "5 Jan")]
# versions, (raw hash, crawl time) → action, version id, the crawl kept (`seen`)
PLACES = [
    (RESTORED, ("b", "7 Jan"), ("unchanged", 2, "7 Jan")),   # the code before (first crawls 1, 5 Jan): restore
    (RESTORED, ("b", "10:00Z"), ("restore", 2, "10:00Z")),
    (RESTORED, ("c", "7 Jan"), ("older", None, None)),       # the code before: current
    (RESTORED, ("c", "10:00Z"), ("current", None, None)),
    (RESTORED, ("a", "10:00Z"), ("unchanged", 1, "10:00Z")),  # the current one re-crawled
    (RESTORED, ("a", None), ("unchanged", 1, None)),
    (RESTORED, ("b", "9 Jan"), ("unchanged", 2, None)),       # at the page's latest crawl: a re-ingest
    (RESTORED, ("b", None), ("unchanged", 2, None)),
]


@pytest.mark.parametrize("versions, incoming, expected", PLACES)
def test_place_reads_the_latest_crawls(versions, incoming, expected):
    raw, when = incoming
    placement = place(versions, raw, crawled=T[when] if when else None)
    version = placement.version.id if placement.version else None
    seen = placement.seen and next(k for k, v in T.items() if v == placement.seen)
    assert (placement.action, version, seen) == expected


# a crawl time, the stored latest crawl → whether the crawl is later
LATER = [
    ("9 Jan", "5 Jan", True),
    ("5 Jan", "9 Jan", False),
    ("9 Jan", "9 Jan", False),
    ("1 Jan", None, True),
    (None, "1 Jan", False),
    (None, None, False),
    ("08:30-03", "11:00Z", True),     # 11:30 UTC after 11:00 UTC
    ("11:00Z", "08:30-03", False),
    ("12:00+03", "10:00Z", False),    # 09:00 UTC before 10:00 UTC
]


@pytest.mark.parametrize("seen, stored, expected", LATER)
def test_later_crawl_compares_instants(seen, stored, expected):
    from khronika.store.versions import later_crawl  # (imported here: the other tests run on the code before)

    assert later_crawl(T[seen] if seen else None, T[stored] if stored else None) is expected


# -- migration 0013 -----------------------------------------------------------------------------


def _to_schema_12(store) -> None:
    """The store as the code before migration 0013 left it: no latest crawl column."""
    store._execute("ALTER TABLE articles DROP COLUMN last_crawled_at")
    store._execute("DELETE FROM schema_migrations WHERE version = 13")


def _read_latest(store) -> list[tuple[int, str | None, str | None, str | None]]:
    """(version, first crawl, the stored column, the latest crawl as read) of the page's rows."""
    read = {v.id: v.last_crawled for v in store.page_versions(URL)}
    return [(int(r[0]), r[1], r[2], read[int(r[3])]) for r in store._execute(
        "SELECT version, crawled_at, last_crawled_at, id FROM articles ORDER BY version")]


def test_a_store_before_0013_migrates_with_latest_equal_to_first(store_url, analyzer, make_doc):
    with open_store(store_url, analyzer=analyzer) as store:
        for text, when in [("A", "1 Jan"), ("B", "5 Jan"), ("C", None)]:
            ingest_one(store, *_input(make_doc, text, "html", when))
        _to_schema_12(store)
    upgraded: list[str] = []
    with open_store(store_url, analyzer=analyzer, on_migrate=upgraded.append) as store:
        assert upgraded == ["0013_latest_crawl"]
        # no row is written (review rev22_B M3: the full-table UPDATE cost 10.6 s on 110k rows):
        # each row's latest crawl is read as its first
        assert _read_latest(store) == [(1, T["1 Jan"], None, T["1 Jan"]), (2, T["5 Jan"], None, T["5 Jan"]),
                                       (3, None, None, None)]
        # and the rule goes on from there: A again on 9 Jan is current, B's archive of 7 Jan is not
        got = [ingest_one(store, *_input(make_doc, text, "html", when)).status for text, when in [("A", "9 Jan"),
                                                                                               ("B", "7 Jan")]]
        assert got == ["version", "unchanged"]
        assert _versions(store) == [(1, True, "9 Jan"), (2, False, "7 Jan"), (3, False, None)]
    with open_store(store_url, analyzer=analyzer, on_migrate=upgraded.append) as store:
        assert upgraded == ["0013_latest_crawl"]  # migrated once


# -- review rev22_B M2: what a store before 0013 knew of its current version ----------------------

# The inputs of one step: (text, route, crawl time label, or "after the upgrade": a crawl later
# than the upgrade itself, which every run logged before it precedes).
AFTER = "after the upgrade"


def _timed_input(make_doc, text: str, route: str, when: str | None):
    if when != AFTER:
        return _input(make_doc, text, route, when)
    raw, doc = _input(make_doc, text, route, None)
    return dataclasses.replace(raw, crawled_at=datetime.now().astimezone() + timedelta(days=1)), doc


def _current(store) -> str:
    """The text (A, B, C) of the page's current version."""
    (current,) = [v for v in store.page_versions(URL) if v.current]
    body = store._stored_article(current.id).body
    return next(k for k, (_, second) in TEXTS.items() if second in body)


# steps before the upgrade (the code before wrote the same run log reasons; its rows had no
# latest crawl), steps after it → the statuses after, the current text
UPGRADES = [
    # the review's example: A brought back by a crawl (9 Jan) the old store did not keep; an
    # archive's B dated 7 Jan must not make B current (before the mend: `version`, B current)
    pytest.param([("A", "html", "1 Jan"), ("B", "html", "5 Jan"), ("A", "html", "9 Jan")],
                 [("B", "html", "7 Jan")], ["unchanged"], "A", id="restored A stays current: B's archive of 7 Jan"),
    pytest.param([("A", "html", "1 Jan"), ("B", "html", "5 Jan"), ("A", "html", "9 Jan")],
                 [("C", "html", "7 Jan")], ["version"], "A", id="restored A stays current: new text of 7 Jan"),
    pytest.param([("A", "html", "1 Jan"), ("B", "html", "5 Jan"), ("A", "html", "9 Jan")],
                 [("B", "dump", "7 Jan")], ["unchanged"], "A", id="restored A stays current: B's text in a dump"),
    # a crawl later than anything the old store followed still decides
    pytest.param([("A", "html", "1 Jan"), ("B", "html", "5 Jan"), ("A", "html", "9 Jan")],
                 [("B", "html", AFTER)], ["version"], "B", id="a crawl after the upgrade brings B back"),
    pytest.param([("A", "html", "1 Jan"), ("B", "html", "5 Jan"), ("A", "html", "9 Jan")],
                 [("C", "html", AFTER)], ["version"], "C", id="new text crawled after the upgrade is current"),
    pytest.param([("A", "html", None), ("B", "html", "5 Jan"), ("A", "html", "9 Jan")],
                 [("B", "html", "7 Jan")], ["unchanged"], "A", id="restored A first stored with no crawl time"),
    pytest.param([("A", "html", "1 Jan"), ("B", "html", None), ("A", "html", "9 Jan")],
                 [("B", "html", "5 Jan")], ["unchanged"], "A", id="restored A over a B of no crawl time"),
    # A made current by ingest order (no crawl time) keeps nothing: B's later crawl decides, as
    # in a store written by the new code alone
    pytest.param([("A", "html", "1 Jan"), ("B", "html", "5 Jan"), ("A", "html2", None)],
                 [("B", "html", "7 Jan")], ["version"], "B", id="A back by ingest order: B's crawl of 7 Jan"),
    # the current version of the latest first crawl: nothing to keep
    pytest.param([("A", "html", "1 Jan"), ("B", "html", "5 Jan")],
                 [("A", "html", "3 Jan"), ("C", "html", "3 Jan")], ["unchanged", "version"], "B",
                 id="B current by its own crawl: older crawls stay older"),
]


@pytest.mark.parametrize("before, after, statuses, current", UPGRADES)
def test_an_upgraded_store_keeps_its_current_version(store_url, analyzer, make_doc, before, after, statuses,
                                                     current):
    with open_store(store_url, analyzer=analyzer) as store:
        for text, route, when in before:
            ingest_one(store, *_timed_input(make_doc, text, route, when))
        _to_schema_12(store)
    with open_store(store_url, analyzer=analyzer) as store:
        got = [ingest_one(store, *_timed_input(make_doc, text, route, when)).status for text, route, when in after]
        assert (got, _current(store)) == (statuses, current)


def test_the_upgrade_writes_only_restored_current_versions(store_url, analyzer, make_doc):
    """Its latest crawl is the restore's logged time (its ingest), the other rows keep none."""
    with open_store(store_url, analyzer=analyzer) as store:
        for text, when in [("A", "1 Jan"), ("B", "5 Jan"), ("A", "9 Jan")]:
            ingest_one(store, *_input(make_doc, text, "html", when))
        (logged,) = [r[0] for r in store._execute("SELECT at FROM run_items WHERE status = 'version' "
                                                  "AND article_id = (SELECT MIN(id) FROM articles)")]
        _to_schema_12(store)
    with open_store(store_url, analyzer=analyzer) as store:
        assert [r[:3] for r in _read_latest(store)] == [(1, T["1 Jan"], logged), (2, T["5 Jan"], None)]


# a page's rows (current, first crawl label), the logged restore time → the latest crawl kept
RESTORED_AT = "2026-11-27T23:00:00+00:00"
UPGRADED = [
    ([(True, "1 Jan"), (False, "5 Jan")], RESTORED_AT, RESTORED_AT),  # brought back by a later crawl
    ([(True, "1 Jan"), (False, "5 Jan")], None, None),           # back by ingest order: no such log line
    ([(True, None), (False, "5 Jan")], RESTORED_AT, RESTORED_AT),  # first stored with no crawl time
    ([(True, "1 Jan"), (False, None)], RESTORED_AT, RESTORED_AT),  # the other without one
    ([(True, None), (False, None)], RESTORED_AT, RESTORED_AT),   # no first crawl time at all
    ([(True, "9 Jan"), (False, None)], RESTORED_AT, RESTORED_AT),  # back at 10 Jan over a B of no time
    ([(True, "1 Jan"), (False, "5 Jan")], T["3 Jan"], None),     # a log time before a stored crawl (clocks)
    ([(False, "1 Jan"), (False, "5 Jan")], RESTORED_AT, None),   # no current version
    ([(True, "12:00+03"), (False, "10:00Z")], T["10:00Z"], None),  # compared as instants: not later
    ([(True, "12:00+03"), (False, "08:30-03")], T["11:00Z"], None),  # 11:00Z before 08:30-03 (11:30 UTC)
]


@pytest.mark.parametrize("rows, restored, expected", UPGRADED)
def test_upgraded_latest_crawl(rows, restored, expected):
    from khronika.store.versions import FirstCrawl, upgraded_latest_crawl  # (the other tests run on the code before)

    page = [FirstCrawl(i, current, T[when] if when else None) for i, (current, when) in enumerate(rows, start=1)]
    assert upgraded_latest_crawl(page, restored) == expected


# -- review rev22_B M3: rows an older `khronika` writes into a store at 0013 -----------------------

# steps (text, crawl time, written by the older code: no latest crawl) → statuses, current text
OLDER_WRITER = [
    # before the mend: C (3 Jan) became current over B (5 Jan), whose latest crawl read as none
    pytest.param([("A", "1 Jan", False), ("B", "5 Jan", True), ("C", "3 Jan", False)],
                 ["new", "version", "version"], "B", id="new text older than an older writer's row"),
    pytest.param([("A", "1 Jan", False), ("B", "5 Jan", True), ("A", "3 Jan", False)],
                 ["new", "version", "unchanged"], "B", id="an archive's A before an older writer's B"),
    pytest.param([("A", "1 Jan", True), ("B", "5 Jan", False), ("A", "3 Jan", False)],
                 ["new", "version", "unchanged"], "B", id="an older writer's A, then an archive's A"),
    pytest.param([("A", "1 Jan", False), ("B", "5 Jan", True), ("C", "7 Jan", False)],
                 ["new", "version", "version"], "C", id="a later crawl after an older writer's row"),
]


@pytest.mark.parametrize("steps, statuses, current", OLDER_WRITER)
def test_rows_without_a_latest_crawl_count_at_their_first(store, make_doc, steps, statuses, current):
    got = []
    for text, when, older_writer in steps:
        written = ingest_one(store, *_input(make_doc, text, "html", when))
        got.append(written.status)
        if older_writer:  # what the code before 0013 writes: the column left empty
            store._execute("UPDATE articles SET last_crawled_at = NULL WHERE id = ?", (written.article_id,))
    assert (got, _current(store)) == (statuses, current)


# -- review rev22_B M1: files ingested with `--crawled-at` follow the same rule --------------------


def _file_input(make_doc, folder, text: str, key: str, when: str | None, sidebar: str = "Читайте также"):
    """One HTML file on disk (no URL of its own) crawled at `when`; key "path": the file's
    path is its page, "canonical": its `<link rel=canonical>` names the page (the extracted
    article's URL)."""
    paragraphs = TEXTS[text]
    head = f'<link rel="canonical" href="{URL}">' if key == "canonical" else ""
    data = (f"<html><head>{head}</head><body><aside>{sidebar}</aside><article><h1>{TITLE}</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>").encode()
    raw = RawPage(str(folder / "page.html"), data, "html", crawled_at=datetime.fromisoformat(T[when]) if when else None)
    return raw, make_doc(TITLE, paragraphs, url=URL if key == "canonical" else None, published=None)


def _file_versions(store) -> list[tuple[int, bool, str | None]]:
    labels = {instant_key(v): k for k, v in T.items()}
    (key,) = {r[0] for r in store._execute("SELECT page_key FROM articles")}
    return [(v.version, v.current, labels.get(instant_key(v.last_crawled))) for v in store.page_versions(key)]


# the file's page (its path or its canonical URL), steps (text, crawl time) → statuses, versions
FILES = [
    # before the mend: the same bytes anywhere were `unchanged`, with no crawl kept and no restore
    pytest.param("path", [("A", "1 Jan"), ("A", "9 Jan"), ("B", "5 Jan")], ["new", "unchanged", "version"],
                 [(1, True, "9 Jan"), (2, False, "5 Jan")], id="path: re-crawled unchanged, then an older B"),
    pytest.param("path", [("A", "1 Jan"), ("B", "5 Jan"), ("A", "9 Jan"), ("B", "7 Jan")],
                 ["new", "version", "version", "unchanged"], [(1, True, "9 Jan"), (2, False, "7 Jan")],
                 id="path: A back on 9 Jan, B's copy of 7 Jan set aside"),
    pytest.param("canonical", [("A", "1 Jan"), ("B", "5 Jan"), ("A", "9 Jan"), ("C", "7 Jan")],
                 ["new", "version", "version", "version"],
                 [(1, True, "9 Jan"), (2, False, "5 Jan"), (3, False, "7 Jan")],
                 id="canonical: A back on 9 Jan, C of 7 Jan older"),
    pytest.param("canonical", [("A", "1 Jan"), ("A", "9 Jan"), ("B", "5 Jan")], ["new", "unchanged", "version"],
                 [(1, True, "9 Jan"), (2, False, "5 Jan")], id="canonical: re-crawled unchanged, then an older B"),
    # unchanged before and after the mend
    pytest.param("path", [("A", None), ("B", None), ("A", None)], ["new", "version", "unchanged"],
                 [(1, False, None), (2, True, None)], id="path: no crawl time, the same bytes are a re-ingest"),
    pytest.param("path", [("A", "9 Jan"), ("A", "1 Jan")], ["new", "unchanged"], [(1, True, "9 Jan")],
                 id="path: an older re-crawl lowers nothing"),
]


@pytest.mark.parametrize("key, steps, statuses, versions", FILES)
def test_a_file_follows_its_pages_latest_crawl(store, make_doc, tmp_path, key, steps, statuses, versions):
    got = [ingest_one(store, *_file_input(make_doc, tmp_path, text, key, when)).status for text, when in steps]
    assert (got, _file_versions(store)) == (statuses, versions)


def test_the_same_bytes_in_another_file_stay_unchanged(store, make_doc, tmp_path):
    """A file of its own path holding a stored file's bytes is no version of that file's page:
    `unchanged` (the same content anywhere), nothing kept, nothing brought back."""
    first = [ingest_one(store, *_file_input(make_doc, tmp_path, text, "path", when)).status
             for text, when in [("A", "1 Jan"), ("B", "5 Jan")]]
    (other := tmp_path / "copy").mkdir()
    again = ingest_one(store, *_file_input(make_doc, other, "A", "path", "9 Jan"))
    assert (first, again.status, _file_versions(store)) == (
        ["new", "version"], "unchanged", [(1, False, "1 Jan"), (2, True, "5 Jan")])
