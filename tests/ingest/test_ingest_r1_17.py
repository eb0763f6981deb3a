"""Reader defects left by the sixteenth session's reviews (seventeenth session, r1):

1. a record's date with an explicit offset ("…+00:00", "…Z", "… UTC") keeps its instant: the
   text page's date line is read as Moscow time, so the moment is laid out as Moscow wall time;
   a naive time keeps the Moscow rules;
2. a table in a legacy Cyrillic encoding (Excel's cp1251 CSV) or in UTF-16 (Excel's "Unicode
   text") gives the same pages by any path: .csv, .txt, no suffix, gzip'd, stdin;
3. a JSON-lines file not named .jsonl whose first line is broken is read a line at a time, not
   whole, and no line is held past a record's limit;
4. (found on the corus samples) buriy's Lenta.ru dumps name their date column "datetime".
"""
from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khronika.errors import InputError
from khronika.extract import extract_page
from khronika.extract.dates import MOSCOW
from khronika.ingest import files, jsonl
from khronika.ingest.files import read_file, read_stream
from khronika.ingest.jsonl import read_jsonl
from khronika.ingest.tables import read_table

TEXT = "Президент выступил с обращением к гражданам.\n\nОн говорил о бюджете и налогах на следующий год."


def _csv_published(date: str) -> str | None:
    table = f'title,date,text\nОбращение президента,"{date}","{TEXT}"\n'
    [page] = list(read_table(io.StringIO(table), ",", "t.csv", None))
    return extract_page(page).published


def _jsonl_published(date: str) -> str | None:
    record = {"title": "Обращение президента", "date": date, "text": TEXT}
    [page] = list(read_jsonl([json.dumps(record, ensure_ascii=False)], "d.jsonl", None))
    return extract_page(page).published


# -- 1. dates with an explicit offset ------------------------------------------------------------

DATES = [
    # the record's date → published
    ("2019-03-01 10:00:00+00:00", "2019-03-01T13:00:00+03:00"),
    ("2019-03-01T10:00:00Z", "2019-03-01T13:00:00+03:00"),
    ("2019-03-01T10:00:00.123Z", "2019-03-01T13:00:00+03:00"),
    ("2019-03-01 10:00:00 UTC", "2019-03-01T13:00:00+03:00"),
    ("2019-03-01 10:00:00+02:00", "2019-03-01T11:00:00+03:00"),
    ("2019-03-01T10:00:00-0500", "2019-03-01T18:00:00+03:00"),
    ("2019-03-01T10:00:00+05:30", "2019-03-01T07:30:00+03:00"),
    ("2019-03-01T23:30:00+00:00", "2019-03-02T02:30:00+03:00"),   # the Moscow day is the next one
    ("2019-03-01T10:00:00+03:00", "2019-03-01T10:00:00+03:00"),
    ("2012-03-01T10:00:00+00:00", "2012-03-01T14:00:00+04:00"),   # Moscow was +04:00 in 2012
    ("2010-07-01T10:00:00+00:00", "2010-07-01T14:00:00+04:00"),   # summer time
    # the second pass of the hour Moscow clocks repeated (26 October 2014, 01:00–02:00): its day
    ("2014-10-25T22:30:00+00:00", "2014-10-26"),
    ("2014-10-25T21:30:00+00:00", "2014-10-26T01:30:00+04:00"),   # the first pass reads back
    # naive times and days: the Moscow rules, as before
    ("2019-03-01 10:00:00", "2019-03-01T10:00:00+03:00"),
    ("2019-03-01 10:00", "2019-03-01T10:00:00+03:00"),
    ("2012-03-01 10:00:00", "2012-03-01T10:00:00+04:00"),
    ("01.03.2019 10:00", "2019-03-01T10:00:00+03:00"),
    ("2019-03-01", "2019-03-01"),
    ("1 марта 2019, 10:00", "2019-03-01T10:00:00+03:00"),
]


