"""Fixtures for tests/nlp: Natasha models load once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

from khronika.extract.article import Article
from khronika.nlp.pipeline import Pipeline, Resources

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def nlp_resources() -> Resources:
    """One Resources per session: models load on first use and are shared."""
    return Resources()


@pytest.fixture(scope="session")
def nlp_pipeline(nlp_resources: Resources) -> Pipeline:
    return Pipeline.build(["segment", "morph", "syntax", "ner", "actors", "times", "related"], resources=nlp_resources)


def article(text: str, title: str = "", published: str | None = "2022-01-28T16:49:00+03:00") -> Article:
    """A hand-built Article: one paragraph per blank-line block."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return Article(id="t", source="test", title=title, published=published, language="ru",
                   lead=paragraphs[0] if paragraphs else "", paragraphs=paragraphs)


SEED_PAGE = REPO / "examples" / "pages" / "000_seed.txt"  # the bundled copy of the shared seed page
SEED_CRAWLED_AT = "2024-04-19T12:00:00+03:00"


@pytest.fixture(scope="session")
def seed_article() -> Article:
    """The seed page through the real extractor."""
    from khronika.extract import extract_file

    return extract_file(SEED_PAGE, SEED_CRAWLED_AT)


@pytest.fixture(scope="session")
def seed_doc(nlp_pipeline: Pipeline, seed_article: Article):
    return nlp_pipeline(seed_article)


@pytest.fixture(scope="module")
def ner_pipeline(nlp_resources) -> Pipeline:
    """The pipeline up to NER (no actors): what the NER rule tables run."""
    return Pipeline.build(["segment", "morph", "syntax", "ner"], resources=nlp_resources)


def assert_role_resolves(doc, role: str, expected: str | None) -> None:
    """The ROLE mentions written `role` link to `expected`; None: to no registry actor (a document
    actor "x:…" or nothing)."""
    ids = {m.actor_id for m in doc.mentions if m.text == role and m.type == "ROLE"}
    seen = [(m.text, m.type, m.actor_id) for m in doc.mentions]
    if expected is None:
        assert not {i for i in ids if i and not i.startswith("x:")}, seen
    else:
        assert ids == {expected}, seen
