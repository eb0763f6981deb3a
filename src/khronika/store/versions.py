"""Where a page coming in goes among its stored versions (review rv21_J H1, M1, M2; rv21_B H1, H2).

A page (one page key, `sql.page_key_of`) keeps every version it was stored with; one is
current (searched, counted, in the stories' lists).  `place` decides, from the page's stored
versions and what is known of the page coming in, before anything is written:

- **the same bytes**: `unchanged` when that version is current; a version set aside comes back
  (`restore`: current again, logged as a `version`) only for a crawl later than every crawl
  stored of the page (a fetch of the page after its article came back, not a re-ingest of the
  same input, nor of an input without a crawl time);
- **the same text by other bytes** (after extraction: the same title and the same extracted
  body, exactly as a reader sees them, `sql.reader_key`, when the page brings no other
  publication time): `unchanged` when that version is current; a version set aside comes back
  (`restore`) unless the page was crawled before the latest crawl stored of it (then it is an
  older fetch: `unchanged`).  Without a crawl time on either side, or at the same instant, the
  order of ingest decides, as it does for new text: the text the page was edited back to is
  current again;
- **a feed entry's own text** (the page was not fetched, `RawPage.feed_text`) never takes the
  place of a page fetched in full: `skip` (nothing stored, the fetched page stays current);
- **the page's description only** (a fetch whose body had no article text: its description is
  its text, `extract.summary`; review rev23_B M1) never takes the place of a version with
  article text, in the same way: `skip`; the bytes of a description version set aside stay
  `unchanged`, not current.  A version with article text is placed among the versions with
  text only (their latest crawl decides): a description version never holds it back, so the
  full page becomes current over a description whatever their crawl times;
- **new content**: a new row, current (`current`) unless it was crawled before the latest
  crawl stored of the page (`older`: kept as an older version, not current).  Without a crawl
  time on either side, the order of ingest decides (the row stored last is current).

A page's current version is so the one of its latest crawl.  The store keeps each version's
first crawl (`articles.crawled_at`: its day and story times) and its latest crawl
(`articles.last_crawled_at`, review rev21_B M1): a crawl that re-sees a version (the current
one re-crawled unchanged, a version restored, an archive's older fetch of a version set aside)
raises it (`Placement.seen`), and "the page's latest stored crawl" is the latest of these.  With
first crawls only, a version re-seen later still counted at its first time: after A (1 Jan),
B (5 Jan) and A again (9 Jan, restored), a new text crawled on 7 Jan became current.
"""
from __future__ import annotations

from typing import NamedTuple, Sequence


def instant_key(value: str | None) -> str | None:
    from khronika.store.sql import instant_key as key  # sql.py imports this module

    return key(value)


class PageVersion(NamedTuple):
    """One stored version of a page, as `SqlStore.page_versions` reads it."""

    id: int
    version: int
    story_id: int | None
    raw_hash: str
    current: bool
    content_hash: str | None
    published: str | None
    last_crawled: str | None  # the latest crawl that saw it (ISO), None without a crawl time
    feed_text: bool  # stored from a feed entry's own text
    summary_only: bool = False  # its text is the page's description: the page had no article text


# The run log's reason for a version brought back by a crawl later than every stored one (the
# code before migration 0013 wrote the same words, which `upgraded_latest_crawl` reads).
RESTORED_BY_A_LATER_CRAWL = "crawled after every stored version: current again"


class Arrival(NamedTuple):
    """What is known of a page coming in, which `place` decides from (its arguments)."""

    raw_hash: str
    crawled: str | None = None
    feed_text: bool = False
    content_hash: str | None = None
    published: str | None = None
    summary_only: bool = False


class Placement(NamedTuple):
    action: str                 # "unchanged" | "restore" | "skip" | "current" | "older"
    version: PageVersion | None  # unchanged/restore: the version holding the content; skip: the page's current one
    reason: str | None = None
    # unchanged/restore: the crawl time that re-saw `version`, to keep as its latest crawl when
    # later than the one stored (`later_crawl`); None: no crawl to keep.
    seen: str | None = None
    # What it was decided from, so that the store can decide it again under its write lock on
    # the versions stored by then (`SqlStore.restore_version`); None: not decided by `place`.
    arrival: Arrival | None = None


# The run log's words for a page whose text is its description (`extract.summary`).
DESCRIPTION_ONLY = "the page's description only (no article text on the page)"


def _rivals(versions: Sequence[PageVersion], summary_only: bool) -> list[PageVersion]:
    """The versions whose crawl times place a page's text: for article text, the versions
    with article text (a description never holds the page's text back); for a description, all
    (there is no version with text then, `place`)."""
    return list(versions) if summary_only else [v for v in versions if not v.summary_only]


def _same_time(a: str | None, b: str | None) -> bool:
    return (instant_key(a) or a) == (instant_key(b) or b)


def latest_crawl(versions: Sequence[PageVersion]) -> str | None:
    """The UTC instant (`instant_key`) of the latest crawl stored of the page, if any: the
    latest of its versions' latest crawls."""
    times = [t for t in (instant_key(v.last_crawled) for v in versions) if t is not None]
    return max(times) if times else None


def later_crawl(seen: str | None, stored: str | None) -> bool:
    """Whether a crawl at `seen` is later than a version's stored latest crawl `stored` (ISO
    times of any UTC offset, compared as instants; no stored time: any crawl time is later)."""
    when = instant_key(seen)
    if when is None:
        return False
    before = instant_key(stored)
    return before is None or when > before


