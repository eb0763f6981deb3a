"""Post-rules over raw NER spans: fix errors Slovnet is known to make.

Each rule is a small function `(doc, spans) -> spans`; `apply_rules` runs
them in order.  Spans are `RawSpan` (doc offsets + type) so the rules know
nothing about Natasha.  Word lists are static tables, data not logic.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from khronika.nlp.doc import Doc

# Time-zone and clock abbreviations Slovnet tags as places ("(по МСК)").
TIME_ZONES = frozenset({"мск", "msk", "gmt", "utc", "cet", "cest", "eet", "est", "edt", "pst", "pdt", "екб"})
# Relative-day and calendar words capitalised at a sentence start or in a
# sidebar ("Вчера в 23:35") that Slovnet sometimes tags as a name.
TIME_WORDS = frozenset({
    "вчера", "сегодня", "завтра", "позавчера", "послезавтра", "сейчас", "ныне",
    "понедельник", "вторник", "среда", "среду", "четверг", "пятница", "пятницу", "суббота", "субботу",
    "воскресенье", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
    "сентябрь", "октябрь", "ноябрь", "декабрь",
})
# Names that are always the organisation when Slovnet calls them a place:
# "Кремль" as a speaker or source is the Russian presidency.
ALWAYS_ORG = frozenset({"кремль", "кремля", "кремлю", "кремлем", "кремлём", "кремле"})

_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")


@dataclass
class RawSpan:
    start: int
    stop: int
    type: str
    source: str = "ner"


def _word(doc: Doc, span: RawSpan) -> str:
    return doc.text[span.start:span.stop].lower().replace("ё", "е").strip("«»\"' ")


def drop_time_words(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """МСК is not a place; "Вчера"/"Сегодня" are never entities."""
    return [
        s for s in spans
        if _word(doc, s) not in TIME_ZONES and _word(doc, s) not in TIME_WORDS and not _CLOCK.match(_word(doc, s))
    ]


def kremlin_is_org(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    for span in spans:
        if _word(doc, span) in ALWAYS_ORG:
            span.type = "ORG"
    return spans


def strip_quotes_and_dashes(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """Trim stray punctuation Slovnet leaves at span edges."""
    out = []
    for span in spans:
        start, stop = span.start, span.stop
        while start < stop and doc.text[start] in " -—–,.:;":
            start += 1
        while stop > start and doc.text[stop - 1] in " -—–,:;":
            stop -= 1
        if stop > start:
            span.start, span.stop = start, stop
            out.append(span)
    return out


RULES = [strip_quotes_and_dashes, drop_time_words, kremlin_is_org]


def apply_rules(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    for rule in RULES:
        spans = rule(doc, spans)
    return spans
