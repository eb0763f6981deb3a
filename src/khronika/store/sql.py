"""The SQL both backends share.

SQL here is written with `?` placeholders and portable syntax (`INSERT …
RETURNING`, `ON CONFLICT DO NOTHING`, integers for booleans, ISO text for
times).  A backend supplies the connection, transactions, migrations and
the full-text part (FTS5 over lemmas on SQLite, a `russian` tsvector over
lemmas on PostgreSQL).

Writing one article is one transaction: the article, its layers, its
duplicate link, its story, the merged events and quotes and the run log
line commit together or not at all, so a killed ingest leaves no
half-written article and a rerun skips what is already stored.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import random
import re
import time
from abc import abstractmethod
from collections import OrderedDict
import contextlib
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace
from typing import Any, Iterable, Iterator, Sequence
from urllib.parse import urlparse

import numpy as np

from khronika.events.lexicon import is_symmetric
from khronika.extract.summary import EXTRACTOR as DESCRIPTION_EXTRACTOR
from khronika.nlp.doc import EventActor, named_speaker
from khronika.ingest.rawpage import RawPage, is_feed_text
from khronika.ingest.urls import WEB_SCHEMES, canonical_url, url_scheme, web_url, without_www
from khronika.store import aggregates
from khronika.store.base import (
    ActorDay, ActorSummary, AddResult, ArticleDetail, ArticleSummary, CoActor, EventRow, MentionRow,
    MergedEvent, MergedQuote, QuoteRow, RunItem, RunSummary, SearchHit, SearchPage, SourceReport, Store,
    StoryDetail, StorySummary, WriteConflict,
)
from khronika.errors import StoreError
from khronika.store.query import (Query, outlet_choice, outlet_patterns, outlet_value, parse_query,
                                  registrable_domain)
from khronika.store import tags
from khronika.store.snippets import SnippetMaker
from khronika.store.rowjson import row_json
from khronika.store.tags import TagGroup
from khronika.store.versions import (RESTORED_BY_A_LATER_CRAWL, FirstCrawl, PageVersion, Placement, later_crawl,
                                     place, upgraded_latest_crawl)
from khronika.stories import dedup, merge
from khronika.stories import titles as titles_mod
from khronika.stories.cluster import SameStoryModel, StoryIndex
from khronika.stories.similarity import VECTOR_DIM, Analyzer, Idf, TextFeatures, vector_to_text, weights_at_write

# A version's latest crawl as every read takes it: rows written by code before migration 0013
# (a store opened by an older `khronika`, or rows it wrote after the upgrade) have no
# `last_crawled_at`, and their latest crawl is their first (review rev22_B M3).
LAST_CRAWLED = "COALESCE(a.last_crawled_at, a.crawled_at)"
SUMMARY_COLUMNS = (
    "a.id, a.title, a.outlet, a.published, a.crawled_at, a.url, a.input, a.version, a.is_current, "
    "a.story_id, a.canonical_id, a.duplicate, a.duplicate_score, " + LAST_CRAWLED
)
SUMMARY_WIDTH = 14  # the columns above: a row's next columns follow them
# Terms kept per article for later same-story comparisons (the most frequent).
KEPT_TERMS = 80
# The document-frequency table is written back every this many articles.
IDF_FLUSH_EVERY = 500
# Meta keys of the document counts of committed articles not yet in the table: each
# transaction that stores articles stores their counts with them under this prefix (one row
# per batch), so a killed writer loses none; a flush moves every such row into the table.
IDF_DELTA = "idf_delta:"
# Article ids at most this far below the highest one a writer has seen that were not visible
# to it (another writer's transaction still open: PostgreSQL hands ids out before the commit)
# are looked for again at each catch-up (`_catch_up`), for at most UNSEEN_SECONDS; a write's
# transaction lasts far less, and the id of a rolled-back write never shows up.
UNSEEN_WINDOW = 1000
UNSEEN_SECONDS = 300.0
# Search ranks at most this many matches, the newest that pass the filters:
# bm25/ts_rank cost grows with every match scored, so a very common word
# ("заявил") would otherwise rank tens of thousands of articles per query.
# Queries with fewer matches are ranked exactly.
RANK_WINDOW = 4000
PAGED_DEPTH = 50  # searches are ranked at least this deep: the first pages of 20 agree
# Above this many articles carrying a filter's tags, filter-only searches walk the days instead.
TAG_DRIVE_MAX = 2000
# New LSH band rows wait in `lsh_recent` (migration 0007) until it holds this many, or
# LSH_RECENT_PER_ARTICLE per stored article if more, then move to `lsh_bands` in one sorted
# pass.  A band key is random, so one move touches most of the index's leaves, once each: it
# costs about what a few thousand articles' random inserts (32 leaves each) would, and it
# comes once per 1/16 of the store's articles (2 rows per article, 32 per article moved).
LSH_RECENT_MAX = 64_000
LSH_RECENT_PER_ARTICLE = 2
# (actor id, alias key) pairs a writer remembers as stored (`_committed_aliases`); it starts over when full.
COMMITTED_ALIASES_MAX = 500_000
HEADLINE_WORDS_MAX = 100_000


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off inside the block, then as it was before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


UNKNOWN_OUTLET = "unknown"  # the outlet of a page without a URL


def outlet_of(article: Any) -> str:
    """The outlet: the URL's host without "www." (as the page key folds it: `ingest.urls.without_www`), else
    "unknown"."""
    if article.url:
        host = urlparse(article.url).hostname or ""
        if host:
            return without_www(host.lower())
    return UNKNOWN_OUTLET


def source_key(outlet: str, article_id: int) -> str:
    """Who reports an article, for "how does each source report this?": its outlet; an article whose outlet is
    unknown (a file without a URL) is a source of its own, so two such reports stay side by side."""
    return f"{UNKNOWN_OUTLET}#{article_id}" if outlet == UNKNOWN_OUTLET else outlet


# The SQL of `source_key` over the articles table (the story's source count).
SOURCE_KEY_SQL = f"CASE WHEN outlet = '{UNKNOWN_OUTLET}' THEN '{UNKNOWN_OUTLET}#' || CAST(id AS TEXT) ELSE outlet END"


def page_key_of(raw: Any, article: Any, input_name: str) -> str:
    """What identifies "the same page" across crawls: its canonical URL, else its absolute path.

    The URL's canonical form (`ingest.urls.canonical_url`): the variants of one address a feed
    or a second crawl gives (http/https, `www.`, host case, trailing slash, `#fragment`,
    `utm_*` and other tracking parameters) are one page, its versions; what may select content
    (the path, other parameters) stays (rv19_U M3; stores keyed before: migration 0011).
    Only a web address is a page's URL (`ingest.urls.web_url`).

    A record of a file (a CSV or TSV row, a JSON line, a WARC record or feed entry) without a
    URL is named by its position, which is no identity: the next dump under the same name,
    one row added on top, made every row a "version" of another article and hid the old one
    (rv16 M1).  Such a record is identified by its content, as a page piped in is
    (`store.ingest.input_name`): a changed record is a page of its own."""
    url = (raw.url if raw is not None else None) or web_url(article.url)
    if url:
        return canonical_url(url)
    path_key = file_page_key(raw) if raw is not None else None
    if path_key is not None:
        return path_key
    # An input named by its URL (an API page without `url`) is keyed as that URL is, as the
    # migration keys it (review rev19_B 9); any other name stays as it is.
    return canonical_url(input_name)


def file_page_key(raw: Any) -> str | None:
    """The page key of an input read from a file, when its page names no URL: the file's
    absolute path (a record inside it: the path, its position and its content, see
    `page_key_of`).  None for an input of no file (stdin, a URL)."""
    if not raw.source or "://" in raw.source or raw.source == "<stdin>":
        return None
    path = os.path.abspath(raw.source)
    return f"{path}#{raw.locator}@{raw_digest(raw)[:12]}" if raw.locator else path


def raw_digest(raw: Any) -> str:
    if isinstance(raw, RawPage):
        return raw.digest
    data = raw.data.encode("utf-8") if isinstance(raw.data, str) else raw.data
    return hashlib.sha256(data).hexdigest()


class _WriterIdf(Idf):
    """A writer's document frequencies: the stored table and the stored counts not yet in it
    (`IDF_DELTA` rows) as last read, plus the articles of this writer's open batch (`pending`,
    stored as one `IDF_DELTA` row when the batch commits).  A flush adds every stored delta
    row and `pending` to the table as stored at that moment, so the counts of two writers
    add up (the last flush used to win) and a killed writer's committed counts are kept."""

    def __init__(self, df: dict[str, int] | None = None, n_docs: int = 0) -> None:
        super().__init__(df, n_docs)
        self.pending = Idf()

    def add(self, terms: Iterable[str]) -> None:
        super().add(terms)
        self.pending.add(terms)

    def add_stored(self, terms: Iterable[str]) -> None:
        """Count an article whose counts its own transaction stored already (a write outside a batch)."""
        super().add(terms)

    def add_counts(self, counts: Idf) -> None:
        """Count stored articles of other writers (their delta rows), not pending here."""
        for term, n in counts.df.items():
            self.df[term] = self.df.get(term, 0) + n
        self.n_docs += counts.n_docs

    def rebase(self, stored: Idf) -> None:
        """Become `stored` plus what is pending, in place (writes hold this object)."""
        df = dict(stored.df)
        for term, n in self.pending.df.items():
            df[term] = df.get(term, 0) + n
        self.df, self.n_docs = df, stored.n_docs + self.pending.n_docs


def _counts_of(terms: Iterable[str]) -> Idf:
    """The document counts of one article."""
    counts = Idf()
    counts.add(terms)
    return counts


def _summed(tables: Iterable[Idf]) -> Idf:
    """One table of the counts of several (the stored table and its delta rows)."""
    total = Idf()
    for table in tables:
        for term, n in table.df.items():
            total.df[term] = total.df.get(term, 0) + n
        total.n_docs += table.n_docs
    return total


_IDF_HEAD = re.compile(r'\{"n_docs": (\d+)')


def _stored_idf_docs(head: tuple | None) -> int | None:
    """`n_docs` of the stored IDF table from the head of its JSON (`Idf.to_json` writes it
    first): 0 when no table is stored, None when the head does not show it.  Every flush adds
    at least one article, so it tells whether another writer has flushed since."""
    if head is None:
        return 0
    found = _IDF_HEAD.match(head[0] or "")
    return int(found.group(1)) if found else None


def _summary(row: Sequence[Any]) -> ArticleSummary:
    return ArticleSummary(
        id=int(row[0]), title=row[1], outlet=row[2], published=row[3], crawled_at=row[4],
        url=row[5], input=row[6], version=int(row[7]), is_current=bool(row[8]),
        story_id=row[9], canonical_id=row[10], duplicate=row[11], duplicate_score=row[12],
        last_crawled_at=row[13],
    )


# What a row holds in a column that duplicates another (migration-free slimming, issue 6):
# `articles.article_json` is the head of `record_json` (`Doc.to_record` starts from
# `Article.to_json`), and `quotes.record` / `events.record` repeat the record's quotes and
# events, which no reader reads.  Rows written since keep the text once; rows written
# before keep their copies, and readers take either.
DERIVED = ""


def article_of_record(record: dict[str, Any]) -> dict[str, Any]:
    """`Article.to_json()` of an article from its `Doc.to_record()`: the record's article
    fields in their order, each related item without the layers `to_record` adds to it."""
    from khronika.extract.article import Article, RelatedItem

    fields, related = Article.__dataclass_fields__, RelatedItem.__dataclass_fields__
    out = {k: v for k, v in record.items() if k in fields}
    if "related" in out:
        out["related"] = [{k: v for k, v in item.items() if k in related} for item in out["related"]]
    return out


def reader_key(title: str | None, body: str | None) -> str:
    """The key of an article's text as a reader sees it: its title and its exact extracted body
    (`versions.place`'s "the same text"; unlike `dedup.fingerprint`'s exact hash, the title, case,
    punctuation and ё count)."""
    return hashlib.sha256(f"{title or ''}\x00{body or ''}".encode("utf-8")).hexdigest()


def _day(article: Any) -> str | None:
    """The article's day for `from:`/`to:` filters and the per-day counts: the date its page
    shows, in the page's own offset (an article published 00:30 Moscow time is of that
    day, though it is the previous day in UTC), else the crawl's."""
    value = article.published or article.crawled_at
    return value[:10] if value else None


# The ISO 8601 forms stored times take (`extract.dates`): a date, or a date and time with or
# without seconds, fractions and an offset (Z, ±HH, ±HHMM, ±HH:MM).  Migration 0010 matches
# the same forms on PostgreSQL.
_ISO_TIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,]\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?)?")
_MOSCOW: Any = None


def instant_key(value: str | None) -> str | None:
    """The UTC instant of a stored time, as text that sorts in time order
    ("2022-01-29T01:00:00+03:00" → "2022-01-28T22:00:00Z"): what stored times are compared,
    min/max-ed and ordered by.  The time as the page wrote it, with its offset, stays what is
    shown.  A time without an offset, and a date alone (its midnight), is Moscow time, as
    `extract` reads a Russian page's; fractions of a second are dropped.  None for no time or
    one in another form."""
    global _MOSCOW
    if not value:
        return None
    found = _ISO_TIME.fullmatch(value)
    if found is None:
        return None
    day, clock, offset = found.groups()
    try:
        moment = datetime.fromisoformat(f"{day}T{clock or '00:00'}")
        if offset:
            sign, digits = offset[0], offset[1:].replace(":", "")
            if offset != "Z":
                hours, minutes = int(digits[:2]), int(digits[2:] or 0)
                delta = timedelta(hours=hours, minutes=minutes)
                moment = moment.replace(tzinfo=timezone(-delta if sign == "-" else delta))
            else:
                moment = moment.replace(tzinfo=timezone.utc)
        else:
            if _MOSCOW is None:
                from zoneinfo import ZoneInfo

                _MOSCOW = ZoneInfo("Europe/Moscow")
            moment = moment.replace(tzinfo=_MOSCOW)
            # A clock time Moscow lived twice (the autumn hour before 2011) or skipped (spring):
            # the smaller of its two offsets, as PostgreSQL reads it (the back-fill's instants).
            other = moment.replace(fold=1)
            if other.utcoffset() < moment.utcoffset():
                moment = other
        return moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
    except (ValueError, OverflowError):
        return None


def _sentence_text(doc: Any, index: int | None, start: int, stop: int) -> str:
    if index is not None and 0 <= index < len(doc.sentences):
        return doc.sentences[index].text
    dot = doc.text.rfind(". ", 0, start)
    left = max(dot + 2 if dot >= 0 else 0, doc.text.rfind("\n", 0, start) + 1)
    right_dot = doc.text.find(". ", stop)
    right_nl = doc.text.find("\n", stop)
    ends = [e for e in (right_dot + 1 if right_dot >= 0 else -1, right_nl) if e >= 0]
    return doc.text[left:min(ends) if ends else len(doc.text)].strip()


MAX_STORY_ID = 2**63 - 1  # ids are 64-bit on both backends

# A write (outside a batch) or an ingest batch another writer's transaction collided with
# (`WriteConflict`) is done at most this many times in all, after a pause that grows.
WRITE_ATTEMPTS = 6


def conflict_pause(attempt: int) -> float:
    """Seconds to wait before doing a collided write again: 0.05–0.1 s, doubling per attempt
    (random, so two writers that collided do not start again in step)."""
    return 0.05 * 2 ** (attempt - 1) * (1 + random.random())