@pytest.mark.parametrize("date, published", DATES, ids=[d[0] for d in DATES])
def test_a_dates_offset_is_kept_as_its_instant(date: str, published: str) -> None:
    assert (_csv_published(date), _jsonl_published(date)) == (published, published)


_OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
_MOMENTS = st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2030, 12, 31))


def _written(moment: datetime, style: int) -> str:
    offset = moment.strftime("%z")  # +0530
    if style == 0:
        return moment.isoformat()
    if style == 1:
        return moment.strftime("%Y-%m-%d %H:%M:%S") + offset
    if moment.utcoffset() == timedelta(0):
        return moment.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if style == 2 else " UTC")
    return moment.strftime("%Y-%m-%d %H:%M:%S") + offset[:3] + ":" + offset[3:]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_MOMENTS, _OFFSETS, st.integers(min_value=0, max_value=3))
def test_any_offset_keeps_the_instant(naive: datetime, zone: timezone, style: int) -> None:
    moment = naive.replace(tzinfo=zone, microsecond=0)
    published = _csv_published(_written(moment, style))
    local = moment.astimezone(MOSCOW)
    if local.fold and local.replace(fold=0).utcoffset() != local.utcoffset():
        assert published == local.date().isoformat()
    else:
        assert datetime.fromisoformat(published) == moment.replace(second=0)


@settings(max_examples=60, deadline=None)
@given(_MOMENTS)
def test_a_naive_time_keeps_the_moscow_rules(naive: datetime) -> None:
    naive = naive.replace(second=0, microsecond=0)
    assert _csv_published(naive.strftime("%Y-%m-%d %H:%M:%S")) == naive.replace(tzinfo=MOSCOW).isoformat()


# -- 2. the same table by any path, in any encoding Excel writes ---------------------------------

ROWS = [
    ("Путин провёл совещание с правительством", "2024-04-19",
     "Президент России провёл совещание с членами правительства. Обсуждались вопросы экономики и бюджета."),
    ("Госдума приняла закон о бюджете", "2024-04-20",
     "Депутаты Государственной думы приняли в третьем чтении поправки к бюджету на следующий год."),
]
EXCEL = "Заголовок;Дата;Текст;Ссылка\r\n" + "".join(
    f"{title};{date};{text};https://example.ru/{n}\r\n" for n, (title, date, text) in enumerate(ROWS, 1))
UNICODE_TEXT = "Заголовок\tДата\tТекст\r\n" + "".join(f"{t}\t{d}\t{x}\r\n" for t, d, x in ROWS)
EXPECTED = [(title, date) for title, date, _ in ROWS]

TABLES = [  # how Excel saved it → bytes
    ("cp1251", EXCEL.encode("cp1251")),
    ("koi8-r", EXCEL.encode("koi8-r")),
    ("cp866", EXCEL.encode("cp866")),
    ("utf-8", EXCEL.encode("utf-8")),
    ("utf-8-sig", EXCEL.encode("utf-8-sig")),
    ("utf-16 (Unicode text)", UNICODE_TEXT.encode("utf-16")),
    ("utf-16-le, no BOM", UNICODE_TEXT.encode("utf-16-le")),
]
PATHS = ["news.csv", "news.txt", "news", "news.txt.gz", "-"]


def _pages(tmp_path: Path, name: str, data: bytes) -> list:
    if name == "-":
        items = list(read_stream(io.BytesIO(data), "<stdin>", None))
    else:
        path = tmp_path / name
        path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
        items = list(read_file(path, None))
    return [(a.title, a.published) for a in map(extract_page, items)] if all(
        not isinstance(i, InputError) for i in items) else [str(i) for i in items]


@pytest.mark.parametrize("name", PATHS)
@pytest.mark.parametrize("encoding, data", TABLES, ids=[t[0] for t in TABLES])
def test_a_table_gives_the_same_pages_by_any_path(tmp_path: Path, encoding: str, data: bytes, name: str) -> None:
    assert _pages(tmp_path, name, data) == EXPECTED


