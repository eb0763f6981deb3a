"""What a worker process sends the writer (`processes._packed`): the enriched Doc, without its tokens
when the caller reads none (`ProcessEnricher(..., keep_tokens=False)`, as `khronika ingest --workers`)."""
from __future__ import annotations

import pickle

import pytest

from khronika.extract.article import Article
from khronika.nlp.pipeline import Pipeline
from khronika.scale.processes import _packed
from khronika.scale.work import EnrichedDoc

TEXT = ("Пресс-секретарь президента Дмитрий Песков заявил журналистам, что Кремль внимательно изучит ответ США. "
        "«Мы не видим поводов для оптимизма», — сказал он.")


@pytest.fixture(scope="module")
def enriched() -> EnrichedDoc:
    doc = Pipeline.build()(Article(id="a", source="a.txt", title="Песков об ответе США", published="2022-01-28T16:49:00+03:00",
                                   language="ru", lead="", paragraphs=[TEXT]))
    return EnrichedDoc("a.txt", doc)


@pytest.mark.parametrize("keep_tokens", [True, False])
def test_packed_doc_keeps_every_layer_but_tokens_on_request(enriched, keep_tokens):
    sent = pickle.loads(_packed(pickle.loads(pickle.dumps(enriched)), keep_tokens))
    doc = enriched.doc
    assert doc.tokens and doc.quotes and doc.mentions
    assert (sent.doc.tokens == doc.tokens) if keep_tokens else sent.doc.tokens == []
    for layer in ("text", "parts", "sentences", "mentions", "actors", "times", "quotes", "events", "layers"):
        assert getattr(sent.doc, layer) == getattr(doc, layer), layer
    assert sent.doc.to_record() == doc.to_record()


def test_packed_failure_is_sent_as_it_is():
    failed = EnrichedDoc("b.txt", reason="empty page")
    assert pickle.loads(_packed(failed, keep_tokens=False)) == failed
