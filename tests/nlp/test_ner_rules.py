"""NER post-rules, one table per rule, on hand-built Docs (razdel only, no models)."""
from __future__ import annotations

import pytest

from khronika.nlp.components import Segment
from khronika.nlp.doc import Doc
from khronika.nlp.ner_rules import (
    RawSpan, add_social_handles, balance_quotes, cut_place_at_preposition, drop_common_nouns, drop_time_words, extend_org_with_place,
    kremlin_is_org, merge_adjacent_persons, propagate_within_doc, split_bullets, split_parenthesis,
    strip_quotes_and_dashes, trim_leading_function_words,
)
from tests.nlp.conftest import article


def doc_of(text: str) -> Doc:
    doc = Doc.from_article(article(text))
    Segment()(doc)
    return doc


def spans_of(doc: Doc, *pieces: tuple[str, str]) -> list[RawSpan]:
    out = []
    for surface, type_ in pieces:
        start = doc.text.index(surface)
        out.append(RawSpan(start, start + len(surface), type_))
    return out


def texts(doc: Doc, spans: list[RawSpan]) -> list[tuple[str, str]]:
    return sorted((doc.text[s.start:s.stop], s.type) for s in spans)


@pytest.mark.parametrize("rule,text,given,expected", [
    (split_parenthesis, "Джоэл Саймон (Joel Simon) сказал.", [("Джоэл Саймон (Joel Simon)", "PER")],
     [("Joel Simon", "PER"), ("Джоэл Саймон", "PER")]),
    (split_bullets, "Эль Сальвадор • Эфиопия", [("Эль Сальвадор • Эфиопия", "LOC")],
     [("Эль Сальвадор", "LOC"), ("Эфиопия", "LOC")]),
    (split_bullets, "Иванов, Петров", [("Иванов, Петров", "PER")], [("Иванов", "PER"), ("Петров", "PER")]),
    (split_bullets, "Бюро по контролю за оборотом алкоголя, табака", [("Бюро по контролю за оборотом алкоголя, табака", "ORG")],
     [("Бюро по контролю за оборотом алкоголя, табака", "ORG")]),
    (strip_quotes_and_dashes, "Автор В.Л.) пишет", [("В.Л.)", "PER")], [("В.Л.", "PER")]),
    (strip_quotes_and_dashes, "Пак Кын Хе () заявила", [("Пак Кын Хе ()", "PER")], [("Пак Кын Хе", "PER")]),
    # a photo credit's slash between the agency and the photographer belongs to neither
    (strip_quotes_and_dashes, "Фото: Северпресс /Иван Орлов", [("Северпресс /", "ORG")], [("Северпресс", "ORG")]),
    (drop_common_nouns, "СМИ сообщили, ПАО «Газпром»", [("СМИ", "ORG"), ("ПАО", "ORG"), ("Газпром", "ORG")],
     [("Газпром", "ORG")]),
    (cut_place_at_preposition, "Совет при президенте РФ по развитию", [("РФ по развитию", "LOC")], [("РФ", "LOC")]),
    (drop_time_words, "Сегодня в 11:17 (по МСК) Путин", [("Сегодня", "PER"), ("МСК", "LOC"), ("Путин", "PER")],
     [("Путин", "PER")]),
    (kremlin_is_org, "В Кремле заявили", [("Кремле", "LOC")], [("Кремле", "ORG")]),
    (merge_adjacent_persons, "После ухода Радия Хабирова", [("Радия", "PER"), ("Хабирова", "PER")],
     [("Радия Хабирова", "PER")]),
    (balance_quotes, "партия «Исламское государство» заявила", [("Исламское государство»", "ORG")],
     [("Исламское государство", "ORG")]),
    (balance_quotes, "завод «Восход» работает", [("«Восход", "ORG")], [("«Восход»", "ORG")]),
    (propagate_within_doc, "Компания Кировлес банкрот. Кировлес молчит.", [("Кировлес", "ORG")],
     [("Кировлес", "ORG"), ("Кировлес", "ORG")]),
    # social handles name their owner; an e-mail address is no handle
    (add_social_handles, "«Смешно», – написал @Kornilov1968.", [], [("@Kornilov1968", "PER")]),
    (add_social_handles, "пользователь @traktor_bang оценил", [("traktor_bang", "ORG")], [("@traktor_bang", "PER")]),
    (add_social_handles, "Пишите на info@mail.ru или @ сюда.", [], []),
    (add_social_handles, "аккаунт @mid.rf сообщил", [], [("@mid.rf", "PER")]),
])
def test_rule(rule, text, given, expected):
    doc = doc_of(text)
    assert texts(doc, rule(doc, spans_of(doc, *given))) == sorted(expected)


def test_trim_leading_function_words():
    doc = doc_of("Всё-таки Проди ушёл.")
    doc.tokens[0].pos = "ADV"  # hand-set morphology: no model needed
    assert texts(doc, trim_leading_function_words(doc, spans_of(doc, ("Всё-таки Проди", "PER")))) == [("Проди", "PER")]


def test_extend_org_with_place():
    doc = doc_of("МВД Киргизии сообщило")
    doc.tokens[1].feats = {"Case": "Gen"}
    spans = extend_org_with_place(doc, spans_of(doc, ("МВД", "ORG"), ("Киргизии", "GPE")))
    assert texts(doc, spans) == [("Киргизии", "GPE"), ("МВД", "ORG_CORE"), ("МВД Киргизии", "ORG")]


def test_a_capitalised_verb_alone_is_no_name():
    doc = doc_of("Умер Петров.")
    doc.tokens[0].pos = "VERB"  # hand-set morphology: no model needed
    doc.tokens[1].pos = "PROPN"
    kept = trim_leading_function_words(doc, spans_of(doc, ("Умер", "PER"), ("Петров", "PER")))
    assert texts(doc, kept) == [("Петров", "PER")]
