"""A headline's news dated by the publication day keeps that day when a body sentence restates it after a
background date (rev18_E 3): the restatement's date is the narrative's, not its own.  A restatement that names
its own date (or "накануне") still dates the headline's report.

Table: title, body paragraphs ("||" between them), event type and trigger → (date, granularity,
date_from_article) of the one merged event.  Sentences written for the tests.  Rows marked "new" fail on
the code before this mend."""
from __future__ import annotations

import pytest

from khronika.extract.article import Article
from khronika.nlp.doc import Event

NOV = "2018-11-01T10:00:00+03:00"

CASES = [
    # new: a background year, then the news restated in a sentence with no time of its own
    ("Полиция задержала Ивана Петрова", "В Москве продолжаются акции.||В 2017 году суд приговорил Ивана Петрова к "
     "условному сроку. Полиция задержала Ивана Петрова у его дома.", "COERCE", ("2018-11-01", "day", True)),
    # new: an earlier day of the story's past, after the publication day's news in the title
    ("Полиция задержала Ивана Петрова", "В Москве продолжаются акции.||Петров 12 июня 2019 года вышел на акцию "
     "протеста. Полиция задержала Ивана Петрова у его дома.", "COERCE", ("2018-11-01", "day", True)),
    # the restatement's own date dates the headline's report
    ("Полиция задержала Ивана Петрова", "В Москве продолжаются акции.||Полиция задержала Ивана Петрова 30 октября "
     "у его дома.", "COERCE", ("2018-10-30", "day", False)),
]


def _one(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_ and e.trigger == "задержала"]
    assert len(found) == 1, f"expected one {type_}: {[(e.type, e.trigger, e.date) for e in events]}"
    return found[0]


@pytest.mark.parametrize("title, body, type_, expected", CASES)
def test_restated_headline_date(pipeline, title: str, body: str, type_: str, expected: tuple) -> None:
    article = Article(id="t", source="test", title=title, published=NOV, language="ru", lead="",
                      paragraphs=body.split("||"))
    event = _one(pipeline(article).events, type_)
    assert (event.date, event.date_granularity, event.date_from_article) == expected
