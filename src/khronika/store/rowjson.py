"""The JSON text of the per-article columns a write stores (`articles.record_json`,
`articles.features`).

orjson writes it: ~0.2 ms less a page than `json.dumps` for a ~10 kB record and its features,
and ~6% fewer bytes (bench/RESULTS.md).  Its text is compact (no space after `,` and `:`), so it is not
the bytes `json.dumps` wrote; every reader parses these columns (`json.loads`, SQLite's
`json_extract`, PostgreSQL's `::json`), and the values read back are equal for every value
`json.dumps` writes as standard JSON (tests/store/test_store_row_json.py).  A value orjson does
not take (an int beyond 64 bits, a type it does not know, a string that is not valid
Unicode) is written by `json.dumps` as before, and a dataclass or a datetime still fails there.
The one difference: a NaN or infinite float, which `json.dumps` wrote as `NaN`/`Infinity` (not
JSON: PostgreSQL's `::json` rejects it), is written as `null` on either path.
"""
from __future__ import annotations

import json
import math
from typing import Any

import orjson

# Keys that are not strings (ints, floats, bools, None) become strings, as `json.dumps` makes them;
# dataclasses and datetimes are passed on, so they fail (in `json.dumps`) as they always did
# rather than being written in orjson's own form (review rev25_B L2).
_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME


def row_json(value: Any) -> str:
    """`value` as JSON text (non-ASCII characters as they are, as `ensure_ascii=False`)."""
    try:
        return orjson.dumps(value, option=_OPTIONS).decode("utf-8")
    except TypeError:  # orjson.JSONEncodeError: what orjson does not write, json.dumps does
        # (a NaN in what falls back is written as `null` too, as orjson writes it: `NaN` is no JSON)
        return json.dumps(_nan_free(value), ensure_ascii=False)


def _nan_free(value: Any) -> Any:
    """`value` with NaN and infinite floats (numpy's too) as None, containers walked."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _nan_free(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_nan_free(v) for v in value]
    return value
