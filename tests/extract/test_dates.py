"""Dates: Russian forms, Moscow zone rules, crawl-relative sidebar times."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, strategies as st

from khronika.extract.dates import MOSCOW, find_date, parse_crawl_time, parse_iso, resolve_relative

ABSOLUTE = [
    ("28/01/2022 - 16:49 (по МСК)", "2022-01-28T16:49:00+03:00"),
    ("28.01.2022 16:49", "2022-01-28T16:49:00+03:00"),
    ("28 января 2022, 16:49", "2022-01-28T16:49:00+03:00"),
    ("28 января 2022 года", "2022-01-28"),
    ("16:49, 28 января 2022", "2022-01-28T16:49:00+03:00"),
    ("5 февр. 2021, 10:15", "2021-02-05T10:15:00+03:00"),
    ("3 янв. 2020", "2020-01-03"),
    ("7 мая 2012 г., 12:20 по московскому времени", "2012-05-07T12:20:00+04:00"),   # MSK was UTC+4
    ("1 декабря 2010 года в 09:00", "2010-12-01T09:00:00+03:00"),                 # winter time before 2011
    ("15 июля 2010, 12:00", "2010-07-15T12:00:00+04:00"),                          # summer time before 2011
    ("27 октября 2014, 10:00", "2014-10-27T10:00:00+03:00"),                       # after the 2014 switch
    ("25 октября 2014, 10:00", "2014-10-25T10:00:00+04:00"),
    ("Опубликовано 2019-06-11 14:25", "2019-06-11T14:25:00+03:00"),
    ("без даты", None),
    ("31 февраля 2022", None),
]


@pytest.mark.parametrize("text, expected", ABSOLUTE)
def test_find_date(text: str, expected: str | None) -> None:
    found = find_date(text)
    assert (found.to_iso() if found else None) == expected


CRAWL = "2024-04-19T12:00:00+03:00"
RELATIVE = [
    ("Сегодня в 11:17", "2024-04-19T11:17:00+03:00"),
    ("Вчера в 23:35", "2024-04-18T23:35:00+03:00"),
    ("Сегодня, 08:02", "2024-04-19T08:02:00+03:00"),
    ("5 минут назад", "2024-04-19T11:55:00+03:00"),
    ("2 часа назад", "2024-04-19T10:00:00+03:00"),
    ("час назад", "2024-04-19T11:00:00+03:00"),
    ("позавчера", "2024-04-17"),
    ("15:20", "2024-04-19T15:20:00+03:00"),
    ("27 января 2022", "2022-01-27"),
    ("3 марта", "2024-03-03"),
]


@pytest.mark.parametrize("text, expected", RELATIVE)
def test_relative_with_crawl_time(text: str, expected: str) -> None:
    assert resolve_relative(text, parse_crawl_time(CRAWL)) == expected


@pytest.mark.parametrize("text", [t for t, _ in RELATIVE if "2022" not in t])
def test_relative_without_crawl_time_stays_unresolved(text: str) -> None:
    assert resolve_relative(text, None) is None


def test_crawl_time_keeps_its_own_offset() -> None:
    crawl = parse_crawl_time("2018-07-28T16:00:00+07:00")
    assert resolve_relative("Вчера, 20:45", crawl) == "2018-07-27T20:45:00+07:00"


def test_naive_crawl_time_is_moscow() -> None:
    assert parse_crawl_time("2012-03-01T10:00:00").utcoffset() == timedelta(hours=4)


def test_parse_iso_forms() -> None:
    assert parse_iso("2022-01-28T13:49:00Z") == datetime(2022, 1, 28, 13, 49, tzinfo=timezone.utc)
    assert parse_iso("2022-01-28T16:49:00+0300").utcoffset() == timedelta(hours=3)
    assert str(parse_iso("2022-01-28")) == "2022-01-28"
    assert parse_iso("вчера") is None


@given(st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2035, 12, 31)))
def test_numeric_dates_round_trip(moment: datetime) -> None:
    moment = moment.replace(second=0, microsecond=0)
    found = find_date(moment.strftime("%d.%m.%Y %H:%M"))
    assert found is not None
    expected = moment.replace(tzinfo=MOSCOW)
    parsed = datetime.fromisoformat(found.to_iso())
    # Wall clock and offset compared apart: `==` between zones is always False for a clock in a
    # DST gap or fold (PEP 495), e.g. 2002-03-31 02:00 in Moscow, which hypothesis finds.
    assert parsed.replace(tzinfo=None) == moment
    assert parsed.utcoffset() == expected.utcoffset()


@given(st.text(max_size=200))
def test_find_date_never_crashes(text: str) -> None:
    find_date(text)
    resolve_relative(text, parse_crawl_time(CRAWL))
