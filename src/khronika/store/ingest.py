"""Pages into the store: read, extract, enrich, write, and log every input.

Pages are written in batches, one transaction each (see `sql.py`), opened only
once the batch's pages are read and enriched; a page whose exact content is
already stored (under its URL, or anywhere for a page without one) is logged as
"unchanged" before any work is done, so a rerun after a crash only pays for
what was not committed.  What else a page's bytes settle before enrichment (a
later crawl of a version set aside, the feed's text of a fetched page) is
`settled`'s, by the rule of `store.versions.place`.
"""
from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from khronika.errors import InputError, StoreError
from khronika.ingest.urls import WEB_SCHEMES, canonical_url, url_scheme
from khronika.store.base import BATCH_PAGES, RunSummary, Store, WriteConflict
from khronika.store.sql import (CONTENT_LOCK, WRITE_ATTEMPTS, conflict_pause, file_page_key, page_key_of,
                                raw_digest)
from khronika.store.versions import PageVersion, Placement
from khronika.stories import dedup

# A killed ingest loses at most this much work (never part of a page).
BATCH_SECONDS = 2.0
# Pages a thread reads ahead of the enrichment: the writer can tell when the next one is not
# there yet (stdin, a URL being fetched) and writes what it has before waiting for it.  A
# page that comes within READ_WAIT seconds is not waited for (a reader just behind a fast
# pipeline, one without NLP components).
READ_AHEAD = 16
READ_WAIT = 0.05
# With enrichment in worker processes, a page the writer had to wait this long for means the
# workers are behind the writer: what it holds is written then, while they go on (their few
# queued pages last through a short write; through a whole batch's write they ran dry).
WORKER_WAIT = 0.01


