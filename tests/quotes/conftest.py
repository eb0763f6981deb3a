"""Fixtures for the quote tests: the enrichment pipeline is built once per session."""
from __future__ import annotations

from typing import Callable

import pytest

from khronika.extract.article import Article
from khronika.nlp.doc import Doc
from khronika.nlp.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline.build(disable=["events", "related"])


@pytest.fixture(scope="session")
def enrich(pipeline: Pipeline) -> Callable[..., Doc]:
    """Text (paragraphs separated by blank lines) -> enriched Doc."""

    def run(text: str, title: str = "") -> Doc:
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        article = Article(id="t", source="test", title=title, published="2022-01-28T16:49:00+03:00",
                          language="ru", lead=paragraphs[0] if paragraphs else "", paragraphs=paragraphs)
        return pipeline(article)

    return run
