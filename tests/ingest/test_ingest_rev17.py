"""Reader mends after the seventeenth session's review rev17_B: a stray NUL byte in a UTF-8 table,
a zone word glued to an ISO time."""
from __future__ import annotations

import gzip
import io

import pytest

from khronika.ingest.files import read_file, read_stream
from khronika.ingest.jsonl import _date_line
from khronika.ingest.tables import table_encoding

ROWS = "title,date,text\n" + "".join(
    f'Заголовок новости номер {i},2024-04-1{i},"Президент России провёл совещание с членами правительства номер {i}."\n'
    for i in range(3))


def _titles(pages) -> list[str]:
    return [p.data.split("\n", 1)[0] if isinstance(p.data, str) else "?" for p in pages if hasattr(p, "data")]


@pytest.mark.parametrize("name", ["news.csv", "news.txt", "news", "news.csv.gz", "-"])
def test_a_stray_nul_in_a_utf8_table_keeps_the_table(tmp_path, name):
    data = ROWS.replace("номер 1.", "номер 1.\x00").encode()
    if name == "-":
        pages = list(read_stream(io.BytesIO(data), "-", None))
    else:
        path = tmp_path / name
        path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
        pages = list(read_file(path, None))
    assert len(pages) == 3 and all(hasattr(p, "data") for p in pages), pages


@pytest.mark.parametrize("head, encoding", [
    (ROWS.encode(), "utf-8"),
    (ROWS.replace("номер 1.", "номер 1.\x00").encode(), "utf-8"),        # one stray NUL
    (ROWS.replace("номер", "номер\x00").encode(), "utf-8"),             # three stray NULs
    (ROWS.encode("utf-16-le"), "utf-16-le"),                            # no byte-order mark
    (ROWS.encode("utf-16-be"), "utf-16-be"),
])
def test_table_encoding(head, encoding):
    assert table_encoding(head, "news.csv").replace("_", "-").lower() == encoding


@pytest.mark.parametrize("value, line", [
    ("2019-03-01T10:00:00utc", "2019-03-01 13:00:00"),      # glued to the time
    ("2019-03-01T10:00:00 UTC", "2019-03-01 13:00:00"),
    ("2019-03-01 10:00:00GMT", "2019-03-01 13:00:00"),
    ("2019-03-01 10:00:00", "2019-03-01 10:00:00"),         # naive: as written (Moscow)
])
def test_a_zone_word_keeps_the_instant(value, line):
    assert _date_line(value) == line


def test_nul_padding_after_a_utf8_table_is_no_wide_encoding():
    """rev17_C 6: a zero-filled tail (a cut or padded file) after a UTF-8 table."""
    head = ROWS.encode() + b"\x00" * 2000
    assert table_encoding(head, "news.csv") == "utf-8"
