"""Labelled words: a paragraph that opens with a person's name and description and a
colon, then that person's own sentences with no quotation marks ("Мария Захарова, МИД
РФ: Помните, мы говорили …").  Digests and live feeds set a speaker's words so; the
label is the frame, the rest of the paragraph is direct speech of the named person
(rv23_Q M3).  Quoted words after such a label are read by `direct` (a "headline"
label frame), so only unquoted ones are taken here.
"""
from __future__ import annotations

import re

from khronika.nlp.doc import Part
from khronika.quotes.blocks import words_span
from khronika.quotes.candidate import Candidate
from khronika.quotes.context import DASHES, QuoteContext
from khronika.quotes.direct import LABEL_PREFIX_TOKENS, STANDALONE_MIN_WORDS, labelled_person
from khronika.quotes.marks import QUOTE_CHARS


def label_quotes(ctx: QuoteContext) -> list[Candidate]:
    """One candidate per body paragraph that opens with a person's label and a colon."""
    text = ctx.doc.text
    out: list[Candidate] = []
    for part in ctx.doc.parts:
        if part.kind == "title":
            continue
        colon = text.find(":", part.start, part.stop)
        if colon == -1:
            continue
        first, last = ctx.doc.token_span(part.start, colon)
        if not 0 < last - first <= LABEL_PREFIX_TOKENS:
            continue
        start, stop = words_span(text, colon + 1, part.stop)
        words = text[start:stop]
        if not words[:1].isupper() or words[0] in QUOTE_CHARS or words[0] in DASHES \
                or len(re.findall(r"\w+", words)) < STANDALONE_MIN_WORDS:
            continue
        if not _speaks(ctx, start, stop) and not _answers_labelled_question(ctx, part):
            continue  # (rev23_C M2) a biography card, a list of victims, narration: no one's words
        ref = labelled_person(ctx, first, last)
        if ref is not None:
            out.append(Candidate(start, stop, "colon", "label", None, speaker=ref))
    return out


def _speaks(ctx: QuoteContext, start: int, stop: int) -> bool:
    """The words are someone's own speech: a first or second person (a pronoun or a verb) or
    an imperative shows a speaker talking, which a card's or a list's third-person lines lack."""
    first, last = ctx.doc.token_span(start, stop)
    return any(t.feats.get("Person") in ("1", "2") or t.feats.get("Mood") == "Imp"
               for t in ctx.doc.tokens[first:last])


def _answers_labelled_question(ctx: QuoteContext, part: Part) -> bool:
    """(nm26, review rev25_A LOW 4) "Deutsche Welle: … Расскажите, как продвигается работа?" ¶ "Фридрих фон Болен:
    Для начала стоит разобраться …": a labelled paragraph right after a labelled question is the answer in an
    interview's label layout - someone's words even in the third person."""
    body = [p for p in ctx.doc.parts if p.kind == "paragraph"]
    previous = next((body[n - 1] for n, p in enumerate(body) if p is part and n > 0), None)
    if previous is None:
        return False
    text = ctx.doc.text
    colon = text.find(":", previous.start, previous.stop)
    if colon == -1:
        return False
    first, last = ctx.doc.token_span(previous.start, colon)
    return 0 < last - first <= LABEL_PREFIX_TOKENS and text[previous.start:previous.stop].rstrip().endswith("?")
