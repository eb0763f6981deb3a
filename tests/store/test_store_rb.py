"""Review rev20_B (store, API, web and export changes of the twentieth session), helper rb,
on both store backends where a store is used."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from khronika.errors import StoreError
from khronika.ingest.rawpage import RawPage
from khronika.store import open_store

PAGE = (Path(__file__).resolve().parents[2] / "examples" / "pages" / "002_txt_agency_tass.txt").read_text("utf-8")


def _bare_pipeline() -> Any:
    from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline

    return Pipeline.build(disable=list(DEFAULT_ORDER))


# -- M3: one page's StoreError in an API ingest ------------------------------------------------

# (the pages, the one whose write the store refuses) → each page's status; the run's status
STORE_REFUSES = [
    (["a.txt", "b.txt", "c.txt"], "b.txt", ["new", "failed", "new"]),  # before: raised, c not written
    (["a.txt", "b.txt"], "a.txt", ["failed", "new"]),
    (["a.txt", "b.txt"], "b.txt", ["new", "failed"]),
    (["a.txt", "b.txt"], None, ["new", "new"]),  # guard: nothing refused
]


@pytest.mark.parametrize("names, refused, statuses", STORE_REFUSES)
def test_api_ingest_marks_a_refused_page_failed_and_goes_on(store_url, analyzer, names, refused, statuses):
    from khronika.api.ingesting import Ingester

    with open_store(store_url, analyzer=analyzer) as store:
        add = store.add_document

        def flaky(doc: Any, raw: Any, **kw: Any) -> Any:
            if raw.name == refused:
                raise StoreError("disk I/O error (simulated)")
            return add(doc, raw, **kw)

        store.add_document = flaky
        pages = [RawPage(source=n, data=PAGE.replace("ТАСС", f"ТАСС {n}", 1), kind="text") for n in names]
        answer = Ingester(_bare_pipeline)(store, pages)
        assert [i["status"] for i in answer["items"]] == statuses
        for item in answer["items"]:
            if item["status"] == "failed":
                assert item["reason"] == "store: StoreError: disk I/O error (simulated)"
        run = store.get_run(answer["run_id"])
        assert run.status == "done"  # before: "running" for good
        assert sorted(i.status for i in run.items if i.status == "failed") == \
            [s for s in statuses if s == "failed"]
        assert store.counts()["articles"] == statuses.count("new")


def test_api_ingest_that_stops_does_not_leave_its_run_running(store_url, analyzer):
    """An error that is not the store's (here: the pipeline's) stops the request as before, but
    the run is finished ("interrupted"), not left "running"."""
    from khronika.api.ingesting import Ingester

    class Broken:
        names = ("broken",)

        def __call__(self, article: Any) -> Any:
            raise KeyboardInterrupt

    with open_store(store_url, analyzer=analyzer) as store:
        with pytest.raises(KeyboardInterrupt):
            Ingester(lambda: Broken())(store, [RawPage(source="a.txt", data=PAGE, kind="text")])
        (run,) = [r for r in store.runs(limit=10) if r.command == "api ingest"]
        assert run.status == "interrupted"


# -- M1: web anchors link a row to its own mark ------------------------------------------------

def test_web_anchors_are_the_rows_own_marks(store, make_doc):
    """Two events with one type and trigger and two quotes with one text (test_store_sx's twins):
    each row links to the mark at its stored position (before: both to #event-0 / #quote-0)."""
    from khronika.store import views
    from khronika.web.routes import anchors_of

    from test_store_sx import _twins

    store.add_document(_twins(make_doc))
    events = views.filter_events(store, limit=10).rows
    quotes = views.filter_quotes(store, limit=10).rows
    anchors = anchors_of(store, quotes, events)
    assert sorted((row.idx, anchors["event"][row.id]) for row in events) == [(0, "event-0"), (1, "event-1")]
    assert sorted((row.idx, anchors["quote"][row.id]) for row in quotes) == [(0, "quote-0"), (1, "quote-1")]


# (a row's stored position, type, trigger) → its fragment: a position whose layer disagrees
# (the record was rewritten since) or is past the record's end links to the list; no position:
# the first layer that agrees (rows written before positions were stored)
EVENT_ANCHOR_ROWS = [
    (1, "PROTEST", "забастовку", "event-1"),  # before: event-0
    (0, "PROTEST", "забастовку", "event-0"),  # guard
    (1, "PROTEST", "митинг", "event-list"),   # guard: disagrees
    (5, "PROTEST", "забастовку", "event-list"),  # past the end (before: event-0)
    (None, "PROTEST", "забастовку", "event-0"),  # guard: no position
]


@pytest.mark.parametrize("idx, type_, trigger, fragment", EVENT_ANCHOR_ROWS)
def test_web_anchor_of_an_event_row(store, make_doc, idx, type_, trigger, fragment):
    from dataclasses import replace

    from khronika.store import views
    from khronika.web.routes import anchors_of

    from test_store_sx import _twins

    store.add_document(_twins(make_doc))
    row = views.filter_events(store, limit=10).rows[0]
    row = replace(row, idx=idx, type=type_, trigger=trigger)
    assert anchors_of(store, [], [row])["event"][row.id] == fragment


# -- M4: a search export cut by the ranking window says so -------------------------------------

# (rank window, command arguments after `search ... --db URL`) → (rows, "newest N matches" on stderr)
# five articles hold «забастовка» and «пилот»; the window is lowered to reach it with five
WINDOW_CASES = [
    (3, ["забастовка", "--format", "jsonl"], (3, True)),         # before: 3 rows, stderr silent
    (3, ["забастовка пилот", "--format", "csv"], (3, True)),     # several words (SQLite: the bm25 window)
    (3, ["забастовка", "--format", "jsonl", "--limit", "2"], (2, False)),  # guard: the limit cut it first
    (10, ["забастовка", "--format", "jsonl"], (5, False)),       # guard: every match ranked
    (3, ["from:2018", "--format", "jsonl"], (5, False)),         # guard: filters only, no window
    (3, ["забастовка"], (3, True)),                               # the table says so too
]


@pytest.mark.parametrize("window, args, expected", WINDOW_CASES)
def test_search_export_cut_by_the_ranking_window_says_so(store_url, analyzer, make_doc, monkeypatch,
                                                        window, args, expected):
    from test_store_sx import _invoke, _lines

    from khronika.store.postgres import PostgresStore
    from khronika.store.sqlite import SqliteStore

    with open_store(store_url, analyzer=analyzer) as store:
        for n in range(5):
            store.add_document(make_doc(f"Забастовка номер {n}", [f"Пилоты объявили забастовку {n + 1} раз."],
                                        url=f"https://example.org/strike{n}", published=f"2018-07-0{n + 1}"))
    for cls in (SqliteStore, PostgresStore):
        monkeypatch.setattr(cls, "rank_window", window)
    result = _invoke("search", args[0], "--db", store_url, *args[1:])
    assert result.exit_code == 0, result.output
    fmt = args[args.index("--format") + 1] if "--format" in args else "table"
    rows = _lines(fmt, result.stdout) if fmt != "table" else expected[0]
    said = f"only the newest {window:,} matches were ranked" in result.stderr
    assert (rows, said) == expected
    if fmt == "table":
        assert ("(newest 3 matches ranked)" in result.stdout) == expected[1]


# -- L3: a password given as a URL parameter is not printed ------------------------------------

REDACT_ROWS = [
    ("postgresql://h/db?user=u&password=s3cret", "postgresql://h/db?user=u&password=***"),  # before: unchanged
    ("postgresql://postgres@/kh?host=/tmp/pg&port=55451&password=s3cret",
     "postgresql://postgres@/kh?host=/tmp/pg&port=55451&password=***"),                    # before: unchanged
    ("postgresql://u@h/db?passfile=/home/u/.pgpass&sslmode=require",
     "postgresql://u@h/db?passfile=***&sslmode=require"),                                  # before: unchanged
    ("postgresql://h/db?sslpassword=k3y", "postgresql://h/db?sslpassword=***"),            # before: unchanged
    ("postgresql://h/db?PASSWORD=s3cret", "postgresql://h/db?PASSWORD=***"),               # before: unchanged
    ("postgresql://h/db?pass%77ord=s3cret", "postgresql://h/db?pass%77ord=***"),           # before: unchanged
    ("postgresql://h/db?password=s3#cret", "postgresql://h/db?password=***"),              # libpq reads the # too
    ("postgresql://u:pw@h/db?password=pw", "postgresql://u:***@h/db?password=***"),        # both places
    # guards: other parameters, a parameter named like a secret's value, no query, SQLite
    ("postgresql://h/db?application_name=password&sslmode=require",
     "postgresql://h/db?application_name=password&sslmode=require"),
    ("postgresql://u:s3cr3t@h:5432/db", "postgresql://u:***@h:5432/db"),
    ("postgresql://h/db?", "postgresql://h/db?"),
    ("sqlite:///tmp/k.db", "sqlite:///tmp/k.db"),
    ("khronika.db", "khronika.db"),
]


@pytest.mark.parametrize("url, shown", REDACT_ROWS)
def test_redact_url_parameters(url, shown):
    from khronika.store.base import redact_url

    assert redact_url(url) == shown


def test_cli_never_prints_a_password_parameter(pg_url):
    """The reviewer's command: `khronika runs --db 'postgresql://…?…&password=s3cretpw'`."""
    from click.testing import CliRunner

    from khronika.cli.app import main

    url = pg_url + ("&" if "?" in pg_url else "?") + "password=s3cretpw"
    runs = CliRunner().invoke(main, ["runs", "--db", url])
    missing = CliRunner().invoke(main, ["show", "run:999", "--db", url])
    for result in (runs, missing):
        assert "s3cretpw" not in result.output
    assert "password=***" in runs.output


# -- L2: a hyphen-joined number pair is a phrase on PostgreSQL, as on SQLite --------------------

NUMBER_DOCS = {
    "score": "Матч завершился со счетом 1-1 в Москве.",
    "ones": "В 1 туре 1 команда набрала очки.",                     # 1 twice, never "1-1"
    "nil": "Гости проиграли 0-1 на своем поле.",
    "scattered": "Прошло 0 минут, и 1 гол уже забит.",
    "season": "Сезон 2019-2020 прервала пандемия.",
    "years": "В 2019 году открыли мост, в 2020 году его закрыли.",
    "covid": "Число случаев COVID-19 в регионе снизилось.",
    "su": "Истребитель Су-57 поднялся в воздух.",
    "range": "Температура составит 10-15 градусов.",
}
# (query, the documents it finds): rows 1-3 found the scattered numbers too on PostgreSQL before
NUMBER_SEARCH = [
    ("1-1", {"score"}),                    # before (PG): score, ones, nil, scattered
    ("0-1", {"nil"}),                      # before (PG): nil, scattered
    ("2019-2020", {"season"}),             # before (PG): season, years
    ("матч 1-1", {"score"}),               # guard: a phrase beside a word
    # guards: numbers alone, hyphenated words with a number, words without one
    ("2019", {"season", "years"}),
    ("1", {"score", "ones", "nil", "scattered"}),
    ("COVID-19", {"covid"}),
    ("COVID 19", {"covid"}),
    ("Су-57", {"su"}),
    ("10-15 градусов", {"range"}),
    ("15", {"range"}),
    ("гол", {"scattered"}),
]


@pytest.fixture
def number_store(store, make_doc):
    ids = {}
    for i, (name, sentence) in enumerate(NUMBER_DOCS.items()):
        ids[store.add_document(make_doc(f"Заметка {i}", [sentence], url=f"https://n.example/{i}")).article_id] = name
    return store, ids


@pytest.mark.parametrize("query, expected", NUMBER_SEARCH)
def test_hyphen_joined_numbers_are_a_phrase(number_store, query, expected):
    store, ids = number_store
    assert {ids[h.article.id] for h in store.search(query, limit=50)} == expected
