"""JSONL dumps: one page per line, `{url, html|text, crawled_at}`."""
from __future__ import annotations

import json
from datetime import datetime
from typing import Iterable, Iterator

from khronika.errors import InputError
from khronika.extract.dates import parse_crawl_time
from khronika.ingest.rawpage import RawPage

TEXT_KEYS = ("html", "text", "content", "body")


def read_jsonl(lines: Iterable[str], name: str, crawled_at: datetime | None) -> Iterator[RawPage | InputError]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        locator = f"line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(f"{name}#{locator}", f"not valid JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(record, dict):
            yield InputError(f"{name}#{locator}", "a JSON object is expected on each line")
            continue
        key = next((k for k in TEXT_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
        if key is None:
            yield InputError(f"{name}#{locator}", "no 'html' or 'text' field", skipped=True)
            continue
        try:
            moment = parse_crawl_time(record.get("crawled_at")) or crawled_at
        except ValueError as error:
            yield InputError(f"{name}#{locator}", f"bad crawled_at ({error})")
            continue
        kind = "html" if key == "html" else "text"
        if key == "text" and record.get("title"):
            # Dumps with separate title and text fields: lay them out as a text page.
            data = f"{record['title']}\n\n{record.get('date') or ''}\n\n{record[key]}"
        else:
            data = record[key]
        yield RawPage(source=name, data=data, kind=kind, crawled_at=moment,
                      url=record.get("url") or None, locator=locator)
