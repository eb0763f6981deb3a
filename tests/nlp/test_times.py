"""Time expressions: the resolution conventions, one row each."""
from __future__ import annotations

from datetime import date

import pytest

from khronika.nlp.times import find_times, parse_anchor

ANCHOR = date(2022, 1, 28)  # a Friday

CASES = [
    # text, expected (text, value, granularity, end)
    ("26 января США передали ответ", ("26 января", "2022-01-26", "day", None)),
    ("на позиции 1997 года", ("1997 года", "1997", "year", None)),
    ("в 1997 году", ("1997 году", "1997", "year", None)),
    ("в прошлый четверг", ("в прошлый четверг", "2022-01-20", "day", None)),
    ("вчера", ("вчера", "2022-01-27", "day", None)),
    ("на следующей неделе", ("на следующей неделе", "2022-W05", "week", None)),
    ("Учения пройдут с 10 по 12 февраля", ("с 10 по 12 февраля", "2022-02-10", "day", "2022-02-12")),
    ("в январе 2021 года", ("в январе 2021 года", "2021-01", "month", None)),
    ("28 декабря он уехал", ("28 декабря", "2021-12-28", "day", None)),
    ("три года назад", ("три года назад", "2019", "year", None)),
    ("в четверг, 10 января 2019 года", ("в четверг, 10 января 2019 года", "2019-01-10", "day", None)),
    ("28.01.2022", ("28.01.2022", "2022-01-28", "day", None)),
    ("в 2014-2015 годах", ("2014-2015 годах", "2014", "year", "2015")),
    ("в прошлом году", ("в прошлом году", "2021", "year", None)),
    ("В 1976, когда всё началось", ("1976", "1976", "year", None)),
    ("в конце 1980-х годов", ("1980-х годов", "1980", "decade", None)),
    ("Три года тому назад", ("Три года тому назад", "2019", "year", None)),
    ("до 1 января будущего года", ("1 января будущего года", "2023-01-01", "day", None)),
    ("к маю 2020 года", ("к маю 2020 года", "2020-05", "month", None)),  # the dative "маю" (crashed before)
]


@pytest.mark.parametrize("text,expected", CASES)
def test_resolution(text, expected):
    found = [(t.text, t.value, t.granularity, t.end) for t in find_times(text, ANCHOR)]
    assert expected in found


@pytest.mark.parametrize("text", ["с июньскими выборами", "два с лишним года назад", "около 2000 человек",
                                  "в 2014 случаях из ста"])
def test_not_time_expressions(text):
    assert find_times(text, ANCHOR) == []


def test_without_anchor_relative_stays_unresolved():
    [expr] = find_times("вчера", None)
    assert expr.value is None and not expr.anchored
    [absolute] = find_times("в 1997 году", None)
    assert absolute.value == "1997"


def test_offsets_point_into_text():
    text = "Путин сказал, что 26 января и в прошлый четверг ничего не было."
    for t in find_times(text, ANCHOR):
        assert text[t.start:t.stop] == t.text


@pytest.mark.parametrize("published,expected", [
    ("2022-01-28T16:49:00+03:00", date(2022, 1, 28)), (None, None), ("garbage", None),
])
def test_parse_anchor(published, expected):
    assert parse_anchor(published) == expected
