"""Store exports (helper sx, twentieth session; user review rv20_R H1 and M1), on both backends.

H1: a stored event's other layers (date flag, location; the parties and date GDELT rebuilds
from the record) are the ones at its own position in the article's record (`events.idx`), not
those of the first event of the article with the same type and trigger word.  The same for a
quote's addressee (`quotes.idx`), when two quotes of one article share their text.

M1: `actors`, `stories` and `search` show a screenful in the table, export every row to a file
unless --limit is given, and say when a listing was cut.
"""
from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from khronika.api.v1.events import gdelt_table
from khronika.cli import main
from khronika.events.export import GDELT_COLUMNS
from khronika.nlp.doc import EventActor, SpeakerRef
from khronika.store import open_store, views

TITLE = "Пилоты Ryanair объявили забастовку"
PARAGRAPHS = ["Немецкие пилоты Ryanair провели забастовку в Германии.",
              "Профсоюз Ryanair назначил забастовку на 6 августа. Песков заявил: «мы следим». Песков заявил: «мы следим»."]
ACTORS = [("org:ryanair", "Ryanair", "ORG", ["Ryanair"]), ("x:org:pilots", "пилот Ryanair", "ORG", []),
          ("x:org:union", "профсоюз Ryanair", "ORG", []), ("per:dmitry-peskov", "Дмитрий Песков", "PER", ["Песков"])]


def _twins(make_doc):
    """Two PROTEST events with the trigger «забастовку»: the first dated by the article and placed in
    Germany, the second dated 2018-08-06 with no place and another source; two quotes with one text
    told to different addressees."""
    doc = make_doc(TITLE, PARAGRAPHS, url="https://example.org/ryanair", published="2018-07-30",
                   actors=ACTORS,
                   events=[("PROTEST", "забастовку", ["x:org:pilots"], ["org:ryanair"], "2018-07-30"),
                           ("PROTEST", "забастовку", ["x:org:union"], ["org:ryanair"], "2018-08-06")],
                   quotes=[("мы следим", "per:dmitry-peskov", "Дмитрий Песков"),
                           ("мы следим", "per:dmitry-peskov", "Дмитрий Песков")])
    first, second = doc.events
    first.date_from_article = True
    first.location = EventActor("gpe:germany", "Германия")
    second.start = second.stop = doc.text.find("забастовку", doc.text.find("Профсоюз"))
    second.stop += len("забастовку")
    doc.quotes[0].addressee = SpeakerRef("gpe:usa", "США", "США")
    doc.quotes[1].addressee = SpeakerRef("gpe:france", "Франция", "Франция")
    return doc


# (filter_events arguments) → {source name of each listed event: (location, date_from_article)}
EVENT_LAYER_CASES = [
    ({}, {"профсоюз Ryanair": (None, False), "пилот Ryanair": ("Германия", True)}),       # H1: was Германия, True twice
    ({"place": "Германия"}, {"пилот Ryanair": ("Германия", True)}),                      # H1: listed the second too
    ({"place": "Франция"}, {}),                                                          # guard
    ({"source": "профсоюз Ryanair"}, {"профсоюз Ryanair": (None, False)}),               # H1
]


def test_event_layers_are_the_events_own(store, make_doc):
    store.add_document(_twins(make_doc))
    for filters, expected in EVENT_LAYER_CASES:
        result = views.filter_events(store, **filters, limit=10)
        got = {row.source_actors[0]["name"]: (result.extra[row.id]["location"],
                                              result.extra[row.id]["date_from_article"]) for row in result.rows}
        assert got == expected, filters


# GDELT rebuilt from the stored record: source name → (SQLDATE, Actor1Name, ActionGeo_FullName)
GDELT_CASES = {
    "пилот Ryanair": ("20180730", "пилот Ryanair", "Германия"),        # guard: the first event
    "профсоюз Ryanair": ("20180806", "профсоюз Ryanair", ""),          # H1: was 20180730, пилот Ryanair, Германия
}


def test_gdelt_rows_are_rebuilt_from_the_events_own_layer(store, make_doc):
    store.add_document(_twins(make_doc))
    result = views.filter_events(store, limit=10)
    header, rows = gdelt_table(store, result.rows, result.extra)
    assert header == GDELT_COLUMNS
    cells = {row.source_actors[0]["name"]: dict(zip(header, line)) for row, line in zip(result.rows, rows)}
    got = {name: (c["SQLDATE"], c["Actor1Name"], c["ActionGeo_FullName"]) for name, c in cells.items()}
    assert got == GDELT_CASES


def test_quote_addressee_is_the_quotes_own(store, make_doc):
    store.add_document(_twins(make_doc))
    result = views.filter_quotes(store, limit=10)
    got = sorted(result.extra[row.id]["addressee_name"] for row in result.rows)
    assert got == ["США", "Франция"]  # was США twice
    assert sorted(r.id for r in views.filter_quotes(store, addressee="Франция", limit=10).rows) == [
        max(r.id for r in result.rows)]


