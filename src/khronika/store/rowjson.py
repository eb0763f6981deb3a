"""The JSON text of the per-article columns a write stores (`articles.record_json`,
`articles.features`).

orjson writes it: ~0.2 ms less a page than `json.dumps` for a ~10 kB record and its features,
and ~6% fewer bytes (bench/RESULTS.md).  Its text is compact (no space after `,` and `:`), so it is not
the bytes `json.dumps` wrote; every reader parses these columns (`json.loads`, SQLite's
`json_extract`, PostgreSQL's `::json`), and the values read back are equal for every value
`json.dumps` writes as standard JSON (tests/store/test_store_row_json.py).  A value orjson does
not take (an int beyond 64 bits, a type it does not know, a string that is not valid
Unicode) is written by `json.dumps` as before.  The one difference: a NaN or infinite float,
which `json.dumps` writes as `NaN`/`Infinity` (not JSON: PostgreSQL's `::json` rejects it),
is written as `null`.
"""
from __future__ import annotations

import json
from typing import Any

import orjson

# Keys that are not strings (ints, floats, bools, None) become strings, as `json.dumps` makes them.
_OPTIONS = orjson.OPT_NON_STR_KEYS


def row_json(value: Any) -> str:
    """`value` as JSON text (non-ASCII characters as they are, as `ensure_ascii=False`)."""
    try:
        return orjson.dumps(value, option=_OPTIONS).decode("utf-8")
    except TypeError:  # orjson.JSONEncodeError: what orjson does not write, json.dumps does
        return json.dumps(value, ensure_ascii=False)
