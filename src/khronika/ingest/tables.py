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
# Always tables, whatever their first line: a table without a text column is reported, not stored.
TABLE_SUFFIXES = {".csv": None, ".tsv": "\t", ".tab": "\t"}
# A header cell: a short column name of one word in any script ("date", "published_time",
# "INPUT:first_text", "текст"); a text dump's first line (a Russian headline) never reads as a row of
# them, since its cells have spaces.
_COLUMN = re.compile(r"^[^\W\d][\w.:-]{0,39}$")
# The index column pandas writes first: an empty header cell (`DataFrame.to_csv()`) or, once the
# file is read and saved again, "Unnamed: 0".
_INDEX_COLUMN = re.compile(r"^(?:|Unnamed: \d+)$")
# Column names of Russian dumps, and the record field each one is (`jsonl.record_page`).
COLUMN_ALIASES = {
    "текст": "text", "текст статьи": "text", "текст новости": "text", "текст публикации": "text",
    "содержание": "text", "содержимое": "text", "статья": "text", "тело": "text",
    "заголовок": "title", "название": "title", "заглавие": "title",
    "ссылка": "url", "адрес": "url", "url-адрес": "url",
    "дата": "date", "дата публикации": "date", "время публикации": "date", "опубликовано": "date",
    "время": "date", "дата и время": "date",
    # English names of the publication time other than "date" (buriy's Lenta.ru dumps: "datetime").
    "datetime": "date", "date time": "date", "pubdate": "date", "pub date": "date",
    "published at": "date", "publish date": "date", "publication date": "date", "date published": "date",
}
_MIN_COLUMNS = 2
# Without a text column a header row must be this wide to be taken for a table, not a headline.
_MIN_COLUMNS_WITHOUT_TEXT = 3


# A Russian column name of two or three words is known by its first ("заголовок новости",
# "ссылка на статью", "дата выхода").
FIRST_WORD_ALIASES = {"текст": "text", "заголовок": "title", "название": "title", "ссылка": "url", "дата": "date"}


def column_key(name: str) -> str:
    """A header cell as a record field: lower case, a Russian column name as its field."""
    key = " ".join(name.strip().lstrip("\ufeff").strip('"').lower().replace("_", " ").split())
    if key in COLUMN_ALIASES:
        return COLUMN_ALIASES[key]
    words = key.split()
    if 1 < len(words) <= 3 and words[0] in FIRST_WORD_ALIASES:
        return FIRST_WORD_ALIASES[words[0]]
    return name.strip().lstrip("\ufeff").lower()


def _is_column(cell: str, position: int) -> bool:
    return bool(_COLUMN.match(cell)) or column_key(cell) in COLUMN_ALIASES.values() \
        or position == 0 and bool(_INDEX_COLUMN.match(cell))


def table_delimiter(head: str) -> str | None:
    """The delimiter when the first line is a table header row (every cell a short column
    name, the first one possibly pandas' index column), else None.  A text dump's headline
    has spaces and punctuation a header has not."""
    lines = head.lstrip("\ufeff").split("\n", 2)
    first = lines[0].rstrip("\r")
    second = lines[1].rstrip("\r") if len(lines) > 1 else ""
    for delimiter in DELIMITERS:
        cells = [cell.strip().strip('"') for cell in first.split(delimiter)]
        if len(cells) < _MIN_COLUMNS or not all(_is_column(cell, n) for n, cell in enumerate(cells)):
            continue
        if any(column_key(cell) in TEXT_KEYS for cell in cells):
            return delimiter
        # Without a text column, a row must follow with as many cells: a text page whose first
        # line is a list of names ("TASS,Reuters,AP") is no table.
        if len(cells) >= _MIN_COLUMNS_WITHOUT_TEXT and second.count(delimiter) == len(cells) - 1:
            return delimiter
    return None


