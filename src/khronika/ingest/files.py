"""Readers: paths, folders and stdin to RawPages.

Every reader yields `RawPage` for each page it can read and `InputError`
for each it cannot, so a batch reports the failure and goes on.
"""
from __future__ import annotations

import gzip
import sys
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from khronika.errors import InputError
from khronika.ingest.jsonl import read_jsonl
from khronika.ingest.rawpage import RawPage
from khronika.ingest.warc import read_warc

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SKIP_NAMES = {".DS_Store", "Thumbs.db"}
MAX_FILE_BYTES = 20 * 1024 * 1024  # a page over 20 MB is not a news article
# A WARC or JSONL file holds many pages; it may be larger.
MAX_CONTAINER_BYTES = 4 * 1024 * 1024 * 1024

PageOrError = RawPage | InputError


def expand(paths: Iterable[str]) -> Iterator[str | Path]:
    """Files in order: folders recursively (sorted), "-" for stdin."""
    for item in paths:
        if item == "-" or item.startswith(("http://", "https://")):
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name not in SKIP_NAMES and not child.name.startswith("."):
                    yield child
        else:
            yield path


def _sniff_kind(data: bytes, suffix: str) -> str:
    if suffix in HTML_SUFFIXES:
        return "html"
    head = data[:2048].lstrip().lower()
    return "html" if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head else "text"


def _is_warc(name: str, head: bytes) -> bool:
    return name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")) or head.startswith(b"WARC/")


def read_stream(stream: BinaryIO, name: str, crawled_at: datetime | None) -> Iterator[PageOrError]:
    data = stream.read()
    if data[:2] == b"\x1f\x8b" and data.startswith(b"\x1f\x8b"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            yield InputError(name, f"truncated or corrupt gzip data ({error})")
            return
    if data.startswith(b"WARC/"):
        import io

        yield from read_warc(io.BytesIO(data), name)
        return
    stripped = data.lstrip()
    if stripped.startswith(b"{") and b"\n{" in stripped[:1_000_000] or name.endswith(tuple(JSONL_SUFFIXES)):
        yield from read_jsonl(data.decode("utf-8", errors="replace").splitlines(), name, crawled_at)
        return
    yield RawPage(source=name, data=data, kind=_sniff_kind(data, ""), crawled_at=crawled_at)


def read_file(path: Path, crawled_at: datetime | None) -> Iterator[PageOrError]:
    name = str(path)
    if not path.exists():
        yield InputError(name, "no such file")
        return
    lower = path.name.lower()
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        yield InputError(name, f"cannot read ({error.strerror})")
        return
    if _is_warc(lower, head):
        with path.open("rb") as handle:
            yield from read_warc(handle, name)
        return
    if lower.endswith(tuple(JSONL_SUFFIXES)) or lower.endswith(tuple(s + ".gz" for s in JSONL_SUFFIXES)):
        if size > MAX_CONTAINER_BYTES:
            yield InputError(name, "too large")
            return
        opener = gzip.open if lower.endswith(".gz") else open
        try:
            with opener(path, "rt", encoding="utf-8", errors="replace") as handle:  # type: ignore[operator]
                yield from read_jsonl(handle, name, crawled_at)
        except (OSError, EOFError) as error:
            yield InputError(name, f"truncated or corrupt file ({error})")
        return
    if size > MAX_FILE_BYTES:
        yield InputError(name, f"too large ({size // (1024 * 1024)} MB > 20 MB limit)")
        return
    if size == 0:
        yield InputError(name, "empty file", skipped=True)
        return
    data = path.read_bytes()
    if lower.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            yield InputError(name, f"truncated or corrupt gzip data ({error})")
            return
        lower = lower[:-3]
    yield RawPage(source=name, data=data, kind=_sniff_kind(data, Path(lower).suffix), crawled_at=crawled_at)


def read_pages(paths: Iterable[str], crawled_at: datetime | None = None) -> Iterator[PageOrError]:
    """All pages under the given paths, in order; "-" reads stdin."""
    for item in expand(paths):
        if isinstance(item, str) and item.startswith(("http://", "https://")):
            from khronika.ingest.feeds import read_url

            yield from read_url(item)
        elif item == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", crawled_at)
        else:
            yield from read_file(Path(item), crawled_at)
