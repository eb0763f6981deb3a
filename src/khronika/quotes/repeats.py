"""(dvK) Unframed quoted words that the text quotes again with a frame.

A reprint often opens with the speaker's words as a lead or epigraph ("«Логика проста - …»."
as the first line) and quotes them again, with the frame, further down ("… Логика проста - …",
- написала она в фейсбуке"). The unframed copy has the framed copy's speaker.
"""
from __future__ import annotations

import re

from khronika.nlp.doc import Doc, Quote

# Share of the unframed quote's words the framed quote must contain to repeat it.
REPEAT_SHARE = 0.8
# Fewer words than this are too common to say the words are the same statement.
REPEAT_MIN_WORDS = 5


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _repeats(unframed: Quote, framed: Quote) -> bool:
    """The framed quote contains most of the unframed quote's words."""
    words = _words(unframed.text)
    return len(words) >= REPEAT_MIN_WORDS and len(words & _words(framed.text)) >= REPEAT_SHARE * len(words)


def _has_predicate(doc: Doc, quote: Quote) -> bool:
    """The quoted words say something (a verb or a short adjective), not only name it
    («Дом научной коллаборации имени Фридмана» is a name in marks)."""
    first, last = doc.token_span(quote.start, quote.stop)
    return any(t.pos in ("VERB", "AUX") or t.pos == "ADJ" and t.feats.get("Variant") == "Short"
               for t in doc.tokens[first:last])


def name_repeated_quotes(doc: Doc, quotes: list[Quote]) -> None:
    """Give an unframed speakerless quote the speaker of the nearest other quote that repeats it."""
    for quote in quotes:
        if quote.speaker is not None or quote.cue != "none" or not _has_predicate(doc, quote):
            continue
        repeats = [other for other in quotes
                   if other is not quote and other.speaker is not None and _repeats(quote, other)]
        if repeats:
            nearest = min(repeats, key=lambda other: abs(other.start - quote.start))
            quote.speaker = nearest.speaker
