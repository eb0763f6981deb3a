"""JSON dumps: JSON lines (one page per line, `{url, html|text, crawled_at}`) and
JSON documents holding one such record or an array of them."""
from __future__ import annotations

import codecs
import html
import json
import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, BinaryIO, Iterable, Iterator
from zoneinfo import ZoneInfo

from khronika.errors import InputError
from khronika.extract.dates import MOSCOW, outlet_zone, parse_crawl_time, parse_iso
from khronika.ingest.lost_breaks import restore_lost_breaks
from khronika.ingest.rawpage import RawPage

TEXT_KEYS = ("html", "text", "content", "body")
MAX_PAGE_CHARS = 20 * 1024 * 1024  # the page limit of files (files.MAX_FILE_BYTES), for one record
_BOM = b"\xef\xbb\xbf"
# Block-level or line-break tags: a text field holding them is an HTML fragment.
HTML_MARKUP = re.compile(r"<(?:p|br|div|h[1-6]|ul|ol|li|blockquote|table|article)(?:\s[^<>]*)?/?>", re.I)


def line_text(line: bytes | str, where: str) -> str:
    """One line as text: JSON is UTF-8, but dumps re-saved in a Cyrillic code page exist;
    those are decoded like pages are, not filled with replacement characters."""
    if isinstance(line, str):
        return line
    try:
        return line.removeprefix(_BOM).decode("utf-8")
    except UnicodeDecodeError:
        from khronika.extract.encoding import decode

        return decode(line, where)[0]


def blank_line(line: bytes | str) -> bool:
    """A line with nothing but spaces and perhaps the byte-order mark of the file."""
    return not (line.removeprefix(_BOM) if isinstance(line, bytes) else line.removeprefix("\ufeff")).strip()


# One JSON line may be this long in bytes: a record's page limit with room for escapes such as
# \u0436, as an item of a JSON array (`MAX_ITEM_CHARS`).
MAX_LINE_BYTES = 4 * MAX_PAGE_CHARS


@dataclass(frozen=True)
class LongLine:
    """A line longer than the limit, read through but not kept (`bounded_lines`)."""

    size: int


def bounded_lines(handle: BinaryIO, limit: int | None = None) -> Iterator[bytes | LongLine]:
    """The lines of a binary stream, each held only up to `limit` bytes (`MAX_LINE_BYTES`): a
    longer one (a dump with no line breaks, a quote never closed) is read through in chunks and
    given as a `LongLine`, so memory stays bounded whatever the file holds."""
    limit = MAX_LINE_BYTES if limit is None else limit
    while line := handle.readline(limit + 1):
        if len(line) <= limit:
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = handle.readline(1 << 16)
            if not line:
                break
            size += len(line)
        yield LongLine(size)


def read_jsonl(lines: Iterable[bytes | str | LongLine], name: str,
               crawled_at: datetime | None) -> Iterator[RawPage | InputError]:
    for number, raw_line in enumerate(lines, start=1):
        locator = f"line {number}"
        if isinstance(raw_line, LongLine):
            yield InputError(f"{name}#{locator}", f"a line of {raw_line.size:,} bytes, over the "
                                                  f"{MAX_LINE_BYTES:,} a record may take: not read")
            continue
        if blank_line(raw_line):
            continue
        try:
            record = json.loads(line_text(raw_line, f"{name}#{locator}"))
        except InputError as error:
            yield error
            continue
        except json.JSONDecodeError as error:
            yield InputError(f"{name}#{locator}", f"not valid JSON ({error.msg} at column {error.colno})")
            continue
        yield record_page(record, name, locator, crawled_at)


def read_json_document(data: bytes, name: str, crawled_at: datetime | None) -> Iterator[RawPage | InputError] | None:
    """A whole-file JSON record or array of records; None when `data` is not JSON."""
    try:
        document = json.loads(line_text(data, name))
    except (InputError, json.JSONDecodeError):
        return None
    if isinstance(document, list):
        return (record_page(item, name, f"item {number}", crawled_at) for number, item in enumerate(document, 1))
    return iter([record_page(document, name, None, crawled_at)])


class NotJsonArray(ValueError):
    """The input does not open with a JSON array (a text page that starts with "[")."""


# One array item may be this long as JSON text (a record's page limit, with room for escapes
# such as \u0436); an item that has not ended by then is too large or malformed.
MAX_ITEM_CHARS = 4 * MAX_PAGE_CHARS
_SPACE = " \t\r\n"


