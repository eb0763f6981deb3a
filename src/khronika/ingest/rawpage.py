"""RawPage: what every reader produces and the extractor consumes."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from khronika.ingest.urls import web_url

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

    def __post_init__(self) -> None:
        # Only a web address is a page's URL: a `javascript:` or `data:` one is dropped here, for
        # every reader (rv19_U H1).
        if self.url is not None and web_url(self.url) is None:
            object.__setattr__(self, "url", None)

    @property
    def name(self) -> str:
        return f"{self.source}#{self.locator}" if self.locator else self.source
