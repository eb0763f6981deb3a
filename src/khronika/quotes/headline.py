"""The headline frame "Песков: …" / "«Би-би-си»: …": a short speaker before a
colon in the title.  Also used by the colon rule of `direct` for the same
kind of prefix inside the body.
"""
from __future__ import annotations

import re

from khronika.nlp.doc import SpeakerRef
from khronika.quotes.candidate import Candidate
from khronika.quotes.context import HEADLINE_PREFIX_TOKENS, QuoteContext


def headline_quote(ctx: QuoteContext) -> Candidate | None:
    """"Песков: …" / "«Би-би-си»: …" in the title."""
    title = next((p for p in ctx.doc.parts if p.kind == "title"), None)
    if title is None:
        return None
    text = ctx.doc.text[title.start:title.stop]
    colon = text.find(":")
    if colon <= 0 or colon > 60:
        return None
    first, last = ctx.doc.token_span(title.start, title.start + colon)
    if last - first > HEADLINE_PREFIX_TOKENS or any(ctx.is_cue(k) for k in range(first, last)):
        return None
    ref = prefix_speaker(ctx, first, last)
    if ref is None:
        return None
    start, stop = ctx.extend_to_marks(title.start + colon + 1, title.stop)
    while start < stop and ctx.doc.text[start].isspace():
        start += 1
    return Candidate(start, stop, "headline", "headline", None, speaker=ref)


def prefix_speaker(ctx: QuoteContext, first: int, last: int) -> SpeakerRef | None:
    if first >= last:
        return None
    start, stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
    found = [m for m in ctx.res.mentions_in(start, stop) if m.type in ("PER", "ORG", "MEDIA", "ROLE")]
    if found:
        return ctx.res.ref(found[0])
    text = ctx.doc.text[start:stop].strip("«»\"“” ")
    head = next((k for k in range(first, last) if ctx.tokens[k].head < first or ctx.tokens[k].head >= last), first)
    named = any(t.pos == "PROPN" or (t.text.isupper() and len(t.text) > 1) or re.match(r"[A-Za-z]", t.text)
                for t in ctx.tokens[first:last]) or ctx.doc.text[start] in "«\""
    thing = ctx.tokens[head].pos == "NOUN" and ctx.tokens[head].feats.get("Animacy") == "Inan" \
        and ctx.doc.text[start] not in "«\""
    if named and not thing and text[:1].isupper() and len(text.split()) <= 3:
        # ("Обстрел Негева: …" is a topic: its head is a thing, the name only its complement)
        return SpeakerRef(None, text, ctx.doc.text[start:stop], start, stop)
    if ctx.tokens[head].feats.get("Animacy") == "Anim":
        return ctx.res.from_phrase(first, last, head)
    return None
