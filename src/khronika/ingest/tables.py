"""CSV and TSV dumps: one page per row, read like JSON records.

Public Russian news dumps often come as a table with a header row (`date,url,title,text,…`,
the Open Data Science and Lenta.ru dumps among them).  Read as one text page, such a file
would become a single article titled with its header row; read as a table, each row with a
`text` or `html` column is one page (`jsonl.record_page`), and a table without such a
column is reported instead of being stored as an article.
"""
from __future__ import annotations

import codecs
import csv
import re
import sys
from datetime import datetime
from typing import Iterable, Iterator

from khronika.errors import InputError
from khronika.ingest.jsonl import TEXT_KEYS, record_page
from khronika.ingest.rawpage import RawPage

DELIMITERS = (",", "\t", ";")
# A header cell: a short ASCII column name ("date", "published_time", "INPUT:first_text"); a
# text dump's first line (a Russian headline) never reads as a row of them.
_COLUMN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.:-]{0,39}$")
_MIN_COLUMNS = 2
# Without a text column a header row must be this wide to be taken for a table, not a headline.
_MIN_COLUMNS_WITHOUT_TEXT = 3


def table_delimiter(head: str) -> str | None:
    """The delimiter when the first line is a table header row (every cell a short column
    name), else None.  A text dump's headline has spaces and punctuation a header has not."""
    first = head.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    for delimiter in DELIMITERS:
        cells = [cell.strip().strip('"') for cell in first.split(delimiter)]
        if len(cells) < _MIN_COLUMNS or not all(_COLUMN.match(cell) for cell in cells):
            continue
        if any(cell.lower() in TEXT_KEYS for cell in cells) or len(cells) >= _MIN_COLUMNS_WITHOUT_TEXT:
            return delimiter
    return None


def read_table(lines: Iterable[str], delimiter: str, name: str,
               crawled_at: datetime | None) -> Iterator[RawPage | InputError]:
    """Every row of a table with a header row as a page, read as a stream (a dump may be far
    larger than a page); a table without a text column is one skipped input with the reason."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # an article is one (large) cell
    reader = csv.DictReader(lines, delimiter=delimiter)
    number = 0
    try:
        columns = [(c or "").strip().lstrip("\ufeff").lower() for c in reader.fieldnames or []]
        if not any(key in columns for key in TEXT_KEYS):
            yield InputError(name, f"a table ({_kind(delimiter)}) with no text or html column "
                                   f"(columns: {', '.join(columns[:8])}): not a page", skipped=True)
            return
        reader.fieldnames = columns
        for number, row in enumerate(reader, start=1):
            record = {key: value for key, value in row.items() if key is not None}
            yield record_page(record, name, f"row {number}", crawled_at)
    except csv.Error as error:
        yield InputError(name, f"malformed {_kind(delimiter)} after {number} rows ({error}): the rest is not read")
    except UnicodeDecodeError as error:
        yield InputError(name, f"undecodable {_kind(delimiter)} after {number} rows ({error.reason}): "
                               "the rest is not read")


def decoded_lines(lines: Iterable[bytes], encoding: str) -> Iterator[str]:
    """Binary lines decoded one by one: a row that does not decode stops the table there
    (`read_table` reports it), every row before it is read."""
    for line in lines:
        yield line.decode(encoding)


def table_encoding(head: bytes, name: str) -> str:
    """The encoding of a table from its first bytes: UTF-8 when they decode as UTF-8 (a
    character cut at the end of `head` allowed), else the page encodings' guess."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head)
        return "utf-8"
    except UnicodeDecodeError:
        from khronika.extract.encoding import decode

        return decode(head, name)[1]


def _kind(delimiter: str) -> str:
    return "TSV" if delimiter == "\t" else "CSV"
