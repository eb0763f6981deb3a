"""The storage interface: records the store hands out and the methods on it.

One interface, two implementations (`sqlite.py`, `postgres.py`) that share
their SQL through `sql.py` and pass the same tests.  Everything returned is
a plain dataclass from this module (or JSON-ready dicts inside them); no
driver type crosses this boundary.

Reading methods that list things take `limit` and a cursor: `before` is the
id of the last item of the previous page (lists are ordered newest first by
id, which is also insertion order), so a web client pages with
`?before=<last id>`.  Search is ordered by rank and pages with `offset`.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Sequence

from khronika.errors import StoreError
from khronika.plain import INTERNAL, plain

DEFAULT_DB = "khronika.db"
# Pages an ingest writes in one transaction by default (`khronika ingest --batch-size`).
BATCH_PAGES = 50


class WriteConflict(StoreError):
    """Another writer's transaction collided with this one (PostgreSQL: a deadlock, a
    serialization failure, or a key the other writer committed first).  Nothing of the
    failed transaction was kept; done again, the write sees what the other one committed
    (`khronika ingest` redoes the batch, `add_document` outside a batch redoes itself)."""


@dataclass
class ArticleSummary:
    id: int
    title: str
    outlet: str
    published: str | None
    crawled_at: str | None
    url: str | None
    input: str
    version: int
    is_current: bool
    story_id: int | None
    canonical_id: int | None      # set when this article is a reprint of another
    duplicate: str | None         # "exact" | "near" | None
    duplicate_score: float | None = None
    # The latest crawl that saw this version (`crawled_at` is the first): a re-crawl that found
    # it unchanged, or brought it back, raises it.
    last_crawled_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        return plain(self)


@dataclass
class ArticleDetail:
    summary: ArticleSummary
    record: dict[str, Any]        # the enriched record (Doc.to_record()) as stored
    paragraphs: list[str]
    versions: list[ArticleSummary]
    duplicates: list[ArticleSummary]   # reprints of this article (when canonical)

    def to_json(self) -> dict[str, Any]:
        return {
            **self.summary.to_json(), "record": self.record, "paragraphs": self.paragraphs,
            "versions": [v.to_json() for v in self.versions],
            "duplicates": [d.to_json() for d in self.duplicates],
        }


# Search rows put their own columns right after this summary field, the last one there was when
# they were first exported: summary fields added later follow `snippet`, so a CSV read by column
# position keeps its columns (review rev22_B L5).
SEARCH_COLUMNS_AFTER = "duplicate_score"


def with_search_columns(summary: dict[str, Any], search: dict[str, Any]) -> dict[str, Any]:
    """The summary's fields with the `search` ones (score, snippet) inserted after
    `SEARCH_COLUMNS_AFTER`: a hit's row, or the column kinds of an empty result."""
    row: dict[str, Any] = {}
    for name, value in summary.items():
        row[name] = value
        if name == SEARCH_COLUMNS_AFTER:
            row.update(search)
    row.update((name, value) for name, value in search.items() if name not in row)
    return row


@dataclass
class SearchHit:
    article: ArticleSummary
    score: float
    snippet: str

    def to_json(self) -> dict[str, Any]:
        return with_search_columns(self.article.to_json(), {"score": self.score, "snippet": self.snippet})


@dataclass
class SearchPage:
    """One page of a search and the rest of the ranking it came from.

    `following` holds the (article id, score) pairs ranked after the page, best first, as
    deep as the store ranked (at least PAGED_DEPTH results): the API's cursor carries
    them, so the next pages are read by id instead of ranking the query again.
    `more` says whether matches exist beyond `following` (the ranking stopped at its depth).
    `windowed`: the words' matches filled the store's ranking window (`rank_window`, the newest
    matches ranked) before the depth asked for was reached, so older matches may be left out
    of the ranking whatever the depth (review rev20_B M4).
    """

    hits: list[SearchHit]
    following: list[tuple[int, float]]
    more: bool
    windowed: bool = False


