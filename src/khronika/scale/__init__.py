"""Scale-out: the same unit of work in-process or on a Dask cluster.

    enrich_page(raw, pipeline)  -> EnrichResult   (the unit of work)
    enrich_pages(items, pipeline)                 (the local run, input order)
    DaskRunner(scheduler).map(items)              (Dask, completion order; needs the `dask` extra)

`DaskRunner` is imported on first use, so the local path does not need Dask.
"""
from __future__ import annotations

from typing import Any

from khronika.scale.work import EnrichResult, PipelineSpec, enrich_page, enrich_pages

__all__ = ["DaskRunner", "EnrichResult", "PipelineSpec", "enrich_page", "enrich_pages"]


def __getattr__(name: str) -> Any:
    if name == "DaskRunner":
        from khronika.scale.dask_runner import DaskRunner

        return DaskRunner
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