def read_json_array(handle: BinaryIO, name: str, crawled_at: datetime | None,
                    chunk: int = 1 << 20) -> Iterator[RawPage | InputError]:
    """The records of a UTF-8 JSON array read one at a time, as `read_json_document` gives
    them (locators "item N"), without holding the whole array: a dump may be far larger than
    a page.  NotJsonArray when the input does not open as a JSON array."""
    decoder = json.JSONDecoder()
    text = codecs.getincrementaldecoder("utf-8-sig")()
    buffer, pos, ended, number = "", 0, False, 0

    def load() -> None:
        # Read at least as much again as is waiting: an item longer than a chunk costs linear time.
        nonlocal buffer, pos, ended
        data = handle.read(max(chunk, len(buffer) - pos))
        ended = not data
        buffer = buffer[pos:] + text.decode(data, final=ended)
        pos = 0

    def next_char() -> str:
        # The next non-space character (consumed only by the caller), "" at the end.
        nonlocal pos
        while True:
            while pos < len(buffer) and buffer[pos] in _SPACE:
                pos += 1
            if pos < len(buffer) or ended:
                return buffer[pos] if pos < len(buffer) else ""
            load()

    try:
        if next_char() != "[":
            raise NotJsonArray(name)
        pos += 1
        if next_char() == "]":
            return
        while True:
            if not next_char():
                yield InputError(name, f"truncated JSON array after {number} items")
                return
            try:
                value, end = decoder.raw_decode(buffer, pos)
            except json.JSONDecodeError as error:
                if ended or len(buffer) - pos > MAX_ITEM_CHARS:
                    if number == 0:
                        raise NotJsonArray(name) from error
                    if ended and _cut_short(buffer, error):
                        yield InputError(name, f"truncated JSON array after {number} items")
                        return
                    why = "too large or malformed" if not ended else f"malformed ({error.msg})"
                    yield InputError(f"{name}#item {number + 1}", f"{why}: the rest of the array is not read")
                    return
                load()
                continue
            # A number read up to the end of what was read ("12" of "12.5e3") may go on in the next chunk.
            if not ended and isinstance(value, (int, float)) and not isinstance(value, bool) \
                    and (end == len(buffer) or buffer[end] in "0123456789.eE+-"):
                load()
                continue
            pos = end
            number += 1
            yield record_page(value, name, f"item {number}", crawled_at)
            after = next_char()
            pos += 1
            if after == "]":
                return
            if not after:
                yield InputError(name, f"truncated JSON array after {number} items")
                return
            if after != ",":
                yield InputError(name, f"malformed JSON array after {number} items (no comma): the rest is not read")
                return
    except UnicodeDecodeError as error:
        if number == 0:
            raise NotJsonArray(name) from error
        yield InputError(name, f"not UTF-8 after {number} items ({error.reason}): the rest is not read")


def _cut_short(buffer: str, error: json.JSONDecodeError) -> bool:
    """Whether an item failed to parse because the input ended inside it (a string never
    closed, or nothing after the last value but spaces), not because of a bad character."""
    return error.msg.startswith("Unterminated string") or not buffer[error.pos:].strip()


def _field(record: dict[str, Any], key: str) -> str:
    value = record.get(key)
    return value if isinstance(value, str) and value.strip() else ""


