"""The ingest step behind `POST /api/v1/ingest`: RawPages → pipeline → store.

Uses the store helper's batch ingest when the library has one, else the
same steps written out (extract, enrich, `add_document`, run log).  The
pipeline (Natasha models) is built on first use and kept for the process.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Callable

from khronika.errors import InputError
from khronika.ingest.rawpage import RawPage
from khronika.store.base import Store
from khronika.store.ingest import stored_copy


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
        not be fetched) is logged in the run as failed or skipped like a page that fails."""
        from khronika.extract import extract_page

        from khronika.store.ingest import share_models

        pipeline = self.pipeline()
        share_models(store, pipeline)  # each word parsed once, by the pipeline (as `khronika ingest` does)
        run_id = store.begin_run("api ingest", ",".join(getattr(pipeline, "names", [])))
        items: list[dict[str, Any]] = []
        counts: Counter[str] = Counter()
        for raw in raws:
            if isinstance(raw, InputError):
                status = "skipped" if raw.skipped else "failed"
                store.record_input(run_id, raw.source, status, raw.reason)
                items.append({"input": raw.source, "status": status, "reason": raw.reason, "article_id": None})
                counts[status] += 1
                continue
            # The same rule as `khronika ingest`: a verbatim reprint at another URL is stored.
            stored = stored_copy(store, raw)
            if stored is not None:
                reason = f"same content already stored (article {stored})"
                store.record_input(run_id, raw.name, "unchanged", reason)
                items.append({"input": raw.name, "status": "unchanged", "reason": reason, "article_id": stored})
                counts["unchanged"] += 1
                continue
            try:
                article = extract_page(raw)
                doc = pipeline(article)
                added = store.add_document(doc, raw, run_id=run_id, pipeline=",".join(pipeline.names),
                                           input_name=raw.name)
                items.append({"input": raw.name, "status": added.status, "reason": None,
                              "article_id": added.article_id})
                counts[added.status] += 1
            except InputError as error:
                status = "skipped" if error.skipped else "failed"
                store.record_input(run_id, raw.name, status, error.reason)
                items.append({"input": raw.name, "status": status, "reason": error.reason, "article_id": None})
                counts[status] += 1
            except Exception as error:  # noqa: BLE001 - one bad page must not stop the batch
                reason = f"{type(error).__name__}: {error}"
                store.record_input(run_id, raw.name, "failed", reason)
                items.append({"input": raw.name, "status": "failed", "reason": reason, "article_id": None})
                counts["failed"] += 1
        store.finish_run(run_id)
        return {"run_id": run_id, "counts": dict(counts), "items": items}