def test_row_position_is_not_exported(store, make_doc):
    store.add_document(_twins(make_doc))
    assert all("idx" not in row.to_json() for row in store.events(limit=10))
    assert all("idx" not in row.to_json() for row in store.quotes(limit=10))
    assert {row.idx for row in store.events(limit=10)} == {0, 1}


# -- M1: listings -------------------------------------------------------------------------

def _invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def _lines(fmt: str, text: str) -> int:
    if fmt == "jsonl":
        return len([json.loads(line) for line in text.splitlines() if line.strip()])
    return len(list(csv.DictReader(io.StringIO(text))))


# (command arguments after `--db URL`) → (rows, "more match" said on stderr)
LISTING_CASES = [
    (["actors", "--format", "jsonl"], (4, False)),                   # M1: every row (was capped at 50)
    (["actors", "--format", "csv", "--limit", "2"], (2, True)),      # M1: a cut file export says so (was silent)
    (["actors", "--format", "jsonl", "--limit", "4"], (4, False)),   # guard: exactly the limit, nothing cut
    (["stories", "--format", "jsonl"], (1, False)),                  # guard
    (["search", "Ryanair", "--format", "jsonl"], (1, False)),        # guard
]


def test_listings_export_every_row_and_say_when_cut(store_url, analyzer, make_doc):
    with open_store(store_url, analyzer=analyzer) as store:
        store.add_document(_twins(make_doc))
    for args, (rows, cut) in LISTING_CASES:
        result = _invoke(*args[:1], "--db", store_url, *args[1:])
        assert result.exit_code == 0, result.output
        assert _lines(args[args.index("--format") + 1], result.stdout) == rows, args
        assert ("more match" in result.stderr) is cut, args


def test_table_title_says_the_listing_was_cut(store_url, analyzer, make_doc):
    with open_store(store_url, analyzer=analyzer) as store:
        store.add_document(_twins(make_doc))
    result = _invoke("actors", "--db", store_url, "--limit", "1")
    assert "1 actor (more match: --limit)" in result.stdout                 # M1: was "1 actor"
    assert "more match" not in _invoke("actors", "--db", store_url).stdout  # guard: 4 of the default 50


def test_file_exports_are_not_cut_at_the_tables_default(store_url, analyzer, make_doc):
    names = [f"Участник{n:02d}" for n in range(55)]
    doc = make_doc("Собрание участников", ["Пришли: " + ", ".join(names) + "."], url="https://example.org/many",
                   actors=[(f"x:per:u{n:02d}", name, "PER", [name]) for n, name in enumerate(names)])
    with open_store(store_url, analyzer=analyzer) as store:
        store.add_document(doc)
    for fmt in ("jsonl", "csv"):  # M1: was 50 rows, without a word
        result = _invoke("actors", "--db", store_url, "--format", fmt)
        assert (_lines(fmt, result.stdout), "more match" in result.stderr) == (55, False), fmt
    table = _invoke("actors", "--db", store_url)  # the table keeps its screenful, and says so
    assert "50 actors (more match: --limit)" in table.stdout and "more match" in table.stderr


# -- L1: one GDELT writer --------------------------------------------------------------------

def test_api_tsv_is_the_clis_gdelt_file(store_url, analyzer, make_doc):
    """`events --db --format gdelt` and the API's `format=tsv` give the same bytes; text with quotes
    stays as it is (no CSV quoting), a formula start is escaped in both."""
    from fastapi.testclient import TestClient

    from khronika.api import create_app

    doc = make_doc("Суд оправдал «христианку» Асию Биби", ["Верховный суд оправдал «христианку» Асию Биби."],
                   url="https://example.org/bibi", published="2018-10-31",
                   actors=[("x:org:court", '=Суд "Верховный"', "ORG", []), ("x:per:bibi", 'Асия "Биби"', "PER", [])],
                   events=[("RETREAT", "оправдал", ["x:org:court"], ["x:per:bibi"], None)])
    with open_store(store_url, analyzer=analyzer) as store:
        store.add_document(doc)
    cli = _invoke("events", "--db", store_url, "--format", "gdelt")
    assert cli.exit_code == 0, cli.output
    with TestClient(create_app(lambda: open_store(store_url, analyzer=analyzer, create=False)),
                    raise_server_exceptions=False) as client:
        api = client.get("/api/v1/events/export", params={"format": "tsv"})
    assert api.status_code == 200
    assert api.content.decode("utf-8") == cli.stdout            # L1: the API quoted cells CSV-style
    row = dict(zip(GDELT_COLUMNS, cli.stdout.splitlines()[1].split("\t")))
    assert (row["Actor1Name"], row["Actor2Name"]) == ('\'=Суд "Верховный"', 'Асия "Биби"')
    # DATEADDED of a bare date: its own day (rev20_B L5, helper rb; was 20181030210000)
    assert (row["EventCode"], row["GoldsteinScale"], row["DATEADDED"]) == ("0841", "7.0", "20181031000000")