@dataclass
class ActorSummary:
    id: str
    name: str
    type: str
    qid: str | None
    known: bool
    aliases: list[str] = field(default_factory=list)
    n_articles: int = 0
    n_mentions: int = 0
    n_quotes: int = 0
    n_events: int = 0

    def to_json(self) -> dict[str, Any]:
        return plain(self)


@dataclass
class MentionRow:
    article_id: int
    start: int
    stop: int
    text: str
    type: str
    normal: str
    actor_id: str | None
    title: str
    published: str | None


@dataclass
class QuoteRow:
    id: int                     # row id (cursor)
    article_id: int
    text: str
    kind: str
    cue: str
    speaker_id: str | None
    speaker_name: str | None
    outlet: str
    published: str | None
    story_id: int | None
    story_quote_id: int | None
    negated: bool = False
    hedged: bool = False
    # The quote's position in its article's stored record (`quotes.idx`): how a view finds the
    # quote's other layers (two quotes of one article may share their text).  Not exported.
    idx: int | None = field(default=None, repr=False, compare=False, metadata=INTERNAL)

    def to_json(self) -> dict[str, Any]:
        return plain(self)


@dataclass
class EventRow:
    id: int                     # row id (cursor)
    article_id: int
    type: str
    cameo: str
    mode: str | None
    trigger: str
    evidence: str               # the sentence the event was read from
    date: str | None
    source_actors: list[dict[str, Any]]
    target_actors: list[dict[str, Any]]
    outlet: str
    published: str | None
    story_id: int | None
    story_event_id: int | None
    negated: bool = False
    hypothetical: bool = False
    reported_by: str | None = None
    # The event's position in its article's stored record (`events.idx`): how a view finds the
    # event's other layers (date flag, location) — two events of one article may share their type
    # and trigger word ("забастовку" twice).  Not exported.
    idx: int | None = field(default=None, repr=False, compare=False, metadata=INTERNAL)

    def to_json(self) -> dict[str, Any]:
        return plain(self)


@dataclass
class ActorDay:
    """One actor's activity on one publication day (events: by event date when known)."""
    day: str
    mentions: int
    articles: int
    quotes: int
    events: int


@dataclass
class CoActor:
    actor_id: str
    name: str
    n_articles: int


@dataclass
class StorySummary:
    id: int
    title: str
    first_seen: str | None
    last_seen: str | None
    n_articles: int
    n_sources: int
    outlets: list[str]

    def to_json(self) -> dict[str, Any]:
        return plain(self)


class _Reported:
    """One real-world event or quote with the N reports behind it (mixin for dataclasses).

    A report is an article that carries it: an article that repeats a statement (in the headline,
    the lead and the body) or codes one event from two sentences is one report; `reports` keeps
    every occurrence with its evidence."""

    @property
    def n_reports(self) -> int:
        return len({r.article_id for r in self.reports})

    def to_json(self) -> dict[str, Any]:
        return {**{k: v for k, v in plain(self).items() if k != "reports"},
                "n_reports": self.n_reports, "reports": [r.to_json() for r in self.reports]}


@dataclass
class MergedEvent(_Reported):
    """One real-world event of a story with every report of it."""

    id: int
    type: str
    cameo: str
    source: str
    target: str
    date: str | None
    reports: list[EventRow]


@dataclass
class MergedQuote(_Reported):
    id: int
    speaker_id: str | None
    speaker_name: str | None
    text: str
    reports: list[QuoteRow]


@dataclass
class SourceReport:
    """How one outlet reports a story."""

    outlet: str
    articles: list[ArticleSummary]
    first_published: str | None
    headline: str
    lead: str
    events: list[int]            # MergedEvent ids this outlet reports
    quotes: list[int]            # MergedQuote ids this outlet carries
    speakers: list[str]
    only_here_events: list[int]
    only_here_quotes: list[int]

    def to_json(self) -> dict[str, Any]:
        return {**plain(self), "articles": [a.to_json() for a in self.articles]}


