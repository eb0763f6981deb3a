"""`rowjson.row_json` (the text of `articles.record_json` and `features`): what a reader parses
back is what `json.dumps` wrote parsed back, for every value it writes as standard JSON."""
from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khronika.store.rowjson import row_json


def _read_back(text: str) -> object:
    return json.loads(text)


def _old(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


@pytest.mark.parametrize("value, text", [
    ({"title": "Путин — «да»", "n": 3}, '{"title":"Путин — «да»","n":3}'),    # non-ASCII as it is
    ({"terms": {"мир": 0.25, "война": 1e-05}}, '{"terms":{"мир":0.25,"война":0.00001}}'),
    ([1, 2.5, None, True, False, ""], '[1,2.5,null,true,false,""]'),
    ((1, (2, 3)), "[1,[2,3]]"),                                                 # tuples: arrays
    ({1: "a", 2.5: "b", None: "c", False: "d"}, '{"1":"a","2.5":"b","null":"c","false":"d"}'),
    ({"big": 2 ** 70}, '{"big": 1180591620717411303424}'),                       # json.dumps's text
    ({"lone": "\ud800"}, '{"lone": "\ud800"}'),                                  # json.dumps's text
    ({"x": float("nan"), "y": float("inf")}, '{"x":null,"y":null}'),             # JSON has no NaN
])
def test_row_json_text(value: object, text: str) -> None:
    assert row_json(value) == text


def test_row_json_float_subclass_falls_back() -> None:
    numpy = pytest.importorskip("numpy")
    assert row_json({"w": numpy.float64(0.1)}) == '{"w": 0.1}'


_finite = st.floats(allow_nan=False, allow_infinity=False)
_scalars = st.none() | st.booleans() | st.integers(min_value=-(2 ** 70), max_value=2 ** 70) | _finite | st.text()
_keys = st.text() | st.integers(min_value=-(2 ** 40), max_value=2 ** 40)
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=5)
                       | st.dictionaries(_keys, inner, max_size=5), max_leaves=30)


@settings(max_examples=400, deadline=None)
@given(_values)
def test_row_json_reads_back_as_json_dumps(value: object) -> None:
    old, new = _read_back(_old(value)), _read_back(row_json(value))
    assert new == old
    assert repr(new) == repr(old)  # the same types and float values (-0.0 stays -0.0)


@given(st.lists(_finite, max_size=20))
def test_row_json_floats_round_trip(values: list[float]) -> None:
    back = _read_back(row_json(values))
    assert all(math.copysign(1, a) == math.copysign(1, b) and a == b for a, b in zip(back, values))


def test_row_json_nan_in_fallback_is_null() -> None:
    """(review rev25_B L2) a NaN in a value orjson refuses is `null` too, never the non-JSON `NaN`."""
    numpy = pytest.importorskip("numpy")
    assert row_json({"a": float("nan"), "b": numpy.float64(0.5)}) == '{"a": null, "b": 0.5}'


def test_row_json_dataclass_and_datetime_fail_as_before() -> None:
    """(review rev25_B L2) types `json.dumps` refuses are refused still, not written in orjson's form."""
    import dataclasses
    import datetime

    @dataclasses.dataclass
    class Point:
        x: int

    for value in ({"p": Point(1)}, {"t": datetime.datetime(2022, 1, 28, 16, 49)}):
        with pytest.raises(TypeError):
            json.dumps(value)
        with pytest.raises(TypeError):
            row_json(value)
