"""Filters mended after the review rev19_B (helper gw), on both backends.

- 3: an event dated only to a month or a year ("2010-10", "2010") is compared at its own
  precision: `--from 2010 --to 2010` finds it (as text "2010" < "2010-01-01").
- 4: the outlet matcher never silently unions unrelated outlets: a bare label under several
  domains (gazeta → gazeta.ru, gazeta.ua) is an error listing them; a domain zone alone
  ("com.ua", "ru") takes no subdomains.
- 6: the GDELT TSV escapes text cells that would start a spreadsheet formula.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.errors import QueryError
from khronika.store import open_store
from khronika.store.exports import tsv_cell
from khronika.store.query import domain_zone, outlet_choice, outlet_patterns, registrable_domain

# -- the rules, without a store -----------------------------------------------------------------

# host → a domain zone alone (a public suffix)?
ZONES = [
    ("ru", True), ("ua", True), ("com", True), ("news", True), ("com.ua", True), ("org.ru", True),
    ("co.uk", True), ("msk.ru", True),
    ("tass", False), ("tass.ru", False), ("gazeta.ua", False), ("interfax.com.ua", False),
    ("liga.net", False), ("ura.news", False),
]


@pytest.mark.parametrize("host, zone", ZONES)
def test_domain_zone(host, zone):
    assert domain_zone(host) is zone


# host → its outlet's own domain
REGISTRABLE = [
    ("tass.ru", "tass.ru"), ("crimea.ria.ru", "ria.ru"), ("news.liga.net", "liga.net"),
    ("interfax.com.ua", "interfax.com.ua"), ("www.interfax.com.ua", "interfax.com.ua"),
    ("ru.euronews.com", "euronews.com"), ("news.online.ua", "online.ua"),
]


@pytest.mark.parametrize("host, domain", REGISTRABLE)
def test_registrable_domain(host, domain):
    assert registrable_domain(host) == domain


# value → (exact, the other pattern)
PATTERNS = [
    ("tass", ("tass", "tass.%")),          # a bare label: its first label
    ("ria.ru", ("ria.ru", "%.ria.ru")),    # a domain: its subdomains
    ("com.ua", ("com.ua", "com.ua")),      # a zone: itself only (no "%.com.ua")
    ("org.ru", ("org.ru", "org.ru")),
]


@pytest.mark.parametrize("value, patterns", PATTERNS)
def test_outlet_patterns(value, patterns):
    assert outlet_patterns(value) == patterns


# (value, matched outlets) → the outlets kept; a str: the QueryError's message piece
CHOICES = [
    ("tass", ["tass.ru"], ["tass.ru"]),
    ("gazeta", ["gazeta.ru", "gazeta.ua"], "names several outlets: gazeta.ru, gazeta.ua"),
    ("interfax", ["interfax.com.ua", "interfax.ru"], "interfax.com.ua, interfax.ru"),
    ("news", ["news.bigmir.net", "news.liga.net", "news.meta.ua", "news.online.ua"],
     "bigmir.net, liga.net, meta.ua, online.ua"),
    ("ria.ru", ["crimea.ria.ru", "ria.ru"], ["crimea.ria.ru", "ria.ru"]),  # a domain: all it matched
    ("nothing", [], []),
]


@pytest.mark.parametrize("value, outlets, expected", CHOICES)
def test_outlet_choice(value, outlets, expected):
    if isinstance(expected, str):
        with pytest.raises(QueryError, match=expected):
            outlet_choice(value, outlets)
    else:
        assert outlet_choice(value, outlets) == expected


# cell → as written to the GDELT TSV
TSV_CELLS = [
    ('=HYPERLINK("http://evil.example","x").txt', '\'=HYPERLINK("http://evil.example","x").txt'),
    ("@user", "'@user"),
    ("-5.0", "-5.0"),             # a Goldstein scale stays a number
    ("042", "042"),               # a CAMEO code
    ("20190115", "20190115"),
    ("RUSGOV", "RUSGOV"),
    ("https://tass.ru/1", "https://tass.ru/1"),
    ("a\tb\nc", "a b c"),         # a tab or a line break would split the row
    (None, ""),
]


@pytest.mark.parametrize("cell, expected", TSV_CELLS)
def test_tsv_cell(cell, expected):
    assert tsv_cell(cell) == expected


# -- a store (SQLite and PostgreSQL) ------------------------------------------------------------

PUTIN = ("per:vladimir-putin", "Владимир Путин", "PER", ["Владимир Путин"])

# (url, title, event date)
PAGES = [
    ("https://gazeta.ru/1", "Путин провел совещание в Кремле", "2010"),
    ("https://gazeta.ua/2", "Путин провел переговоры в Москве", "2010-10"),
    ("https://www.interfax.ru/3", "Путин провел встречу с губернатором", "2010-10-15"),
    ("https://interfax.com.ua/4", "Путин провел заседание совета", "2011"),
    ("https://unn.com.ua/5", "Путин провел встречу с министром", "2009-12"),
    ("https://ru.euronews.com/6", "Путин провел совещание с правительством", None),
    ("https://tass.ru/7", "Путин провел встречу с послом", "2010-11-02"),
]


@pytest.fixture
def filled(store_url, analyzer, make_doc):
    with open_store(store_url, analyzer=analyzer) as store:
        for url, title, day in PAGES:
            sentence = f"Президент Владимир Путин провел совещание ({title}). «Мы поддержим регионы», — заявил он."
            store.add_document(make_doc(title, [sentence], url=url, published="2012-03-15T10:00:00+03:00",
                                        actors=[PUTIN],
                                        quotes=[("Мы поддержим регионы", "per:vladimir-putin", "Владимир Путин")],
                                        events=[("CONSULT", "провел совещание", ["per:vladimir-putin"], [], day)]))
    return store_url


# (from, to) → the event dates kept (an undated event takes its article's day, 2012-03-15)
EVENT_RANGES = [
    ("2010", "2010", ["2010", "2010-10", "2010-10-15", "2010-11-02"]),
    ("2010-10", "2010-10", ["2010", "2010-10", "2010-10-15"]),
    ("2010-10-15", "2010-10-15", ["2010", "2010-10", "2010-10-15"]),
    ("2010-10-16", None, ["2010", "2010-10", "2010-11-02", "2011", "2012-03-15"]),
    (None, "2009", ["2009-12"]),
    ("2009-12-31", "2010-01-01", ["2009-12", "2010"]),
    ("2011-01", "2011-01", ["2011"]),
    ("2012", "2012", ["2012-03-15"]),
    ("2013", None, []),
]


def _bound(value, side):
    from khronika.store.query import day_bound

    return day_bound(value, side) if value else None


@pytest.mark.parametrize("date_from, date_to, dates", EVENT_RANGES)
def test_event_dates_compared_at_their_own_precision(filled, analyzer, date_from, date_to, dates):
    with open_store(filled, analyzer=analyzer) as store:
        rows = store.events(date_from=_bound(date_from, "from"), date_to=_bound(date_to, "to"), limit=50)
    assert sorted(r.date or "2012-03-15" for r in rows) == dates


def test_cli_events_year(filled):
    result = CliRunner().invoke(main, ["events", "--db", filled, "--from", "2010", "--to", "2010",
                                       "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    dates = sorted(json.loads(line)["date"] for line in result.output.splitlines() if line.startswith("{"))
    assert dates == ["2010", "2010-10", "2010-10-15", "2010-11-02"]


# outlet filter value → the outlets kept; a str: the error's message piece
OUTLETS = [
    ("gazeta", "gazeta.ru, gazeta.ua"),
    ("interfax", "interfax.com.ua, interfax.ru"),
    ("gazeta.ru", {"gazeta.ru"}),
    ("www.interfax.ru", {"interfax.ru"}),
    ("interfax.com.ua", {"interfax.com.ua"}),
    ("com.ua", set()),          # a zone alone is no outlet (not interfax.com.ua + unn.com.ua)
    ("ru", {"ru.euronews.com"}),  # a bare label: outlets it is the first label of, not every .ru
    ("www.ru", {"ru.euronews.com"}),
    ("ua", set()),
    ("euronews.com", {"ru.euronews.com"}),
    ("tass", {"tass.ru"}),
    ("unn", {"unn.com.ua"}),
]


@pytest.mark.parametrize("value, expected", OUTLETS, ids=[v for v, _ in OUTLETS])
def test_outlet_matcher_does_not_mix_outlets(filled, analyzer, value, expected):
    with open_store(filled, analyzer=analyzer) as store:
        if isinstance(expected, str):
            for run in (lambda: store.outlets_matching([value]),
                        lambda: store.list_articles(limit=50, outlet=value),
                        lambda: store.quotes(outlet=value, limit=50),
                        lambda: store.search(f'Путин source:"{value}"', limit=50)):
                with pytest.raises(QueryError, match=expected):
                    run()
            return
        assert set(store.outlets_matching([value])) == expected
        assert {a.outlet for a in store.list_articles(limit=50, outlet=value)} == expected
        assert {q.outlet for q in store.quotes(outlet=value, limit=50)} == expected
        assert {h.article.outlet for h in store.search(f'Путин source:"{value}"', limit=50)} == expected


def test_several_sources_name_several_outlets(filled, analyzer):
    with open_store(filled, analyzer=analyzer) as store:
        found = {h.article.outlet for h in store.search("Путин source:gazeta.ru source:gazeta.ua", limit=50)}
    assert found == {"gazeta.ru", "gazeta.ua"}


# `quotes --outlet` → exit code, a piece of the output
CLI_OUTLETS = [
    ("gazeta", 2, "names several outlets: gazeta.ru, gazeta.ua"),
    ("gazeta.ua", 0, '"outlet": "gazeta.ua"'),
]


@pytest.mark.parametrize("value, code, piece", CLI_OUTLETS)
def test_cli_outlet(filled, value, code, piece):
    result = CliRunner().invoke(main, ["quotes", "--db", filled, "--format", "jsonl", "--outlet", value])
    assert result.exit_code == code, result.output
    assert piece in result.output
