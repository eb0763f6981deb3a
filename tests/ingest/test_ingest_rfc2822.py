"""A dump record's date in the RFC 2822 form of feeds and mail keeps its instant."""
from __future__ import annotations

import json

import pytest

from khronika.extract import extract_page
from khronika.ingest.files import read_file
from khronika.ingest.jsonl import _date_line

DATE_LINES = [  # a record's date → the date line of its text page (Moscow wall time of the same instant)
    ("Tue, 10 Jan 2023 21:00:00 +0000", "2023-01-11 00:00:00"),
    ("10 Jan 2023 21:00:00 GMT", "2023-01-11 00:00:00"),
    ("Tue, 10 Jan 2023 21:00 +0300", "2023-01-10 21:00:00"),
    ("Sun, 26 Oct 2014 01:30:00 +0400", "2014-10-26 01:30:00"),       # the first pass of the repeated hour
    ("Sun, 26 Oct 2014 01:30:00 +0300", "2014-10-26"),                # its second pass: the day alone
    ("Tue, 10 Jan 2023 21:00:00 -0000", "Tue, 10 Jan 2023 21:00:00 -0000"),  # zone unknown: as written
    ("Tue, 10 Jan 2023 21:00:00 MSK", "Tue, 10 Jan 2023 21:00:00 MSK"),      # a zone name RFC 2822 lacks
    ("Tue, 40 Jan 2023 21:00:00 +0000", "Tue, 40 Jan 2023 21:00:00 +0000"),  # no such day: as written
    ("10 августа 2019, 17:12", "10 августа 2019, 17:12"),
    ("Fri, 31 Dec 9999 23:59:59 -1200", "Fri, 31 Dec 9999 23:59:59 -1200"),   # past the calendar's end in Moscow
    ("9999-12-31T23:59:59-12:00", "9999-12-31T23:59:59-12:00"),
    ("Mon, 1 Jan 0001 00:30:00 +0300", "Mon, 1 Jan 0001 00:30:00 +0300"),     # not read as 2001
    ("Mon, 1 Jan 99 00:30:00 +0300", "Mon, 1 Jan 99 00:30:00 +0300"),         # a two-digit year: as written
]


@pytest.mark.parametrize("value, line", DATE_LINES)
def test_rfc2822_date_line(value, line):
    assert _date_line(value) == line


@pytest.mark.parametrize("markup", [False, True])  # a plain text field, or one holding HTML
def test_rfc2822_record_date_is_the_published_instant(tmp_path, markup):
    body = "Первый абзац новости о переговорах в Женеве." * 3
    record = {"url": "https://example.ru/a", "title": "Переговоры в Женеве", "date": "Tue, 10 Jan 2023 21:00:00 +0000",
              "text": f"<p>{body}</p><p>{body}</p>" if markup else body}
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [page] = list(read_file(path, None))
    article = extract_page(page)
    assert article.published is not None
    from datetime import datetime, timezone
    assert datetime.fromisoformat(article.published).astimezone(timezone.utc) == datetime(2023, 1, 10, 21, tzinfo=timezone.utc)


def test_a_date_past_the_calendar_does_not_stop_the_batch(tmp_path):
    """rev18_A 1: one record dated at the calendar's edge raised OverflowError and ended the ingest."""
    lines = [{"url": f"https://example.ru/{n}", "title": "Переговоры", "date": date, "text": "Текст новости. " * 5}
             for n, date in enumerate(["2023-01-10", "Fri, 31 Dec 9999 23:59:59 -1200", "9999-12-31T23:59:59-12:00",
                                       "2023-01-11"])]
    path = tmp_path / "dump.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    pages = list(read_file(path, None))
    assert len(pages) == 4 and all(extract_page(p).paragraphs for p in pages)
