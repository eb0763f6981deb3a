"""Pages into the store: read, extract, enrich, write, and log every input.

Each page becomes one transaction (see `sql.py`); a page whose exact bytes
are already stored is logged as "unchanged" before any work is done, so a
rerun after a crash only pays for what was not committed.
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable, Iterable

from khronika.errors import InputError, StoreError
from khronika.store.base import RunSummary, Store

# A killed ingest loses at most this much work (never part of a page).
BATCH_SECONDS = 2.0


@dataclass
class IngestReport:
    run_id: int
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, status: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1

    @property
    def stored(self) -> int:
        return self.counts.get("new", 0) + self.counts.get("version", 0)

    def summary(self) -> str:
        order = ("new", "version", "unchanged", "skipped", "failed")
        return ", ".join(f"{self.counts.get(k, 0)} {k}" for k in order)


def _raw_hash(raw: Any) -> str:
    data = raw.data.encode("utf-8") if isinstance(raw.data, str) else raw.data
    return hashlib.sha256(data).hexdigest()


def ingest_pages(
    store: Store,
    paths: Iterable[str],
    pipeline: Any,
    *,
    crawled_at: datetime | None = None,
    command: str = "ingest",
    batch_size: int = 50,
    on_item: Callable[[str, str, str | None], None] | None = None,
) -> tuple[IngestReport, RunSummary]:
    from khronika.ingest import read_pages

    names = ",".join(getattr(pipeline, "names", []))
    share_models(store, pipeline)
    run_id = store.begin_run(command, names)
    report = IngestReport(run_id)

    def note(source: str, status: str, reason: str | None = None) -> None:
        report.add(status)
        if on_item is not None:
            on_item(source, status, reason)

    pages = iter(read_pages(paths, crawled_at))
    while True:
        # One transaction per `batch_size` pages or `BATCH_SECONDS`, whichever
        # comes first; every page inside is all-or-nothing (a savepoint).
        started, done, exhausted = time.monotonic(), 0, False
        with store.batch():
            while done < batch_size and time.monotonic() - started < BATCH_SECONDS:
                item = next(pages, None)
                if item is None:
                    exhausted = True
                    break
                _one_page(store, item, pipeline, run_id, names, note)
                done += 1
        if exhausted:
            break
    return report, store.finish_run(run_id)


def share_models(store: Store, pipeline: Any) -> None:
    """Let the store analyse words with the pipeline's morph dictionary and parse cache:
    each word of a page is then parsed once, by the pipeline (nlp/morph.py)."""
    from khronika.stories.similarity import Analyzer

    resources = getattr(pipeline, "resources", None)
    share = getattr(store, "share_analyzer", None)
    if resources is not None and share is not None:
        share(Analyzer.shared(resources))


def _one_page(store: Store, item: Any, pipeline: Any, run_id: int, names: str,
              note: Callable[[str, str, str | None], None]) -> None:
    from khronika.extract import extract_page

    if isinstance(item, InputError):
        status = "skipped" if item.skipped else "failed"
        store.record_input(run_id, item.source, status, item.reason)
        note(item.source, status, item.reason)
        return
    if store.known_raw_hash(_raw_hash(item)) is not None:
        store.record_input(run_id, item.name, "unchanged", "same content already stored")
        note(item.name, "unchanged")
        return
    try:
        article = extract_page(item)
        doc = pipeline(article)
    except InputError as error:
        status = "skipped" if error.skipped else "failed"
        store.record_input(run_id, item.name, status, error.reason)
        note(item.name, status, error.reason)
        return
    except Exception as error:  # one bad page must not stop the batch; keep the reason
        reason = f"{type(error).__name__}: {error}"
        store.record_input(run_id, item.name, "failed", reason)
        note(item.name, "failed", reason)
        return
    try:
        result = store.add_document(doc, item, run_id=run_id, pipeline=names, input_name=item.name)
    except StoreError:
        raise
    except Exception as error:  # the page's writes were rolled back; keep the reason and go on
        reason = f"store: {type(error).__name__}: {error}"
        store.record_input(run_id, item.name, "failed", reason)
        note(item.name, "failed", reason)
        return
    note(item.name, result.status)


def reprocess(store: Store, pipeline: Any, *, on_item: Callable[[int, str], None] | None = None) -> dict[str, int]:
    """Re-derive every stored article from its raw page (or stored Article) with `pipeline`."""
    from khronika.extract import extract_page
    from khronika.extract.article import Article

    names = ",".join(getattr(pipeline, "names", []))
    share_models(store, pipeline)
    counts = {"reprocessed": 0, "failed": 0}
    for article_id, raw, article_json in list(store.raw_inputs()):
        try:
            article = extract_page(raw) if raw is not None else Article.from_json(article_json)
            doc = pipeline(article)
        except Exception as error:  # keep going; report the page
            counts["failed"] += 1
            if on_item:
                on_item(article_id, f"failed: {type(error).__name__}: {error}")
            continue
        store.replace_layers(article_id, doc, names)
        counts["reprocessed"] += 1
        if on_item:
            on_item(article_id, "reprocessed")
    return counts
