"""Acceptance on the project seed (the byte-exact copy bundled in examples/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from khronika.extract import extract_file

SEED = Path(__file__).resolve().parents[2] / "examples" / "pages" / "000_seed.txt"

# (speaker id, kinds allowed, start of the content, cue or None, addressee or None, source or None)
EXPECTED = [
    ("per:vladimir-putin", {"indirect", "mixed"}, "США и НАТО игнорируют «озабоченности»", "рассказать",
     "per:emmanuel-macron", None),
    ("org:kremlin", {"mixed"}, "главной темой беседы «стал вопрос", None, None, "сообщение Кремля"),
    ("per:vladimir-putin", {"mixed"}, "Москва внимательно изучит", "сказать", "per:emmanuel-macron", None),
    ("org:kremlin", {"direct"}, "Вместе с тем обращено внимание", "говориться", None, "сообщение Кремля"),
    ("per:vladimir-putin", {"mixed"}, "проигнорирован ключевой вопрос", "заявить", None, None),
    ("per:antony-blinken", {"indirect", "mixed"}, "в них Вашингтон подтвердил", "по словам", None, None),
    ("per:dmitry-peskov", {"mixed"}, "ответы США содержат «не так много поводов для оптимизма»", "рассказать",
     None, None),
]


@pytest.fixture(scope="module")
def seed_doc(pipeline):
    return pipeline(extract_file(SEED))


@pytest.mark.parametrize("speaker,kinds,content,cue,addressee,source", EXPECTED, ids=[e[2][:30] for e in EXPECTED])
def test_seed_quote(seed_doc, speaker, kinds, content, cue, addressee, source):
    found = [q for q in seed_doc.quotes if q.text.startswith(content)]
    assert len(found) == 1, [q.text[:50] for q in seed_doc.quotes]
    quote = found[0]
    assert quote.speaker is not None and quote.speaker.actor_id == speaker
    assert quote.kind in kinds
    if cue:
        assert quote.cue == cue
    if addressee:
        assert quote.addressee is not None and quote.addressee.actor_id == addressee
    if source:
        assert source in quote.source_chain


def test_seed_non_quotes(seed_doc):
    for quote in seed_doc.quotes:
        assert "Елисейского" not in quote.text and "Елисейск" not in (quote.speaker.text if quote.speaker else "")
        assert quote.text not in ("Фонтанки", "Патриот", "политике открытых дверей", "озабоченности")
    for related in seed_doc.related:
        assert not any(q.text in ("Фонтанки", "Патриот") for q in related.quotes)


def test_seed_offsets(seed_doc):
    for quote in seed_doc.quotes:
        assert seed_doc.text[quote.start:quote.stop] == quote.text
        assert seed_doc.sentences[quote.sentence].start <= quote.start < seed_doc.sentences[quote.sentence].stop
