"""Readers: paths, folders and stdin to RawPages.

Every reader yields `RawPage` for each page it can read and `InputError`
for each it cannot, so a batch reports the failure and goes on.  What a
file holds is decided by its content as well as its name: a gzip'd dump,
JSON lines without a `.jsonl` name, a JSON array of records, a CSV/TSV table
with a header row (a file named .csv or .tsv always), a WARC or an RSS/Atom
feed saved to disk are read as such from a file or from stdin alike (stdin is
spooled to a temporary file and read as one), with the same limits: 20 MB for a
page, 4 GB for a dump of pages, whose pages are read one at a time (a JSON array
too).  An archive (tar, zip, bzip2, xz) is reported as what it is; hidden files
and folders are not read, and each folder says how many it left; a folder's own
documentation (README.md, LICENSE, …) is skipped with a line naming it.
"""
from __future__ import annotations

import gzip
import io
import os
import re
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from khronika.errors import InputError
from khronika.ingest.jsonl import bounded_lines, read_json_document, read_jsonl
from khronika.ingest.rawpage import RawPage
from khronika.ingest.warc import read_warc

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SKIP_NAMES = {".DS_Store", "Thumbs.db"}
MAX_FILE_BYTES = 20 * 1024 * 1024  # a page over 20 MB is not a news article
# A WARC or JSONL file holds many pages; it may be larger.
MAX_CONTAINER_BYTES = 4 * 1024 * 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b"
# Enough of the start of a file to tell what it holds (an XML prologue, a feed's root element).
HEAD_BYTES = 4096
# A JSON object opening the input's first non-blank line: no text dump or HTML page starts this
# way (a pretty-printed JSON document opens with a lone "{" and is read whole instead).
_JSON_OBJECT_START = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{[ \t]*"')
_JSON_ARRAY_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*\[")
# An array of JSON objects with keys: a dump's opening, which no text page has.
_JSON_RECORDS_START = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\[\s*\{\s*"')
# Hidden entries listed by name in a folder's "not read" line; the rest are counted.
_HIDDEN_SHOWN = 5
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]")
# A folder's own documentation, found beside the pages of a dataset or a crawl: not news.
_FOLDER_DOCS = re.compile(r"(?:readme|licen[cs]e|changelog|changes|contributing|copying|notice|authors)"
                          r"(?:\.(?:md|markdown|rst|txt))?", re.I)

PageOrError = RawPage | InputError


def expand(paths: Iterable[str]) -> Iterator[str | Path | InputError]:
    """Files in order: folders recursively (sorted), "-" for stdin, URLs as given.
    A folder that cannot be listed, an entry that is not a file and a folder with
    no files come out as `InputError`s."""
    for item in paths:
        if item == "-" or item.startswith(("http://", "https://")):
            yield item
            continue
        path = Path(item)
        if not path.is_dir():
            yield path
            continue
        found = False
        for entry in _walk(path, {os.path.realpath(path)}):
            found = True
            yield entry
        if not found:
            yield InputError(str(path), "no files in this folder", skipped=True)


def _walk(folder: Path, seen: set[str]) -> Iterator[Path | InputError]:
    # Entries sorted by name depth-first: the order of sorted(Path) over the whole tree.
    # `seen` holds the real paths of the folders above, so a link back up ends the walk.
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as error:
        yield InputError(str(folder), f"cannot read folder ({error.strerror or error})")
        return
    hidden: list[str] = []
    for entry in entries:
        if entry.name in SKIP_NAMES:
            continue  # (the operating system's own files, in every folder it has shown)
        if entry.name.startswith("."):
            try:
                hidden.append(entry.name + ("/" if entry.is_dir(follow_symlinks=False) else ""))
            except OSError:
                hidden.append(entry.name)
            continue
        path = Path(entry.path)
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError as error:
            yield InputError(str(path), f"cannot read ({error.strerror or error})")
            continue
        if is_dir:
            real = os.path.realpath(path)
            if real not in seen:
                yield from _walk(path, seen | {real})
        elif is_file and _FOLDER_DOCS.fullmatch(entry.name):
            yield InputError(str(path), "the folder's documentation, not a page: name the file to read it", skipped=True)
        elif is_file:
            yield path
        else:
            yield InputError(str(path), "not a regular file (a broken link, a pipe or a device)", skipped=True)
    if hidden:
        shown = ", ".join(hidden[:_HIDDEN_SHOWN]) + (f" and {len(hidden) - _HIDDEN_SHOWN} more"
                                                    if len(hidden) > _HIDDEN_SHOWN else "")
        yield InputError(str(folder), f"{len(hidden)} hidden {'entry' if len(hidden) == 1 else 'entries'} "
                                      f"not read ({shown}): name them to read them", skipped=True)


def _sniff_kind(data: bytes, suffix: str) -> str:
    if suffix in HTML_SUFFIXES:
        return "html"
    head = data[:2048].lstrip().lower()
    return "html" if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head else "text"


def _is_warc(name: str, head: bytes) -> bool:
    return name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")) or head.startswith(b"WARC/")


def _is_jsonl(name: str, head: bytes) -> bool:
    return name.endswith(tuple(JSONL_SUFFIXES)) or bool(_JSON_OBJECT_START.match(head))


def _is_feed(head: bytes) -> bool:
    start = head[:HEAD_BYTES].lstrip().lower()
    return start.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf:rdf", b"<!--")) \
        and bool(_FEED_ROOT.search(start)) and b"<html" not in start


def _page_or_feed(data: bytes, name: str, suffix: str, crawled_at: datetime | None) -> Iterator[PageOrError]:
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
        records = read_json_document(data, name, crawled_at)
        if records is not None:
            yield from records
            return
        if _JSON_RECORDS_START.match(data):
            # An array of records that does not parse (cut short, a bad item): its complete
            # records and what stopped it, as a larger array's streaming read gives them; no text
            # page opens so (review rv21_N H3).
            yield from _json_array_records(data, name, crawled_at)
            return
    if _is_feed(data):
        from khronika.ingest.feeds import read_feed

        yield from read_feed(data, name, None)
        return
    archive = _archive_kind(data)
    if archive:
        yield InputError(name, f"{archive}, not a page: unpack it and ingest what is inside", skipped=True)
        return
    kind = _sniff_kind(data, suffix)
    if kind == "text":
        from khronika.ingest.tables import decoded_lines, head_text, read_table, table_delimiter, table_encoding

        delimiter = table_delimiter(head_text(data[:HEAD_BYTES], name))
        if delimiter:
            try:
                encoding = table_encoding(data[:HEAD_BYTES], name)
            except InputError as error:
                yield error
                return
            yield from read_table(decoded_lines(io.BytesIO(data), encoding), delimiter, name, crawled_at)
            return
    yield RawPage(source=name, data=data, kind=kind, crawled_at=crawled_at)


def _json_array_records(data: bytes, name: str, crawled_at: datetime | None) -> Iterator[PageOrError]:
    from khronika.ingest.jsonl import NotJsonArray, read_json_array

    try:
        yield from read_json_array(io.BytesIO(data), name, crawled_at)
    except NotJsonArray:  # its first record already does not parse
        yield InputError(name, "truncated or malformed JSON array: its first record does not parse")


def _archive_kind(data: bytes) -> str | None:
    """An archive or a compression other than gzip, by its magic bytes."""
    if data[257:262] == b"ustar":
        return "a tar archive"
    if data.startswith(b"PK\x03\x04"):
        return "a zip archive"
    if data.startswith(b"BZh") and data[3:4].isdigit():
        return "bzip2-compressed data"
    if data.startswith(b"\xfd7zXZ\x00"):
        return "xz-compressed data"
    if data.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "a 7-Zip archive"
    return None


def read_stream(stream: BinaryIO, name: str, crawled_at: datetime | None) -> Iterator[PageOrError]:
    """Pages from a stream (stdin): spooled to a temporary file and read as a file is, so
    stdin and files agree on what a dump is and on what is too large."""
    spool = tempfile.NamedTemporaryFile(prefix="khronika-stdin-", delete=False)
    try:
        try:
            with spool:
                copied = _copy_at_most(stream, spool, MAX_CONTAINER_BYTES + 1)
        except OSError as error:
            yield InputError(name, f"cannot read or keep it ({error.strerror or error}; stdin is kept in "
                                   f"{tempfile.gettempdir()} while it is read)")
            return
        if copied > MAX_CONTAINER_BYTES:
            yield InputError(name, f"too large (> {MAX_CONTAINER_BYTES // 1024 ** 3} GB limit)")
            return
        yield from read_file(Path(spool.name), crawled_at, name=name)
    finally:
        os.unlink(spool.name)


def _copy_at_most(source: BinaryIO, target: BinaryIO, limit: int) -> int:
    copied = 0
    while copied < limit:
        chunk = source.read(min(1 << 20, limit - copied))
        if not chunk:
            break
        target.write(chunk)
        copied += len(chunk)
    return copied


def _gunzip(path: Path, limit: int) -> bytes:
    """At most `limit` + 1 bytes of the decompressed file (more means too large)."""
    with gzip.open(path, "rb") as handle:
        return handle.read(limit + 1)


def read_file(path: Path, crawled_at: datetime | None, name: str | None = None) -> Iterator[PageOrError]:
    """The pages of one file; `name` names them when the file stands for another input (stdin)."""
    name = name or str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except FileNotFoundError:
        yield InputError(name, "no such file")
        return
    except OSError as error:
        yield InputError(name, f"cannot read ({error.strerror or error})")
        return
    if size == 0:
        yield InputError(name, "empty file", skipped=True)
        return
    lower = Path(name).name.lower()
    if _is_warc(lower, head):
        with path.open("rb") as handle:
            yield from read_warc(handle, name)
        return
    packed = head.startswith(GZIP_MAGIC)
    inner = lower[:-3] if packed and lower.endswith(".gz") else lower
    if packed:
        try:
            head = _gunzip(path, HEAD_BYTES)[:HEAD_BYTES]
        except (OSError, EOFError) as error:
            yield InputError(name, f"truncated or corrupt gzip data ({error})")
            return
        if head.startswith(b"WARC/"):
            with path.open("rb") as handle:
                yield from read_warc(handle, name)
            return
    archive = _archive_kind(head)
    if archive:  # (before the size limit: an archive is usually larger than a page)
        yield InputError(name, f"{archive}, not a page: unpack it and ingest what is inside", skipped=True)
        return
    if _is_jsonl(inner, head):
        document = None if inner.endswith(tuple(JSONL_SUFFIXES)) \
            else _json_document(path, size, packed, name, crawled_at)
        if document is not None:
            yield from document
        else:
            yield from _read_jsonl_file(path, name, size, packed, crawled_at)
        return
    if _JSON_ARRAY_START.match(head) and _over_page_limit(path, size, packed):
        # A JSON array dump larger than a page: its records are read one at a time.
        items = _read_json_array_file(path, name, size, packed, crawled_at)
        first = next(items, None)
        if first is not None:
            yield first
            yield from items
            return
    if Path(inner).suffix not in HTML_SUFFIXES:
        from khronika.ingest.tables import head_text, suffix_delimiter, table_delimiter

        text_head = head_text(head, name)
        delimiter = suffix_delimiter(Path(inner).suffix, text_head) or table_delimiter(text_head)
        if delimiter:
            # A CSV/TSV dump holds many pages: read as a stream, with the containers' size limit.
            yield from _read_table_file(path, name, size, packed, head, delimiter, crawled_at)
            return
    if size > MAX_FILE_BYTES:
        yield InputError(name, f"too large ({size // (1024 * 1024)} MB > 20 MB limit)")
        return
    try:
        data = _gunzip(path, MAX_FILE_BYTES) if packed else path.read_bytes()
    except (OSError, EOFError) as error:
        yield InputError(name, f"truncated or corrupt gzip data ({error})" if packed
                         else f"cannot read ({getattr(error, 'strerror', None) or error})")
        return
    if len(data) > MAX_FILE_BYTES:
        yield InputError(name, "too large once decompressed (> 20 MB limit)")
        return
    yield from _page_or_feed(data, name, Path(inner).suffix, crawled_at)


def _over_page_limit(path: Path, size: int, packed: bool) -> bool:
    try:
        return size > MAX_FILE_BYTES or packed and _decompressed_over(path, MAX_FILE_BYTES)
    except (OSError, EOFError):
        return False  # (the page reader reports the damage)


def _decompressed_over(path: Path, limit: int) -> bool:
    """A gzip'd file holds more than `limit` bytes; counted a chunk at a time, none kept."""
    total = 0
    with gzip.open(path, "rb") as handle:
        while chunk := handle.read(1 << 16):
            total += len(chunk)
            if total > limit:
                return True
    return False


def _json_document(path: Path, size: int, packed: bool, name: str,
                   crawled_at: datetime | None) -> Iterator[PageOrError] | None:
    """A file that looks like JSON lines but whose first line is not JSON on its own (a record
    whose first key sits on the "{" line): its records when the whole file is one JSON
    document, else None (JSON lines, each bad line reported).  Only a file within the page
    limit is read whole to find out: a larger one is no single page, and is read as JSON lines,
    a line at a time, as a `.jsonl` file is, whatever its first line."""
    import json

    from khronika.ingest.jsonl import blank_line, line_text

    if _over_page_limit(path, size, packed):
        return None
    opener = gzip.open if packed else open
    try:
        with opener(path, "rb") as handle:  # type: ignore[operator]
            first = next((line for line in handle if not blank_line(line)), b"")
        json.loads(line_text(first, name))
        return None
    except (InputError, ValueError):
        pass  # (json.JSONDecodeError and UnicodeDecodeError are ValueErrors)
    except (OSError, EOFError):
        return None  # the JSON-lines reader reports the damage
    try:
        data = _gunzip(path, MAX_FILE_BYTES) if packed else path.read_bytes()
    except (OSError, EOFError):
        return None
    if len(data) > MAX_FILE_BYTES:
        return None
    return read_json_document(data, name, crawled_at)


def _streamed(path: Path, name: str, size: int, packed: bool,
              read: Callable[[BinaryIO], Iterator[PageOrError]]) -> Iterator[PageOrError]:
    """The pages `read` takes from the (possibly gzipped) file, streamed up to the container limit."""
    if size > MAX_CONTAINER_BYTES:
        yield InputError(name, "too large")
        return
    opener = gzip.open if packed else open
    try:
        with opener(path, "rb") as handle:  # type: ignore[operator]
            yield from read(handle)
    except (OSError, EOFError) as error:
        yield InputError(name, f"truncated or corrupt file ({error})")


def _read_json_array_file(path: Path, name: str, size: int, packed: bool,
                          crawled_at: datetime | None) -> Iterator[PageOrError]:
    """The records of a JSON array, streamed; nothing when the file is not a JSON array."""
    from khronika.ingest.jsonl import NotJsonArray, read_json_array

    def records(handle: BinaryIO) -> Iterator[PageOrError]:
        try:
            yield from read_json_array(handle, name, crawled_at)
        except NotJsonArray:
            return

    yield from _streamed(path, name, size, packed, records)


def _read_jsonl_file(path: Path, name: str, size: int, packed: bool,
                     crawled_at: datetime | None) -> Iterator[PageOrError]:
    # Binary lines: each is decoded on its own (UTF-8, else the page encodings), and none is held
    # beyond a record's limit (a line that never ends is skipped, not read into memory).
    yield from _streamed(path, name, size, packed,
                         lambda handle: read_jsonl(bounded_lines(handle), name, crawled_at))


def _read_table_file(path: Path, name: str, size: int, packed: bool, head: bytes, delimiter: str,
                     crawled_at: datetime | None) -> Iterator[PageOrError]:
    from khronika.ingest.tables import decoded_lines, read_table, table_encoding

    if size > MAX_CONTAINER_BYTES:
        yield InputError(name, "too large")
        return
    try:
        encoding = table_encoding(head, name)
    except InputError as error:
        yield error
        return
    opener = gzip.open if packed else open
    try:
        with opener(path, "rb") as handle:  # type: ignore[operator]
            yield from read_table(decoded_lines(handle, encoding), delimiter, name, crawled_at)
    except (OSError, EOFError) as error:
        yield InputError(name, f"truncated or corrupt file ({error})")


def read_pages(paths: Iterable[str], crawled_at: datetime | None = None) -> Iterator[PageOrError]:
    """All pages under the given paths, in order; "-" reads stdin."""
    for item in expand(paths):
        if isinstance(item, InputError):
            yield item
        elif isinstance(item, str) and item.startswith(("http://", "https://")):
            from khronika.ingest.feeds import read_url

            yield from read_url(item)
        elif item == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", crawled_at)
        else:
            yield from read_file(Path(item), crawled_at)
