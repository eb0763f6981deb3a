"""Review rev20_B L5 (helper rb): DATEADDED of a date-only article is its own day at 000000
(the day of its SQLDATE); a time keeps its conversion to UTC."""
from __future__ import annotations

import pytest

from khronika.events.export import _added, to_gdelt_rows
from khronika.extract.article import Article
from khronika.nlp.doc import Doc, Event, EventActor


def _doc(published: str | None, crawled_at: str | None = None) -> Doc:
    doc = Doc.from_article(Article(id="", source="pages/x.txt", title="Силовики задержали журналиста",
                                   published=published, language="ru", lead="", paragraphs=[]))
    doc.article.crawled_at = crawled_at
    doc.events = [Event("COERCE", "arrest", "17", [EventActor("x:org:a", "силовики")],
                        [EventActor("x:per:b", "журналист")], "задержали", 9, 18, 0)]
    return doc


# (published, crawled_at) → DATEADDED
ADDED_ROWS = [
    (("2018-07-09", None), "20180709000000"),                  # before: 20180708210000
    (("2019-01-01", None), "20190101000000"),                  # before: 20181231210000 (the year before)
    ((None, "2024-04-19"), "20240419000000"),                  # a crawl date alone (before: 20240418210000)
    ((" 2018-07-09 ", None), "20180709000000"),                # before: 20180708210000 (spaces kept it a date)
    # guards: times keep their conversion to UTC
    (("2018-07-09T00:00:00", None), "20180708210000"),         # a Moscow midnight given as a time
    (("2018-07-09T10:00:00", None), "20180709070000"),
    (("2018-07-09T10:00:00+03:00", None), "20180709070000"),
    (("2018-07-09T10:00:00Z", None), "20180709100000"),
    (("2018-07-09 10:00", None), "20180709070000"),
    (("2018-13-40", None), ""),                                # not a date: nothing
    ((None, None), ""),
]


@pytest.mark.parametrize("times, expected", ADDED_ROWS)
def test_dateadded_of_a_bare_date(times, expected):
    assert _added(_doc(*times)) == expected


def test_dateadded_and_sqldate_name_one_day():
    (row,) = list(to_gdelt_rows([_doc("2018-07-09")]))
    assert (row["SQLDATE"], row["DATEADDED"]) == ("20180709", "20180709000000")  # before: …08210000
