"""Quotes over real documents from ../shared: no crash, offsets hold (skipped without shared data)."""
from __future__ import annotations

import pytest

from khronika.eval.shared_docs import load_gold_document, shared_available, shared_root

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not shared_available(), reason="../shared/data not found (set KHRONIKA_SHARED)"),
]


def _refs(limit: int) -> list[dict[str, str]]:
    folder = shared_root() / "data" / "runormas-named-train" / "texts_and_ann"
    return [{"dataset": "runormas-named-train", "path": f"texts_and_ann/{p.name}"}
            for p in sorted(folder.glob("*.txt"))[:limit]]


def test_quotes_on_real_documents(pipeline):
    quotes = 0
    for ref in _refs(40):
        doc = pipeline(load_gold_document(ref))
        for quote in doc.quotes:
            assert doc.text[quote.start:quote.stop] == quote.text, ref
            assert quote.text.strip() and quote.kind in ("direct", "indirect", "mixed")
            if quote.speaker is not None and quote.speaker.start is not None:
                assert doc.text[quote.speaker.start:quote.speaker.stop] == quote.speaker.text
        quotes += len(doc.quotes)
    assert quotes > 40  # news is full of reported speech


def test_runormas_title_is_its_own_field():
    # RuNormAS separates title and paragraphs with U+2028 only.
    for ref in _refs(10):
        article = load_gold_document(ref)
        assert article.title and "\u2028" not in article.title
        assert len(article.paragraphs) >= 1
        assert not any(p.startswith(article.title) for p in article.paragraphs), ref


TGCONTEST_FIELDS = [
    # (field as the TSV reader returns it, the text the outlet wrote)
    ('"Глава ведомства заявил в эфире радио ""Комсомольская правда"", что … "',
     'Глава ведомства заявил в эфире радио "Комсомольская правда", что … '),
    ('"""Алкоголь не защищает"", - говорится в сообщении."', '"Алкоголь не защищает", - говорится в сообщении.'),
    ('"Торпедо" объявило состав на выездные матчи', '"Торпедо" объявило состав на выездные матчи'),
    ('"Торпедо" обыграло "Зенит"', '"Торпедо" обыграло "Зенит"'),
    ('Без кавычек вовсе', 'Без кавычек вовсе'),
    ('"', '"'),
    ('""', ''),
]


@pytest.mark.parametrize("field, expected", TGCONTEST_FIELDS)
def test_tgcontest_field_loses_a_second_csv_escaping(field, expected):
    from khronika.eval.shared_docs import tgcontest_field

    assert tgcontest_field(field) == expected


def test_gold_validator_reads_tgcontest_fields_as_the_loader_does():
    import importlib.util
    from pathlib import Path

    from khronika.eval.shared_docs import tgcontest_field

    spec = importlib.util.spec_from_file_location(
        "validate_quotes", Path(__file__).resolve().parents[2] / "gold" / "tools" / "validate_quotes.py")
    validator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(validator)
    for field, expected in TGCONTEST_FIELDS:
        assert validator.unescaped(field) == tgcontest_field(field) == expected
