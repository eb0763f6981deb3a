"""Khronika: Russian news pages into a searchable chronicle.

Public API (kept small):
    extract_page(raw)  -> Article          (khronika.extract)
    read_pages(paths)  -> Iterator[RawPage] (khronika.ingest)
    process(record)    -> dict              (extraction record -> enriched record)
"""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"


def process(record: Any, pipeline: Any = None) -> dict:
    """Enrich one article record (an `Article` or its JSON dict).

    Pass a `khronika.nlp.pipeline.Pipeline` to reuse loaded models across
    calls; without one, a default pipeline is built (models load, ~2 s).
    """
    from khronika.extract.article import Article
    from khronika.nlp.pipeline import Pipeline

    article = record if isinstance(record, Article) else Article.from_json(record)
    pipeline = pipeline or Pipeline.build()
    return pipeline(article).to_record()
