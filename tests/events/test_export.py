"""GDELT 2.0 layout and JSONL export."""
from __future__ import annotations

import json
import os

import pytest

from khronika.events.export import GDELT_COLUMNS, gdelt_tsv, to_gdelt_rows, to_jsonl
from khronika.extract.article import Article
from khronika.nlp.doc import Doc, Event, EventActor


def _doc() -> Doc:
    article = Article(id="a1", source="pages/x.txt", title="Путин и Макрон провели телефонный разговор",
                      published="2022-01-28T16:49:00+03:00", language="ru", lead="", paragraphs=[],
                      url="https://example.org/x")
    doc = Doc.from_article(article)
    doc.events = [Event(
        type="CONSULT", mode="phone", cameo="04",
        source_actors=[EventActor("per:vladimir-putin", "Владимир Путин")],
        target_actors=[EventActor("gpe:france", "Франция")],
        trigger="разговор", start=35, stop=43, sentence=0, date="2022-01", date_granularity="month",
        location=EventActor("loc:geneva", "Женева"),
    )]
    return doc


def test_gdelt_header_is_the_61_gdelt_columns() -> None:
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    assert GDELT_COLUMNS[26:35] == ["EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                                    "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    assert GDELT_COLUMNS[-2:] == ["DATEADDED", "SOURCEURL"]
    assert "ActionGeo_FullName" in GDELT_COLUMNS


def test_gdelt_row() -> None:
    (row,) = list(to_gdelt_rows([_doc()], countries={"per:vladimir-putin": "gpe:russia", "loc:geneva": "gpe:switzerland"}))
    assert row["SQLDATE"] == "20220101" and row["MonthYear"] == "202201" and row["Year"] == "2022"
    assert row["Actor1Name"] == "Владимир Путин" and row["Actor1CountryCode"] == "RUS"
    assert row["Actor2Code"] == "FRAGOV"
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("041", "041", "04")
    assert row["QuadClass"] == "1" and row["GoldsteinScale"] == "1.0"
    assert row["IsRootEvent"] == "1"
    assert row["ActionGeo_FullName"] == "Женева" and row["ActionGeo_Type"] == "4" and row["ActionGeo_CountryCode"] == "CHE"
    assert row["DATEADDED"] == "20220128134900"
    assert row["SOURCEURL"] == "https://example.org/x"
    assert row["AvgTone"] == ""
    assert row["GLOBALEVENTID"] == list(to_gdelt_rows([_doc()]))[0]["GLOBALEVENTID"]  # stable


def test_gdelt_tsv_lines() -> None:
    lines = list(gdelt_tsv(to_gdelt_rows([_doc()])))
    assert lines[0].rstrip("\n").split("\t") == GDELT_COLUMNS
    assert all(len(line.rstrip("\n").split("\t")) == 61 for line in lines)


def test_jsonl() -> None:
    (line,) = list(to_jsonl([_doc()]))
    record = json.loads(line)
    assert record["scope"] == "article" and record["type"] == "CONSULT"
    assert record["source_actors"][0]["name"] == "Владимир Путин"


@pytest.mark.parametrize("source_a, source_b, url_a, url_b, same", [
    ("pages/x.txt", "./pages/x.txt", None, None, True),            # one file typed two ways
    ("pages/x.txt", os.path.abspath("pages/x.txt"), None, None, True),
    ("a/x.txt", "b/x.txt", None, None, False),                     # two copies of one file: rows of their own
    ("d.jsonl#line 2", "./d.jsonl#line 2", None, None, True),       # a dump's line, typed two ways
    ("d.jsonl#line 2", "d.jsonl#line 3", None, None, False),
    ("<stdin>", "<stdin>", None, None, True),                       # not a file: as it is, wherever it runs
    ("a.jsonl#line 1", "b.jsonl#line 7", "https://e.org/x", "https://e.org/x", True),  # one page in two dumps
    ("pages/x.txt", "pages/x.txt", "https://e.org/x", "https://e.org/y", False),       # the same text at two URLs
])
def test_gdelt_event_id_depends_on_text_url_and_position_not_the_path(source_a, source_b, url_a, url_b, same) -> None:
    def event_id(source: str, url: str | None) -> str:
        doc = _doc()
        doc.article.source, doc.article.url = source, url
        return list(to_gdelt_rows([doc]))[0]["GLOBALEVENTID"]
    assert (event_id(source_a, url_a) == event_id(source_b, url_b)) is same


def test_every_lexicon_entry_flagged_symmetric_is_a_symmetric_type_and_mode() -> None:
    # The coder pools the parties of a "sym" entry; the scorer and the store's story merging read
    # `SYMMETRIC`: the two must agree, or a prisoner exchange is merged one way and scored the other.
    from khronika.events.lexicon import SYMMETRIC, load_lexicon

    flagged = {(entry.type, entry.mode) for bucket in load_lexicon().entries.values() for entry in bucket
               if entry.symmetric}
    assert flagged and flagged <= SYMMETRIC