# The lock key of an article's exact content (`dedup.exact_hash`), beside its page key: two writers
# storing one text at once must see each other's copy (review rev17_B 2).
CONTENT_LOCK = "content:"
# One key every write takes (a batch for its whole length): the writes of two writers go one after
# the other, as SQLite's write lock has them, while their enrichment runs side by side.  Page and
# text locks alone let two writers store near copies of one text as two originals, each deciding
# against a store without the other's copy (review rev17_C 4).
WRITE_LOCK = "store:write"


@dataclass
class _Restory:
    """What `reprocess --stories` has re-decided so far."""
    index: StoryIndex
    page_story: dict[str, int] = field(default_factory=dict)     # page key -> its new story
    article_story: dict[int, int] = field(default_factory=dict)  # article id -> its new story
    claimed: set[int] = field(default_factory=set)                # story ids given out by this run
    # The progress mark kept in `meta` (key 'restory'), written with each article's move: the
    # pipeline names, when the run began and the last article id done (`restory_pending`).
    mark: dict[str, Any] = field(default_factory=dict)


class SqlStore(Store):
    """Everything but the connection, migrations and full-text specifics."""

    placeholder = "?"
    rank_window = RANK_WINDOW
    paged_depth = PAGED_DEPTH
    lsh_recent_max = LSH_RECENT_MAX  # tests set other values on an instance
    lsh_recent_per_article = LSH_RECENT_PER_ARTICLE

    def __init__(self, analyzer: Analyzer | None = None) -> None:
        # Aggregate changes of the open transaction and of each open savepoint.
        self._deltas: list[aggregates.Delta] = []
        # Pass a loaded Analyzer to share models between stores of one process.
        self._writer: Analyzer | None = analyzer if analyzer is not None and analyzer.embedding is not None else None
        self._reader: Analyzer | None = analyzer
        self._snippet_maker: SnippetMaker | None = None
        self._index: StoryIndex | None = None
        self._idf: Idf | None = None
        self._idf_dirty = 0
        # What the writer state has seen of the articles table (`_catch_up`): every id up to
        # `_seen_id` but the `_unseen` ones (id → when first missed), and its own writes since.
        self._seen_id = 0
        self._unseen: dict[int, float] = {}
        self._own_ids: set[int] = set()
        self._idf_stored_docs: int | None = 0  # `n_docs` of the stored table when last read or written
        self._features: OrderedDict[int, TextFeatures] = OrderedDict()
        # Stored (features, vector) of the story candidates of the write in progress that were
        # not in `_features`, read in one query (None: no such row); taken by `_stored_features`.
        self._prefetched: dict[int, tuple[Any, Any] | None] = {}
        # Headline -> its words for choosing story titles (`stories.titles`), so a join into a large
        # story analyses only the new headline (bounded: cleared at `HEADLINE_WORDS_MAX`).
        self._headline_words: dict[str, frozenset[str]] = {}
        # `reprocess --stories` in progress: the stories re-decided so far (`begin_restory`).
        self._restory: _Restory | None = None
        # Whether this store holds the lock that keeps a second `reprocess --stories` out (`_restory_lock`).
        self._restory_locked = False
        # The store's story epoch when the story index was loaded (`_bump_story_epoch`).
        self._epoch: str | None = None
        # Outlets and actors whose rows a finished write has inserted (they are never deleted):
        # their `INSERT … ON CONFLICT DO NOTHING` is skipped.  Forgotten with the writer state.
        self._committed_sources: set[str] = set()
        self._committed_actors: set[str] = set()
        # (actor id, alias key) of alias rows a finished write has inserted (or found there):
        # the same skip for an article's ~40 aliases, most of them known (a capped set).
        self._committed_aliases: set[tuple[str, str]] = set()
        # Rows in `lsh_recent` (None: not counted yet, or a rolled-back write may have changed it).
        self._lsh_recent_rows: int | None = None
        self._lsh_recent_cap = 0  # rows `lsh_recent` may hold, set with the count
        self.model = SameStoryModel()

    # -- backend hooks -----------------------------------------------------
    @abstractmethod
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]: ...

    @abstractmethod
    def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """`rows` a sequence or an iterator of rows."""

    @abstractmethod
    def _begin(self) -> None: ...

    @abstractmethod
    def _commit(self) -> None: ...

    @abstractmethod
    def _rollback(self) -> None: ...

    @abstractmethod
    def _fts_write(self, article_id: int, title: str, body: str) -> None: ...

    @abstractmethod
    def _fts_delete(self, article_id: int) -> None: ...

    @abstractmethod
    def _fts_search(self, lemmas: list[str], where: list[str], params: list[Any],
                    depth: int, tag_groups: list[TagGroup] | None = None) -> list[tuple[int, float]]:
        """The best `depth` (article id, score) pairs, best first (higher is better), ranked
        over at most `rank_window` newest matching articles that pass `where`.  `tag_groups`
        are implied by `where` (store/tags.py): a backend may use them to pre-filter."""

    def _tagged_ids(self, tag_groups: list[TagGroup]) -> tuple[str, list[Any]] | None:
        """SQL selecting the ids of articles carrying all tag groups (and its parameters),
        for backends that index the tags."""
        return None

    def _tag_candidates(self, tag_groups: list[TagGroup]) -> tuple[str, list[Any]] | None:
        """A `where` clause keeping only the articles carrying the tag groups, when that is
        the cheaper way to answer a filter-only search; None otherwise.

        Driving from the tagged articles pays off for a rare filter (`speaker:Песков`:
        34.0 → 8.2 ms for two pages at 110k, `bench/search_window.py --per-query`); a common one (`event:CONSULT`) finds its newest page
        sooner by walking the days, so above TAG_DRIVE_MAX tagged articles it is not used.
        """
        tagged = self._tagged_ids(tag_groups)
        if tagged is None:
            return None
        sql, params = tagged
        count = self._one(f"SELECT count(*) FROM ({sql} LIMIT ?) tagged", (*params, TAG_DRIVE_MAX + 1))
        if count is None or count[0] > TAG_DRIVE_MAX:
            return None
        return self._id_in(sql), params

    def _id_in(self, ids_sql: str) -> str:
        """`a.id` among the ids a subquery selects."""
        return f"a.id IN ({ids_sql})"

    def _ranked_rows(self, ranked: list[tuple]) -> list[tuple]:
        """(article id, score) pairs, best first → SUMMARY_COLUMNS + score rows in that order."""
        if not ranked:
            return []
        ids = [int(r[0]) for r in ranked]
        rows = {int(r[0]): r for r in self._execute(
            f"SELECT {SUMMARY_COLUMNS} FROM articles a WHERE a.is_current = 1 AND a.id IN "
            f"({', '.join('?' * len(ids))})", ids)}
        return [(*rows[i], score) for i, (_, score) in zip(ids, ranked) if i in rows]

    # -- transactions: one per write, or one per batch with a savepoint per write --
    _batch_open = False
    _savepoints = 0
    _idf_delta_seq = 0  # delta rows this store has written (`_store_idf_delta`: their keys)
    _idf_unmerged = False  # delta rows seen or written since this store's last flush
    _idf_counted: frozenset[str] = frozenset()  # keys of the delta rows the writer's idf counts

    @contextmanager
    def batch(self, pages: Iterable[str] = ()) -> Iterator[None]:
        """Group many writes in one transaction (each still all-or-nothing).

        Used by `ingest` to commit every few dozen pages: a kill loses at most
        the open batch, never part of an article.  `pages`: the page keys (and raw
        hashes) the batch will write, locked for the whole batch, all at its start and
        in one order (`_lock_pages`): a second writer of the same pages waits for this
        batch and then finds them stored, and two batches cannot wait on each other's
        page locks.
        """
        if self._batch_open:
            yield
            return
        pages = sorted(set(pages) | {WRITE_LOCK})
        self._begin()
        self._batch_open = True
        self._locked_pages = set(pages)
        self._deltas.append(aggregates.Delta())
        # The counts of articles committed by earlier batches are stored (`IDF_DELTA` rows or
        # the table): a rollback of this batch reloads them with the writer state (review rev_A).
        try:
            self._lock_pages(pages)
            self._caught_up_in_batch = False
            self._batch_begun()
            yield
            self._batch_open = False
            self._locked_pages = frozenset()
            self._batch_closing()
            aggregates.apply(self._execute, self._executemany, self._deltas.pop())
            self._store_pending_idf()
        except BaseException:
            self._batch_open = False
            self._locked_pages = frozenset()
            self._deltas.clear()
            self._rollback()
            self._forget_writer_state()
            raise
        self._commit()
        pending = getattr(self._idf, "pending", None)
        if pending is not None:
            pending.df, pending.n_docs = {}, 0

    def _batch_begun(self) -> None:
        """A batch's transaction has begun (backends keep per-batch write state)."""

    # Page keys locked by the open batch (`_lock_pages`).
    _locked_pages: set[str] = frozenset()  # type: ignore[assignment]

    def _lock_pages(self, keys: Iterable[str]) -> None:
        """Lock these page keys against other writers until the transaction ends.  Nothing
        to do where one writer holds the whole store (SQLite's write lock)."""

    def _batch_closing(self) -> None:
        """The batch's writes are done and its transaction is about to commit."""

    def _tx_begin(self) -> None:
        if self._batch_open:
            self._savepoints += 1
            self._execute(f"SAVEPOINT w{self._savepoints}")
        else:
            self._begin()
        self._deltas.append(aggregates.Delta())

    def _tx_commit(self) -> None:
        # The delta is popped only once the commit went through; on failure the
        # caller's _tx_rollback pops it.
        delta = self._deltas[-1]
        if self._batch_open:
            self._execute(f"RELEASE SAVEPOINT w{self._savepoints}")
            self._savepoints -= 1
            self._deltas.pop()
            self._deltas[-1].extend(delta)  # applied once, when the batch commits
        else:
            aggregates.apply(self._execute, self._executemany, delta)
            self._commit()
            self._deltas.pop()

    def _tx_rollback(self) -> None:
        self._deltas.pop()  # the rolled-back write's aggregate changes go with it
        self._lsh_recent_rows = None
        if self._batch_open:
            self._execute(f"ROLLBACK TO SAVEPOINT w{self._savepoints}")
            self._execute(f"RELEASE SAVEPOINT w{self._savepoints}")
            self._savepoints -= 1
        else:
            self._rollback()

    def _forget_writer_state(self) -> None:
        # In-memory mirrors of rolled-back rows must go; they reload on next write.
        self._index = None
        self._idf = None
        self._idf_dirty = 0
        self._seen_id = 0
        self._unseen.clear()
        self._own_ids.clear()
        self._features.clear()
        self._prefetched.clear()
        self._committed_sources.clear()
        self._committed_actors.clear()
        self._committed_aliases.clear()
        self._lsh_recent_rows = None

    def _blob(self, value: Any) -> bytes | None:
        return bytes(value) if value is not None else None

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:
        rows = self._execute(sql, params)
        return rows[0] if rows else None

    # -- models (loaded on first use, once per store) ------------------------
    def analyzer(self, vectors: bool = False) -> Analyzer:
        if vectors:
            if self._writer is None:
                self._writer = Analyzer.load(vectors=True)
                self._reader = self._reader or Analyzer(self._writer.morph, None)
            return self._writer
        if self._reader is None:
            self._reader = Analyzer.load(vectors=False)
        return self._reader

    def share_analyzer(self, analyzer: Analyzer) -> None:
        """Analyse with `analyzer` from now on, e.g. one over the NLP pipeline's models
        (`Analyzer.shared(pipeline.resources)`): the words of an article the pipeline has
        just enriched are then not parsed a second time for its write.  Nothing computed
        before goes stale: every analyser reads the same kind of morph dictionary."""
        if analyzer is self._writer or analyzer is self._reader:
            return  # already in use, caches warm
        if analyzer.embedding is not None:
            self._writer = analyzer
        self._reader = analyzer
        self._snippet_maker = None

    def prepare_reads(self) -> None:
        # The query analyzer (morph dictionary) and the snippet maker: ~1 s of a
        # server process's first search otherwise.
        self._snippets()

    def _snippets(self) -> SnippetMaker:
        if self._snippet_maker is None:
            self._snippet_maker = SnippetMaker(self.analyzer())
        return self._snippet_maker

    def key(self, name: str) -> str:
        """Case-independent lookup key of a name: its word lemmas."""
        return self.analyzer().name_key(name)

    # -- runs ----------------------------------------------------------------
    def begin_run(self, command: str, pipeline: str = "") -> int:
        self._tx_begin()
        row = self._one(
            "INSERT INTO runs (command, started_at, pipeline, status) VALUES (?, ?, ?, 'running') RETURNING id",
            (command, now_iso(), pipeline),
        )
        self._tx_commit()
        return int(row[0])

    def record_input(self, run_id: int, source: str, status: str, reason: str | None = None,
                     article_id: int | None = None) -> None:
        self._tx_begin()
        self._log(run_id, source, status, reason, article_id)
        self._tx_commit()

    def _log(self, run_id: int | None, source: str, status: str, reason: str | None, article_id: int | None) -> None:
        if run_id is None:
            return
        self._execute(
            "INSERT INTO run_items (run_id, input, status, reason, article_id, at) VALUES (?, ?, ?, ?, ?, ?)",
            (run_id, source, status, reason, article_id, now_iso()),
        )

    def finish_run(self, run_id: int, status: str = "done") -> RunSummary:
        self._flush_idf(force=True)
        self._tx_begin()
        self._execute("UPDATE runs SET finished_at = ?, status = ? WHERE id = ?", (now_iso(), status, run_id))
        self._tx_commit()
        summary = self.get_run(run_id)
        assert summary is not None
        return summary

    def runs(self, *, limit: int = 20) -> list[RunSummary]:
        rows = self._execute("SELECT id FROM runs ORDER BY id DESC LIMIT ?", (limit,))
        return [r for r in (self.get_run(int(row[0]), items=False) for row in rows) if r]

    def get_run(self, run_id: int, items: bool = True) -> RunSummary | None:
        row = self._one("SELECT id, command, started_at, finished_at, status FROM runs WHERE id = ?", (run_id,))
        if row is None:
            return None
        counts = {s: int(n) for s, n in self._execute(
            "SELECT status, COUNT(*) FROM run_items WHERE run_id = ? GROUP BY status", (run_id,))}
        run_items = [
            RunItem(r[0], r[1], r[2], r[3]) for r in self._execute(
                "SELECT input, status, reason, article_id FROM run_items WHERE run_id = ? ORDER BY id", (run_id,))
        ] if items else []
        return RunSummary(int(row[0]), row[1], row[2], row[3], row[4], counts, run_items)

    # -- writing ---------------------------------------------------------------
    def known_raw(self, page_key: str, raw_hash: str) -> int | None:
        row = self._one("SELECT id FROM articles WHERE page_key = ? AND raw_hash = ?", (page_key, raw_hash))
        return int(row[0]) if row else None

    def pages_holding(self, raw_hash: str) -> list[str]:
        return [r[0] for r in self._execute("SELECT DISTINCT page_key FROM articles WHERE raw_hash = ?",
                                            (raw_hash,))]

    def known_raw_hash(self, raw_hash: str) -> int | None:
        # `id + 0`: ordered by the bare id, PostgreSQL (without fresh statistics) walks the primary
        # key and filters every article instead of looking the hash up (1.4 ms at 4k articles, 0.04 ms).
        row = self._one("SELECT id FROM articles WHERE raw_hash = ? ORDER BY id + 0 LIMIT 1", (raw_hash,))
        return int(row[0]) if row else None

    def _stored_idf(self) -> tuple[Idf, Idf, list[str]]:
        """The stored table, the sum of the stored delta rows, and those rows' keys."""
        row = self._one("SELECT value FROM meta WHERE key = 'idf'")
        table = Idf.from_json(json.loads(row[0]) if row else None)
        rows = list(self._execute("SELECT key, value FROM meta WHERE key LIKE ? ORDER BY key", (IDF_DELTA + "%",)))
        return table, _summed(Idf.from_json(json.loads(value)) for _, value in rows), [key for key, _ in rows]

    def _load_idf(self) -> None:
        table, deltas, keys = self._stored_idf()
        stored = _summed([table, deltas])
        self._idf = _WriterIdf(stored.df, stored.n_docs)
        self._idf_stored_docs = table.n_docs
        self._idf_counted = frozenset(keys)
        self._idf_unmerged = self._idf_unmerged or bool(keys)  # e.g. left by a killed writer

    def _store_idf_delta(self, counts: Idf) -> None:
        """Store counts of articles in the open transaction, to commit (or roll back) with them."""
        if not counts.n_docs:
            return
        if not self._idf_delta_seq:
            self._idf_delta_token = os.urandom(8).hex()  # this store's keys apart from other writers'
        self._idf_delta_seq += 1
        self._idf_unmerged = True
        key = f"{IDF_DELTA}{self._idf_delta_token}:{self._idf_delta_seq:09d}"
        self._execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, row_json(counts.to_json())))
        self._idf_counted = self._idf_counted | {key}  # its counts are in the writer's idf (pending)

    def _store_pending_idf(self) -> None:
        pending = getattr(self._idf, "pending", None)
        if pending is not None:
            self._store_idf_delta(pending)

    def _writer_state(self) -> tuple[Analyzer, StoryIndex, Idf]:
        analyzer = self.analyzer(vectors=True)
        if self._idf is None:
            self._load_idf()
        if self._index is None:
            self._index, self._seen_id = StoryIndex(), 0
            self._unseen.clear()
            self._own_ids.clear()
            self._catch_up(fresh=True)
        else:
            self._catch_up()
        return analyzer, self._index, self._idf

    def _others_committed(self) -> bool | None:
        """Whether another connection has committed since the last call (None: unknown, look)."""
        return None

    # Whether the open batch has read the articles other writers committed (`_catch_up`) since it
    # took its locks (`batch`).
    _caught_up_in_batch = False

    def _others_locked_out(self) -> bool:
        """Whether no other writer can have stored an article since this writer's last look
        (`_catch_up`): no by default (a backend that cannot tell looks every time)."""
        return False

    def _catch_up(self, fresh: bool = False) -> None:
        """Add to the story index the current articles other writers (other processes, or other
        stores in this one) have committed since it was read, and re-read the document
        frequencies and the backend's caches when they wrote: a writer that loaded its index
        once assigned stories as if the other writer's articles did not exist (rv16 H1: of 77
        same-story pairs written by two writers, 3 ended in one story, 64 with one writer).
        Fresh: the whole table, as a writer's first write reads it."""
        others = self._others_committed()
        if not fresh and others is not False and self._story_epoch() != self._epoch:
            # Another process re-decided the stories (`reprocess --stories`): the index holds
            # story ids that moved or are gone; load it again (review rev17_A H1).
            self._index, self._seen_id = StoryIndex(), 0
            self._unseen.clear()
            self._own_ids.clear()
            self._features.clear()
            fresh = True
        if fresh:
            self._epoch = self._story_epoch()
        index = self._index
        if not fresh and (others is False or self._others_locked_out()):
            # Nobody else committed: every id up to this writer's own last one is known.
            self._seen_id = max(self._seen_id, max(self._own_ids, default=0))
            self._own_ids.clear()
            return
        unseen = sorted(self._unseen)
        where, params = "id > ?", [self._seen_id]
        if unseen:
            where = f"(id > ? OR id IN ({', '.join('?' * len(unseen))}))"
            params += unseen
        rows = [r for r in self._execute(
            "SELECT id, day, story_id, CASE WHEN is_current = 1 AND canonical_id IS NULL THEN vector END, "
            f"version, page_key FROM articles WHERE {where} ORDER BY id", params) if int(r[0]) not in self._own_ids]
        new = [r for r in rows if r[3] is not None and int(r[0]) not in index.positions
               and not (not fresh and int(r[4]) > 1 and self._page_indexed(r[5], int(r[4]), index))]
        if new:
            # One matrix for all vectors instead of one `add` (and one small array) per article.
            vectors = np.frombuffer(b"".join(self._blob(r[3]) for r in new), dtype=np.float32)
            index.extend([int(r[0]) for r in new], [r[1] for r in new], [r[2] for r in new],
                         vectors.reshape(len(new), VECTOR_DIM))
        found = {int(r[0]) for r in rows} | self._own_ids
        top = max(self._seen_id, max(found, default=0))
        now = time.monotonic()
        for article_id, since in list(self._unseen.items()):
            if article_id in found or article_id <= top - UNSEEN_WINDOW or now - since > UNSEEN_SECONDS:
                del self._unseen[article_id]
        for article_id in range(max(self._seen_id, top - UNSEEN_WINDOW) + 1, top):
            if article_id not in found:
                self._unseen.setdefault(article_id, now)
        self._seen_id = top
        self._own_ids.clear()
        self._caught_up_in_batch = self._batch_open
        if not fresh and (others or rows):
            self._others_wrote()

    def _others_wrote(self) -> None:
        """Other writers have committed articles: re-read what they may have changed.  The
        document frequencies are re-read only when another writer has flushed them."""
        if not isinstance(self._idf, _WriterIdf):
            return
        docs = _stored_idf_docs(self._one("SELECT substr(value, 1, 40) FROM meta WHERE key = 'idf'"))
        if docs is not None and docs == self._idf_stored_docs:
            return
        table, deltas, keys = self._stored_idf()
        self._idf.rebase(_summed([table, deltas]))
        self._idf_stored_docs = table.n_docs
        self._idf_counted = frozenset(keys)

    def _merge_idf_rows(self) -> list[str]:
        """Make the writer's idf the stored table plus every stored delta row (and this batch's
        counts); the keys of those rows.  The table is read again only when another writer
        has flushed since (parsing it costs ~35 ms at 110k articles); else only the rows the
        writer does not count yet."""
        docs = _stored_idf_docs(self._one(f"SELECT substr(value, 1, 40) FROM meta WHERE key = 'idf'{self._lock_row}"))
        if docs is None or docs != self._idf_stored_docs:
            table, deltas, keys = self._stored_idf()
            self._idf.rebase(_summed([table, deltas]))
        else:
            keys = [r[0] for r in self._execute("SELECT key FROM meta WHERE key LIKE ?", (IDF_DELTA + "%",))]
            new = [key for key in keys if key not in self._idf_counted]
            if new:
                rows = self._execute(f"SELECT value FROM meta WHERE key IN ({', '.join('?' * len(new))})", new)
                self._idf.add_counts(_summed(Idf.from_json(json.loads(r[0])) for r in rows))
        self._idf_counted = frozenset(keys)  # counted, should this flush roll back
        return keys

    def migrations(self) -> list[tuple[int, str, str]]:
        return [tuple(r) for r in self._execute(
            "SELECT version, name, applied_at FROM schema_migrations ORDER BY version")]

    def close(self) -> None:
        if getattr(self, "conn", None) is not None:
            try:
                self._flush_idf(force=True)
            finally:
                if self._restory_locked:
                    with contextlib.suppress(Exception):
                        self._restory_release()
                self.conn.close()
                self.conn = None

    # Appended to the SELECT that reads a row a transaction then rewrites (PostgreSQL: FOR UPDATE).
    _lock_row = ""
    _lock_story_row = ""
    # A row's extractor, read from its record (`page_versions`: a description stands in for a
    # page's text, `versions.place`); NULL for a record written before it was kept.
    _record_extractor = "json_extract(a.record_json, '$.extractor')"

    def _flush_idf(self, force: bool = False) -> None:
        if self._idf is None and self._idf_unmerged and force:
            self._load_idf()  # a batch was rolled back after others committed: their rows still go in
        if self._idf is None or (not self._idf_dirty and not (force and self._idf_unmerged)) or (
                not force and self._idf_dirty < IDF_FLUSH_EVERY):
            return
        self._tx_begin()
        try:
            pending = getattr(self._idf, "pending", None)
            if pending is not None:
                # The table as stored now plus every stored delta row (this writer's, another
                # writer's, a killed one's) and this batch's articles; the table's row is locked to
                # the commit, so two flushes never take the same rows and no flush is lost.
                self._execute("INSERT INTO meta (key, value) VALUES ('idf', ?) ON CONFLICT (key) DO NOTHING",
                              (json.dumps(Idf().to_json()),))
                keys = self._merge_idf_rows()
                if keys:
                    self._execute(f"DELETE FROM meta WHERE key IN ({', '.join('?' * len(keys))})", keys)
            # `json` encodes a dict through a list of its (key, value) tuples, one per word (42,495 at
            # 110k articles): with the collector on they set off dozens of young collections and,
            # in a long ingest, full ones over everything the process keeps (~115 ms a flush into the
            # 110k store, 0.23 ms per written page; paused, 0.03; bench/RESULTS.md, write path
            # round 8).  Encoding makes no reference cycles.
            with collector_paused():
                value = json.dumps(self._idf.to_json(), ensure_ascii=False)
            self._execute(
                "INSERT INTO meta (key, value) VALUES ('idf', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (value,),
            )
            self._tx_commit()
        except BaseException:
            self._tx_rollback()
            raise
        if pending is not None:
            pending.df, pending.n_docs = {}, 0
        self._idf_stored_docs = self._idf.n_docs
        self._idf_dirty = 0
        self._idf_unmerged = False
        self._idf_counted = frozenset()

    def _page_indexed(self, page_key: str, version: int, index: StoryIndex) -> bool:
        """Whether an earlier version of the page is in the story index already: another writer's
        new version then stays out of it, as this writer's own do (`add_document` indexes a
        page's first version only), so the story check does not count the page twice (review
        rev17_A L2).  Versions are rare: one small query each."""
        return any(int(r[0]) in index.positions for r in self._execute(
            "SELECT id FROM articles WHERE page_key = ? AND version < ?", (page_key, version)))

    def _prefetch_features(self, article_ids: list[int]) -> None:
        """Read the stored features of the candidates not in the cache in one query (not
        one query per candidate); `_stored_features` takes them
        in the order it always did, so the cache and what it decides stay the same."""
        missing = [i for i in article_ids if i not in self._features]
        self._prefetched = dict.fromkeys(missing)
        if missing:
            for article_id, data, vector in self._execute(
                    f"SELECT id, features, vector FROM articles WHERE id IN ({', '.join('?' * len(missing))})",
                    missing):
                self._prefetched[int(article_id)] = (data, vector)

    def _stored_features(self, article_id: int) -> TextFeatures | None:
        cached = self._features.get(article_id)
        if cached is not None:
            self._features.move_to_end(article_id)
            return cached
        if article_id in self._prefetched:
            row = self._prefetched.pop(article_id)
        else:
            row = self._one("SELECT features, vector FROM articles WHERE id = ?", (article_id,))
        if row is None or row[0] is None:
            return None
        data = json.loads(row[0])
        vector = np.frombuffer(self._blob(row[1]), dtype=np.float32) if row[1] is not None else np.zeros(VECTOR_DIM, np.float32)
        features = self._completed(TextFeatures.from_json(data, vector))
        self._remember(article_id, features)
        return features

    def _completed(self, features: TextFeatures) -> TextFeatures:
        """Stored features with the title vector and term vectors, which are not stored,
        made where the model reads them (with the idf of this moment)."""
        analyzer = self.analyzer(vectors=True)
        if self.model.uses("title_vector"):
            features.title_vector = analyzer.vector(list(features.title_terms), self._idf)
        if self.model.uses("soft"):
            analyzer.attach_term_vectors(features, self._idf or Idf())
        return features

    def _remember(self, article_id: int, features: TextFeatures) -> None:
        self._features[article_id] = features
        self._features.move_to_end(article_id)
        while len(self._features) > 5000:
            self._features.popitem(last=False)

    def _near_duplicate(self, fp: dedup.Fingerprint, page_key: str) -> tuple[int, float] | None:
        # Band rows are in `lsh_bands` or, if recent, in `lsh_recent` (`_lsh_add`).  Taken in id
        # order, so among equally similar articles the earliest wins whatever the tables' layout.
        found: dict[int, tuple[Any, Any]] = {}
        for article_id, signature, canonical in self._band_matches(fp.bands(), page_key):
            found[int(article_id)] = (signature, canonical)
        best: tuple[int, float] | None = None
        for article_id, (signature, canonical) in sorted(found.items()):
            score = dedup.similarity(fp.signature, dedup.signature_from_bytes(self._blob(signature)))
            if score >= dedup.NEAR_DUPLICATE and (best is None or score > best[1]):
                best = (int(canonical or article_id), score)
        return best

    def _band_matches(self, bands: list[tuple[int, str]], page_key: str) -> list[tuple]:
        """(article id, signature, canonical id) of the articles of other pages sharing one of
        `bands`, from `lsh_bands` and `lsh_recent`: one query each (PostgreSQL reads both in one
        statement)."""
        clause = " OR ".join(["(band = ? AND key = ?)"] * len(bands))
        params = [v for pair in bands for v in pair]
        rows: list[tuple] = []
        for table in ("lsh_bands", "lsh_recent"):
            rows += self._execute(
                f"SELECT DISTINCT b.article_id, a.signature, a.canonical_id FROM {table} b "
                f"JOIN articles a ON a.id = b.article_id WHERE ({clause}) AND a.page_key <> ?",
                (*params, page_key))
        return rows

    def add_document(self, doc: Any, raw: Any = None, *, run_id: int | None = None,
                     pipeline: str = "", input_name: str | None = None) -> AddResult:
        """Store one enriched page (see `_add_document`).  Outside a batch, a write another
        writer's transaction collided with (`WriteConflict`) is done again, after a pause;
        inside one, the batch is what is done again (its caller's part, `store.ingest`)."""
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                if self._batch_open:
                    return self._add_document(doc, raw, run_id=run_id, pipeline=pipeline, input_name=input_name)
                # A lone write is a batch of one: the write lock comes first, so its duplicate and
                # story decisions see everything other writers stored (review rev17_D 1).
                with self.batch():
                    return self._add_document(doc, raw, run_id=run_id, pipeline=pipeline, input_name=input_name)
            except WriteConflict:
                if self._batch_open or attempt == WRITE_ATTEMPTS:
                    raise
                time.sleep(conflict_pause(attempt))
        raise AssertionError("unreachable")

    def page_versions(self, page_key: str) -> list[PageVersion]:
        """The stored versions of a page, in the order stored, with what `versions.place` needs:
        one round trip (a page has few versions)."""
        return [PageVersion(int(r[0]), int(r[1]), int(r[2]) if r[2] is not None else None, r[3], bool(r[4]), r[5],
                            r[6], r[7], is_feed_text(r[8]), r[9] == DESCRIPTION_EXTRACTOR)
                for r in self._execute(
                    "SELECT a.id, a.version, a.story_id, a.raw_hash, a.is_current, a.content_hash, a.published, "
                    f"{LAST_CRAWLED}, r.locator, {self._record_extractor} "
                    "FROM articles a LEFT JOIN raw_pages r ON r.hash = a.raw_hash "
                    "WHERE a.page_key = ? ORDER BY a.id", (page_key,))]

    def _reader_versions(self, versions: list[PageVersion], content_hash: str | None) -> list[PageVersion]:
        """`versions` with each one's `reader_key` in place of its dedup hash, read for the
        versions whose dedup hash is `content_hash` (the same exact text has the same dedup
        hash), None for the others (their text differs)."""
        out = []
        for v in versions:
            key = None
            if content_hash is not None and v.content_hash == content_hash:
                stored = self._stored_article(v.id)
                key = reader_key(stored.title, stored.body)
            out.append(v._replace(content_hash=key))
        return out

    def _stored_article(self, article_id: int) -> Any:
        """The `Article` a stored row was written from (its own JSON, or derived from its record)."""
        from khronika.extract.article import Article

        row = self._one("SELECT article_json, record_json FROM articles WHERE id = ?", (article_id,))
        return Article.from_json(json.loads(row[0]) if row[0] != DERIVED else article_of_record(json.loads(row[1])))

    def place_page(self, page_key: str, raw_hash: str, *, crawled: str | None = None,
                   feed_text: bool = False) -> Placement:
        return place(self.page_versions(page_key), raw_hash, crawled=crawled, feed_text=feed_text)

    def restore_version(self, placement: Placement, *, run_id: int | None = None,
                        input_name: str | None = None) -> AddResult:
        """A version set aside becomes the page's current one again (`versions.place`'s
        "restore": the page's bytes came back in a later crawl): the current one is superseded,
        this one goes back into the counts, the full text and its story's lists.  Logged as a
        `version` of the page, with the reason.  Decided again under the write lock
        (`_stored_placement`): when another writer stored a later crawl of the page since the
        placement was read, the page stays as it is and the input is `unchanged`."""
        return self._stored_placement(placement, run_id, input_name)

    def record_unchanged(self, placement: Placement, *, run_id: int | None = None,
                         input_name: str | None = None) -> AddResult:
        """An input whose content a stored version holds (`versions.place`'s "unchanged"): logged,
        and its crawl kept as that version's latest crawl when later (`Placement.seen`), in one
        transaction.  Decided again under the write lock (`_stored_placement`): when another
        writer stored an earlier crawl of the page as current since the placement was read, this
        later crawl brings the version back (`restore`)."""
        return self._stored_placement(placement, run_id, input_name)

    def _stored_placement(self, placement: Placement, run_id: int | None, input_name: str | None) -> AddResult:
        """An input whose content a stored version holds, placed again on the page's versions as
        they are under the write lock, where `write_page` and `_add_document` place theirs: a
        placement read before the lock may be stale, as another writer may have stored, restored
        or re-seen a version since (review rev23_B L6), and applied as read it left the page's
        current version other than the one of its latest crawl.  A placement `place` did not
        decide (`arrival` None: bytes stored under another page) keeps its word, and takes the
        lock only to keep a crawl."""
        if not self._batch_open and (placement.arrival is not None or placement.seen is not None):
            with self.batch():
                return self._stored_placement(placement, run_id, input_name)
        again = self._placed_again(placement)
        if again.action == "restore":
            return self._restore(again, run_id, input_name)
        if again.action == "unchanged":
            return self._unchanged(again, run_id, input_name)
        raise AssertionError(f"a stored version's content placed as {again.action!r}")  # pragma: no cover

    def _placed_again(self, placement: Placement) -> Placement:
        """`placement` decided again (`versions.place`, from its `arrival`) on the stored versions
        of its version's page.  The page keeps that version (rows are never deleted), so the
        answer is again "unchanged" or "restore", of the version holding the content."""
        if placement.arrival is None:
            return placement
        page_key, exact = self._one("SELECT page_key, content_hash FROM articles WHERE id = ?",
                                    (placement.version.id,))
        versions = self.page_versions(page_key)
        if placement.arrival.content_hash is not None:  # placed by its text too: the reader keys
            versions = self._reader_versions(versions, exact)
        return place(versions, **placement.arrival._asdict())

    def _restore(self, placement: Placement, run_id: int | None, input_name: str | None) -> AddResult:
        """Make `placement.version` current (see `restore_version`), inside the open batch."""
        target = placement.version
        analyzer = self.analyzer()
        self._tx_begin()
        try:
            stories = {target.story_id}
            for row in self._execute("SELECT id, story_id FROM articles WHERE page_key = "
                                     "(SELECT page_key FROM articles WHERE id = ?) AND is_current = 1", (target.id,)):
                self._supersede(int(row[0]))
                stories.add(int(row[1]) if row[1] is not None else None)
            self._execute("UPDATE articles SET is_current = 1 WHERE id = ?", (target.id,))
            self._keep_crawl(placement)
            self._aggregate(target.id, +1)
            article = self._stored_article(target.id)
            # Its full text as its write indexed it (`Analysis.title_index`/`body_index`).
            self._fts_write(target.id, analyzer.index_text(article.title), analyzer.index_text(article.body))
            for story_id in sorted(s for s in stories if s is not None):
                self._refresh_story(story_id)
            self._log(run_id, input_name or str(target.id), "version", placement.reason, target.id)
            self._tx_commit()
        except BaseException:
            self._tx_rollback()
            raise
        return AddResult("version", target.id, story_id=target.story_id, reason=placement.reason)

    def _unchanged(self, placement: Placement, run_id: int | None, input_name: str | None) -> AddResult:
        """Log the input (see `record_unchanged`) and keep its crawl, in one transaction."""
        target = placement.version
        self._tx_begin()
        try:
            self._keep_crawl(placement)
            self._log(run_id, input_name or str(target.id), "unchanged", placement.reason, target.id)
            self._tx_commit()
        except BaseException:
            self._tx_rollback()
            raise
        return AddResult("unchanged", target.id, reason=placement.reason)

    def _keep_crawl(self, placement: Placement) -> None:
        """The crawl that re-saw a version becomes its latest crawl, when later than the stored one.
        The stored one is read here, in the write's transaction under the write lock: the
        placement's copy may have been read before the lock, and another writer may have raised
        it since; the later instant wins (review rev22_B L3)."""
        if placement.seen is None:
            return
        stored = self._one(f"SELECT {LAST_CRAWLED} FROM articles a WHERE a.id = ?", (placement.version.id,))
        if stored is not None and later_crawl(placement.seen, stored[0]):
            self._execute("UPDATE articles SET last_crawled_at = ? WHERE id = ?",
                          (placement.seen, placement.version.id))

    def _migration_step(self, name: str) -> None:
        """The part of a migration written in Python, run after its SQL in its transaction."""
        if name == "canonical_page_keys":
            self._rekey_pages()
            self._forget_writer_state()  # the story index and word lists are read again
        if name == "latest_crawl":
            self._keep_restored_current()

    def _keep_restored_current(self) -> int:
        """Migration 0013 (run inside its transaction): each current version the code before
        brought back by a later crawl (its latest `version` line in the run log says so) gets
        a latest crawl (`versions.upgraded_latest_crawl`), so it keeps counting as its page's
        latest.  Only pages of several rows are read, and only those rows written; the others
        keep no value (read as their first crawl, `LAST_CRAWLED`).  Returns the rows written."""
        # Each article's latest `version` line: the one that made it current, if it is.
        made_current: dict[int, tuple[str, str | None]] = {}
        for article_id, at, reason in self._execute(
                "SELECT article_id, at, reason FROM run_items WHERE status = 'version' AND article_id IS NOT NULL "
                "ORDER BY id"):
            made_current[int(article_id)] = (at, reason)
        restored_at = {article_id: at for article_id, (at, reason) in made_current.items()
                       if reason is not None and reason.endswith(RESTORED_BY_A_LATER_CRAWL)}
        if not restored_at:
            return 0
        pages: dict[str, list[FirstCrawl]] = {}
        for article_id, page_key, current, crawled in self._execute(
                "SELECT id, page_key, is_current, crawled_at FROM articles WHERE page_key IN "
                "(SELECT page_key FROM articles GROUP BY page_key HAVING COUNT(*) > 1) ORDER BY id"):
            pages.setdefault(page_key, []).append(FirstCrawl(int(article_id), bool(current), crawled))
        updates = []
        for rows in pages.values():
            current = next((r for r in rows if r.current), None)
            latest = upgraded_latest_crawl(rows, restored_at.get(current.id)) if current is not None else None
            if latest is not None:
                updates.append((latest, current.id))
        self._executemany("UPDATE articles SET last_crawled_at = ? WHERE id = ?", updates)
        return len(updates)

    def _rekey_pages(self) -> dict[str, int]:
        """Migration 0011 (run inside its transaction): every URL page key becomes its canonical
        form (`page_key_of`), so a page stored before is found again by its new key (idempotent
        re-ingest).  Pages that now share a key (a store holding `…/a/1` and `…/a/1?utm_source=tg`
        as two articles) are merged by the rule ingest applies (`_add_document`), as if their
        rows had been ingested again in their order (by id) under the new key: a row whose raw
        bytes equal an earlier row's of the merged page is "unchanged" (no version of its own),
        every other row is the page's next version, and the last of these is current (review
        rev19_B 5: the crawl-time order made another version current than a fresh ingest of the
        same inputs).  When that row was already superseded under its old key (a later row of
        that key repeated older bytes), the newest current row is the head instead: a
        superseded row is not made current again.  The others leave the current lists, counts
        and full text as a superseded version does.  No row is deleted: every version, with its
        quotes and events, stays.  A row that is no version of its own keeps its old key and,
        if current, is superseded; when its old key is the page's new key (the same bytes
        stored under `https://x/a` and later under `http://x/a`), it takes the non-URL key
        `apart:<id>:<key>`, out of the way of UNIQUE (page_key, raw_hash) and (page_key,
        version) (review rev19_B 1: the migration failed there and the store could not be
        opened).  Returns counts: keys rewritten, pages merged, rows superseded."""
        rows = self._execute(
            "SELECT id, page_key, is_current, raw_hash, crawled_at, canonical_id, duplicate, duplicate_score, "
            "story_id FROM articles ORDER BY id")
        groups: dict[str, list[tuple]] = {}
        for row in rows:
            key = row[1]
            groups.setdefault(canonical_url(key) if url_scheme(key) in WEB_SCHEMES else key, []).append(row)
        counts = {"rekeyed": 0, "merged": 0, "superseded": 0}
        stories: set[int] = set()
        self._deltas.append(aggregates.Delta())
        renamed: list[tuple[str, str]] = []
        for key, members in groups.items():
            old_keys = {r[1] for r in members}
            if len(old_keys) == 1:
                if key not in old_keys:
                    renamed.append((key, members[0][1]))
                    counts["rekeyed"] += len(members)
                continue
            counts["merged"] += 1
            counts["rekeyed"] += sum(r[1] != key for r in members)
            chain = sorted(members, key=lambda r: int(r[0]))  # ingest order
            # The page's current version, as ingest would choose it: the last row with bytes of
            # its own; else (that row superseded under its old key) the newest current row.
            first: dict[str, tuple] = {}
            for row in chain:
                first.setdefault(row[3], row)
            replayed = [r for r in chain if first[r[3]] is r][-1]
            head = replayed if replayed[2] else next((r for r in reversed(chain) if r[2]), chain[-1])
            chain = [r for r in chain if r is not head] + [head]
            # Of rows with the same bytes, one is a version: the head, else the first.
            version_of: dict[str, tuple] = {}
            for row in chain:
                version_of.setdefault(row[3], row)
            version_of[head[3]] = head
            kept = [r for r in chain if version_of[r[3]] is r]
            for row in chain:
                if version_of[row[3]] is row:
                    continue
                if row[1] == key:  # stays apart: the page's own key is the version's
                    self._execute("UPDATE articles SET page_key = ? WHERE id = ?",
                                  (f"apart:{row[0]}:{key}", row[0]))
                if row[2]:  # stays apart (its old key), not current
                    self._supersede(int(row[0]))
                    stories.add(int(row[8]))
                    counts["superseded"] += 1
            by_id = {int(r[0]): r for r in chain}
            ids = set(by_id)
            for row in kept:  # out of the way of UNIQUE (page_key, version) first
                self._execute("UPDATE articles SET page_key = ?, version = ? WHERE id = ?",
                              (key, -int(row[0]), row[0]))
            for version, row in enumerate(kept, start=1):
                article_id = int(row[0])
                if row[2] and row is not head:
                    self._supersede(article_id)
                    stories.add(int(row[8]))
                    counts["superseded"] += 1
                canonical, duplicate, score = row[5], row[6], row[7]
                # A duplicate of another variant (kept or apart) is the same page now: it takes
                # that one's own duplicate link (to another page), or none.
                followed = {article_id}
                while canonical is not None and int(canonical) in ids:
                    target = by_id[int(canonical)]
                    if int(target[0]) in followed:
                        canonical = duplicate = score = None
                        break
                    followed.add(int(target[0]))
                    canonical, duplicate, score = target[5], target[6], target[7]
                self._execute(
                    "UPDATE articles SET version = ?, canonical_id = ?, duplicate = ?, duplicate_score = ? "
                    "WHERE id = ?", (version, canonical, duplicate, score, article_id))
        # A page alone under its new key: no other row holds that key (it would share the group).
        self._executemany("UPDATE articles SET page_key = ? WHERE page_key = ?", renamed)
        delta = self._deltas.pop()
        aggregates.apply(self._execute, self._executemany, delta)
        for story_id in sorted(stories):
            self._refresh_story(story_id)
        if stories:
            self._bump_story_epoch()
        return counts

    def _supersede(self, article_id: int) -> None:
        """A current article becomes an old version: out of the aggregates and the full text."""
        self._aggregate(article_id, -1)
        self._execute("UPDATE articles SET is_current = 0 WHERE id = ?", (article_id,))
        self._fts_delete(article_id)

    def _add_document(self, doc: Any, raw: Any = None, *, run_id: int | None = None,
                      pipeline: str = "", input_name: str | None = None) -> AddResult:
        article = doc.article
        input_name = input_name or (raw.name if raw is not None else article.source or article.id)
        page_key = page_key_of(raw, article, input_name)
        raw_hash = raw_digest(raw) if raw is not None else hashlib.sha256(
            json.dumps(article.to_json(), ensure_ascii=False, sort_keys=True).encode()).hexdigest()
        crawled = article.crawled_at or (
            raw.crawled_at.isoformat() if raw is not None and raw.crawled_at else None)
        body = article.body
        fp = dedup.fingerprint(article.title, body)
        # Where the page goes among its stored versions (`versions.place`): its bytes, else its
        # text, may be a stored version's; a feed's text does not replace a fetched page; an
        # older crawl is kept as an older version.
        versions = self.page_versions(page_key)
        # "The same text" is what a reader sees: the title and the exact extracted body
        # (`reader_key`), not the dedup hash (the body alone, normalised: a corrected headline
        # or a case, punctuation or ё edit is a version).
        placement = place(self._reader_versions(versions, None if fp.empty else fp.exact), raw_hash,
                          crawled=crawled, feed_text=raw is not None and raw.feed_text,
                          content_hash=reader_key(article.title, body), published=article.published,
                          summary_only=article.extractor == DESCRIPTION_EXTRACTOR)
        if placement.action == "unchanged":
            return self.record_unchanged(placement, run_id=run_id, input_name=input_name)
        if placement.action == "skip":
            self._tx_begin()
            self._log(run_id, input_name, "skipped", placement.reason, placement.version.id)
            self._tx_commit()
            return AddResult("skipped", placement.version.id, reason=placement.reason)
        if placement.action == "restore":
            return self.restore_version(placement, run_id=run_id, input_name=input_name)
        older = placement.action == "older"

        analyzer, index, idf = self._writer_state()
        day = _day(article)
        names = {a.id for a in doc.actors} or None
        # Features and index texts from one pass over the words (each word is analysed once).
        analysis = analyzer.analyse(article.title, body, names=names, published=day, idf=idf,
                                    term_vectors=self.model.uses("soft"),
                                    title_vector=self.model.uses("title_vector"))
        features = analysis.features
        # The opt-in sentence embedding (`semantic` component), kept with the features.
        features.semantic = doc.semantic
        outlet = outlet_of(article)
        # The page's version this one follows: its story is the page's; a new current version
        # supersedes it.
        prev = next((v for v in versions if v.current), versions[-1] if versions else None)
        canonical: int | None = None
        duplicate: str | None = None
        dup_score: float | None = None
        if not fp.empty:
            # `id + 0` keeps PostgreSQL on the content-hash index (see `known_raw_hash`): 9.5 ms → 0.1 ms
            # per write at 4k articles, and the scan it avoids grows with the store.
            row = self._one(
                "SELECT id, canonical_id FROM articles WHERE content_hash = ? AND page_key <> ? "
                "ORDER BY id + 0 LIMIT 1",
                (fp.exact, page_key),
            )
            if row is not None:
                canonical, duplicate, dup_score = int(row[1] or row[0]), "exact", 1.0
            else:
                near = self._near_duplicate(fp, page_key)
                if near is not None:
                    canonical, duplicate, dup_score = near[0], "near", near[1]

        story_id: int | None = None
        story_score: float | None = None
        if prev is not None and prev.story_id is not None:
            story_id = prev.story_id
        elif canonical is not None:
            row = self._one("SELECT story_id FROM articles WHERE id = ?", (canonical,))
            story_id = int(row[0]) if row and row[0] is not None else None
        else:
            decision = index.assign(features, self._stored_features, self.model, idf,
                                    prefetch=self._prefetch_features)
            self._prefetched.clear()
            # a new story has no joined candidate, so no score (the ones under the threshold
            # are not scored to the end: `SameStoryModel.score_reaching`)
            story_id = decision.story_id
            story_score = decision.score if story_id is not None else None

        terms = dict(sorted(features.terms.items(), key=lambda kv: -kv[1])[:KEPT_TERMS])
        # Its tf-idf weights made with the idf it was judged with (before its own counts), kept with it.
        stored = features.to_json() | {"terms": terms} | weights_at_write(features, terms, idf)
        record = doc.to_record()
        self._tx_begin()
        try:
            # Every write runs in a batch holding the store's write lock (`batch`, `add_document`),
            # taken before the page's versions, duplicates and story were looked up: nothing another
            # writer stores can change them before this write commits.
            if outlet not in self._committed_sources:
                self._execute("INSERT INTO sources (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (outlet,))
            if raw is not None:
                data = raw.data.encode("utf-8") if isinstance(raw.data, str) else raw.data
                self._execute(
                    "INSERT INTO raw_pages (hash, source, kind, data, is_text, url, crawled_at, locator) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING",
                    (raw_hash, raw.source, raw.kind, data, int(isinstance(raw.data, str)), raw.url,
                     raw.crawled_at.isoformat() if raw.crawled_at else None, raw.locator),
                )
            version = max((v.version for v in versions), default=0) + 1
            if prev is not None and prev.current and not older:
                self._supersede(prev.id)
            new_story = story_id is None
            seen = article.published if article.published is not None else crawled
            seen_utc = instant_key(seen)
            if new_story:
                # This article alone: the counts `_refresh_story` would read back are known.
                shown = seen if seen_utc is not None else None
                row = self._one(
                    "INSERT INTO stories (title, first_seen, last_seen, last_seen_utc, n_articles, n_sources, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1, ?, ?) RETURNING id",
                    (titles_mod.clean_title(article.title), shown, shown, seen_utc, now_iso(), now_iso()),
                )
                story_id = int(row[0])
            row = self._one(
                "INSERT INTO articles (page_key, version, is_current, raw_hash, content_hash, outlet, input, url, "
                "title, published, crawled_at, last_crawled_at, day, seen_utc, language, lead, article_json, "
                "record_json, layers, canonical_id, duplicate, duplicate_score, story_id, story_score, signature, "
                "features, vector, pipeline, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (page_key, version, 0 if older else 1, raw_hash, fp.exact, outlet, input_name, article.url, article.title,
                 article.published, crawled, crawled, day, seen_utc, article.language, article.lead,
                 DERIVED, row_json(record),
                 " ".join(sorted(doc.layers)), canonical, duplicate, dup_score, story_id, story_score,
                 fp.signature_bytes(), row_json(stored),
                 features.vector.astype(np.float32).tobytes(), pipeline, now_iso()),
            )
            article_id = int(row[0])
            if canonical is None and not fp.empty:
                self._lsh_add(article_id, fp.bands())
            aliases = self._write_layers(article_id, doc, story_id, record, new_story)
            if not older:  # an older version is out of the counts and the full text, as a superseded one
                # The rows just written, taken from the doc (not read back: the same values).
                self._deltas[-1].add(aggregates.contribution_of(aggregates.written_rows(article.published, doc)), +1)
                self._fts_write(article_id, analysis.title_index, analysis.body_index)
            if not new_story:
                self._refresh_story(story_id)
            self._log(run_id, input_name, "version" if prev is not None else "new", placement.reason, article_id)
            if not self._batch_open:  # its counts commit with it (a batch stores its own at its end)
                self._store_idf_delta(_counts_of(features.terms))
            self._tx_commit()
        except BaseException:
            self._tx_rollback()
            raise
        self._committed_sources.add(outlet)
        self._committed_actors.update(a.id for a in doc.actors)
        if len(self._committed_aliases) > COMMITTED_ALIASES_MAX:
            self._committed_aliases.clear()
        self._committed_aliases.update(aliases)
        if self._batch_open:
            idf.add(features.terms)
        else:
            idf.add_stored(features.terms)
        self._idf_dirty += 1
        self._flush_idf()
        self._own_ids.add(article_id)  # known to the writer state (`_catch_up`)
        if canonical is None and prev is None:
            index.add(article_id, day, story_id, features.vector)
            # Cached as stored (kept terms, weights of the write), as another process reads it
            # back, so later stories do not depend on where a run was cut (review rev24_B M1).
            self._remember(article_id, self._completed(TextFeatures.from_json(
                stored, np.asarray(features.vector, dtype=np.float32))))
        return AddResult("version" if prev is not None else "new", article_id, canonical, duplicate, story_id,
                         placement.reason)

    def _lsh_add(self, article_id: int, bands: list[tuple[int, str]]) -> None:
        """An article's band rows, into `lsh_recent`; when that is full, all its rows move to
        `lsh_bands` in key order (inside this write's transaction: a rollback undoes the move)."""
        if self._lsh_recent_rows is None:
            rows, articles = self._one("SELECT (SELECT count(*) FROM lsh_recent), (SELECT max(id) FROM articles)")
            self._lsh_recent_rows = int(rows)
            self._lsh_recent_cap = max(self.lsh_recent_max, self.lsh_recent_per_article * int(articles or 0))
        self._executemany(
            "INSERT INTO lsh_recent (band, key, article_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [(band, key, article_id) for band, key in bands],
        )
        self._lsh_recent_rows += len(bands)
        if self._lsh_recent_rows >= self._lsh_recent_cap and self._lsh_merge_allowed():
            self._lsh_merge()

    def _lsh_merge(self) -> None:
        # `WHERE true`: SQLite needs a WHERE before ON CONFLICT in INSERT … SELECT.
        self._execute(
            "INSERT INTO lsh_bands (band, key, article_id) SELECT band, key, article_id FROM lsh_recent "
            "WHERE true ORDER BY band, key, article_id ON CONFLICT DO NOTHING")
        self._execute("DELETE FROM lsh_recent")
        self._lsh_recent_rows = 0

    def _lsh_merge_allowed(self) -> bool:
        """Whether this write may move the recent band rows now (a PostgreSQL writer skips
        it while another one is moving them)."""
        return True

    def _aggregate(self, article_id: int, sign: int) -> None:
        """Add or take away one current article's share of the actor aggregates
        (collected in the open write's delta, written at commit)."""
        self._deltas[-1].add(aggregates.contribution(self._execute, article_id), sign)

    def _write_layers(self, article_id: int, doc: Any, story_id: int, record: dict[str, Any] | None = None,
                      new_story: bool = False, rekey: bool = False) -> set[tuple[str, str]]:
        """The article's layer rows; returns the (actor id, alias key) of its aliases.  `record`
        is `doc.to_record()` when the caller has it (its events' actor lists are stored as they
        are); `new_story`: the story was created by this write, so it has no merged quotes or
        events to look up yet; `rekey`: a re-derivation (`replace_layers`), whose reports join
        story events by the current keys only, so old rows are re-keyed."""
        key = self.analyzer().name_key  # `self.key`, looked up once for the article's few hundred names
        self._executemany(
            "INSERT INTO paragraphs (article_id, kind, idx, start, stop, text) VALUES (?, ?, ?, ?, ?, ?)",
            [(article_id, p.kind, p.index, p.start, p.stop, doc.text[p.start:p.stop]) for p in doc.parts],
        )
        new_actors: dict[str, Any] = {}
        for actor in doc.actors:
            if actor.id not in self._committed_actors:
                new_actors.setdefault(actor.id, actor)
        # One statement for all of them, in id order (concurrent writers lock the same ids in the same order).
        self._executemany(
            "INSERT INTO actors (id, name, type, qid, known) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            [(a.id, a.name, a.type, a.qid, int(a.known)) for _, a in sorted(new_actors.items())],
        )
        self._deltas[-1].ensure(a.id for a in doc.actors)
        aliases = {(a.id, key(a.name), a.name) for a in doc.actors}
        aliases |= {(m.actor_id, key(m.normal), m.normal) for m in doc.mentions if m.actor_id and m.normal}
        # Surface forms too ("Путину" -> key "путин"), so a surname alone finds the actor.
        aliases |= {(m.actor_id, key(m.text), m.text) for m in doc.mentions
                    if m.actor_id and m.type not in ("PRON", "ROLE")}
        # Rows whose (actor id, alias key) is in the table already would do nothing (the key is the
        # primary key, the first alias written for it stays): left out, the rest in the same order.
        committed = self._committed_aliases
        self._executemany(
            "INSERT INTO actor_aliases (actor_id, alias_key, alias) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            sorted(a for a in aliases if a[1] and (a[0], a[1]) not in committed),
        )
        self._executemany(
            "INSERT INTO mentions (article_id, idx, start, stop, text, type, normal, normal_key, actor_id, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, i, m.start, m.stop, m.text, m.type, m.normal, key(m.normal), m.actor_id, m.source)
             for i, m in enumerate(doc.mentions)],
        )
        self._write_quotes(article_id, doc, story_id, new_story)
        self._write_events(article_id, doc, story_id, record["events"] if record else None, new_story, rekey)
        self._executemany(
            "INSERT INTO related (article_id, idx, title, time_text, published, url) VALUES (?, ?, ?, ?, ?, ?)",
            [(article_id, i, r.title, r.time_text, r.published, r.url) for i, r in enumerate(doc.article.related)],
        )
        return {(a[0], a[1]) for a in aliases if a[1]}

    def _write_quotes(self, article_id: int, doc: Any, story_id: int, new_story: bool) -> None:
        if not doc.quotes:
            return
        speakers = [(q.speaker.actor_id, q.speaker.name) if q.speaker else (None, None) for q in doc.quotes]
        keys = [merge.speaker_key(speaker_id, name) for speaker_id, name in speakers]
        # The story's merged quotes of these speakers, read once (in id order) and kept up to date here.
        known = [] if new_story else self._story_rows(
            "SELECT id, speaker_key, text FROM story_quotes WHERE story_id = ? AND speaker_key IN ({}) ORDER BY id",
            story_id, keys)
        # Each quote's story quote is decided in order (`_merge_quote`'s rule: the first known one of
        # its speaker it matches, a new one matched by later quotes too); the new ones are then
        # inserted together, in that order (`_insert_returning_ids`: one statement on PostgreSQL
        # instead of one round trip each), and the quotes take their ids.
        rows = []
        new: list[tuple] = []
        for i, (quote, skey, (speaker_id, speaker_name)) in enumerate(zip(doc.quotes, keys, speakers)):
            story_quote = next((int(row_id) for row_id, other_key, other in known
                                if other_key == skey and merge.quotes_match(other, quote.text)), None)
            if story_quote is None:
                new.append((story_id, skey, speaker_id, speaker_name, quote.text))
                story_quote = -len(new)  # the new row's place in `new`, until its id is known
                known.append([story_quote, skey, quote.text])
            rows.append([article_id, i, quote.text, quote.kind, quote.start, quote.stop, quote.sentence, quote.cue,
                         speaker_id, speaker_name, self.key(speaker_name) if speaker_name else None,
                         quote.speaker.text if quote.speaker else None, int(quote.negated), int(quote.hedged),
                         DERIVED, story_quote])
        if new:
            ids = self._insert_returning_ids(
                "INSERT INTO story_quotes (story_id, speaker_key, speaker_id, speaker_name, text) "
                "VALUES (?, ?, ?, ?, ?) RETURNING id", new)
            for row in rows:
                if row[-1] < 0:
                    row[-1] = ids[-row[-1] - 1]
        self._executemany(
            "INSERT INTO quotes (article_id, idx, text, kind, start, stop, sentence, cue, speaker_id, "
            "speaker_name, speaker_key, speaker_text, negated, hedged, record, story_quote_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def _write_events(self, article_id: int, doc: Any, story_id: int, records: list[dict[str, Any]] | None,
                      new_story: bool, rekey: bool = False) -> None:
        if not doc.events:
            return
        keys = [merge.event_key(e.type, e.source_actors, e.target_actors, is_symmetric(e)) for e in doc.events]
        # The keys stores wrote before (parties by full id, then by the id's last word): a new report
        # still joins a row stored under them (reviews rev17_A M2, rev18_B 3).  A re-derivation does
        # not, so `khronika reprocess` moves every report to the current keys and drops the old rows
        # (review rev17_C 2).
        legacy: list[tuple[str, ...]] = [() for _ in keys] if rekey else [
            merge.legacy_event_keys(e.type, e.source_actors, e.target_actors, is_symmetric(e)) for e in doc.events]
        known = [] if new_story else self._story_rows(
            "SELECT id, key, date FROM story_events WHERE story_id = ? AND key IN ({}) ORDER BY id", story_id,
            list(dict.fromkeys(keys + [k for old in legacy for k in old])))
        rows, actor_rows = [], []
        for i, (event, ekey) in enumerate(zip(doc.events, keys)):
            story_event = self._merge_event(story_id, ekey, event, known, legacy[i])
            record = records[i] if records is not None else asdict(event)
            rows.append((article_id, i, event.type, event.cameo, event.mode, event.trigger, event.start, event.stop,
                         event.sentence, _sentence_text(doc, event.sentence, event.start, event.stop), event.date,
                         json.dumps(record["source_actors"], ensure_ascii=False),
                         json.dumps(record["target_actors"], ensure_ascii=False),
                         int(event.negated), int(event.hypothetical), event.reported_by, event.quote,
                         event.confidence, DERIVED, story_event))
            roles = [("source", a) for a in event.source_actors] + [("target", a) for a in event.target_actors]
            if event.location is not None:
                roles.append(("location", event.location))
            actor_rows.extend((article_id, i, role, a.actor_id, a.name, self.key(a.name)) for role, a in roles)
        self._executemany(
            "INSERT INTO events (article_id, idx, type, cameo, mode, trigger, start, stop, sentence, evidence, "
            "date, source_actors, target_actors, negated, hypothetical, reported_by, quote_idx, confidence, "
            "record, story_event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self._executemany(
            "INSERT INTO event_actors (article_id, event_idx, role, actor_id, name, name_key) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            actor_rows,
        )

    def _story_rows(self, sql: str, story_id: int, keys: list[str]) -> list[list[Any]]:
        """Rows of `sql` (its `IN ({})` filled with the distinct `keys`), as mutable lists."""
        distinct = sorted(set(keys))
        return [list(r) for r in self._execute(sql.format(", ".join("?" * len(distinct))), (story_id, *distinct))]

    def _merge_event(self, story_id: int, key: str, event: Any, known: list[list[Any]],
                     legacy: tuple[str, ...] = ()) -> int:
        """The story event this report joins (`known`: [id, key, date] rows in id order; `key`:
        `merge.event_key`; `legacy`: its keys as stores wrote them before), else a new one."""
        for row in known:
            row_id, other_key, date = row
            if (other_key == key or other_key in legacy) and merge.dates_match(date, event.date):
                if date is None and event.date:
                    self._execute("UPDATE story_events SET date = ? WHERE id = ?", (event.date, row_id))
                    row[2] = event.date
                return int(row_id)
        row = self._one(
            "INSERT INTO story_events (story_id, key, type, cameo, source, target, date) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (story_id, key, event.type, event.cameo, ", ".join(a.name for a in event.source_actors),
             ", ".join(a.name for a in event.target_actors), event.date),
        )
        known.append([int(row[0]), key, event.date])
        return int(row[0])

    def _insert_returning_ids(self, sql: str, rows: list[tuple]) -> list[int]:
        """The ids of `rows` inserted by `sql` (`INSERT … VALUES (?, …) RETURNING id`), in the
        order of the rows, inserted in that order: one statement each here."""
        return [int(self._one(sql, row)[0]) for row in rows]

    def _merge_quote(self, story_id: int, skey: str, speaker_id: str | None, speaker_name: str | None, text: str,
                     known: list[list[Any]]) -> int:
        """The story quote this one repeats (`known`: [id, speaker key, text] rows in id order), else a new one."""
        for row_id, other_key, other in known:
            if other_key == skey and merge.quotes_match(other, text):
                return int(row_id)
        row = self._one(
            "INSERT INTO story_quotes (story_id, speaker_key, speaker_id, speaker_name, text) "
            "VALUES (?, ?, ?, ?, ?) RETURNING id",
            (story_id, skey, speaker_id, speaker_name, text),
        )
        known.append([int(row[0]), skey, text])
        return int(row[0])

    def _refresh_story(self, story_id: int) -> None:
        # The story's row first (FOR UPDATE on PostgreSQL): two writers adding to one story counted
        # its articles apart and the later UPDATE overwrote the other's count (review rev17_B 1).
        self._one(f"SELECT id FROM stories WHERE id = ?{self._lock_story_row}", (story_id,))
        row = self._one(
            f"SELECT COUNT(*), COUNT(DISTINCT {SOURCE_KEY_SQL}) FROM articles WHERE story_id = ? AND is_current = 1",
            (story_id,),
        )
        # The members in time order (by instant: `instant_key`), the undated last in the order stored.
        # The title: the member headline closest to the story's common wording (`stories.titles`),
        # dated headlines first in publication order.  First and last seen: the times, as their
        # pages wrote them, of the earliest and the latest member (migration 0010 picks the same).
        members = self._execute(
            "SELECT title, COALESCE(published, crawled_at), seen_utc FROM articles "
            "WHERE story_id = ? AND is_current = 1 "
            "ORDER BY CASE WHEN seen_utc IS NULL THEN 1 ELSE 0 END, seen_utc, id", (story_id,))
        title = titles_mod.story_title([r[0] for r in members], self._words_of_headline)
        dated = [r for r in members if r[2] is not None]
        first, last = (dated[0], dated[-1]) if dated else ((None, None, None),) * 2
        self._execute(
            "UPDATE stories SET n_articles = ?, n_sources = ?, first_seen = ?, last_seen = ?, last_seen_utc = ?, "
            "updated_at = ?, title = COALESCE(NULLIF(?, ''), title) WHERE id = ?",
            (row[0], row[1], first[1], last[1], last[2], now_iso(), title, story_id),
        )

    def _words_of_headline(self, title: str) -> frozenset[str]:
        words = self._headline_words.get(title)
        if words is None:
            if len(self._headline_words) >= HEADLINE_WORDS_MAX:
                self._headline_words.clear()
            words = self._headline_words[title] = titles_mod.headline_words(title, self.analyzer())
        return words

    def replace_layers(self, article_id: int, doc: Any, pipeline: str = "") -> None:
        analyzer = self.analyzer()
        self._tx_begin()
        try:
            # Re-derived rows merge into stories as new ones do: under the write lock, or an ingest
            # beside `reprocess` stored a story event or quote twice (review rev17_D 2).
            if WRITE_LOCK not in self._locked_pages:
                self._lock_pages([WRITE_LOCK])
            # The article's story read under the lock: a `reprocess --stories` that moved it between
            # an earlier read and the lock had this write link its reports to the rows of the story
            # it left (review rev18_D 1).
            row = self._one("SELECT story_id, crawled_at FROM articles WHERE id = ?", (article_id,))
            if row is None:
                self._tx_commit()
                return
            story_id = old_story = int(row[0])
            crawled = row[1]
            # The publication time may have changed (a newer extractor): the day and the instant follow it.
            seen = doc.article.published if doc.article.published is not None else crawled
            semantic_attached = False
            if self._restory is not None:
                if doc.semantic is not None:
                    # The story is re-decided on the features as this run leaves them: with the
                    # sentence embedding `--semantic` adds (review rev17_A M3).
                    self._attach_semantic(article_id, doc.semantic)
                    self._features.pop(article_id, None)
                    semantic_attached = True
                # The day as this write leaves it (a resumed run reads the stored one back).
                story_id = self._restory_move(article_id, old_story, seen[:10] if seen else None)
            current = self._one("SELECT is_current FROM articles WHERE id = ?", (article_id,))
            is_current = bool(current and current[0])
            if is_current:
                self._aggregate(article_id, -1)
            for table in ("paragraphs", "mentions", "quotes", "events", "event_actors", "related"):
                self._execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            record = doc.to_record()
            self._write_layers(article_id, doc, story_id, record, rekey=True)
            self._drop_unreported(story_id)
            if story_id != old_story:
                self._drop_unreported(old_story)
                self._refresh_story(old_story)
            if doc.semantic is not None and not semantic_attached:
                self._attach_semantic(article_id, doc.semantic)
            self._execute(
                "UPDATE articles SET title = ?, published = ?, day = ?, seen_utc = ?, lead = ?, article_json = ?, "
                "record_json = ?, layers = ?, pipeline = ? WHERE id = ?",
                (doc.article.title, doc.article.published, seen[:10] if seen else None, instant_key(seen),
                 doc.article.lead, DERIVED, row_json(record), " ".join(sorted(doc.layers)),
                 pipeline, article_id),
            )
            if is_current:
                self._aggregate(article_id, +1)
            self._fts_delete(article_id)
            if is_current:
                self._fts_write(article_id, analyzer.index_text(doc.article.title),
                                analyzer.index_text(doc.article.body))
            self._refresh_story(story_id)
            self._tx_commit()
        except BaseException:
            self._tx_rollback()
            raise

    # -- re-deciding stories (`reprocess --stories`) -------------------------------
    def begin_restory(self, pipeline: str = "") -> int:
        """Re-decide every article's story with the current rules while `reprocess` re-derives
        the articles in id order (their ingest order): each `replace_layers` moves its article
        to the story the current `StoryIndex.assign` gives among the articles re-decided before
        it, under today's document frequencies; a new version or a reprint follows its page or
        its original, as at ingest.  `finish_restory` removes the stories left empty.  Run it
        alone: a writer ingesting at the same time would assign against the old stories.

        Progress is kept in `meta` (`restory_pending`), written in each article's own
        transaction: after an interruption (a kill, Ctrl-C, a crash) the store says so, and the
        next `begin_restory` of the same pipeline resumes after the last article done, with the
        state an uninterrupted run would have there (rebuilt from the stored stories of the
        articles done).  Returns that article id (0: from the first article).  Another pipeline
        starts again from the first article (the layers done so far came from the other one)."""
        if not self._restory_locked:
            # One run at a time: a second one re-derived the same articles beside the first, and
            # the mark cannot tell a live run from a dead one (review rev18_B 5).
            if not self._restory_lock(True):
                raise StoreError("another `reprocess --stories` is running on this store: wait for it to end")
            self._restory_locked = True
        try:
            return self._begin_restory(pipeline)
        except BaseException:
            self._restory_release()
            raise

    def _begin_restory(self, pipeline: str) -> int:
        if self._idf is None:
            self._load_idf()
        restory = _Restory(StoryIndex())
        mark = self.restory_pending()
        after = 0
        if mark is not None and mark.get("pipeline", "") == pipeline:
            after = int(mark["done"])
            self._restory_resume(restory, after)
            restory.mark = {"pipeline": pipeline, "started": mark.get("started"), "done": after}
        else:
            restory.mark = {"pipeline": pipeline, "started": now_iso(), "done": 0}
        self._tx_begin()
        try:
            if WRITE_LOCK not in self._locked_pages:
                self._lock_pages([WRITE_LOCK])
            self._write_restory_mark(restory.mark)
            # Writers open elsewhere reload their story index at their next write, also when this
            # run is killed before its end (review rev17_A H1).
            self._bump_story_epoch()
            self._tx_commit()
        except BaseException:
            self._tx_rollback()
            raise
        self._restory = restory
        return after

    def restory_pending(self) -> dict[str, Any] | None:
        """The unfinished `reprocess --stories` (None: none): its pipeline names, when it began,
        the last article id done (`done`), how many articles are done (`decided`) and stored,
        and whether a run holds it now (`running`; False: it was interrupted)."""
        row = self._one("SELECT value FROM meta WHERE key = 'restory'")
        if row is None:
            return None
        mark = json.loads(row[0])
        counted = self._one("SELECT COUNT(*), COUNT(CASE WHEN id <= ? THEN 1 END) FROM articles",
                            (int(mark["done"]),))
        running = self._restory_locked or not self._restory_lock(False)
        return {**mark, "decided": int(counted[1]), "articles": int(counted[0]), "running": running}

    def _restory_lock(self, hold: bool) -> bool:
        """Take the lock of `reprocess --stories` runs if no other connection holds it (False: one
        does); `hold`: keep it (until `_restory_release`), else give it back at once.  The backend's
        lock dies with the process that holds it, SIGKILL included.  Default: no lock."""
        return True

    def _restory_unlock(self) -> None:
        """Give back the lock `_restory_lock(True)` took."""

    def _restory_release(self) -> None:
        if self._restory_locked:
            self._restory_locked = False
            self._restory_unlock()

    def _write_restory_mark(self, mark: dict[str, Any]) -> None:
        self._execute("INSERT INTO meta (key, value) VALUES ('restory', ?) ON CONFLICT (key) DO UPDATE "
                      "SET value = excluded.value", (json.dumps(mark),))

    def _restory_resume(self, restory: _Restory, done: int) -> None:
        """The state an uninterrupted run has after article `done`, from the stored stories of the
        articles up to it (each moved and marked in one transaction): the same follow rules and
        index entries as `_restory_move`, in id order."""
        rows = self._execute(
            "SELECT id, page_key, canonical_id, day, story_id, CASE WHEN features IS NULL THEN 0 ELSE 1 END, "
            "vector FROM articles WHERE id <= ? ORDER BY id", (done,))
        ids, days, stories, vectors = [], [], [], []
        zero = np.zeros(VECTOR_DIM, np.float32)
        for article_id, page_key, canonical, day, story, has_features, vector in rows:
            article_id, story = int(article_id), int(story)
            follows = page_key in restory.page_story or (
                canonical is not None and int(canonical) in restory.article_story)
            if not follows and has_features:
                ids.append(article_id)
                days.append(day)
                stories.append(story)
                vectors.append(np.frombuffer(self._blob(vector), dtype=np.float32) if vector is not None else zero)
            restory.page_story.setdefault(page_key, story)
            restory.article_story[article_id] = story
            restory.claimed.add(story)
        if ids:
            restory.index.extend(ids, days, stories, np.vstack(vectors))

    def _restory_move(self, article_id: int, old_story: int, day: str | None | bool = False) -> int:
        """The article's story under the current rules (a new story row when it starts one), set
        on the article inside the caller's transaction, with the progress mark.  `day`: the
        article's day as the caller's write leaves it (False: as stored)."""
        restory = self._restory
        assert restory is not None
        row = self._one("SELECT page_key, canonical_id, day, features, vector, published, crawled_at, title "
                        "FROM articles WHERE id = ?", (article_id,))
        page_key, canonical = row[0], row[1]
        if day is False:
            day = row[2]
        story: int | None = restory.page_story.get(page_key)
        score: float | None = None
        follows = story is not None
        if story is None and canonical is not None:
            story = restory.article_story.get(int(canonical))
            follows = story is not None
        features = self._stored_features(article_id) if row[3] is not None else None
        if story is None and features is not None:
            decision = restory.index.assign(features, self._stored_features, self.model, self._idf,
                                            prefetch=self._prefetch_features)
            self._prefetched.clear()
            story, score = decision.story_id, (decision.score if decision.story_id is not None else None)
        if story is None and old_story not in restory.claimed:
            # The first article to start a story out of its old one keeps that story's id, so
            # stories the rules do not change keep their ids (and links to them).
            story = old_story
        if story is None:
            seen = row[5] if row[5] is not None else row[6]
            story = int(self._one(
                "INSERT INTO stories (title, first_seen, last_seen, last_seen_utc, n_articles, n_sources, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, 0, 0, ?, ?) RETURNING id",
                (titles_mod.clean_title(row[7] or ""), seen, seen, instant_key(seen), now_iso(), now_iso()))[0])
        if not follows and features is not None:
            restory.index.add(article_id, day, story, features.vector)
        restory.page_story.setdefault(page_key, story)
        restory.article_story[article_id] = story
        restory.claimed.add(story)
        # A version or a reprint has no score of its own, as at ingest.
        self._execute("UPDATE articles SET story_id = ?, story_score = ? WHERE id = ?", (story, score, article_id))
        restory.mark["done"] = article_id
        self._write_restory_mark(restory.mark)
        return story

    def restory_keep(self, article_id: int) -> None:
        """An article `reprocess` could not re-derive (the pipeline failed on its page) keeps its
        stored event and quote reports, as the last derivation left them; they join the merged
        rows of its story under the current keys, as the re-derived reports do, whether or not
        the story moved (a report left on a row under an older key listed one event twice:
        review rev18_B 1), and the rows no report points to any more are dropped.

        Under `reprocess --stories` it is first re-decided like the others, from its stored
        features, which the pipeline does not change: it never shares a story with articles
        decided without it (review rev17_A M1), and a failed later version or reprint follows
        its page or original wherever that went."""
        self._tx_begin()
        try:
            if WRITE_LOCK not in self._locked_pages:
                self._lock_pages([WRITE_LOCK])
            row = self._one("SELECT story_id FROM articles WHERE id = ?", (article_id,))  # under the lock
            if row is None:
                self._tx_commit()
                return
            old_story = int(row[0])
            story_id = self._restory_move(article_id, old_story) if self._restory is not None else old_story
            self._relink_layers(article_id, story_id)
            self._drop_unreported(story_id)
            if story_id != old_story:
                self._drop_unreported(old_story)
                self._refresh_story(old_story)
                self._refresh_story(story_id)
            self._tx_commit()
        except BaseException:
            self._tx_rollback()
            raise

    def _relink_layers(self, article_id: int, story_id: int) -> None:
        """Point the article's stored quotes and event reports at `story_id`'s merged rows (found
        or added by the current keys, as `replace_layers` merges them), without re-deriving them."""
        quotes = self._execute("SELECT idx, speaker_id, speaker_name, text FROM quotes WHERE article_id = ? "
                               "ORDER BY idx", (article_id,))
        if quotes:
            keys = [merge.speaker_key(q[1], q[2]) for q in quotes]
            known = self._story_rows(
                "SELECT id, speaker_key, text FROM story_quotes WHERE story_id = ? AND speaker_key IN ({}) ORDER BY id",
                story_id, keys)
            for (idx, speaker_id, speaker_name, text), skey in zip(quotes, keys):
                merged = self._merge_quote(story_id, skey, speaker_id, speaker_name, text, known)
                self._execute("UPDATE quotes SET story_quote_id = ? WHERE article_id = ? AND idx = ?",
                              (merged, article_id, idx))
        events = self._execute("SELECT idx, type, mode, cameo, source_actors, target_actors, date FROM events "
                               "WHERE article_id = ? ORDER BY idx", (article_id,))
        if not events:
            return
        reports = []
        for idx, type_, mode, cameo, sources, targets, date in events:
            report = SimpleNamespace(
                type=type_, mode=mode, cameo=cameo, date=date,
                source_actors=[EventActor(a.get("actor_id"), a.get("name") or "") for a in json.loads(sources or "[]")],
                target_actors=[EventActor(a.get("actor_id"), a.get("name") or "") for a in json.loads(targets or "[]")])
            key = merge.event_key(type_, report.source_actors, report.target_actors, is_symmetric(report))
            reports.append((idx, report, key))
        known = self._story_rows("SELECT id, key, date FROM story_events WHERE story_id = ? AND key IN ({}) ORDER BY id",
                                 story_id, [key for _, _, key in reports])
        for idx, report, key in reports:
            merged = self._merge_event(story_id, key, report, known)
            self._execute("UPDATE events SET story_event_id = ? WHERE article_id = ? AND idx = ?",
                          (merged, article_id, idx))

    def finish_restory(self) -> int:
        """End `reprocess --stories` once every article is done: remove the stories no article is
        in any more (with their merged rows, which no report points to) and the progress mark;
        the writer state reloads on the next write.  Returns how many stories were removed."""
        if self._restory is None:
            return 0
        self._restory = None
        try:
            return self._finish_restory()
        finally:
            self._restory_release()

    def _finish_restory(self) -> int:
        self._tx_begin()
        try:
            if WRITE_LOCK not in self._locked_pages:
                self._lock_pages([WRITE_LOCK])
            empty = "SELECT id FROM stories s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)"
            removed = len(list(self._execute(empty)))
            for table in ("story_events", "story_quotes"):
                self._execute(f"DELETE FROM {table} WHERE story_id IN ({empty})")
            self._execute(f"DELETE FROM stories WHERE id IN ({empty})")
            self._execute("DELETE FROM meta WHERE key = 'restory'")
            self._bump_story_epoch()
            self._tx_commit()
        except BaseException:
            self._tx_rollback()
            raise
        self._flush_idf(force=True)  # the counts not yet stored must not go with the writer state
        self._forget_writer_state()
        return removed

    def interrupt_restory(self) -> None:
        """`reprocess --stories` stopped before its end (an error, Ctrl-C): the progress mark stays
        for a rerun to resume from; open writers are told the stories moved."""
        if self._restory is None:
            return
        self._restory = None
        try:
            self._flush_idf(force=True)
            self._tx_begin()
            try:
                if WRITE_LOCK not in self._locked_pages:
                    self._lock_pages([WRITE_LOCK])
                self._bump_story_epoch()
                self._tx_commit()
            except BaseException:
                self._tx_rollback()
                raise
        finally:
            self._forget_writer_state()
            self._restory_release()

    def _bump_story_epoch(self) -> None:
        """Tell other open writers that stories were re-decided: their story index is stale
        (`_catch_up` reloads it when the epoch moved; review rev17_A H1)."""
        self._execute("INSERT INTO meta (key, value) VALUES ('story_epoch', '1') ON CONFLICT (key) DO UPDATE "
                      "SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)")

    def _story_epoch(self) -> str | None:
        """The story epoch with the state of a `reprocess --stories`: while a run holds its lock,
        the epoch alone (the run rewrites its progress mark at every article, and a writer that
        reloaded its whole index at each of them paid a full load per write: review rev18_D 4);
        once the run ends it bumps the epoch, and a run found dead (its mark left, its lock free)
        counts with its mark, so a writer that loaded its index during a run reloads it once also
        when the run was killed and never bumps the epoch again (review rev18_B 4)."""
        rows = dict(self._execute("SELECT key, value FROM meta WHERE key IN ('story_epoch', 'restory')"))
        if not rows:
            return None
        mark = rows.get("restory")
        if mark is None:
            state = ""
        elif self._restory_locked or not self._restory_lock(False):
            state = "running"
        else:
            state = f"stopped|{mark}"
        return f"{rows.get('story_epoch')}|{state}"

    def _drop_unreported(self, story_id: int) -> None:
        """Remove the story's merged events and quotes that no report points to any more (a reprocessed
        article whose events or quotes changed), so a story never lists an event with no report."""
        for table, layer, column in (("story_events", "events", "story_event_id"),
                                     ("story_quotes", "quotes", "story_quote_id")):
            self._execute(
                f"DELETE FROM {table} WHERE story_id = ? AND id NOT IN (SELECT l.{column} FROM {layer} l "
                f"JOIN articles a ON a.id = l.article_id WHERE a.story_id = ? AND l.{column} IS NOT NULL)",
                (story_id, story_id))

    def _attach_semantic(self, article_id: int, vector: Any) -> None:
        """Keep a reprocessed article's sentence embedding with its stored features, so
        that later `--semantic` writes compare with it (its own story stays as decided)."""
        row = self._one("SELECT features FROM articles WHERE id = ?", (article_id,))
        if row is None or row[0] is None:
            return
        data = json.loads(row[0])
        data["semantic"] = vector_to_text(vector)
        self._execute("UPDATE articles SET features = ? WHERE id = ?", (row_json(data), article_id))
        self._features.pop(article_id, None)

    def raw_inputs(self, after: int = 0) -> Iterator[tuple[int, Any, dict[str, Any]]]:
        from datetime import datetime as _dt

        ids = [int(r[0]) for r in self._execute("SELECT id FROM articles WHERE id > ? ORDER BY id", (after,))]
        for article_id in ids:
            row = self._one(
                "SELECT r.source, r.kind, r.data, r.is_text, r.url, r.crawled_at, r.locator, a.article_json, "
                "CASE WHEN a.article_json = '' THEN a.record_json END "
                "FROM articles a LEFT JOIN raw_pages r ON r.hash = a.raw_hash WHERE a.id = ?", (article_id,))
            if row is None:
                continue
            raw = None
            if row[0] is not None:
                data = self._blob(row[2])
                raw = RawPage(
                    source=row[0], data=data.decode("utf-8") if row[3] else data, kind=row[1],
                    crawled_at=_dt.fromisoformat(row[5]) if row[5] else None, url=row[4], locator=row[6],
                )
            yield article_id, raw, json.loads(row[7]) if row[7] != DERIVED else article_of_record(json.loads(row[8]))

    # -- reading ---------------------------------------------------------------
    def _summaries(self, where: str, params: Sequence[Any], order: str = "a.id DESC",
                   limit: int | None = None) -> list[ArticleSummary]:
        sql = f"SELECT {SUMMARY_COLUMNS} FROM articles a WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_summary(r) for r in self._execute(sql, params)]

    def get_article(self, article_id: int) -> ArticleDetail | None:
        # Three statements (a round trip each on PostgreSQL): the article, its paragraphs,
        # and its versions and duplicates together.
        row = self._one(f"SELECT {SUMMARY_COLUMNS}, a.record_json, a.page_key FROM articles a WHERE a.id = ?",
                        (article_id,))
        if row is None:
            return None
        summary = _summary(row[:SUMMARY_WIDTH])
        record, page_key = json.loads(row[SUMMARY_WIDTH]), row[SUMMARY_WIDTH + 1]
        paragraphs = [r[0] for r in self._execute(
            "SELECT text FROM paragraphs WHERE article_id = ? AND kind = 'paragraph' ORDER BY idx", (article_id,))]
        kin = [(_summary(r[:SUMMARY_WIDTH]), r[SUMMARY_WIDTH]) for r in self._execute(
            f"SELECT {SUMMARY_COLUMNS}, a.page_key FROM articles a WHERE a.page_key = ? OR a.canonical_id = ? "
            "ORDER BY a.version, a.id", (page_key, article_id))]
        versions = [a for a, key in kin if key == page_key]
        duplicates = sorted((a for a, _ in kin if a.canonical_id == article_id), key=lambda a: a.id)
        return ArticleDetail(summary, record, paragraphs, versions, duplicates)

    def list_articles(self, *, limit: int = 50, before: int | None = None, outlet: str | None = None,
                      story_id: int | None = None, current_only: bool = True) -> list[ArticleSummary]:
        where, params = ["1 = 1"], []
        if current_only:
            where.append("a.is_current = 1")
        if before is not None:
            where.append("a.id < ?")
            params.append(before)
        if outlet:
            where.append(self._outlet_clause(outlet, params))
        if story_id is not None:
            where.append("a.story_id = ?")
            params.append(story_id)
        return self._summaries(" AND ".join(where), params, limit=limit)

    def outlets_matching(self, values: Sequence[str]) -> list[str]:
        """The stored outlets that outlet filter values match (`query.outlet_value` reads each
        value, `query.outlet_patterns` says what it matches, `query.outlet_choice` refuses a
        bare label that names several outlets): one rule for every outlet filter."""
        found: list[str] = []

        def stored(wanted: str) -> list[str]:
            return sorted(r[0] for r in self._execute("SELECT name FROM sources WHERE name = ? OR name LIKE ?",
                                                      outlet_patterns(wanted)))

        def under(label: str) -> list[str]:
            # A bare label is also the domain it is the first label of, when only that domain's
            # subdomains are stored ("ria" → crimea.ria.ru, with no ria.ru stored: review rev20_B L7).
            return [r[0] for r in self._execute("SELECT name FROM sources WHERE name LIKE ?", (f"%.{label}.%",))
                    if registrable_domain(r[0]).split(".")[0] == label]

        for value in values:
            wanted = outlet_value(value)
            if not wanted:
                continue
            matched = stored(wanted)
            if "." not in wanted:
                matched = sorted(set(matched) | set(under(wanted)))
            outlets = outlet_choice(wanted, matched)
            if "." not in wanted and outlets:
                # A bare label naming one outlet ("mk" → mk.ru) is that domain, so it matches what
                # the domain does: the domain and its subdomains (oren.mk.ru), as docs/search.md
                # promises "tass" = "tass.ru" (review rv20_T L2).  Not when the label is only a
                # subdomain's ("crimea" → crimea.ria.ru is not all of ria.ru).
                domain = registrable_domain(outlets[0])
                if domain.split(".")[0] == wanted:
                    outlets = sorted(set(outlets) | set(stored(domain)))
            found.extend(o for o in outlets if o not in found)
        return found

    def _outlet_clause(self, value: str, params: list[Any]) -> str:
        """`a.outlet` among the outlets `value` matches (looked up in the small `sources` table
        first, so the articles' outlet index does the rest); none: a clause nothing passes."""
        outlets = self.outlets_matching([value])
        if not outlets:
            return "1 = 0"
        params.extend(outlets)
        return "a.outlet IN (" + ", ".join("?" * len(outlets)) + ")"

    def _actor_clause(self, column_id: str, column_key: str, value: str, params: list[Any]) -> str:
        key = self.key(value)
        params.extend([value, key, "% " + key, key])
        return (f"({column_id} = ? OR {column_key} = ? OR {column_key} LIKE ? OR {column_id} IN "
                f"(SELECT actor_id FROM actor_aliases WHERE alias_key = ?))")

    def _filters(self, query: Query) -> tuple[list[str], list[Any]]:
        where: list[str] = ["a.is_current = 1"]
        params: list[Any] = []
        for value in query.actors:
            where.append("EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND "
                         + self._actor_clause("m.actor_id", "m.normal_key", value, params) + ")")
        for value in query.speakers:
            where.append("EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND "
                         + self._actor_clause("q.speaker_id", "q.speaker_key", value, params) + ")")
        for value in query.events:
            where.append("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND (e.type = ? OR e.cameo = ?))")
            params.extend([value, value])
        if query.sources:
            outlets = self.outlets_matching(query.sources)
            where.append("a.outlet IN (" + ", ".join("?" * len(outlets)) + ")" if outlets else "1 = 0")
            params.extend(outlets)
        if query.date_from:
            where.append("a.day >= ?")
            params.append(query.date_from)
        if query.date_to:
            where.append("a.day <= ?")
            params.append(query.date_to)
        if query.stories:
            where.append("a.story_id IN (" + ", ".join("?" * len(query.stories)) + ")")
            params.extend(query.stories)
        return where, params

    def _tag_groups(self, query: Query) -> list[TagGroup]:
        """The filter tags each of the query's actor, speaker and event filters implies."""
        groups = []
        for values, speaker in ((query.actors, False), (query.speakers, True)):
            for value in values:
                key = self.key(value)
                aliases = [r[0] for r in self._execute(
                    "SELECT actor_id FROM actor_aliases WHERE alias_key = ?", (key,))] if key else []
                group = tags.actor_group(value, key, aliases, speaker=speaker)
                if group is not None:
                    groups.append(group)
        groups.extend(tags.event_group(value) for value in query.events)
        if query.sources:
            groups.append(tags.outlet_group(self.outlets_matching(query.sources)))
        if query.date_from or query.date_to:
            # Two subqueries: each is one lookup in the day index (MIN and MAX together scan it).
            bounds = self._one("SELECT (SELECT MIN(day) FROM articles), (SELECT MAX(day) FROM articles)")
            first, last = query.date_from or (bounds and bounds[0]), query.date_to or (bounds and bounds[1])
            if first and last:
                group = tags.month_group(max(first, "0001-01-01"), last)
                if group is not None:
                    groups.append(group)
        return groups

    def search_page(self, query: str | Query, *, limit: int = 20, offset: int = 0) -> SearchPage:
        parsed = parse_query(query) if isinstance(query, str) else query
        where, params = self._filters(parsed)
        lemmas = self.analyzer().query_lemmas(parsed.text) if parsed.text else []
        groups = self._tag_groups(parsed)
        # Ranked at least `paged_depth` deep, so the first pages come from one ranking and
        # the API's cursor can carry the rest of it (store/base.py SearchPage).
        depth = max(offset + limit, self.paged_depth)
        if lemmas:
            ranked = self._fts_search(lemmas, where, params, depth, groups)
        else:
            candidates = self._tag_candidates(groups) if groups else None
            if candidates is not None:  # drive from the articles carrying the tags, not from every day
                where, params = [*where, candidates[0]], [*params, *candidates[1]]
            # Newest first, undated articles after the dated ones on both backends (PostgreSQL
            # sorts NULL first in DESC order).  Two statements, so each keeps the day index.
            ranked = [(int(r[0]), 0.0) for r in self._execute(
                f"SELECT a.id FROM articles a WHERE {' AND '.join(where)} AND a.day IS NOT NULL "
                f"ORDER BY a.day DESC, a.id DESC LIMIT ?", (*params, depth))]
            if len(ranked) < depth:
                ranked += [(int(r[0]), 0.0) for r in self._execute(
                    f"SELECT a.id FROM articles a WHERE {' AND '.join(where)} AND a.day IS NULL "
                    f"ORDER BY a.id DESC LIMIT ?", (*params, depth - len(ranked)))]
        hits = self._hits(self._ranked_rows(ranked[offset:offset + limit]), lemmas or self._name_lemmas(parsed))
        # Words are ranked over at most `rank_window` matches (`_fts_search`): a ranking that
        # holds that many when more were asked for was cut by the window, not by the depth.
        windowed = bool(lemmas) and self.rank_window < depth and len(ranked) >= self.rank_window
        return SearchPage(hits, [(int(a), float(s)) for a, s in ranked[offset + limit:]], len(ranked) >= depth,
                          windowed)

    def _name_lemmas(self, query: Query) -> list[str]:
        """Snippet words of a query of filters only: the names its actor and speaker filters
        ask for (an id's canonical name), so the snippet shows where the article names them."""
        names = []
        for value in [*query.actors, *query.speakers]:
            row = self._one("SELECT name FROM actors WHERE id = ?", (value,)) if ":" in value else None
            names.append(row[0] if row else value)
        # Name lemmas ("Пескова" -> "песков", not "песок"), as the filters compare them.
        return [lemma for name in names for lemma in self.key(name).split()]

    def search_hits(self, query: str | Query, ranked: Sequence[tuple[int, float]]) -> list[SearchHit]:
        parsed = parse_query(query) if isinstance(query, str) else query
        lemmas = self.analyzer().query_lemmas(parsed.text) if parsed.text else []
        return self._hits(self._ranked_rows(list(ranked)), lemmas or self._name_lemmas(parsed))

    def _hits(self, rows: list[tuple], lemmas: list[str]) -> list[SearchHit]:
        """SUMMARY_COLUMNS + score rows → hits with snippets of the query's words."""
        # The paragraphs of the whole page in one query (one round trip, not one per hit).
        paragraphs: dict[int, list[str]] = {}
        if rows:
            ids = [int(r[0]) for r in rows]
            for article_id, text in self._execute(
                f"SELECT article_id, text FROM paragraphs WHERE article_id IN ({', '.join('?' * len(ids))}) "
                f"ORDER BY article_id, start", ids):
                paragraphs.setdefault(int(article_id), []).append(text)
        hits = []
        snippet_of = self._snippets().for_query(set(lemmas))
        for row in rows:
            summary = _summary(row[:SUMMARY_WIDTH])
            snippet = snippet_of(paragraphs.get(summary.id, []))
            hits.append(SearchHit(summary, round(float(row[SUMMARY_WIDTH]), 6), snippet))
        return hits

    def actors(self, *, limit: int = 50, query: str | None = None, aliases: bool = True) -> list[ActorSummary]:
        # Counts come from actor_stats (kept at write time), ranked by its index.
        params: list[Any] = []
        where = "1 = 1"
        if query:
            # One IN over an id-or-alias union: both sides are index lookups, never a scan of all actors.
            where = ("s.actor_id IN (SELECT CAST(? AS TEXT) UNION "
                     "SELECT actor_id FROM actor_aliases WHERE alias_key = ?)")
            params = [query, self.key(query)]
        rows = self._execute(
            f"SELECT ac.id, ac.name, ac.type, ac.qid, ac.known, s.n_articles, s.n_mentions, s.n_quotes, s.n_events "
            f"FROM actor_stats s JOIN actors ac ON ac.id = s.actor_id WHERE {where} "
            f"ORDER BY s.n_articles DESC, s.actor_id LIMIT ?",
            (*params, limit),
        )
        # Every listed actor's aliases in one statement, not one per actor.
        names: dict[str, set[str]] = {}
        if rows and aliases:
            ids = [r[0] for r in rows]
            for actor_id, alias in self._execute(
                    f"SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN ({', '.join('?' * len(ids))})", ids):
                names.setdefault(actor_id, set()).add(alias)
        return [ActorSummary(r[0], r[1], r[2], r[3], bool(r[4]), sorted(names.get(r[0], ())),
                             int(r[5]), int(r[6]), int(r[7]), int(r[8])) for r in rows]

    def get_actor(self, actor: str, *, aliases: bool = True) -> ActorSummary | None:
        found = self.actors(limit=1, query=actor, aliases=aliases)
        return found[0] if found else None

    def actor_days(self, actor_id: str) -> list[ActorDay]:
        return [ActorDay(r[0], int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in self._execute(
            "SELECT day, mentions, articles, quotes, events FROM actor_days WHERE actor_id = ? ORDER BY day",
            (actor_id,))]

    def actor_mentions(self, actor_id: str, *, limit: int = 50, before: int | None = None) -> list[MentionRow]:
        params: list[Any] = [actor_id]
        cursor = ""
        if before is not None:
            cursor = "AND m.article_id < ?"
            params.append(before)
        # Ordered as the (actor_id, article_id DESC, idx) index: no sort over all of the actor's mentions.
        rows = self._execute(
            f"SELECT m.article_id, m.start, m.stop, m.text, m.type, m.normal, m.actor_id, a.title, a.published "
            f"FROM mentions m JOIN articles a ON a.id = m.article_id "
            f"WHERE m.actor_id = ? AND a.is_current = 1 {cursor} ORDER BY m.article_id DESC, m.idx LIMIT ?",
            (*params, limit),
        )
        return [MentionRow(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]) for r in rows]

    def co_occurring(self, actor_id: str, *, limit: int = 20) -> list[CoActor]:
        rows = self._execute(
            "SELECT p.other_id, ac.name, p.n_articles FROM actor_pairs p JOIN actors ac ON ac.id = p.other_id "
            "WHERE p.actor_id = ? ORDER BY p.n_articles DESC, p.other_id LIMIT ?",
            (actor_id, limit),
        )
        return [CoActor(r[0], r[1], int(r[2])) for r in rows]

    _QUOTE_COLUMNS = ("q.id, q.article_id, q.text, q.kind, q.cue, q.speaker_id, q.speaker_name, a.outlet, "
                      "a.published, a.story_id, q.story_quote_id, q.negated, q.hedged, q.idx")

    def _quote_rows(self, where: list[str], params: list[Any], limit: int | None) -> list[QuoteRow]:
        sql = (f"SELECT {self._QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id "
               f"WHERE {' AND '.join(where)} ORDER BY q.id DESC")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [QuoteRow(int(r[0]), int(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                         bool(r[11]), bool(r[12]), int(r[13])) for r in self._execute(sql, params)]

    def quotes(self, *, speaker: str | None = None, story_id: int | None = None, outlet: str | None = None,
               article_id: int | None = None, limit: int = 50, before: int | None = None) -> list[QuoteRow]:
        where, params = ["a.is_current = 1"], []
        if speaker:
            where.append(self._actor_clause("q.speaker_id", "q.speaker_key", speaker, params))
        if story_id is not None:
            where.append("a.story_id = ?")
            params.append(story_id)
        if outlet:
            where.append(self._outlet_clause(outlet, params))
        if article_id is not None:
            where.append("q.article_id = ?")
            params.append(article_id)
        if before is not None:
            where.append("q.id < ?")
            params.append(before)
        return self._quote_rows(where, params, limit)

    _EVENT_COLUMNS = ("e.id, e.article_id, e.type, e.cameo, e.mode, e.trigger, e.evidence, e.date, "
                      "e.source_actors, e.target_actors, a.outlet, a.published, a.story_id, e.story_event_id, "
                      "e.negated, e.hypothetical, e.reported_by, e.idx")

    def _event_rows(self, where: list[str], params: list[Any], limit: int | None) -> list[EventRow]:
        sql = (f"SELECT {self._EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id "
               f"WHERE {' AND '.join(where)} ORDER BY e.id DESC")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [EventRow(int(r[0]), int(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], json.loads(r[8]),
                         json.loads(r[9]), r[10], r[11], r[12], r[13], bool(r[14]), bool(r[15]), r[16], int(r[17]))
                for r in self._execute(sql, params)]

    def events(self, *, type: str | None = None, actor: str | None = None, story_id: int | None = None,
               article_id: int | None = None, date_from: str | None = None, date_to: str | None = None,
               limit: int = 50, before: int | None = None) -> list[EventRow]:
        where, params = ["a.is_current = 1"], []
        if type:
            where.append("(e.type = ? OR e.cameo = ?)")
            params.extend([type.upper(), type])
        if actor:
            where.append("EXISTS (SELECT 1 FROM event_actors ea WHERE ea.article_id = e.article_id AND "
                         "ea.event_idx = e.idx AND "
                         + self._actor_clause("ea.actor_id", "ea.name_key", actor, params) + ")")
        if story_id is not None:
            where.append("a.story_id = ?")
            params.append(story_id)
        if article_id is not None:
            where.append("e.article_id = ?")
            params.append(article_id)
        # An event dated only to a month or a year ("2010-10", "2010") is compared at its own
        # precision: the bounds are cut to its length, so "2010" is within from 2010-01-01 and
        # within to 2010-12-31 (as text "2010" < "2010-01-01").  It passes when its month or
        # year meets the range.
        if date_from:
            where.append("COALESCE(e.date, a.day) >= substr(CAST(? AS TEXT), 1, length(COALESCE(e.date, a.day)))")
            params.append(date_from)
        if date_to:
            where.append("COALESCE(e.date, a.day) <= substr(CAST(? AS TEXT), 1, length(COALESCE(e.date, a.day)))")
            params.append(date_to)
        if before is not None:
            where.append("e.id < ?")
            params.append(before)
        return self._event_rows(where, params, limit)

    def _story_summary(self, row: Sequence[Any]) -> StorySummary:
        # One entry per source, as `n_sources` counts them: an outlet once, and "unknown" once for
        # each article of unknown outlet (a file without a URL is a source of its own, `source_key`).
        outlets = [r[0] for r in self._execute(
            "SELECT outlet, MIN(COALESCE(seen_utc, '')) AS t FROM articles "
            f"WHERE story_id = ? AND is_current = 1 GROUP BY outlet, {SOURCE_KEY_SQL} ORDER BY t, outlet",
            (row[0],))]
        return StorySummary(int(row[0]), row[1], row[2], row[3], int(row[4]), int(row[5]), outlets)

    def stories(self, *, limit: int = 50, before: int | None = None, min_articles: int = 1,
                order: str = "stored", seen: str | None = None) -> list[StorySummary]:
        columns = "SELECT id, title, first_seen, last_seen, n_articles, n_sources FROM stories"
        if order == "stored":
            where, params = ["n_articles >= ?"], [min_articles]
            if before is not None:
                where.append("id < ?")
                params.append(before)
            rows = self._execute(f"{columns} WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?", (*params, limit))
            return [self._story_summary(r) for r in rows]
        if order != "recent":
            raise ValueError(f"unknown story order {order!r} (recent or stored)")
        # Dated stories by their latest publication, newest first (by instant, `last_seen_utc`), then
        # the undated ones newest stored first: two statements, each read in the order of an index
        # (migration 0010), the cursor (`seen`, `before`) being the last row's (last_seen, id); the
        # instant of a last_seen is `instant_key(last_seen)`, so a cursor keeps the time as shown.
        rows = []
        seen = instant_key(seen) if seen is not None else None
        if seen is not None or before is None:
            where, params = ["n_articles >= ?", "last_seen_utc IS NOT NULL"], [min_articles]
            if seen is not None:
                where.append("(last_seen_utc < ? OR (last_seen_utc = ? AND id < ?))")
                params += [seen, seen, before if before is not None else MAX_STORY_ID]
            rows = self._execute(f"{columns} WHERE {' AND '.join(where)} ORDER BY last_seen_utc DESC, id DESC LIMIT ?",
                                 (*params, limit))
        if len(rows) < limit:
            where, params = ["n_articles >= ?", "last_seen_utc IS NULL"], [min_articles]
            if seen is None and before is not None:
                where.append("id < ?")
                params.append(before)
            rows += self._execute(f"{columns} WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?",
                                  (*params, limit - len(rows)))
        return [self._story_summary(r) for r in rows]

    def get_story(self, story_id: int) -> StoryDetail | None:
        row = self._one(
            "SELECT id, title, first_seen, last_seen, n_articles, n_sources FROM stories WHERE id = ?", (story_id,))
        if row is None:
            return None
        summary = self._story_summary(row)
        articles = self._summaries("a.story_id = ? AND a.is_current = 1", (story_id,),
                                   order="COALESCE(a.seen_utc, ''), a.id")
        reports = self._event_rows(["a.story_id = ?", "a.is_current = 1"], [story_id], None)
        events = []
        for se in self._execute(
            "SELECT id, type, cameo, source, target, date FROM story_events WHERE story_id = ? ORDER BY id",
            (story_id,),
        ):
            mine = sorted((r for r in reports if r.story_event_id == se[0]), key=lambda r: r.id)
            if mine:
                events.append(MergedEvent(int(se[0]), se[1], se[2], se[3], se[4], se[5], mine))
        quote_rows = self._quote_rows(["a.story_id = ?", "a.is_current = 1"], [story_id], None)
        quotes = []
        for sq in self._execute(
            "SELECT id, speaker_id, speaker_name, text FROM story_quotes WHERE story_id = ? ORDER BY id", (story_id,)
        ):
            mine = sorted((q for q in quote_rows if q.story_quote_id == sq[0]), key=lambda q: q.id)
            if mine:
                quotes.append(MergedQuote(int(sq[0]), sq[1], sq[2], sq[3], mine))
        return StoryDetail(summary, articles, events, quotes, self._by_source(articles, events, quotes))

    def _by_source(self, articles: list[ArticleSummary], events: list[MergedEvent],
                   quotes: list[MergedQuote]) -> list[SourceReport]:
        outlets: dict[str, list[ArticleSummary]] = {}
        for article in articles:
            outlets.setdefault(source_key(article.outlet, article.id), []).append(article)
        event_outlets = {e.id: {source_key(r.outlet, r.article_id) for r in e.reports} for e in events}
        quote_outlets = {q.id: {source_key(r.outlet, r.article_id) for r in q.reports} for q in quotes}
        out = []
        for key, items in outlets.items():
            first = items[0]
            lead = self._one("SELECT lead FROM articles WHERE id = ?", (first.id,))[0] or ""
            mine_e = [e for e, o in event_outlets.items() if key in o]
            mine_q = [q for q, o in quote_outlets.items() if key in o]
            speakers = sorted({named_speaker(q.speaker_name) or "?" for q in quotes if q.id in mine_q})
            out.append(SourceReport(
                outlet=first.outlet, articles=items, first_published=first.published or first.crawled_at,
                headline=first.title, lead=lead, events=mine_e, quotes=mine_q, speakers=speakers,
                only_here_events=[e for e in mine_e if event_outlets[e] == {key}],
                only_here_quotes=[q for q in mine_q if quote_outlets[q] == {key}],
            ))
        return out

    def article_count(self) -> int:
        return int(self._one("SELECT COUNT(*) FROM articles")[0])

    def counts(self) -> dict[str, int]:
        tables = ["articles", "raw_pages", "sources", "actors", "mentions", "quotes", "events", "related",
                  "stories", "story_events", "story_quotes", "runs", "run_items"]
        return {t: int(self._one(f"SELECT COUNT(*) FROM {t}")[0]) for t in tables}

    def current_counts(self) -> dict[str, int]:
        """Articles, quotes and events of current versions (as the lists show them) and stories:
        what the home page says the store holds.  Old versions are few, so their quotes and
        events are counted and taken off the table totals (one index lookup per old version)."""
        old = "SELECT id FROM articles WHERE is_current = 0"
        out = {"articles": int(self._one("SELECT COUNT(*) FROM articles WHERE is_current = 1")[0]),
               "stories": int(self._one("SELECT COUNT(*) FROM stories WHERE n_articles > 0")[0])}
        for table in ("quotes", "events"):
            total = int(self._one(f"SELECT COUNT(*) FROM {table}")[0])
            stale = int(self._one(f"SELECT COUNT(*) FROM {table} WHERE article_id IN ({old})")[0])
            out[table] = total - stale
        return out
