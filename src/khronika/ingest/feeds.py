"""Live sources: a URL is fetched; an RSS/Atom feed yields its entries' pages.

The fetch time is the crawl time of each page fetched.  A body is read as a
stream and refused once it passes the size limit (a declared Content-Length
over it is refused before any of it is read).  When an entry's page cannot be
fetched, the entry's own text (title, summary, full text) stands in for it: one
item, named `FEED#entry N (the feed's text: page not fetched, REASON)`, and the
feed closes with one failed line counting them: each entry is counted once (as
its page) and the failure still shows in the summary and the run log.  Such an
item (`RawPage.feed_text`) never replaces a page the store holds from a fetch:
the store skips it, saying so (`store.versions.place`).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Iterator

import httpx

from khronika.errors import InputError
from khronika.ingest.jsonl import HTML_MARKUP
from khronika.ingest.rawpage import FEED_ENTRY, RawPage

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")
TIMEOUT_SECONDS = 20.0
MAX_BYTES = 20 * 1024 * 1024
USER_AGENT = "khronika/0.1 (+news chronicle)"


@dataclass(frozen=True)
class Fetched:
    """A fetched body, read whole but never past the limit: the URL after redirects, the headers."""

    url: str
    headers: httpx.Headers
    content: bytes


def _charset(response: Fetched) -> str | None:
    match = re.search(r"charset=([\w-]+)", response.headers.get("content-type", ""), re.I)
    return match.group(1) if match else None


def _is_feed(response: Fetched) -> bool:
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    head = response.content[:512].lstrip().lower()
    return kind in FEED_TYPES or head.startswith(b"<?xml") and (b"<rss" in response.content[:2048].lower()
                                                                or b"<feed" in response.content[:2048].lower())


# What a fetch can fail with: httpx's own errors, a URL it cannot even parse ("http://[::1/x",
# not an HTTPError), and our size limit.  Each is one input's failure, never the batch's.
FETCH_ERRORS = (httpx.HTTPError, httpx.InvalidURL, InputError)


def failure_reason(error: Exception) -> str:
    """One line for a failed fetch (httpx's own message runs over two lines)."""
    if isinstance(error, httpx.InvalidURL):
        return f"not a valid URL ({str(error).splitlines()[0] if str(error) else 'unparsable'})"
    if isinstance(error, httpx.HTTPStatusError):
        return f"HTTP {error.response.status_code} {error.response.reason_phrase}".strip()
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def fetch(url: str, client: httpx.Client, max_bytes: int | None = None) -> Fetched:
    """The body at `url`, streamed: InputError once it passes `max_bytes` (after decoding a
    Content-Encoding, so a compressed bomb stops there too), before reading any of it when
    the declared Content-Length is over."""
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    limit = f"{max_bytes // (1024 * 1024)} MB" if max_bytes >= 1024 * 1024 else f"{max_bytes} bytes"
    with client.stream("GET", url) as response:
        response.raise_for_status()
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes and not response.headers.get("content-encoding"):
            raise InputError(url, f"too large ({int(declared) // (1024 * 1024)} MB > {limit} limit)")
        body = bytearray()
        for part in response.iter_bytes():
            body += part
            if len(body) > max_bytes:
                raise InputError(url, f"too large (> {limit} limit)")
        return Fetched(str(response.url), response.headers, bytes(body))


def read_url(url: str, client: httpx.Client | None = None, fetch_entries: bool = True) -> Iterator[RawPage | InputError]:
    """A page URL yields one page; a feed URL yields one page per entry."""
    own = client is None
    client = client or httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=True, headers={"User-Agent": USER_AGENT})
    try:
        try:
            response = fetch(url, client)
        except FETCH_ERRORS as error:
            yield error if isinstance(error, InputError) else InputError(url, f"fetch failed ({failure_reason(error)})")
            return
        crawled = datetime.now(timezone.utc)
        if _is_feed(response):
            yield from read_feed(response.content, url, client if fetch_entries else None)
            return
        yield RawPage(source=url, data=response.content, kind="html", crawled_at=crawled, url=response.url,
                      charset=_charset(response))
    finally:
        if own:
            client.close()