@dataclass
class IngestReport:
    run_id: int
    counts: dict[str, int] = field(default_factory=dict)
    # Stopped before the end of the input (Ctrl-C); the pages reported were committed.
    interrupted: bool = False

    def add(self, status: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1

    @property
    def stored(self) -> int:
        return self.counts.get("new", 0) + self.counts.get("version", 0)

    def summary(self) -> str:
        order = ("new", "version", "unchanged", "skipped", "failed")
        return ", ".join(f"{self.counts.get(k, 0)} {k}" for k in order)


class LocalEnricher:
    """Enrichment in this process, one page at a time: the default of `khronika ingest`
    (`scale.processes.ProcessEnricher` is the same interface over worker processes)."""

    works_ahead = False  # a page is enriched only when the writer asks for it

    def __init__(self, pipeline: Any) -> None:
        self.pipeline = pipeline
        self.names = tuple(getattr(pipeline, "names", ()))

    def map(self, tasks: Iterable[Any], page_of: Callable[[Any], Any]) -> Iterator[tuple[Any, Any]]:
        from khronika.scale.work import enrich_doc

        for task in tasks:
            page = page_of(task)
            yield task, (enrich_doc(page, self.pipeline) if page is not None else None)


def ingest_pages(
    store: Store,
    paths: Iterable[str],
    pipeline: Any,
    *,
    crawled_at: datetime | None = None,
    command: str = "ingest",
    batch_size: int = BATCH_PAGES,
    on_item: Callable[[str, str, str | None], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> tuple[IngestReport, RunSummary]:
    """Read, extract, enrich and store pages.  `pipeline` is a built pipeline (enrichment in
    this process) or an entered `ProcessEnricher` (enrichment in worker processes, pages
    written here in input order).

    The run ends early, keeping every page written so far, when `stop()` turns true
    between pages or when Ctrl-C arrives while a page is read or enriched; its status
    is then "interrupted" and a rerun of the same command picks up the rest.  A Ctrl-C
    during a write rolls back the open batch (at most `batch_size` pages or
    `BATCH_SECONDS`) and is raised after the run is marked interrupted."""
    from khronika.ingest import read_pages

    enricher = pipeline if hasattr(pipeline, "works_ahead") else LocalEnricher(pipeline)
    names = ",".join(enricher.names)
    if isinstance(enricher, LocalEnricher):
        share_models(store, pipeline)
    run_id = store.begin_run(command, names)
    report = IngestReport(run_id)

    def note(source: str, status: str, reason: str | None = None) -> None:
        report.add(status)
        if on_item is not None:
            on_item(source, status, reason)

    def page_to_enrich(item: Any) -> Any:
        # Read errors and pages their bytes settle (stored, set aside, the feed's text of a
        # fetched page) need no enrichment.
        if isinstance(item, InputError) or settled(store, item) is not None:
            return None
        return item

    def write(item: Any, enriched: Any) -> tuple[str, str, str | None]:
        return _one_page(store, item, enriched, run_id, names)

    def write_all(gathered: list[tuple[Any, Any]]) -> list[tuple[str, str, str | None]]:
        return write_batch_or_pages(store, gathered, write, run_id)

    pages = _ReadAhead(read_pages(paths, crawled_at))
    outcomes = enricher.map(pages, page_to_enrich)
    finished = False
    try:
        while not finished:
            finished = _write_batch(store, outcomes, max(1, batch_size), report, stop, write_all, note, pages.ready,
                                    enricher.works_ahead)
    except BaseException:
        finish_quietly(store, run_id)
        raise
    finally:
        pages.close()
    return report, store.finish_run(run_id, "interrupted" if report.interrupted else "done")


def _write_batch(store: Store, outcomes: Iterator[Any], batch_size: int, report: IngestReport,
                 stop: Callable[[], bool] | None,
                 write_all: Callable[[list[tuple[Any, Any]]], list[tuple[str, str, str | None]]],
                 note: Callable[[str, str, str | None], None],
                 input_ready: Callable[[], bool], works_ahead: bool = False) -> bool:
    """`batch_size` pages, or those `BATCH_SECONDS` of reading and enriching gives, written in
    one transaction; every page inside is all-or-nothing (a savepoint).  True when the input
    is done.

    The pages are gathered first and the transaction is opened for their writes only.  On
    SQLite a write transaction holds the store's write lock: held while the next pages were
    read and enriched, it left other writers (an API ingest, a second ingest) only the moment
    between COMMIT and the next BEGIN, and they failed with "database is locked" (rv16 H2).
    When the input has no page ready (stdin, a URL), the gathered pages are written before
    the wait for it; with worker processes (`works_ahead`), also when a page had to be
    waited for: the writer is then ahead of the workers, and small batches cost it only time
    it would have spent waiting.

    The batch locks the pages it writes (`Store.batch(pages)`), so another ingest of the same
    pages waits for it and then finds them stored.  When another writer's transaction still
    collides with it (PostgreSQL: a deadlock on a shared row such as a new outlet's, or a key
    the other committed first), the batch is rolled back and written again, after a pause:
    the pages the other writer stored meanwhile are then unchanged.  Each page's outcome is
    reported once its batch has committed."""
    started, gathered, finished = time.monotonic(), [], False
    while len(gathered) < batch_size and time.monotonic() - started < BATCH_SECONDS:
        try:
            if gathered and not input_ready():
                break
            if stop is not None and stop():
                report.interrupted = finished = True
                break
            asked = time.monotonic()
            outcome = next(outcomes, None)
        except KeyboardInterrupt:
            # Before the writes: the gathered pages are whole, so they are written and committed.
            report.interrupted = finished = True
            break
        if outcome is None:
            finished = True
            break
        gathered.append(outcome)
        if works_ahead and time.monotonic() - asked >= WORKER_WAIT:
            break
    if gathered:
        for outcome in write_all(gathered):
            note(*outcome)
    return finished


def write_batch_or_pages(store: Store, gathered: list[tuple[Any, Any]],
                         write: Callable[..., tuple[str, str, str | None]], run_id: int) -> list[Any]:
    """The gathered pages written in one transaction (`write_locked`).  A record the store
    refuses is a `RecordError` that fails its page inside the batch (`write_page`); when the
    batch still fails with a `StoreError` other than a collision, it was rolled back and its
    pages are written again one by one, so only a page the store refuses fails, logged with its
    name and the store's reason, and the run goes on, as the API's ingest does (review rv21_N
    H2: one NUL in one PostgreSQL record stopped every run there).  A store that refuses every
    write (gone away, locked) fails on the log line of the first page too, and that error stops
    the run."""
    try:
        return write_locked(store, gathered, write)
    except WriteConflict:
        raise
    except StoreError as error:
        _raise_interrupt_behind(error)
        if len(gathered) == 1:
            return [failed_write(store, run_id, gathered[0][0], error)[:3]]
    done = []
    for outcome in gathered:
        try:
            done.extend(write_locked(store, [outcome], write))
        except WriteConflict:
            raise
        except StoreError as error:
            _raise_interrupt_behind(error)
            done.append(failed_write(store, run_id, outcome[0], error)[:3])
    return done


def _raise_interrupt_behind(error: BaseException) -> None:
    """Re-raise a Ctrl-C (or exit) that a store error was raised while handling: a rollback cut by
    the interrupt must stop the run, not send the batch down the page-by-page fallback (the
    fallback once wrote on to the end of a 2,000-page ingest after a Ctrl-C, exit 0)."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if not isinstance(cause, Exception):
            raise cause
        cause = cause.__cause__ or cause.__context__


def failed_write(store: Store, run_id: int, item: Any, error: Exception) -> "PageWrite":
    """Log a page whose write the store refused (its transaction rolled back) as failed, in a
    transaction of its own."""
    name = item.source if isinstance(item, InputError) else input_name(item)
    reason = f"store: {type(error).__name__}: {error}"
    store.record_input(run_id, name, "failed", reason)
    return PageWrite(name, "failed", reason, None)


def write_locked(store: Store, gathered: list[tuple[Any, Any]], write: Callable[..., Any]) -> list[Any]:
    """`write(item, enriched)` for each gathered page, in one transaction holding the locks of
    the pages it writes (`_batch_pages`), written again after a pause when another writer's
    transaction collides with it (`WriteConflict`); the writes' results.  The one write path of
    `khronika ingest` and the API's ingest: whatever another writer stored before the locks
    were taken is found by `write` (`write_page` checks `settled` again under them)."""
    pages = _batch_pages(gathered)
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            with store.batch(pages):
                return [write(*outcome) for outcome in gathered]
        except WriteConflict:
            if attempt == WRITE_ATTEMPTS:
                raise
            time.sleep(conflict_pause(attempt))
    raise AssertionError("unreachable")  # pragma: no cover


def _batch_pages(gathered: list[tuple[Any, Any]]) -> list[str]:
    """The page keys, raw hashes and content hashes a batch's writes will store (`Store.batch`):
    a reprint written by another writer at the same moment as its original is then found as
    its exact duplicate, not stored as a second original (review rev17_B 2)."""
    pages = []
    for item, enriched in gathered:
        if not isinstance(item, InputError) and enriched is not None and enriched.doc is not None:
            article = enriched.doc.article
            pages.append(page_key_of(item, article, input_name(item)))
            pages.append("raw:" + raw_digest(item))
            pages.append(CONTENT_LOCK + dedup.exact_hash(article.title, article.body))
    return pages


class _ReadAhead:
    """The input's pages, read by a thread up to READ_AHEAD ahead of the enrichment.
    `ready()` tells whether the next page (or the end) is there already; an error of the
    reader is raised where the page it stopped at would have been taken."""

    _END = object()

    def __init__(self, pages: Iterator[Any], ahead: int = READ_AHEAD) -> None:
        self._queue: queue.Queue[tuple[Any, BaseException | None]] = queue.Queue(maxsize=ahead)
        self._closed = threading.Event()
        self._ended = False
        self._next: tuple[Any, BaseException | None] | None = None  # taken by `ready`
        self._thread = threading.Thread(target=self._read, args=(pages,), name="khronika-read", daemon=True)
        self._thread.start()

    def _read(self, pages: Iterator[Any]) -> None:
        try:
            for page in pages:
                if not self._put((page, None)):
                    return
            self._put((self._END, None))
        except BaseException as error:  # noqa: BLE001 - handed to the writer's thread
            self._put((self._END, error))
        finally:
            close = getattr(pages, "close", None)
            if close is not None:
                close()

    def _put(self, item: tuple[Any, BaseException | None]) -> bool:
        while not self._closed.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def ready(self, wait: float = READ_WAIT) -> bool:
        """Whether the next page (or the end of the input) is there, after at most `wait` s."""
        if self._ended or self._next is not None:
            return True
        try:
            self._next = self._queue.get(timeout=wait)
        except queue.Empty:
            return False
        return True

    def __iter__(self) -> "_ReadAhead":
        return self

    def __next__(self) -> Any:
        if self._ended:
            raise StopIteration
        if self._next is not None:
            (page, error), self._next = self._next, None
        else:
            page, error = self._queue.get()
        if page is self._END:
            self._ended = True
            if error is not None:
                raise error
            raise StopIteration
        return page

    def close(self) -> None:
        """Stop reading (a thread blocked on its input ends with the process)."""
        self._closed.set()


def finish_quietly(store: Store, run_id: int) -> None:
    # The run must not stay "running" forever; a store that cannot even say so has
    # already reported its own error, which is the one worth raising.
    try:
        store.finish_run(run_id, "interrupted")
    except Exception:  # noqa: BLE001
        pass


def share_models(store: Store, pipeline: Any) -> None:
    """Let the store analyse words with the pipeline's morph dictionary and parse cache:
    each word of a page is then parsed once, by the pipeline (nlp/morph.py)."""
    from khronika.stories.similarity import Analyzer

    resources = getattr(pipeline, "resources", None)
    share = getattr(store, "share_analyzer", None)
    if resources is not None and share is not None:
        share(Analyzer.shared(resources))


def settled(store: Store, page: Any) -> Placement | None:
    """What the page's bytes alone decide, before it is read and enriched (`versions.place`):
    for a page with a URL, its page's stored versions say "unchanged" (those bytes are the
    current version, or a version set aside and this is no later crawl), "restore" (a later
    crawl of a version set aside) or "skip" (the feed's text of a page fetched before).  A file
    whose bytes are stored is placed so on the page they were stored under, when that is its
    page (`file_page`); any other page without a URL (stdin, a copy under another path) has no
    identity but its content: the same bytes stored anywhere are "unchanged".  None: the page
    is read, and its text decides."""
    digest = raw_digest(page)
    if page.url:
        return _placed(store, page, canonical_url(page.url), digest)  # the page key (`page_key_of`)
    found = store.known_raw_hash(digest)
    if found is None:
        return None
    key = file_page(page, store.pages_holding(digest))
    if key is not None:
        return _placed(store, page, key, digest)
    return Placement("unchanged", _holder(found), f"same content already stored (article {found})")


def _placed(store: Store, page: Any, page_key: str, digest: str) -> Placement | None:
    crawled = page.crawled_at.isoformat() if page.crawled_at else None
    placement = store.place_page(page_key, digest, crawled=crawled, feed_text=page.feed_text)
    return placement if placement.action in ("unchanged", "restore", "skip") else None


def file_page(page: Any, holding: list[str]) -> str | None:
    """The page a file's stored bytes tie it to, among the page keys `holding` them (review
    rev22_B M1): its own path's (`file_page_key`), or the one URL they were stored under (the
    page their `<link rel=canonical>` names: the same bytes name the same page; not for a
    record in a dump, whose own key holds its content).  None for an input of no file (stdin,
    a URL's), or bytes stored under other pages only (a copy under another path)."""
    own = file_page_key(page)
    if own is None:
        return None
    if own in holding:
        return own
    urls = [key for key in holding if url_scheme(key) in WEB_SCHEMES]
    return urls[0] if len(urls) == 1 and not page.locator else None


def _holder(article_id: int) -> PageVersion:
    return PageVersion(article_id, 0, None, "", True, None, None, None, False)


def stored_copy(store: Store, page: Any) -> int | None:
    """The stored article holding this page's exact content, which makes the page "unchanged":
    for a page with a URL, that URL's (a verbatim reprint at another URL is another outlet's
    page: it is stored, as a duplicate of the first, rv16 M2), unless this is a later crawl of a
    version set aside (`settled`); for a page without one, any article's."""
    placement = settled(store, page)
    return placement.version.id if placement is not None and placement.action == "unchanged" else None


class PageWrite(NamedTuple):
    """One input's outcome as its run log holds it."""
    name: str
    status: str
    reason: str | None
    article_id: int | None  # the article written, or (unchanged) the one holding its content


def _one_page(store: Store, item: Any, enriched: Any, run_id: int, names: str) -> tuple[str, str, str | None]:
    """Write one page (or log why not); its (name, status, reason) for the report."""
    written = write_page(store, item, enriched, run_id, names)
    return written.name, written.status, None if written.status == "unchanged" else written.reason


def write_page(store: Store, item: Any, enriched: Any, run_id: int, names: str) -> PageWrite:
    """Write one page (or log why not) inside a batch locking it (`write_locked`)."""
    if isinstance(item, InputError):
        status = "skipped" if item.skipped else "failed"
        store.record_input(run_id, item.source, status, item.reason)
        return PageWrite(item.source, status, item.reason, None)
    # Enriched ahead of its write (a batch is gathered before it is written), a page may have
    # been stored since it was checked (the same content twice in one input, or by another
    # writer: a second ingest, the API): the same answer as a page-by-page run.
    name = input_name(item)
    placement = settled(store, item)
    if placement is not None and placement.action == "restore":
        result = store.restore_version(placement, run_id=run_id, input_name=name)
        return PageWrite(name, result.status, result.reason, result.article_id)
    if placement is not None and placement.action == "skip":
        store.record_input(run_id, name, "skipped", placement.reason, article_id=placement.version.id)
        return PageWrite(name, "skipped", placement.reason, placement.version.id)
    if placement is not None:  # "unchanged": logged, its crawl kept as the version's latest (or, placed
        # again under the lock, the version brought back: reported as the store applied it)
        result = store.record_unchanged(placement, run_id=run_id, input_name=name)
        return PageWrite(name, result.status, result.reason, result.article_id)
    if enriched is None:
        reason = "same content already stored"
        store.record_input(run_id, name, "unchanged", reason)
        return PageWrite(name, "unchanged", reason, None)
    if enriched.doc is None:
        store.record_input(run_id, name, enriched.status, enriched.reason)
        return PageWrite(name, enriched.status, enriched.reason, None)
    try:
        result = store.add_document(enriched.doc, item, run_id=run_id, pipeline=names, input_name=name)
    except StoreError:
        raise
    except Exception as error:  # the page's writes were rolled back; keep the reason and go on
        return failed_write(store, run_id, item, error)
    return PageWrite(name, result.status, result.reason, result.article_id)


def input_name(page: Any) -> str:
    """The page's name in the run log and, without a URL, its identity across runs.  Stdin
    has no name of its own: a page piped in without a URL is named by its content, so the
    next page piped in is a page of its own, not a new version of this one."""
    if page.source == "<stdin>" and not page.url:
        return f"{page.name}@{raw_digest(page)[:12]}"
    return page.name


def reprocess(store: Store, pipeline: Any, *, on_item: Callable[[int, str], None] | None = None,
              stories: bool = False) -> dict[str, int]:
    """Re-derive every stored article from its raw page (or stored Article) with `pipeline`.

    `stories`: also re-decide every article's story with the current clustering rules, in the
    order the articles were stored (`Store.begin_restory`); `counts["stories removed"]` is the
    number of stories left empty and removed.  An article the pipeline fails on keeps its
    records (re-linked to the merged rows under the current keys) and, with `stories`, has its
    story re-decided from its stored features.  A run that stops before its
    end (killed, interrupted, an error) leaves a progress mark (`Store.restory_pending`); the
    next run with `stories` and the same pipeline resumes after the last article done
    (`counts["resumed"]`: the articles done before, not gone through again); a second run while
    one is going is refused (`StoreError`)."""
    from khronika.extract import extract_page
    from khronika.extract.article import Article

    names = ",".join(getattr(pipeline, "names", []))
    share_models(store, pipeline)
    counts = {"reprocessed": 0, "failed": 0}
    after = 0
    if stories:
        pending = store.restory_pending()
        after = store.begin_restory(names)
        if after:
            counts["resumed"] = int(pending["decided"]) if pending else 0
    try:
        # One page at a time: a store's raw pages can be far larger than memory.
        for article_id, raw, article_json in (store.raw_inputs(after) if after else store.raw_inputs()):
            try:
                article = extract_page(raw) if raw is not None else Article.from_json(article_json)
                doc = pipeline(article)
            except Exception as error:  # keep going; report the page
                counts["failed"] += 1
                # Its stored reports join the merged rows under the current keys (and, with
                # `stories`, its story is re-decided) (review rev18_B 1).
                store.restory_keep(article_id)
                if on_item:
                    on_item(article_id, f"failed: {type(error).__name__}: {error}")
                continue
            store.replace_layers(article_id, doc, names)
            counts["reprocessed"] += 1
            if on_item:
                on_item(article_id, "reprocessed")
    except BaseException:
        if stories:
            # The articles done are in their new stories, the rest in their old ones; the mark
            # stays, so the store says so and a rerun resumes (a kill leaves it the same way).
            try:
                store.interrupt_restory()
            except Exception:  # the store itself failed: the first error is the one to report
                pass
        raise
    if stories:
        counts["stories removed"] = store.finish_restory()
    return counts
