"""RawPage: what every reader produces and the extractor consumes."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property
from datetime import datetime
from typing import Literal

from khronika.ingest.urls import web_url

ContentKind = Literal["text", "html"]

# The locator of a feed entry laid out from the feed's own text (`feeds._entry_page`): "entry 3",
# or "entry 3 (the feed's text: page not fetched, HTTP 404 Not Found)".  No other reader names
# its records so (a WARC record is "record N", a dump row "line N").
FEED_ENTRY = "entry"
_FEED_ENTRY_RE = re.compile(rf"{FEED_ENTRY} \d+(?: \(.*\))?")


def is_feed_text(locator: str | None) -> bool:
    """Whether a page with this locator is a feed entry's own text (its title and summary, or
    the full text a Yandex feed carries), not a page fetched from the entry's link."""
    return bool(locator) and _FEED_ENTRY_RE.fullmatch(locator) is not None


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

    @cached_property
    def digest(self) -> str:
        """sha256 of the page's bytes (text as UTF-8), hex: its identity in a store.  Kept once
        computed: an ingest asks for it three or four times a page (before enrichment, under
        the write lock, in the write)."""
        data = self.data.encode("utf-8") if isinstance(self.data, str) else self.data
        return hashlib.sha256(data).hexdigest()

    @property
    def feed_text(self) -> bool:
        """A feed entry's own text standing in for its page (`is_feed_text`)."""
        return is_feed_text(self.locator)

    @property
    def name(self) -> str:
        return f"{self.source}#{self.locator}" if self.locator else self.source