def place(versions: Sequence[PageVersion], raw_hash: str, *, crawled: str | None = None, feed_text: bool = False,
          content_hash: str | None = None, published: str | None = None, summary_only: bool = False) -> Placement:
    """Where a page goes among its stored `versions` (see the module's docstring).  `crawled`:
    its crawl time (ISO); `content_hash`/`published`/`summary_only`: its extracted text's hash,
    its publication time and whether that text is the page's description only, once it is
    extracted (before that, only the bytes are compared).  The placement carries these
    (`Placement.arrival`)."""
    arrival = Arrival(raw_hash, crawled, feed_text, content_hash, published, summary_only)
    return _decided(versions, arrival)._replace(arrival=arrival)


def _decided(versions: Sequence[PageVersion], arrival: Arrival) -> Placement:
    """`place` of a page known as `arrival` (without `Placement.arrival`)."""
    raw_hash, crawled, feed_text, content_hash, published, summary_only = arrival
    current = next((v for v in versions if v.current), None)
    same = [v for v in versions if v.raw_hash == raw_hash]
    by_text = False
    if not same and content_hash is not None:
        # Other bytes of the same article (an edit back to an earlier text, a new sidebar, a
        # dump's record of an HTML page): the same title and text is the same content, unless
        # it brings a publication time of its own.
        same = [v for v in versions if v.content_hash == content_hash
                and (published is None or _same_time(published, v.published))]
        by_text = bool(same)
    texts = [v for v in versions if not v.summary_only]
    # A page fetched with its article text, which a feed's text does not replace (a fetch that
    # found the description only is no better than the feed's own text).
    fetched = any(not v.feed_text for v in texts)
    when = instant_key(crawled)
    if same:
        match = current if current in same else same[0]
        if match.current:
            return Placement("unchanged", match, f"same content already stored (article {match.id})", crawled)
        if match.summary_only and texts:
            return Placement("unchanged", match, f"same content as version {match.version} (article {match.id}), "
                                                 f"{DESCRIPTION_ONLY} of a page stored with its text: not current",
                             crawled)
        latest = latest_crawl(_rivals(versions, match.summary_only))
        back = f"the page is back to version {match.version} (article {match.id})"
        if not (feed_text and fetched):
            if when is not None and (latest is None or when > latest):
                return Placement("restore", match, f"{back}, {RESTORED_BY_A_LATER_CRAWL}", crawled)
            if by_text and (when is None or latest is None):
                return Placement("restore", match, f"{back}, with other bytes and no crawl time (ingest order "
                                                   "decides): current again", crawled)
            if by_text and when == latest:
                return Placement("restore", match, f"{back}, with other bytes crawled at the page's latest stored "
                                                   "crawl (ingest order decides): current again", crawled)
        # An older fetch of a version set aside (an archive's) saw it then: kept as its latest
        # crawl when later than the one stored, which stays before the page's latest.
        older_fetch = when is not None and latest is not None and when < latest
        if by_text and older_fetch:
            return Placement("unchanged", match, f"same text as version {match.version} (article {match.id}), "
                                                 f"crawled {crawled}, before the page's latest stored crawl: "
                                                 "not current", crawled)
        if feed_text and fetched:
            return Placement("unchanged", match, f"same content as version {match.version} (article {match.id}), "
                                                 "the feed's text of a page stored in full: not current")
        why = ("no crawl time: a re-ingest of the same input" if when is None else
               "crawled at the page's latest stored crawl: a re-ingest of the same input" if when == latest else
               f"crawled {crawled}, before the page's latest stored crawl")
        return Placement("unchanged", match, f"same bytes as version {match.version} (article {match.id}), "
                                             f"not current: {why}", crawled if older_fetch else None)
    if feed_text and fetched:
        holder = current or versions[-1]
        return Placement("skip", holder, f"the feed's text of a page stored in full (article {holder.id}): "
                                         "not stored, the fetched page stays current")
    if summary_only and texts:
        holder = current or texts[-1]
        return Placement("skip", holder, f"{DESCRIPTION_ONLY} of a page stored with its text (article {holder.id}): "
                                         "not stored, the stored text stays current")
    latest = latest_crawl(_rivals(versions, summary_only))
    if when is not None and latest is not None and when < latest:
        return Placement("older", None, f"crawled {crawled}, before the page's latest stored crawl: "
                                        "kept as an older version, not current")
    return Placement("current", None)


class FirstCrawl(NamedTuple):
    """One stored row of a page as migration 0013 reads it."""

    id: int
    current: bool
    crawled: str | None  # its first crawl (`articles.crawled_at`)


def upgraded_latest_crawl(rows: Sequence[FirstCrawl], made_current_at: str | None) -> str | None:
    """Migration 0013 (review rev22_B M2): the latest crawl to keep for the current version of a
    page stored by the code before, or None to keep its first.  That code kept first crawls
    only.  A version it brought back by a crawl later than every stored one (its run log says
    so: `made_current_at` is that log line's time, None when the version was made current
    otherwise) was seen in a crawl later than every first crawl of the page, whose time it did
    not keep: after the page's latest first crawl, and no later than the ingest that read it
    (the log's time).  The upper bound is kept, so that no crawl which may predate the one the
    old store followed (an archive's copy of a version set aside, or new text, dated between)
    overturns its choice; a crawl after it still does.  A log time before a stored crawl (a
    clock set wrong, a `--crawled-at` ahead) is no bound: nothing is kept."""
    if not any(r.current for r in rows):
        return None
    restored = instant_key(made_current_at)
    firsts = [t for t in (instant_key(r.crawled) for r in rows) if t is not None]
    return made_current_at if restored is not None and (not firsts or restored > max(firsts)) else None