def read_table(lines: Iterable[str], delimiter: str, name: str,
               crawled_at: datetime | None) -> Iterator[RawPage | InputError]:
    """Every row of a table with a header row as a page, read as a stream (a dump may be far
    larger than a page); a table without a text column is one skipped input with the reason."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # an article is one (large) cell
    reader = csv.DictReader(_with_end(lines), delimiter=delimiter)
    number = 0
    try:
        columns = _record_keys(reader.fieldnames or [])
        if not any(key in columns for key in TEXT_KEYS):
            yield InputError(name, f"a table ({_kind(delimiter)}) with no text or html column "
                                   f"(columns: {', '.join(columns[:8])}): not a page", skipped=True)
            return
        reader.fieldnames = columns
        for row in reader:
            if row.get(columns[0]) == _END:
                break  # (the end line parsed as a row of its own: every quote was closed)
            record = {key: value for key, value in row.items() if key is not None}
            number += 1
            if any(isinstance(v, str) and _END in v for v in record.values()):
                # The rest of the file went into this row's field: no page of it is true.
                yield InputError(f"{name}#row {number}", "a quote opened in this row is never closed: the rest "
                                                        "of the file was read into it and is not stored")
                return
            yield record_page(record, name, f"row {number}", crawled_at)
        if number == 0:
            yield InputError(name, f"a {_kind(delimiter)} table with a header row and no rows", skipped=True)
    except csv.Error as error:
        yield InputError(name, f"malformed {_kind(delimiter)} after {number} rows ({error}): the rest is not read")
    except UnicodeDecodeError as error:
        yield InputError(name, f"undecodable {_kind(delimiter)} after {number} rows ({error.reason}): "
                               "the rest is not read")


def _record_keys(names: list[str]) -> list[str]:
    """The header row as record fields; a Russian name stands for its field unless the table
    also has that field under its own name."""
    own = [(name or "").strip().lstrip("\ufeff").lower() for name in names]
    keys = []
    for name, raw in zip(names, own):
        key = column_key(name or "")
        keys.append(raw if key != raw and key in own else key)
    return keys


def suffix_delimiter(suffix: str, head: str) -> str | None:
    """The delimiter of a file named as a table (.csv, .tsv), else None: its header row's
    when it has one, else the delimiter its first line holds most of (`,` when none)."""
    if suffix not in TABLE_SUFFIXES:
        return None
    fixed = TABLE_SUFFIXES[suffix]
    first = head.lstrip("\ufeff").split("\n", 1)[0]
    return fixed or table_delimiter(head) or max(DELIMITERS, key=lambda d: (first.count(d), d == ","))


# A line after the data: parsed as its own row when every quote was closed, taken into the
# last row's field when a quote was left open (the csv reader, not strict, ends it silently).
_END = "\ue000end of table\ue000"


def _with_end(lines: Iterable[str]) -> Iterator[str]:
    yield from lines
    yield _END + "\n"


def decoded_lines(lines: Iterable[bytes], encoding: str) -> Iterator[str]:
    """Binary lines decoded one by one: a row that does not decode stops the table there
    (`read_table` reports it), every row before it is read.  In UTF-16 or UTF-32 (Excel's
    "Unicode text" is UTF-16 with tabs) a line break is more than one byte and the byte
    0x0A is also part of letters ("Њ"), so the pieces are decoded as one stream and split
    at the decoded line breaks."""
    if codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")):
        yield from _wide_lines(lines, encoding)
        return
    for line in lines:
        yield line.decode(encoding)


def _wide_lines(pieces: Iterable[bytes], encoding: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)()
    pending = ""
    for piece in pieces:
        pending += decoder.decode(piece)
        *done, pending = pending.split("\n")
        for line in done:
            yield line + "\n"
    pending += decoder.decode(b"", final=True)
    if pending:
        yield pending


def _wide(head: bytes) -> bool:
    """Whether NUL bytes in `head` come from a wide encoding (UTF-16/32 without a byte-order
    mark), not from a stray byte in a UTF-8 dump (review rev17_B 3): UTF-32 text is mostly NULs,
    and UTF-16 text reads as Latin, Cyrillic and punctuation in one of its byte orders, where a
    UTF-8 text read so is CJK noise."""
    nuls = head.count(b"\x00")
    if not nuls:
        return False
    # UTF-32 spreads its NULs over the byte positions of a code unit; a run of NUL padding after
    # a UTF-8 table (a zero-filled or cut file) fills one stretch and is no wide encoding (review
    # rev17_C 6).
    text = head.rstrip(b"\x00")
    if len(text) >= 8 and text.count(b"\x00") > len(text) // 4:
        return True
    even = text[:len(text) // 2 * 2]
    for encoding in ("utf-16-le", "utf-16-be"):
        text = even.decode(encoding, errors="replace")
        readable = sum(1 for c in text if c in "\t\n\r" or " " <= c <= "~" or "\u0400" <= c <= "\u04ff")
        if text and readable >= 0.9 * len(text):
            return True
    return False


def table_encoding(head: bytes, name: str) -> str:
    """The encoding of a table from its first bytes: UTF-8 when they decode as UTF-8 (a
    character cut at the end of `head` allowed) and their NUL bytes, if any, are not a wide
    encoding's (UTF-16 without a byte-order mark is valid UTF-8: `_wide`), else the page
    encodings' guess."""
    try:
        if not _wide(head):
            codecs.getincrementaldecoder("utf-8")().decode(head)
            return "utf-8"
    except UnicodeDecodeError:
        pass
    from khronika.extract.encoding import decode

    return decode(head, name)[1]


def head_text(head: bytes, name: str) -> str:
    """The first bytes of a file as text, to look for a header row in: decoded as its table
    would be (`table_encoding`), so the Russian header of a table Excel saved in cp1251 reads
    as it does once the table is read, not as UTF-8 with replacement characters; bytes that
    no encoding fits (binary data), as UTF-8 with replacements (no header is found in them)."""
    try:
        encoding = table_encoding(head, name)
    except InputError:
        encoding = "utf-8"
    return head.decode(encoding, errors="replace")


def _kind(delimiter: str) -> str:
    return "TSV" if delimiter == "\t" else "CSV"
