"""WARC / WARC.gz: response and resource records of pages become pages; the record date is
the crawl time.  A response with an HTTP status of 300 or more (a redirect, a 404 page) is no
article: it is reported skipped with its status.  Records of other types (images, scripts,
style sheets) are counted in one line at the end."""
from __future__ import annotations

import re
from typing import BinaryIO, Iterator

from khronika.errors import InputError
from khronika.extract.dates import parse_crawl_time
from khronika.ingest.rawpage import RawPage

PAGE_TYPES = ("text/html", "application/xhtml", "text/plain")
MAX_RECORD_BYTES = 20 * 1024 * 1024


def read_warc(stream: BinaryIO, name: str) -> Iterator[RawPage | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    others: dict[str, int] = {}
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type not in ("response", "resource"):
                continue  # (requests, metadata, revisits: no page of their own)
            number += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            locator = f"record {number}"
            if record.rec_type == "resource" and not uri.lower().startswith(("http://", "https://")):
                # The crawler's own files (wget's log, arguments, manifest: metadata://…) are no pages.
                others["crawler resource"] = others.get("crawler resource", 0) + 1
                continue
            if record.rec_type == "resource" or not record.http_headers:
                # A resource record is the document itself, typed by the WARC header.
                content_type = record.rec_headers.get_header("Content-Type") or ""
            else:
                content_type = record.http_headers.get_header("Content-Type") or ""
                status = record.http_headers.get_statuscode() or ""
                if status.isdigit() and int(status) >= 300:
                    where = f" ({uri})" if uri else ""
                    yield InputError(f"{name}#{locator}", f"HTTP {record.http_headers.statusline.strip()}: "
                                                          f"not a page{where}", skipped=True)
                    continue
            if content_type and not content_type.lower().startswith(PAGE_TYPES):
                kind = content_type.split(";")[0].strip().lower()
                others[kind] = others.get(kind, 0) + 1
                continue
            data = record.content_stream().read(MAX_RECORD_BYTES + 1)
            if len(data) > MAX_RECORD_BYTES:
                yield InputError(f"{name}#{locator}", "record too large (> 20 MB)")
                continue
            missing = getattr(record.raw_stream, "limit", 0)
            if missing:
                # The archive ended inside this record: what was read is part of a page.
                yield InputError(f"{name}#{locator}", f"truncated WARC record ({missing} bytes missing)")
                continue
            charset = re.search(r"charset=([\w-]+)", content_type, re.I)
            try:
                crawled_at = parse_crawl_time(record.rec_headers.get_header("WARC-Date"))
            except ValueError:
                crawled_at = None
            kind = "text" if content_type.lower().startswith("text/plain") else "html"
            yield RawPage(source=name, data=data, kind=kind, crawled_at=crawled_at, url=uri or None,
                          locator=locator, charset=charset.group(1) if charset else None)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as error:
        yield InputError(name, f"truncated or corrupt WARC after {number} records ({error})")
        return
    except Exception as error:  # warcio fails on malformed headers with assorted errors
        yield InputError(name, f"corrupt WARC after {number} records ({type(error).__name__}: {error})")
        return
    if others:
        listed = ", ".join(f"{count} {kind}" for kind, count in sorted(others.items(), key=lambda i: (-i[1], i[0])))
        total = sum(others.values())
        yield InputError(name, f"{total} {'record' if total == 1 else 'records'} not read: not pages ({listed})",
                         skipped=True)
