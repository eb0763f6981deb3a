"""Live sources: a URL is fetched; an RSS/Atom feed yields its entries' pages.

The fetch time is the crawl time of each page fetched.  When an entry's
page cannot be fetched, the entry's own title and summary stand in for it
and the failure is reported, so nothing is lost silently.
"""
from __future__ import annotations

import html
import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Iterator

import httpx

from khronika.errors import InputError
from khronika.ingest.jsonl import HTML_MARKUP
from khronika.ingest.rawpage import RawPage

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")
TIMEOUT_SECONDS = 20.0
MAX_BYTES = 20 * 1024 * 1024
USER_AGENT = "khronika/0.1 (+news chronicle)"


def _charset(response: httpx.Response) -> str | None:
    match = re.search(r"charset=([\w-]+)", response.headers.get("content-type", ""), re.I)
    return match.group(1) if match else None


def _is_feed(response: httpx.Response) -> bool:
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    head = response.content[:512].lstrip().lower()
    return kind in FEED_TYPES or head.startswith(b"<?xml") and (b"<rss" in response.content[:2048].lower()
                                                                or b"<feed" in response.content[:2048].lower())


def failure_reason(error: httpx.HTTPError) -> str:
    """One line for a failed fetch (httpx's own message runs over two lines)."""
    if isinstance(error, httpx.HTTPStatusError):
        return f"HTTP {error.response.status_code} {error.response.reason_phrase}".strip()
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def fetch(url: str, client: httpx.Client) -> httpx.Response:
    response = client.get(url)
    response.raise_for_status()
    if len(response.content) > MAX_BYTES:
        raise InputError(url, "too large (> 20 MB)")
    return response


def read_url(url: str, client: httpx.Client | None = None, fetch_entries: bool = True) -> Iterator[RawPage | InputError]:
    """A page URL yields one page; a feed URL yields one page per entry."""
    own = client is None
    client = client or httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=True, headers={"User-Agent": USER_AGENT})
    try:
        try:
            response = fetch(url, client)
        except (httpx.HTTPError, InputError) as error:
            yield error if isinstance(error, InputError) else InputError(url, f"fetch failed ({failure_reason(error)})")
            return
        crawled = datetime.now(timezone.utc)
        if _is_feed(response):
            yield from read_feed(response.content, url, client if fetch_entries else None)
            return
        yield RawPage(source=url, data=response.content, kind="html", crawled_at=crawled, url=str(response.url),
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
    for number, entry in enumerate(feed.entries, start=1):
        link = entry.get("link")
        locator = f"entry {number}"
        if client is not None and link:
            try:
                response = fetch(link, client)
                yield RawPage(source=link, data=response.content, kind="html",
                              crawled_at=datetime.now(timezone.utc), url=str(response.url), charset=_charset(response))
                continue
            except (httpx.HTTPError, InputError) as error:
                reason = error.reason if isinstance(error, InputError) else failure_reason(error)
                yield InputError(f"{name}#{locator}", f"entry page {link} not fetched ({reason}); using the feed text")
        # The entry the error fell in may have lost the end of its full text: its teaser is whole.
        yield _entry_page(entry, name, locator, full_text=not (cut_short and number == len(feed.entries)))


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
