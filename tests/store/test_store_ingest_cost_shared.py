"""One morph dictionary per process: a word the pipeline has parsed is not parsed
again when the store writes the article (nlp/morph.py, `store.ingest.share_models`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from khronika.extract import extract_file
from khronika.nlp.morph import MORPH_VOCAB
from khronika.nlp.pipeline import Pipeline
from khronika.store import open_store
from khronika.store.ingest import ingest_pages, share_models
from khronika.stories.similarity import WORD_RE, Analyzer, normalise_word

PAGES = Path(__file__).resolve().parents[2] / "examples" / "pages"
PAGE = PAGES / "000_seed.txt"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    # The components that parse every token; the rest change nothing here.
    return Pipeline.build(["segment", "morph"])


def distinct_words(article) -> set[str]:
    text = " ".join([article.title, article.lead, *article.paragraphs])
    return {normalise_word(m.group()) for m in WORD_RE.finditer(text)}


def test_the_store_parses_no_word_the_pipeline_has_parsed(pipeline, tmp_path):
    article = extract_file(PAGE, crawled_at="2024-04-19T12:00:00+03:00")
    vocab = pipeline.resources.items[MORPH_VOCAB]
    with open_store(str(tmp_path / "k.db")) as store:
        share_models(store, pipeline)
        assert store.analyzer(vectors=True).morph is vocab
        doc = pipeline(article)
        before = vocab.parse.cache_info()
        store.add_document(doc)
        after = vocab.parse.cache_info()
    words = distinct_words(article)
    assert after.hits - before.hits >= 0.9 * len(words)  # the store read every word through the cache ...
    # ... and parsed (nearly) none: only words razdel tokenises otherwise than the store's word pattern.
    assert after.misses - before.misses <= 0.05 * len(words)


def test_a_store_with_its_own_analyser_parses_every_word_again(pipeline, tmp_path):
    # The cost the sharing removes (the same article, a store that did not share).
    article = extract_file(PAGE, crawled_at="2024-04-19T12:00:00+03:00")
    own = Analyzer.load()
    with open_store(str(tmp_path / "k.db"), analyzer=own) as store:
        store.add_document(pipeline(article))
    assert own.morph is not pipeline.resources.items[MORPH_VOCAB]
    assert own.morph.parse.cache_info().misses >= 0.9 * len(distinct_words(article))


def test_ingest_pages_shares_the_pipeline_models(pipeline, tmp_path, analyzer):
    with open_store(str(tmp_path / "k.db"), analyzer=analyzer) as store:
        report, _ = ingest_pages(store, [str(PAGE)], pipeline)
        assert report.stored == 1
        writer = store.analyzer(vectors=True)
        assert writer.morph is pipeline.resources.items[MORPH_VOCAB]
        assert writer.embedding is pipeline.resources.items["natasha.emb"]
        assert store.search("Путин") or store.search("переговоры")
