"""GDELT and JSONL export of events (helper sx, twentieth session; user review rv20_R M2, M3, M4, L1, L3).

M2  RETREAT is PLOVER's yield of releases as well as of troops: the lexicon's releases, acquittals,
    pardons and dropped charges are CAMEO 0841 "release persons" (Goldstein 7.0); only a troop
    withdrawal (mode `military`) is 087 "de-escalate military engagement" (+9.0).
M3  every state of the actor registry has a CAMEO country code; "GOV" is never written alone.
M4  a sidebar headline's event is dated by the headline's own time, else undated: never by the article.
L1  one GDELT writer: cells `tsv_cell`-escaped (formula starts), tab-joined, no CSV quoting.
L3  DATEADDED of a date-only (or offset-less) publication time is Moscow time in UTC.
"""
from __future__ import annotations

import csv
import io

import pytest

from khronika.events.export import (CAMEO_COUNTRY, GDELT_COLUMNS, _added, event_records, gdelt_row, gdelt_tsv,
                                    to_gdelt_rows)
from khronika.events.lexicon import load_cameo, load_lexicon
from khronika.extract.article import Article, RelatedItem
from khronika.nlp.doc import Doc, Event, EventActor

# -- M2 ------------------------------------------------------------------------------------

# (type, mode) → (EventCode, EventBaseCode, Goldstein)
CAMEO_CASES = [
    (("RETREAT", None), ("0841", "084", 7.0)),        # M2: was 087 / 9.0 (acquittals, releases)
    (("RETREAT", "military"), ("087", "087", 9.0)),   # M2: troops withdrawn
    (("COOPERATE", "military"), ("062", "062", 7.4)),  # guard
    (("CONCEDE", None), ("080", "080", 5.0)),          # guard
]


@pytest.mark.parametrize("key, expected", CAMEO_CASES)
def test_retreat_codes(key, expected):
    code = load_cameo().lookup(*key)
    assert (code.code, code.code[:3], code.goldstein) == expected
    assert code.root == "08" or key[0] != "RETREAT"


def test_only_troop_withdrawals_are_military_retreats():
    retreats = [e for bucket in load_lexicon().entries.values() for e in bucket if e.type == "RETREAT"]
    military = {e.pattern for e in retreats if e.mode == "military"}
    assert military and all("войско" in e.pattern.split() for e in retreats if e.mode == "military")
    assert all(e.mode is None for e in retreats if "войско" not in e.pattern.split())  # releases: the default
    assert all(e.mode == "military" for e in retreats if "войско" in e.pattern.split())
    assert "[оправдать]" not in military and "[отвести] войско" in military


# -- M3 ------------------------------------------------------------------------------------

def _registry_states() -> list[str]:
    from khronika.nlp.registry import load_registry

    return sorted(a for a in load_registry().actors if a.startswith("gpe:"))


def test_every_registry_state_has_a_country_code():
    states = _registry_states()
    assert len(states) > 150
    assert [s for s in states if len(CAMEO_COUNTRY.get(s, "")) != 3] == []


def _event(source: str, name: str, target: str | None = None, location: str | None = None) -> Event:
    return Event("CONSULT", None, "04", [EventActor(source, name)],
                 [EventActor(target, target or "")] if target else [], "разговор", 0, 8, 0,
                 location=EventActor(location, location) if location else None)


# actor id of the first source → (Actor1Code, Actor1CountryCode, Actor1Type1Code)
ACTOR_CODE_CASES = [
    ("gpe:australia", ("AUSGOV", "AUS", "GOV")),   # M3: was "GOV", "", "GOV"
    ("gpe:oman", ("OMNGOV", "OMN", "GOV")),        # M3
    ("gpe:ireland", ("IRLGOV", "IRL", "GOV")),     # M3
    ("gpe:lpr", ("UKRREB", "UKR", "REB")),         # M3: its state, not its government (rev20_B L6: CAMEO's rebel type)
    ("gpe:russia", ("RUSGOV", "RUS", "GOV")),      # guard
    ("per:x", ("", "", "")),                       # guard: no country known
    ("gpe:nowhere", ("", "", "")),                 # never "GOV" without a country (was "GOV")
]


@pytest.mark.parametrize("actor_id, expected", ACTOR_CODE_CASES)
def test_actor_codes(actor_id, expected):
    doc = _doc()
    row = gdelt_row(_event(actor_id, "X"), doc, 1, True, load_cameo(), {}, "u")
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == expected


def test_a_state_as_the_place_has_its_country_code():
    row = gdelt_row(_event("gpe:russia", "Россия", location="gpe:ireland"), _doc(), 1, True, load_cameo(), {}, "u")
    assert (row["ActionGeo_Type"], row["ActionGeo_CountryCode"]) == ("1", "IRL")  # M3: was ("1", "")


# -- M4 ------------------------------------------------------------------------------------

def _doc(published: str | None = "2022-01-28T16:49:00+03:00", related: list[RelatedItem] = ()) -> Doc:
    article = Article(id="a1", source="pages/x.txt", title="Путин и Макрон провели телефонный разговор",
                      published=published, language="ru", lead="", paragraphs=[], url="https://example.org/x",
                      related=list(related))
    return Doc.from_article(article)


