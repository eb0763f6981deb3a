"""The events download an analyst opens in a spreadsheet (helper u1, sixteenth session):
the CSV starts with a UTF-8 byte-order mark so Excel reads the Cyrillic names as such; the
TSV (the GDELT layout for tools) stays plain UTF-8.  Both hold the same rows."""
from __future__ import annotations

import csv
import io

import pytest

API = "/api/v1"

EXPORTS = [  # format → starts with a BOM, delimiter
    ("csv", True, ","),
    ("tsv", False, "\t"),
]


@pytest.mark.parametrize("fmt, bom, delimiter", EXPORTS)
def test_export_encoding_and_rows(client, fmt, bom, delimiter):
    response = client.get(API + "/events/export", params={"format": fmt})
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf") is bom
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    assert rows[0][0] == "GLOBALEVENTID"  # no stray mark in the first column name
    events = client.get(API + "/events", params={"limit": 200}).json()["items"]
    assert len(rows) - 1 == len(events) > 0
    assert any(any("а" <= ch <= "я" for ch in cell.lower()) for row in rows[1:] for cell in row)