def record_page(record: Any, name: str, locator: str | None, crawled_at: datetime | None) -> RawPage | InputError:
    """One JSON record as a page, or the reason it is not one."""
    where = f"{name}#{locator}" if locator else name
    if not isinstance(record, dict):
        return InputError(where, "a JSON object is expected for each page")
    key = next((k for k in TEXT_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
    if key is None:
        # A record that has the field, empty, is told so: "no field" sent users looking for a
        # misnamed key (rv19_U L8).
        empty = next((k for k in TEXT_KEYS if isinstance(record.get(k), str)), None)
        if empty is not None:
            return InputError(where, f"empty '{empty}' field", skipped=True)
        return InputError(where, "no 'html' or 'text' field", skipped=True)
    if len(record[key]) > MAX_PAGE_CHARS:
        return InputError(where, f"too large ({len(record[key]) // (1024 * 1024)} M characters > 20 M limit)")
    stamp = record.get("crawled_at")
    if stamp is not None and not isinstance(stamp, str):
        return InputError(where, f"bad crawled_at (an ISO 8601 string is expected, not {stamp!r})")
    try:
        moment = parse_crawl_time(stamp) or crawled_at
    except ValueError as error:
        return InputError(where, f"bad crawled_at ({error})")
    kind = "html" if key == "html" else "text"
    data = record[key] if kind == "html" else restore_lost_breaks(record[key])
    if kind == "text" and HTML_MARKUP.search(data):
        # A "text" field that holds markup (<p>…</p>, as some dumps keep the body) is HTML: read
        # as plain text its tags would become article words.
        kind, data = "html", _html_page(record, data)
    elif kind == "text" and (_field(record, "title") or _field(record, "date")):
        # Dumps with separate title, date and text fields: lay them out as a text page (a record
        # without a title keeps its date: the first line of its text becomes the headline).
        url = record.get("url")
        zone = outlet_zone(url if isinstance(url, str) else None)
        date = _date_line(_field(record, "date"), zone) if _field(record, "date") else ""
        data = "\n\n".join(part for part in (_field(record, "title"), date, data) if part)
    url = record.get("url")
    return RawPage(source=name, data=data, kind=kind, crawled_at=moment,
                   url=url if isinstance(url, str) and url else None, locator=locator)


# A zone written as a word after an ISO time ("2019-03-01 10:00:00 UTC").
_ZONE_WORD = re.compile(r"\s*(?:UTC|GMT)$", re.I)  # also glued to the time ("…10:00:00utc")


def _moment(value: str) -> datetime | None:
    """A record's date written with its zone, as an aware moment: ISO 8601 with an offset, "Z" or a
    trailing "UTC"/"GMT", or the RFC 2822 form of feeds and mail ("Tue, 10 Jan 2023 21:00:00 +0000").
    None for a naive time, a bare day or any other form."""
    written = value.strip()
    moment = parse_iso(_ZONE_WORD.sub("+00:00", written))
    if isinstance(moment, datetime):
        return moment if moment.tzinfo is not None else None
    if moment is None and (form := _RFC2822.match(written)):
        try:
            moment = parsedate_to_datetime(written)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if moment.year != int(form["year"]):
            return None  # the mail rules read a year like "0001" or "99" as 2001, 1999: keep it as written
        return moment if moment.tzinfo is not None else None  # "-0000": zone unknown
    return None


# The RFC 2822 date form: optional weekday, day, English month abbreviation, year, time, zone.
_RFC2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+(?P<year>\d{2,4})\s+\d{1,2}:\d{2}(?::\d{2})?\s+\S+$")


def _date_line(value: str, zone: ZoneInfo = MOSCOW) -> str:
    """A record's date as the date line of its text page.  The text extractor reads a date
    line's clock as the outlet's time (`outlet_zone` of the record's URL: Moscow for a Russian
    page, Kyiv for a .ua one; (mt21) `zone`), so a moment written with its zone (`_moment`:
    "…+00:00", "…Z", "… UTC", "Tue, 10 Jan 2023 21:00:00 +0000") is laid out as the wall time of
    that moment in `zone`: the same instant, where the clock as written would be read hours off.
    A naive time, a bare day or any other form is laid out as written.  A moment in the hour the
    clocks repeated when they went back (Moscow: autumns up to 2010, 26 October 2014) at its second
    pass has no wall time that reads back to it: its day alone."""
    moment = _moment(value)
    if moment is None:
        return value
    try:
        local = moment.astimezone(zone)
    except (OverflowError, ValueError):  # "9999-12-31T23:59:59-12:00": past the calendar's end in Moscow
        return value
    if local.fold and local.replace(fold=0).utcoffset() != local.utcoffset():
        return local.date().isoformat()
    return local.strftime("%Y-%m-%d %H:%M:%S")


def _html_page(record: dict, fragment: str) -> str:
    """An HTML body fragment with the record's title and date laid out as a page (h1 and metadata)."""
    title = record.get("title") if isinstance(record.get("title"), str) else ""
    date = record.get("date") if isinstance(record.get("date"), str) else ""
    meta = shown = ""
    iso = parse_iso(date) if date.strip() else None
    moment = _moment(date) if date.strip() and iso is None else None
    if moment is not None:  # the RFC 2822 form: the metadata reads ISO 8601
        meta = f'<meta property="article:published_time" content="{moment.isoformat()}">'
    elif iso is not None:
        meta = f'<meta property="article:published_time" content="{html.escape(date.strip())}">'
    elif date.strip():  # "10 августа 2019, 17:12": read as the page's visible date
        shown = f"<time>{html.escape(date.strip())}</time>"
    heading = f"<h1>{html.escape(title)}</h1>" if title.strip() else ""
    return f"<html><head>{meta}</head><body><article>{heading}{shown}{fragment}</article></body></html>"
