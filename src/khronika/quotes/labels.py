"""Labelled words: a paragraph that opens with a person's name and description and a
colon, then that person's own sentences with no quotation marks ("Мария Захарова, МИД
РФ: Помните, мы говорили …").  Digests and live feeds set a speaker's words so; the
label is the frame, the rest of the paragraph is direct speech of the named person
(rv23_Q M3).  Quoted words after such a label are read by `direct` (a "headline"
label frame), so only unquoted ones are taken here.
"""
from __future__ import annotations

import re

from khronika.nlp.doc import Part, SpeakerRef
from khronika.quotes.blocks import words_span
from khronika.quotes.candidate import Candidate
from khronika.quotes.context import DASHES, QuoteContext
from khronika.quotes.cues import finite_or_imperative
from khronika.quotes.direct import LABEL_PREFIX_TOKENS, STANDALONE_MIN_WORDS, labelled_person
from khronika.quotes.marks import QUOTE_CHARS


def label_quotes(ctx: QuoteContext) -> list[Candidate]:
    """One candidate per body paragraph that opens with a person's label and a colon."""
    text = ctx.doc.text
    out: list[Candidate] = []
    for part in ctx.doc.parts:
        if part.kind == "title":
            continue
        prefix = _label_prefix(ctx, part)
        if prefix is None:
            continue
        colon, first, last = prefix
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


# A transcript sets its speakers' names on lines of their own; one such line is a heading, not a layout.
TRANSCRIPT_MIN_LABELS = 2


def label_turn_quotes(ctx: QuoteContext) -> list[Candidate]:
    """(rv28_R cause 2) A transcript's turns: a paragraph that is only a person's name and a colon
    ("Аннабель Джонс:", "Чарли Брукер (сценарист):") labels the paragraphs after it, up to the next
    label, as that person's words; one candidate per paragraph.  Only in a text with at least
    TRANSCRIPT_MIN_LABELS such labels, only turns that speak (`_speaks`), a turn's later paragraphs
    only when they speak themselves, and the last turn only its first paragraph (narration may
    follow).  A label whose person is not known ("Вопрос:", an unread name) still ends the turn."""
    text = ctx.doc.text
    body = [p for p in ctx.doc.parts if p.kind != "title"]
    label_tokens = {n: _label_tokens(ctx, p) for n, p in enumerate(body)}
    labels = {n: _label_person(ctx, *span) for n, span in label_tokens.items() if span is not None}
    if sum(ref is not None for ref in labels.values()) < TRANSCRIPT_MIN_LABELS:
        return []
    out: list[Candidate] = []
    for n, ref in labels.items():
        if ref is None:
            continue
        later = [k for k in labels if k > n]
        turn = body[n + 1:later[0]] if later else body[n + 1:n + 2]
        spans = [words_span(text, p.start, p.stop) for p in turn if not _opens_with_label(ctx, p)]
        spans = [(start, stop) for start, stop in spans
                 if len(re.findall(r"\w+", text[start:stop])) >= STANDALONE_MIN_WORDS]
        # the turn's first paragraph goes with a turn that speaks; a later one must speak itself (an editor's
        # third-person note may sit between two turns: "У продюсера Сэнны Уоленберг разнообразная карьера …")
        spoken = [(start, stop) for k, (start, stop) in enumerate(spans) if k == 0 or _speaks(ctx, start, stop)]
        if any(_speaks(ctx, start, stop) for start, stop in spoken):
            out.extend(Candidate(start, stop, "colon", "label", None, speaker=ref) for start, stop in spoken)
    return out


def _label_prefix(ctx: QuoteContext, part: Part) -> tuple[int, int, int] | None:
    """A paragraph's opening label: its colon's offset and the label's tokens, at most LABEL_PREFIX_TOKENS."""
    colon = ctx.doc.text.find(":", part.start, part.stop)
    if colon == -1:
        return None
    first, last = ctx.doc.token_span(part.start, colon)
    return (colon, first, last) if 0 < last - first <= LABEL_PREFIX_TOKENS else None


def _opens_with_label(ctx: QuoteContext, part: Part) -> bool:
    """The paragraph opens with a label of its own ("Вопрос: …", "Мария Захарова, МИД РФ: …")."""
    prefix = _label_prefix(ctx, part)
    return prefix is not None and not any(finite_or_imperative(t) for t in ctx.tokens[prefix[1]:prefix[2]])


def _label_tokens(ctx: QuoteContext, part: Part) -> tuple[int, int] | None:
    """The tokens of a paragraph that is only a label and its colon, a bracketed role closing the
    label ("Аннабель Джонс (исполнительный продюсер):") left out; None for any other paragraph."""
    label = ctx.doc.text[part.start:part.stop].rstrip()
    if not label.endswith(":"):
        return None
    first, last = ctx.doc.token_span(part.start, part.start + len(label) - 1)
    if last > first and ctx.tokens[last - 1].text == ")":
        opening = next((k for k in range(last - 2, first, -1) if ctx.tokens[k].text == "("), None)
        last = opening if opening is not None else last
    if not 0 < last - first <= LABEL_PREFIX_TOKENS or any(finite_or_imperative(t) for t in ctx.tokens[first:last]):
        return None
    return first, last


def _label_person(ctx: QuoteContext, first: int, last: int) -> SpeakerRef | None:
    """The person a label-only paragraph's tokens name: one person's name and nothing else."""
    start, stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
    people = [m for m in ctx.res.mentions_in(start, stop) if m.type == "PER"]
    return ctx.res.ref(people[0]) if len(people) == 1 and (people[0].start, people[0].stop) == (start, stop) else None


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