def _with_sidebar() -> Doc:
    """Two sidebar headlines, one with its own time, one without (as `nlp.components.Related` builds
    them: the light Doc anchored on the article's time when the headline has none)."""
    items = [RelatedItem("Силовики задержали журналиста", "Сегодня в 11:17", None),
             RelatedItem("СБУ задержала гражданина Польши", "18 апреля, 20:31", "2024-04-18T20:31:00+03:00")]
    doc = _doc(related=items)
    for item in items:
        light = Doc.from_article(Article(id="", source="pages/x.txt", title=item.title,
                                         published=item.published or doc.article.published, language="ru",
                                         lead="", paragraphs=[]))
        light.events = [Event("COERCE", "arrest", "17", [EventActor("x:org:a", "силовики")],
                              [EventActor("x:per:b", "журналист")], "задержали", 9, 18, 0)]
        doc.related.append(light)
    return doc


# related index → (SQLDATE, DATEADDED)
SIDEBAR_GDELT_CASES = [
    (0, ("", "")),                              # M4: was 20220128 / 20220128134900 (the article's)
    (1, ("20240418", "20240418173100")),        # guard: the headline's own time
]


@pytest.mark.parametrize("index, expected", SIDEBAR_GDELT_CASES)
def test_sidebar_events_keep_their_own_time(index, expected):
    rows = list(to_gdelt_rows([_with_sidebar()]))
    assert (rows[index]["SQLDATE"], rows[index]["DATEADDED"]) == expected
    assert rows[index]["IsRootEvent"] == "0"


def test_sidebar_records_keep_their_own_time():
    records = list(event_records(_with_sidebar()))
    assert [(r["related_published"], r["date"]) for r in records] == [
        (None, None), ("2024-04-18T20:31:00+03:00", None)]  # M4: was the article's time twice
    assert {r["published"] for r in records} == {"2022-01-28T16:49:00+03:00"}  # guard: the article's own field


def test_a_sidebar_date_taken_from_the_article_is_dropped():
    doc = _with_sidebar()
    for light in doc.related:
        light.events[0].date, light.events[0].date_from_article = light.article.published[:10], True
    rows = list(to_gdelt_rows([doc]))
    assert [r["SQLDATE"] for r in rows] == ["", "20240418"]
    assert [r["date"] for r in event_records(doc)] == [None, "2024-04-18"]


# -- L3 ------------------------------------------------------------------------------------

# (published, crawled_at) → DATEADDED
ADDED_CASES = [
    (("2018-07-09", None), "20180709000000"),                     # rev20_B L5 (helper rb): its own day, as its SQLDATE
    (("2018-07-09T10:00:00", None), "20180709070000"),            # L3: a time without an offset is Moscow time
    (("2022-01-28T16:49:00+03:00", None), "20220128134900"),      # guard
    (("2022-01-28T13:49:00Z", None), "20220128134900"),           # guard
    ((None, "2024-04-19T12:00:00+03:00"), "20240419090000"),      # guard: the crawl time
    ((None, None), ""),                                           # guard
    (("0001-01-01", None), "00010101000000"),                     # a date alone is not converted (rev20_B L5)
]


@pytest.mark.parametrize("times, expected", ADDED_CASES)
def test_dateadded(times, expected):
    doc = _doc(published=times[0])
    doc.article.crawled_at = times[1]
    assert _added(doc) == expected


# -- L1 ------------------------------------------------------------------------------------

def test_pages_gdelt_cells_are_escaped_as_the_stores():
    doc = _doc()
    doc.article.url = "-2+3"
    doc.events = [_event("gpe:russia", "=HYPERLINK(\"x\")\tтab")]
    header, line = list(gdelt_tsv(to_gdelt_rows([doc])))
    cells = dict(zip(GDELT_COLUMNS, line.rstrip("\n").split("\t")))
    assert cells["SOURCEURL"] == "'-2+3"                        # L1: was "-2+3" (the store path's "'-2+3")
    assert cells["Actor1Name"] == "'=HYPERLINK(\"x\") тab"      # L1: a formula start escaped, tab as a space
    assert header == "\t".join(GDELT_COLUMNS) + "\n"


def test_one_writer_no_csv_quoting():
    from khronika.events.export import gdelt_lines

    rows = [["1", 'христианка " за богохульство "', "-5.0"]]
    text = "".join(gdelt_lines(["A", "B", "C"], rows))
    assert text == 'A\tB\tC\n1\tхристианка " за богохульство "\t-5.0\n'  # the API quoted it: "христианка "" …"
    read = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert read[1] == rows[0]


# -- L2: sidebar events can be left out of a pages export ----------------------------------------

SEED = __import__("pathlib").Path(__file__).resolve().parents[2] / "examples" / "pages" / "000_seed.txt"

# extra arguments of `events SEED --format F` → (events of the article, events of sidebar headlines)
NO_RELATED_CASES = [
    (["--format", "jsonl"], (8, 7)),                       # guard
    (["--format", "jsonl", "--no-related"], (8, 0)),       # L2: no way to leave them out before
]


def test_sidebar_events_can_be_left_out():
    import json

    from click.testing import CliRunner

    from khronika.cli import main

    for args, expected in NO_RELATED_CASES:
        result = CliRunner().invoke(main, ["events", str(SEED), *args])
        assert result.exit_code == 0, result.output
        scopes = [json.loads(line)["scope"] for line in result.stdout.splitlines()]
        assert (scopes.count("article"), scopes.count("related")) == expected, args
    gdelt = CliRunner().invoke(main, ["events", str(SEED), "--format", "gdelt", "--no-related"])
    assert len(gdelt.stdout.splitlines()) == 1 + 8
    refused = CliRunner().invoke(main, ["events", "--db", "x.db", "--no-related"])
    assert refused.exit_code == 2 and "applies to pages" in refused.output