@dataclass
class StoryDetail:
    summary: StorySummary
    articles: list[ArticleSummary]
    events: list[MergedEvent]
    quotes: list[MergedQuote]
    by_source: list[SourceReport]

    def to_json(self) -> dict[str, Any]:
        return {
            **self.summary.to_json(),
            "articles": [a.to_json() for a in self.articles],
            "events": [e.to_json() for e in self.events],
            "quotes": [q.to_json() for q in self.quotes],
            "by_source": [s.to_json() for s in self.by_source],
        }


@dataclass
class AddResult:
    status: str                   # "new" | "version" | "unchanged" | "skipped"
    article_id: int
    canonical_id: int | None = None
    duplicate: str | None = None
    story_id: int | None = None
    # Why, when the status alone does not say it all (`store.versions.place`): an older crawl
    # kept as an older version, a version made current again, the feed's text not stored.
    reason: str | None = None


@dataclass
class RunItem:
    input: str
    status: str                   # new | version | unchanged | skipped | failed
    reason: str | None
    article_id: int | None


@dataclass
class RunSummary:
    id: int
    command: str
    started_at: str
    finished_at: str | None
    status: str
    counts: dict[str, int]
    items: list[RunItem] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return plain(self)


class Store(ABC):
    """Articles and their layers, duplicates, stories, search, ingestion runs."""

    url: str

    # -- lifecycle ---------------------------------------------------------
    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def batch(self, pages: Iterable[str] = ()) -> Iterator[None]:
        """Group writes in one transaction; each write stays all-or-nothing.  `pages`: the
        page keys (and raw hashes) the batch will write, locked against other writers for
        the whole batch where the backend needs it (PostgreSQL)."""
        yield

    @abstractmethod
    def migrations(self) -> list[tuple[int, str, str]]:
        """Applied migrations: (version, name, applied_at)."""

    # -- writing -----------------------------------------------------------
    @abstractmethod
    def begin_run(self, command: str, pipeline: str = "") -> int: ...

    @abstractmethod
    def record_input(self, run_id: int, source: str, status: str, reason: str | None = None,
                     article_id: int | None = None) -> None:
        """Log an input that wrote no article (skipped/failed, or unchanged: then `article_id` is
        the stored article holding its content) in its own transaction."""

    @abstractmethod
    def finish_run(self, run_id: int, status: str = "done") -> RunSummary: ...

    def prepare_reads(self) -> None:
        """Load what reads need (models, caches) now instead of on the first request."""

    def refresh_search_lists(self) -> int:
        """Bring derived search structures up to date after a large ingest; returns how
        many were rebuilt (SQLite's top-weight lists; nothing to do elsewhere)."""
        return 0

    def search_lists_behind(self) -> bool:
        """Whether articles were indexed since `refresh_search_lists` last finished (one that was
        cut, by Ctrl-C say, left them behind), so a run that stores nothing still refreshes them."""
        return False

    @abstractmethod
    def known_raw(self, page_key: str, raw_hash: str) -> int | None:
        """Article id when this exact page content was stored already."""

    @abstractmethod
    def pages_holding(self, raw_hash: str) -> list[str]:
        """The page keys of the stored rows holding these exact page bytes."""
        raise NotImplementedError

    def known_raw_hash(self, raw_hash: str) -> int | None:
        """Article id when these exact page bytes were stored already (under any name)."""

    def place_page(self, page_key: str, raw_hash: str, *, crawled: str | None = None,
                   feed_text: bool = False) -> Any:
        """Where a page with these bytes goes among the page's stored versions, before it is
        read (`store.versions.place`)."""
        raise NotImplementedError

    def restore_version(self, placement: Any, *, run_id: int | None = None,
                        input_name: str | None = None) -> AddResult:
        """Make a stored version the page's current one again (`place`'s "restore"), placed again
        on the page's versions under the write lock: `unchanged` if another writer has since
        stored a later crawl of the page."""
        raise NotImplementedError

    def record_unchanged(self, placement: Any, *, run_id: int | None = None,
                         input_name: str | None = None) -> AddResult:
        """Log an input a stored version holds (`place`'s "unchanged"); its crawl becomes that
        version's latest crawl when later.  Placed again under the write lock: a `restore` if
        another writer has since stored an earlier crawl of the page as current."""
        raise NotImplementedError

    @abstractmethod
    def add_document(self, doc: Any, raw: Any = None, *, run_id: int | None = None,
                     pipeline: str = "", input_name: str | None = None) -> AddResult:
        """Store one enriched Doc (and its RawPage) atomically with duplicate and story links."""

    @abstractmethod
    def replace_layers(self, article_id: int, doc: Any, pipeline: str = "") -> None:
        """Re-derive an article's records from a fresh Doc (`reprocess`)."""

    def begin_restory(self, pipeline: str = "") -> int:
        """Let the next `replace_layers` calls, in id order, re-decide each article's story with
        the current rules (`reprocess --stories`).  Resumes an interrupted run of the same
        `pipeline` (names): returns the last article id it had done (0: start from the first).
        Raises `StoreError` while another run is going."""
        raise NotImplementedError(f"{type(self).__name__} cannot re-decide stories")

    def restory_pending(self) -> dict[str, Any] | None:
        """An unfinished `reprocess --stories` (None: none): `done` (the last article id done),
        `decided` (articles done), `articles` (stored), `pipeline`, `started`, `running` (a run
        holds it now; False: interrupted)."""
        return None

    def restory_keep(self, article_id: int) -> None:
        """`reprocess` could not re-derive the article: its stored records are kept and join its
        story's merged rows under the current keys; during `begin_restory` its story is first
        re-decided from its stored features."""

    def finish_restory(self) -> int:
        """End `begin_restory` (every article done); remove the stories left without articles and
        return their number."""
        raise NotImplementedError(f"{type(self).__name__} cannot re-decide stories")

    def interrupt_restory(self) -> None:
        """`begin_restory` stopped before its end: keep its progress for a rerun to resume."""
        raise NotImplementedError(f"{type(self).__name__} cannot re-decide stories")

    @abstractmethod
    def raw_inputs(self, after: int = 0) -> Iterator[tuple[int, Any, dict[str, Any]]]:
        """(article id, RawPage or None, stored Article JSON) for every stored version with an id
        above `after`, in id order."""

    # -- reading -----------------------------------------------------------
    @abstractmethod
    def get_article(self, article_id: int) -> ArticleDetail | None: ...

    @abstractmethod
    def list_articles(self, *, limit: int = 50, before: int | None = None, outlet: str | None = None,
                      story_id: int | None = None, current_only: bool = True) -> list[ArticleSummary]: ...

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        return self.search_page(query, limit=limit, offset=offset).hits

    @abstractmethod
    def search_page(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchPage:
        """Hits `offset` … `offset + limit` of a query, and the ranking after them."""

    @abstractmethod
    def search_hits(self, query: str, ranked: Sequence[tuple[int, float]]) -> list[SearchHit]:
        """Hits for (article id, score) pairs a previous `search_page` ranked, in that order
        (with the query's snippets); articles no longer current are left out."""

    @abstractmethod
    def actors(self, *, limit: int = 50, query: str | None = None) -> list[ActorSummary]:
        """Actors by number of articles mentioning them."""

    @abstractmethod
    def get_actor(self, actor: str, *, aliases: bool = True) -> ActorSummary | None:
        """By id or any alias ("Путин", "per:vladimir-putin").  `aliases=False` leaves the
        summary's alias list empty (one statement less when only the id is wanted)."""

    @abstractmethod
    def actor_mentions(self, actor_id: str, *, limit: int = 50, before: int | None = None) -> list[MentionRow]: ...

    @abstractmethod
    def co_occurring(self, actor_id: str, *, limit: int = 20) -> list[CoActor]: ...

    @abstractmethod
    def actor_days(self, actor_id: str) -> list[ActorDay]:
        """Per-day counts of one actor over current articles, oldest day first."""

    @abstractmethod
    def quotes(self, *, speaker: str | None = None, story_id: int | None = None, outlet: str | None = None,
               article_id: int | None = None, limit: int = 50, before: int | None = None) -> list[QuoteRow]: ...

    @abstractmethod
    def events(self, *, type: str | None = None, actor: str | None = None, story_id: int | None = None,
               article_id: int | None = None, date_from: str | None = None, date_to: str | None = None,
               limit: int = 50, before: int | None = None) -> list[EventRow]: ...

    @abstractmethod
    def stories(self, *, limit: int = 50, before: int | None = None, min_articles: int = 1,
                order: str = "stored", seen: str | None = None) -> list[StorySummary]:
        """Stories with at least `min_articles` current articles.  `order="stored"`: newest stored
        first, paged by `before` (an id).  `order="recent"`: by the latest publication (else crawl)
        time among the articles, newest first (times compared by instant, whatever their UTC
        offsets), stories with neither last; paged by the last row's (`seen`=last_seen, `before`=id)."""

    @abstractmethod
    def get_story(self, story_id: int) -> StoryDetail | None: ...

    @abstractmethod
    def runs(self, *, limit: int = 20) -> list[RunSummary]: ...

    @abstractmethod
    def get_run(self, run_id: int) -> RunSummary | None: ...

    @abstractmethod
    def article_count(self) -> int:
        """Stored articles, every version (what `khronika reprocess` goes through)."""
        ...

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Row counts per table (articles, stories, actors, ...)."""

    def current_counts(self) -> dict[str, int]:
        """Articles, stories, quotes and events as the lists count them (current versions only)."""
        return self.counts()


def redact_url(url: str) -> str:
    """A store URL as it may be printed: without its password (`postgresql://u:***@host/db`),
    nor the value of a `password` or `passfile` parameter, which libpq takes from the query
    too (`?password=***`; review rev20_B L3).  Every message, banner and log line that names a
    store goes through this."""
    from urllib.parse import unquote, urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:  # not a URL a driver would take either: shown as given
        return url
    if password:
        url = urlunsplit(parts._replace(netloc=parts.netloc.replace(f":{password}@", ":***@")))
    if "?" in url:
        # To the next `&`, as libpq reads a value (a `#` in it is no fragment to libpq).
        head, _, query = url.partition("?")
        fields = query.split("&")
        for i, field in enumerate(fields):
            key, equals, _ = field.partition("=")
            if equals and unquote(key).strip().lower() in SECRET_PARAMETERS:
                fields[i] = f"{key}=***"
        url = f"{head}?{'&'.join(fields)}"
    return url


# URL query parameters of libpq whose value is a secret or names the file holding one.
SECRET_PARAMETERS = frozenset({"password", "passfile", "sslpassword"})


def open_store(url: str | None = None, *, create: bool = True, analyzer: Any = None,
               on_migrate: Callable[[str], None] | None = None) -> Store:
    """`khronika.db`, `sqlite:///path`, a plain path, or `postgresql://…`.

    `analyzer` (a `khronika.stories.similarity.Analyzer`) shares loaded
    models between stores; by default each store loads its own on first use.
    `on_migrate` is called with "NNNN_name" before each migration the store
    still needs (some rebuild an index: a minute per 100k articles).
    """
    url = url or DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")):
        from khronika.store.postgres import PostgresStore

        return PostgresStore(url, analyzer=analyzer, on_migrate=on_migrate, create=create)
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
    elif url.startswith("sqlite://"):
        path = url[len("sqlite://"):]
    elif "://" in url:
        raise StoreError(f"unsupported database URL {url!r} (use a path, sqlite:///PATH or postgresql://…)")
    else:
        path = url
    from khronika.store.sqlite import SqliteStore

    return SqliteStore(path, create=create, analyzer=analyzer, on_migrate=on_migrate)
