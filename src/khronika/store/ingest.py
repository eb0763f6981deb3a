"""Pages into the store: read, extract, enrich, write, and log every input.

Each page becomes one transaction (see `sql.py`); a page whose exact bytes
are already stored is logged as "unchanged" before any work is done, so a
rerun after a crash only pays for what was not committed.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable, Iterable

from khronika.errors import InputError
from khronika.store.base import RunSummary, Store


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
    on_item: Callable[[str, str, str | None], None] | None = None,
) -> tuple[IngestReport, RunSummary]:
    from khronika.extract import extract_page
    from khronika.ingest import read_pages

    names = ",".join(getattr(pipeline, "names", []))
    run_id = store.begin_run(command, names)
    report = IngestReport(run_id)

    def note(source: str, status: str, reason: str | None = None) -> None:
        report.add(status)
        if on_item is not None:
            on_item(source, status, reason)

    for item in read_pages(paths, crawled_at):
        if isinstance(item, InputError):
            status = "skipped" if item.skipped else "failed"
            store.record_input(run_id, item.source, status, item.reason)
            note(item.source, status, item.reason)
            continue
        if store.known_raw_hash(_raw_hash(item)) is not None:
            store.record_input(run_id, item.name, "unchanged", "same content already stored")
            note(item.name, "unchanged")
            continue
        try:
            article = extract_page(item)
            doc = pipeline(article)
        except InputError as error:
            status = "skipped" if error.skipped else "failed"
            store.record_input(run_id, item.name, status, error.reason)
            note(item.name, status, error.reason)
            continue
        except Exception as error:  # one bad page must not stop the batch; keep the reason
            reason = f"{type(error).__name__}: {error}"
            store.record_input(run_id, item.name, "failed", reason)
            note(item.name, "failed", reason)
            continue
        result = store.add_document(doc, item, run_id=run_id, pipeline=names, input_name=item.name)
        note(item.name, result.status)
    return report, store.finish_run(run_id)


def reprocess(store: Store, pipeline: Any, *, on_item: Callable[[int, str], None] | None = None) -> dict[str, int]:
    """Re-derive every stored article from its raw page (or stored Article) with `pipeline`."""
    from khronika.extract import extract_page
    from khronika.extract.article import Article

    names = ",".join(getattr(pipeline, "names", []))
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
