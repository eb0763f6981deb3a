"""The unit of work shared by the local run and Dask: one RawPage in, one
`EnrichResult` out.

`enrich_page` never raises for a bad page: the reason travels back in the
result, so a batch (local or distributed) counts it and goes on.  Results
carry the reason as plain fields, not the `InputError` itself, because an
exception with keyword state does not survive pickling between processes;
`EnrichResult.error` rebuilds it on the client.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from khronika.errors import InputError
from khronika.extract import extract_page
from khronika.extract.html import FURNITURE_ONLY
from khronika.ingest.rawpage import RawPage

# Anything that turns an Article into a Doc: a built `Pipeline`, or a stand-in in tests.
PipelineLike = Callable[[Any], Any]
# One BLAS/OpenMP thread per worker process (Dask or local): the processes are the parallelism.
THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
# The run log's reason for a page of furniture alone, worded as extraction's other "no article" reasons.
FURNITURE_ONLY_REASON = "no article text found (only page furniture: menus, links, notices)"


@dataclass(frozen=True)
class PipelineSpec:
    """What to build, not the built thing: small and picklable, so it can be
    shipped to workers while the models stay where they were loaded."""

    names: tuple[str, ...] | None = None  # None: the default enrichment order
    disable: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()  # optional components (`OPTIONAL_COMPONENTS`)

    def build(self) -> Any:
        from khronika.nlp.pipeline import Pipeline

        return Pipeline.build(self.names, disable=self.disable, enable=self.enable)

    @property
    def key(self) -> str:
        names = ",".join(self.names) if self.names is not None else "default"
        return f"{names}-{','.join(sorted(self.disable))}" + (f"+{','.join(sorted(self.enable))}" if self.enable else "")


@dataclass(frozen=True)
class EnrichResult:
    """One page's outcome: the enrich record, or why there is none."""

    source: str
    record: dict[str, Any] | None = None
    reason: str | None = None
    skipped: bool = False  # with a reason: not an article (empty, binary); otherwise failed

    @property
    def ok(self) -> bool:
        return self.record is not None

    @property
    def error(self) -> InputError | None:
        return None if self.ok else InputError(self.source, self.reason or "unknown error", skipped=self.skipped)

    @classmethod
    def from_error(cls, error: InputError) -> "EnrichResult":
        return cls(error.source, reason=error.reason, skipped=error.skipped)


def enrich_page(raw: RawPage, pipeline: PipelineLike) -> EnrichResult:
    """Extract and enrich one page; the same call in-process and on a Dask worker.

    Reasons match `khronika enrich` (via `cli.batch.iter_articles`) for
    extraction; a failure inside the pipeline is kept as a failed page
    instead of stopping the batch.
    """
    try:
        article = extract_page(raw)
    except InputError as error:
        return EnrichResult.from_error(error)
    except Exception as error:  # a bug on one page must not stop the batch; the reason is kept
        return EnrichResult(raw.name, reason=f"extraction error: {type(error).__name__}: {error}")
    try:
        record = pipeline(article).to_record()
    except InputError as error:
        return EnrichResult.from_error(error)
    except Exception as error:
        return EnrichResult(raw.name, reason=f"enrichment error: {type(error).__name__}: {error}")
    return EnrichResult(raw.name, record=record)


def enrich_pages(items: Iterable[RawPage | InputError], pipeline: PipelineLike) -> Iterator[EnrichResult]:
    """The local run: `enrich_page` in this process, in input order.
    Read errors (`InputError` from `read_pages`) pass through as results."""
    for item in items:
        yield EnrichResult.from_error(item) if isinstance(item, InputError) else enrich_page(item, pipeline)


@dataclass(frozen=True)
class EnrichedDoc:
    """One page's outcome for the store: the enriched Doc, or why there is none.
    Like `EnrichResult`, the reason travels as plain fields so it crosses processes."""

    source: str
    doc: Any = None
    reason: str | None = None
    skipped: bool = False

    @property
    def status(self) -> str:
        return "ok" if self.doc is not None else "skipped" if self.skipped else "failed"


def enrich_doc(raw: RawPage, pipeline: PipelineLike) -> EnrichedDoc:
    """Extract and enrich one page into a Doc; never raises for a bad page (`khronika ingest`
    keeps the reason in its run log and goes on)."""
    try:
        article = extract_page(raw)
        if FURNITURE_ONLY in article.warnings:
            # Only the page's furniture (an empty article block, a sidebar or a subscribe line): no
            # article to store or enrich.  `extract` keeps it, with the warning (the date checks of
            # `eval extract` count a page it skips as a crash).
            return EnrichedDoc(raw.name, reason=FURNITURE_ONLY_REASON, skipped=True)
        return EnrichedDoc(raw.name, doc=pipeline(article))
    except InputError as error:
        return EnrichedDoc(raw.name, reason=error.reason, skipped=error.skipped)
    except Exception as error:  # one bad page must not stop the batch; keep the reason
        return EnrichedDoc(raw.name, reason=f"{type(error).__name__}: {error}")
