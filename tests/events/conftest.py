"""Natasha models load once per test session; every events test shares them."""
from __future__ import annotations

import pytest

from khronika.extract.article import Article
from khronika.nlp.doc import Doc
from khronika.nlp.pipeline import Pipeline, Resources

PUBLISHED = "2022-01-28T16:49:00+03:00"


@pytest.fixture(scope="session")
def resources() -> Resources:
    return Resources()


@pytest.fixture(scope="session")
def pipeline(resources: Resources) -> Pipeline:
    from khronika.events.component import build_pipeline

    return build_pipeline(resources)


@pytest.fixture(scope="session")
def code_sentence(pipeline: Pipeline):
    """Run the full pipeline on one sentence given as an article title."""

    def run(text: str, published: str = PUBLISHED) -> Doc:
        article = Article(id="t", source="test", title=text, published=published, language="ru",
                          lead="", paragraphs=[])
        return pipeline(article)

    return run


@pytest.fixture(scope="session")
def code_paragraph(pipeline: Pipeline):
    """Run the pipeline on a body paragraph (several sentences), under a neutral title."""

    def run(text: str) -> Doc:
        article = Article(id="t", source="test", title="Новости", published=PUBLISHED, language="ru",
                          lead="", paragraphs=[text])
        return pipeline(article)

    return run