def test_a_cyrillic_text_page_is_still_one_page(tmp_path: Path) -> None:
    """The header check in cp1251 does not turn a text dump into a table."""
    page = "Путин провёл совещание; обсуждали бюджет\r\n\r\n" + ROWS[0][2] + "\r\n"
    path = tmp_path / "page.txt"
    path.write_bytes(page.encode("cp1251"))
    [item] = list(read_file(path, None))
    assert item.kind == "text" and item.locator is None


# -- 3. JSON lines under another name with a broken first line: streamed ------------------------

LINE = json.dumps({"title": "Заголовок новости", "text": "Текст новости о событии дня. " * 40}, ensure_ascii=False)
BROKEN = '{"title": "broken first line", "text": "abc\n'
MB = 1024 * 1024


def _peak(items) -> tuple[int, int, list]:
    """Peak traced memory until the second item, the number of items, the first two."""
    tracemalloc.start()
    try:
        first = [next(items), next(items)]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak, 2 + sum(1 for _ in items), first


@pytest.mark.parametrize("name", ["dump.json", "dump.txt", "dump", "dump.json.gz"])
def test_jsonl_with_a_broken_first_line_is_streamed(tmp_path: Path, monkeypatch, name: str) -> None:
    monkeypatch.setattr(files, "MAX_FILE_BYTES", MB // 4)  # a 6 MB dump: 24 times the page limit
    rows = 6 * MB // len(LINE.encode())
    data = (BROKEN + "\n".join([LINE] * rows) + "\n").encode()
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    peak, count, first = _peak(read_file(path, None))
    assert isinstance(first[0], InputError) and first[0].source.endswith("#line 1")
    assert first[1].locator == "line 2" and count == rows + 1
    assert peak < MB, f"peak {peak / MB:.1f} MB for a {len(data) / MB:.0f} MB dump"


def test_a_pretty_printed_record_within_the_page_limit_is_still_one_document(tmp_path: Path) -> None:
    path = tmp_path / "record.json"
    path.write_text(json.dumps({"title": "Заголовок", "text": TEXT}, ensure_ascii=False, indent=1)
                    .replace('{\n "title"', '{"title"'), encoding="utf-8")
    [page] = list(read_file(path, None))
    assert page.locator is None and extract_page(page).title == "Заголовок"


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.json"])
def test_an_endless_line_is_skipped_not_held(tmp_path: Path, monkeypatch, name: str) -> None:
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 64 * 1024)
    monkeypatch.setattr(files, "MAX_FILE_BYTES", MB // 4)  # an 8 MB file: no page, no JSON document
    data = ('{"title": "без конца", "text": "' + "а" * (4 * MB) + "\n" + LINE + "\n").encode()
    path = tmp_path / name
    path.write_bytes(data)
    peak, count, (long, page) = _peak(read_file(path, None))
    assert isinstance(long, InputError) and "over the 65,536 a record may take" in long.reason
    assert page.locator == "line 2" and count == 2
    assert peak < MB, f"peak {peak / MB:.1f} MB for a {len(data) / MB:.0f} MB line"


# -- 4. buriy's "datetime" column ---------------------------------------------------------------

HEADERS = [
    # header of the date column → published
    ("datetime", "1999-08-31T12:00:00+04:00"),
    ("pubdate", "1999-08-31T12:00:00+04:00"),
    ("publication_date", "1999-08-31T12:00:00+04:00"),
    ("date", "1999-08-31T12:00:00+04:00"),
    ("edited", None),
]


@pytest.mark.parametrize("column, published", HEADERS, ids=[h[0] for h in HEADERS])
def test_english_names_of_the_date_column(column: str, published: str | None) -> None:
    table = (f"{column},url,edition,topics,title,text\n1999-08-31 12:00:00,https://lenta.ru/news/1999/08/31/cholera/,,"
             f'Россия,Южно-Сахалинск объявлен очагом холеры,"{TEXT}"\n')
    [page] = list(read_table(io.StringIO(table), ",", "1999-08-lenta.ru.csv", None))
    assert extract_page(page).published == published
