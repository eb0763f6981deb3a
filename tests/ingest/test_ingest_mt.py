"""A JSONL/dump record's naive time is its outlet's clock, as an HTML page's is (helper mt, twenty-first
session; review rv21_Q L1).

Rule: the zone of a naive dateline in a text page (a record laid out as "title / date / text", or a dump's
own dateline) is `outlet_zone` of the page's URL (Kyiv for a .ua page, Minsk for .by, …, else Moscow); a
line that says "МСК" stays Moscow time; a record date written with its zone keeps its instant.
Each row: record → published.  Rows marked "old" fail on the code before the round; the controls hold on both.
"""
from __future__ import annotations

import json

import pytest

from khronika.extract import extract_page
from khronika.ingest.jsonl import read_jsonl

TEXT = ("Государственная комиссия обратилась к областной администрации.\n\n"
        "Работа комиссии продолжится на следующей неделе.")

CASES = [
    # old: a naive record date of a Ukrainian page (rv21_Q L1, record 6: Kyiv was +03:00 that day)
    ({"url": "https://from-ua.com.ua/news/1.html", "title": "Комиссия", "date": "2014-08-22 15:23:00", "text": TEXT},
     "2014-08-22T15:23:00+03:00"),
    ({"url": "https://www.rus.newsru.ua/rest/08nov2014/x.html", "title": "Комиссия", "date": "2014-11-08 16:57:00",
      "text": TEXT}, "2014-11-08T16:57:00+02:00"),
    ({"url": "https://news.tut.by/1.html", "title": "Комиссия", "date": "2014-08-22 15:23:00", "text": TEXT},
     "2014-08-22T15:23:00+03:00"),
    # old: a moment with its zone is laid out in the outlet's clock, so the instant holds
    ({"url": "https://from-ua.com.ua/news/2.html", "title": "Комиссия", "date": "2014-08-22T12:23:00Z", "text": TEXT},
     "2014-08-22T15:23:00+03:00"),
    # old: a dump's own dateline on a Ukrainian page
    ({"url": "https://from-ua.com.ua/news/3.html", "text": "Комиссия\n\n22.08.2014 15:23\n\n" + TEXT},
     "2014-08-22T15:23:00+03:00"),
    # controls: a Russian page; a line that says МСК; a day alone
    ({"url": "https://lenta.ru/news/1", "title": "Комиссия", "date": "2014-08-22 15:23:00", "text": TEXT},
     "2014-08-22T15:23:00+04:00"),
    ({"url": "https://from-ua.com.ua/news/4.html", "title": "Комиссия", "date": "2014-08-22 15:23 МСК", "text": TEXT},
     "2014-08-22T15:23:00+04:00"),
    ({"url": "https://from-ua.com.ua/news/5.html", "title": "Комиссия", "date": "2014-08-22", "text": TEXT},
     "2014-08-22"),
]


@pytest.mark.parametrize("record, published", CASES, ids=[str(i) for i in range(len(CASES))])
def test_record_time_in_outlet_zone(record: dict, published: str) -> None:
    [page] = list(read_jsonl([json.dumps(record, ensure_ascii=False)], "dump.jsonl", None))
    assert extract_page(page).published == published
