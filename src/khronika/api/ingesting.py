"""The ingest step behind `POST /api/v1/ingest`: RawPages → pipeline → store.

Each page is enriched, then written by the write path of `khronika ingest`
(`store.ingest.write_locked`, `write_page`).  The pipeline (Natasha models)
is built on first use and kept for the process.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Callable

from khronika.errors import InputError, StoreError
from khronika.ingest.rawpage import RawPage
from khronika.store.base import Store
from khronika.store.ingest import finish_quietly, settled


class Ingester:
    def __init__(self, pipeline_factory: Callable[[], Any] | None = None) -> None:
        self._factory = pipeline_factory
        self._pipeline: Any = None

    def pipeline(self) -> Any:
        if self._pipeline is None:
            if self._factory is not None:
                self._pipeline = self._factory()
            else:
                from khronika.nlp.pipeline import Pipeline

                self._pipeline = Pipeline.build()
        return self._pipeline

    def __call__(self, store: Store, raws: list[RawPage | InputError]) -> dict[str, Any]:
        """Each page through the pipeline into the store; an `InputError` (a URL that could
        not be fetched) is logged in the run as failed or skipped like a page that fails.

        Written as `khronika ingest` writes (`store.ingest.write_locked` + `write_page`): each
        page in a batch locking it, where its stored copy is looked for again, so a page another
        writer stored while this one was enriching it is "unchanged", not a second copy of it
        (review rv20_T M1); each item names the article the run log names."""
        from khronika.scale.work import enrich_doc
        from khronika.store.ingest import failed_write, share_models, write_locked, write_page

        pipeline = self.pipeline()
        share_models(store, pipeline)  # each word parsed once, by the pipeline (as `khronika ingest` does)
        names = ",".join(getattr(pipeline, "names", []))
        run_id = store.begin_run("api ingest", names)
        items: list[dict[str, Any]] = []
        counts: Counter[str] = Counter()

        def write(item: Any, enriched: Any) -> Any:
            return write_page(store, item, enriched, run_id, names)

        try:
            for raw in raws:
                # A page its bytes settle (stored, a later crawl of a version set aside, the feed's
                # text of a fetched page) needs no enrichment (checked again under the lock).
                enriched = None if isinstance(raw, InputError) or settled(store, raw) is not None \
                    else enrich_doc(raw, pipeline)
                try:
                    (written,) = write_locked(store, [(raw, enriched)], write)
                except StoreError as error:
                    # The page's transaction was rolled back: it failed, with its reason, and the
                    # rest are written (review rev20_B M3; `write_page` raises a StoreError so
                    # that the CLI's batch is redone or stopped, but the API writes page by page).
                    written = failed_write(store, run_id, raw, error)
                items.append({"input": written.name, "status": written.status, "reason": written.reason,
                              "article_id": written.article_id})
                counts[written.status] += 1
        except BaseException:
            finish_quietly(store, run_id)  # never left "running"
            raise
        store.finish_run(run_id)
        return {"run_id": run_id, "counts": dict(counts), "items": items}
