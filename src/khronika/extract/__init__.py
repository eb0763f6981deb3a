"""Extraction: a RawPage in, one clean Article out.

    extract_page(raw)                 -> Article
    extract_file(path, crawled_at)    -> Article   (convenience for one file)
"""
from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from khronika.errors import InputError
from khronika.extract import furniture as fx
from khronika.extract.article import Article, RelatedItem
from khronika.extract.dates import (MOSCOW, MSK_RE, ParsedDate, find_date, outlet_zone, parse_crawl_time, parse_iso,
                                    resolve_relative)
from khronika.extract.encoding import decode_with_warnings
from khronika.extract.html import parse_html
from khronika.extract.text import RUN_ON_MAX, normalise_space, parse_text
from khronika.ingest.rawpage import RawPage
from khronika.ingest.urls import web_url

__all__ = ["Article", "RelatedItem", "extract_page", "extract_file"]

MAX_PAGE_BYTES = 20 * 1024 * 1024
# Metadata and visible date further apart than this are reported as a contradiction.
DATE_DISAGREEMENT_SECONDS = 3600


def article_id(title: str, paragraphs: list[str]) -> str:
    """Stable id: a hash of the normalised title and body text."""
    content = "\n".join(normalise_space(t).lower() for t in [title, *paragraphs])
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]


def _related(items: list[fx.Headline], crawled_at: datetime | None) -> list[RelatedItem]:
    result = []
    for item in items:
        published = resolve_relative(item.time_text, crawled_at) if item.time_text else None
        result.append(RelatedItem(title=item.title, time_text=item.time_text, published=published))
    return result


def _metadata_moment(value: str | None, zone: ZoneInfo = MOSCOW) -> datetime | date | None:
    if not value:
        return None
    moment = parse_iso(value)
    if isinstance(moment, datetime) and moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)  # a naive time is the outlet's (`outlet_zone`): Moscow time by default
    return moment


def _published(metadata_value: str | None, visible: str, warnings: list[str], zone: ZoneInfo = MOSCOW) -> str | None:
    meta = _metadata_moment(metadata_value, zone)
    shown = find_date(visible) if visible else None
    if meta is None:
        return shown.to_iso(MOSCOW if MSK_RE.search(visible) else zone) if shown else None
    if shown is not None and _disagree_everywhere(meta, shown):
        warnings.append(
            f"published: metadata and page text disagree (metadata {metadata_value}, page text {visible!r})"
        )
    if isinstance(meta, datetime):
        return _as_written(metadata_value, meta)
    return meta.isoformat()


def _as_written(raw: str | None, moment: datetime) -> str:
    # Keep the offset as the page wrote it ("Z" stays "Z"); normalise only the layout.
    text = (raw or "").strip()
    if text.endswith(("Z", "z")):
        return moment.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
    return moment.isoformat(timespec="seconds")


def _disagree_everywhere(meta: datetime | date, shown: ParsedDate) -> bool:
    """The visible clock may be Moscow time or the metadata's own zone; both must disagree."""
    if shown.clock is None:
        return _disagree(meta, shown.day)
    zones = [MOSCOW] + ([meta.tzinfo] if isinstance(meta, datetime) and meta.tzinfo else [])
    return all(_disagree(meta, datetime.fromisoformat(shown.to_iso(zone))) for zone in zones)


def _disagree(meta: datetime | date, shown: datetime | date) -> bool:
    if isinstance(meta, datetime) and isinstance(shown, datetime):
        return abs((meta - shown).total_seconds()) > DATE_DISAGREEMENT_SECONDS
    meta_day = meta.date() if isinstance(meta, datetime) else meta
    shown_day = shown.date() if isinstance(shown, datetime) else shown
    return meta_day != shown_day


