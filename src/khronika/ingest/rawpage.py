"""RawPage: what every reader produces and the extractor consumes."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

ContentKind = Literal["text", "html"]


@dataclass(frozen=True)
class RawPage:
    """One page as read, before extraction.

    `data` holds undecoded bytes for files (encoding detection belongs to
    extraction) or already-decoded text for sources that carry text (JSONL,
    feeds).  `crawled_at` is the crawl time when the source knows it; it is
    the only anchor for relative times such as "Сегодня в 11:17".
    """

    source: str
    data: bytes | str
    kind: ContentKind
    crawled_at: datetime | None = None
    url: str | None = None
    # Where inside a container the page sat (WARC record, JSONL line), for error messages.
    locator: str | None = None
    # Charset named by the transport (HTTP Content-Type), a hint for decoding.
    charset: str | None = None

    @property
    def name(self) -> str:
        return f"{self.source}#{self.locator}" if self.locator else self.source
