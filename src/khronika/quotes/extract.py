"""Reported speech over a parsed `Doc`: runs the rule families (`direct`,
`blocks`, `clauses`, `frames`, `headline`) over one `QuoteContext`, merges their
candidates (`merge`) and resolves speakers in text order (`attribution`).
"""
from __future__ import annotations

from khronika.nlp.doc import Quote
from khronika.quotes.attribution import name_title_descriptions, resolve
from khronika.quotes.blocks import block_quotes
from khronika.quotes.clauses import clause_quotes
from khronika.quotes.context import QuoteContext
from khronika.quotes.direct import dialogue_quotes, direct_quotes
from khronika.quotes.frames import frame_quotes
from khronika.quotes.headline import headline_quote
from khronika.quotes.merge import merge


def extract_all(ctx: QuoteContext) -> list[Quote]:
    """All quotes of the document, in text order."""
    candidates = direct_quotes(ctx) + dialogue_quotes(ctx) + block_quotes(ctx) + clause_quotes(ctx) \
        + frame_quotes(ctx)
    chosen = merge(ctx, candidates)
    quotes = []
    for cand in sorted(chosen, key=lambda c: c.start):
        quote = resolve(ctx, cand)
        if quote is not None:
            quotes.append(quote)
    name_title_descriptions(ctx, quotes)
    return quotes


def extract_headline(ctx: QuoteContext) -> list[Quote]:
    """The "Песков: …" frame of a lone headline (a related item in a sidebar):
    no body, often no parse, so only the headline rule runs."""
    cand = headline_quote(ctx)
    quote = resolve(ctx, cand) if cand is not None else None
    return [quote] if quote is not None else []