def read_feed(data: bytes, name: str, client: httpx.Client | None) -> Iterator[RawPage | InputError]:
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield InputError(name, f"not a readable RSS/Atom feed ({feed.bozo_exception})")
        return
    cut_short = feed.bozo and not isinstance(feed.bozo_exception, feedparser.ThingsNobodyCaresAboutButMe)
    if cut_short:
        # The parser stopped at the error: a feed cut short keeps only the entries before it.
        yield InputError(name, f"malformed feed ({feed.bozo_exception}): {len(feed.entries)} entries read, "
                               "any after the error are lost")
    not_fetched: dict[str, int] = {}
    for number, entry in enumerate(feed.entries, start=1):
        link = entry.get("link")
        locator = f"{FEED_ENTRY} {number}"
        if client is not None and link:
            try:
                response = fetch(link, client)
                yield RawPage(source=link, data=response.content, kind="html",
                              crawled_at=datetime.now(timezone.utc), url=response.url, charset=_charset(response))
                continue
            except FETCH_ERRORS as error:
                # Kept from the feed's own text, one item whose name says why: the entry's title,
                # date and summary (its whole text in a Yandex feed) are worth keeping, and
                # counting a failure besides the page stored would count the entry twice.
                reason = error.reason if isinstance(error, InputError) else failure_reason(error)
                locator = f"{locator} (the feed's text: page not fetched, {reason})"
                not_fetched[reason] = not_fetched.get(reason, 0) + 1
        # The entry the error fell in may have lost the end of its full text: its teaser is whole.
        yield _entry_page(entry, name, locator, full_text=not (cut_short and number == len(feed.entries)))
    if not_fetched:
        # One line for the feed, not one per entry: each entry is counted once, as its page.
        reasons = ", ".join(f"{reason} ×{count}" if count > 1 else reason
                            for reason, count in sorted(not_fetched.items(), key=lambda i: -i[1]))
        count = sum(not_fetched.values())
        yield InputError(name, f"{count} of {len(feed.entries)} entry pages not fetched ({reasons}): "
                               f"{'it was' if count == 1 else 'they were'} read from the feed's own text")


def _entry_page(entry: dict, name: str, locator: str, full_text: bool = True) -> RawPage:
    # The feed's own text of an entry, laid out as a small HTML page with its date as metadata.
    content = entry.get("content", [{}])[0].get("value") if entry.get("content") else None
    body = content or entry.get("summary", "")
    # Yandex.News feeds (common in Russian outlets) carry the whole article in <yandex:full-text>
    # and only a teaser in <description>: the longer text is the article.
    full = entry.get("yandex_full-text") or entry.get("yandex_fulltext")
    if full_text and isinstance(full, str) and len(full.strip()) > len(body.strip()):
        body = full if HTML_MARKUP.search(full) else \
            "".join(f"<p>{html.escape(part.strip())}</p>" for part in full.splitlines() if part.strip())
    iso = _entry_time(entry)
    page = (f"<html><head><meta property=\"article:published_time\" content=\"{iso}\"></head><body><article>"
            f"<h1>{html.escape(entry.get('title', ''))}</h1><div>{body}</div></article></body></html>")
    return RawPage(source=name, data=page, kind="html", crawled_at=None, url=entry.get("link"), locator=locator)


def _entry_time(entry: dict) -> str:
    """The entry's date with the feed's own offset (RSS "+0300" stays +03:00), else in UTC."""
    written = entry.get("published") or entry.get("updated") or ""
    try:
        moment = parsedate_to_datetime(written)
        if moment.tzinfo is not None:
            return moment.isoformat()
    except (TypeError, ValueError, IndexError):
        pass  # not RFC 822 (Atom's ISO dates): feedparser's parse below, in UTC
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat() if parsed else ""