def _text_of(raw: RawPage) -> tuple[str, list[str]]:
    """The page's text and the warnings of its decoding (bytes that are not what they claim)."""
    if isinstance(raw.data, str):
        return raw.data, []
    if len(raw.data) > MAX_PAGE_BYTES:
        raise InputError(raw.name, f"too large ({len(raw.data) // (1024 * 1024)} MB > 20 MB limit)")
    if not raw.data.strip():
        raise InputError(raw.name, "empty file", skipped=True)
    text, _, warnings = decode_with_warnings(raw.data, raw.name, declared=raw.charset)
    return text, warnings


def extract_page(raw: RawPage) -> Article:
    """One RawPage to one Article; InputError when there is no article."""
    text, warnings = _text_of(raw)
    if "\x00" in text:
        # A NUL is valid in JSON (scraped dumps carry it) but no letter of a page, and
        # PostgreSQL text cannot hold it: removed here, for every input and both stores.
        warnings.append(f"text: {raw.name}: {text.count(chr(0))} NUL character(s) removed")
        text = text.replace("\x00", "")
    if not text.strip():
        raise InputError(raw.name, "empty page", skipped=True)
    kind = raw.kind if raw.kind != "text" or not _looks_like_html(text) else "html"
    if kind == "html":
        parts = parse_html(text)
        title, lead, paragraphs = parts.title, parts.lead, parts.paragraphs
        warnings.extend(parts.warnings)
        # `og:url` is the page's word: only a web address is kept (a `javascript:` one is no link).
        url = raw.url or web_url(parts.metadata.url)
        published = _published(parts.metadata.published, parts.visible_date, warnings, outlet_zone(url))
        credits, authors, related_items, extractor = parts.credits, parts.authors, parts.related, parts.extractor
    else:
        dump = parse_text(text)
        title, lead, paragraphs = dump.title, "", dump.paragraphs
        # (mt21) a naive dateline is the outlet's clock, as on an HTML page (`outlet_zone`): a JSONL/dump
        # record of a from-ua.com.ua page is Kyiv time; a line that says "МСК" stays Moscow time
        zone = MOSCOW if MSK_RE.search(dump.dateline_text) else outlet_zone(raw.url)
        published = dump.dateline.to_iso(zone) if dump.dateline else None
        credits, authors, related_items, extractor = dump.credits, dump.authors, dump.related, "text"
        url = raw.url
    if not paragraphs:
        if raw.data and len(text) > 0 and not title:
            raise InputError(raw.name, "no article text found", skipped=True)
        if len(title) > RUN_ON_MAX:
            raise InputError(raw.name, f"one line of {len(title):,} characters and nothing else: "
                                       "not an article layout", skipped=True)
        raise InputError(raw.name, "no article text found (title only)", skipped=True)
    if published is None:
        warnings.append("published: no publication date found")
    return Article(
        id=article_id(title, paragraphs),
        source=raw.url or raw.name,
        title=title,
        published=published,
        language="ru" if _is_russian(" ".join(paragraphs[:3])) else "und",
        lead=lead or paragraphs[0],
        paragraphs=paragraphs,
        credits=credits,
        related=_related(related_items, raw.crawled_at),
        warnings=warnings,
        authors=authors,
        url=url,
        crawled_at=raw.crawled_at.isoformat() if raw.crawled_at else None,
        extractor=extractor,
    )


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


def _is_russian(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
    ukrainian = sum(c in "іїєґІЇЄҐ" for c in letters)
    return bool(letters) and cyrillic / len(letters) > 0.5 and ukrainian < 0.01 * len(letters)


def extract_file(path: str | Path, crawled_at: str | datetime | None = None) -> Article:
    """Extract one page file (text dump or HTML)."""
    path = Path(path)
    moment = parse_crawl_time(crawled_at) if isinstance(crawled_at, str) else crawled_at
    kind = "html" if path.suffix.lower() in (".html", ".htm", ".xhtml", ".shtml") else "text"
    return extract_page(RawPage(source=str(path), data=path.read_bytes(), kind=kind, crawled_at=moment))
