"""NER round n2: organisations, a second pass — the short name nested in a
named organisation that ends in a genitive place, doubled apostrophes at a
name's edge.
Designed on NEREL train (documents 0-199 and 500-745); tables of made-up
sentences, real models.  Each rule's cases fail on the code before the round;
the negatives pin what the rules must leave alone."""
from __future__ import annotations

import pytest

from khronika.eval.ner import doc_for_text
from khronika.nlp.pipeline import Pipeline



def _mentions(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.run(doc_for_text(text))
    return [(m.text, m.type) for m in doc.mentions]


# A named organisation that ends in a genitive place keeps its name before the
# place as the short name nested in it (ORG_CORE): sentence, the short name.
NAMED_CORES = [
    ("Об этом сообщил МИД России в четверг.", "МИД"),
    ("МИД России заявил протест послу.", "МИД"),
    ("Дело передано в Следственный комитет России.", "Следственный комитет"),
    ("Закон приняла Верховная Рада Украины.", "Верховная Рада"),
    ("Он стал замсекретаря Совета Безопасности РФ.", "Совета Безопасности"),
]

# Left alone: an adjective agreeing with the place, a place after a preposition,
# a quoted name, a capitalised common noun, a nominative place.
NOT_NAMED_CORES = [
    ("Депутаты от Единой России проголосовали против.", "Единой"),
    ("Проверку провело МВД по Башкирии.", "МВД по"),
    ("Затраты «Почты России» вырастут.", "Почты"),
    ("Банк России повысил ключевую ставку.", "Банк"),
    ("Суд Вены освободил бизнесмена.", "Суд"),
    ("Игрок перешёл в Реал Мадрид летом.", "Реал"),
]


@pytest.mark.parametrize("text,name", NAMED_CORES)
def test_short_name_nested_in_organisation_with_place(ner_pipeline, text, name):
    doc = ner_pipeline.run(doc_for_text(text))
    mentions = [(m.text, m.type, m.actor_id) for m in doc.mentions]
    assert (name, "ORG_CORE", None) in mentions, mentions
    assert any(m.type == "ORG" and m.text.startswith(name + " ") for m in doc.mentions), mentions


@pytest.mark.parametrize("text,name", NOT_NAMED_CORES)
def test_no_short_name_nested(ner_pipeline, text, name):
    assert (name, "ORG_CORE") not in _mentions(ner_pipeline, text)


# Doubled apostrophes (wiki markup used as quotes) are no part of a name: sentence, name.
DOUBLED_APOSTROPHES = [
    ("Он был арестован, сообщает ''Wall Street Journal'' со ссылкой на источник.", "Wall Street Journal"),
    ("Суд выдал ордер на арест руководителя ''Samsung Electronics'' в четверг.", "Samsung Electronics"),
]


@pytest.mark.parametrize("text,name", DOUBLED_APOSTROPHES)
def test_doubled_apostrophes_stripped(ner_pipeline, text, name):
    mentions = _mentions(ner_pipeline, text)
    assert any(t == name for t, _ in mentions), mentions
    assert not any(t.startswith("'") or t.endswith("'") for t, _ in mentions), mentions
