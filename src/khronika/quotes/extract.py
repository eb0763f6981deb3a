"""Reported speech over a parsed `Doc`: runs the rule families (`direct`,
`blocks`, `clauses`, `frames`, `headline`) over one `QuoteContext`, merges their
candidates (`merge`) and resolves speakers in text order (`attribution`).
"""
from __future__ import annotations

from khronika.nlp.doc import Quote, SpeakerRef
from khronika.quotes.attribution import name_title_descriptions, resolve
from khronika.quotes.blocks import block_quotes
from khronika.quotes.clauses import clause_quotes
from khronika.quotes.confidence import calibrate
from khronika.quotes.context import QuoteContext
from khronika.quotes.description_speakers import resolve_descriptions
from khronika.quotes.direct import dialogue_quotes, direct_quotes
from khronika.quotes.frames import frame_quotes
from khronika.quotes.headline import headline_quote
from khronika.quotes.merge import merge

# "эксперта «Твоей столицы» считает": the closing mark a phrase stopped before is this near.
CLOSING_MARK_REACH = 40


def extract_all(ctx: QuoteContext) -> list[Quote]:
    """All quotes of the document, in text order."""
    candidates = direct_quotes(ctx) + dialogue_quotes(ctx) + block_quotes(ctx) + clause_quotes(ctx) \
        + frame_quotes(ctx)
    chosen = merge(ctx, candidates)
    quotes, scored = [], []
    for cand in sorted(chosen, key=lambda c: c.start):
        quote = resolve(ctx, cand)
        if quote is not None:
            quotes.append(quote)
            scored.append((quote, cand))
    resolved = [quote.speaker for quote in quotes]
    name_title_descriptions(ctx, quotes)
    for quote in quotes:
        quote.speaker = tidy_speaker(ctx.doc.text, quote.speaker)
    name_bare_groups(quotes)
    resolve_descriptions(ctx, quotes)
    for quote, before in zip(quotes, resolved):
        chain_speaker(quote, before)
    calibrate(ctx.doc, scored, ctx.confidence, ctx.features)
    return quotes


def chain_speaker(quote: Quote, before: SpeakerRef | None) -> None:
    """The source chain ends with the speaker the later passes gave the quote: a renamed
    speaker is renamed there, one they dropped (an unnamed source, "официальные лица") leaves it."""
    if before is None or quote.speaker is before or not quote.source_chain \
            or quote.source_chain[-1] != before.name:
        return
    if quote.speaker is None:
        quote.source_chain.pop()
    else:
        quote.source_chain[-1] = quote.speaker.name


def name_bare_groups(quotes: list[Quote]) -> None:
    """"Прокуроры США обвинили X …  По версии прокуроров, …": a speaker that is a bare group
    noun takes the fuller description an earlier quote of the document gave the same noun."""
    for i, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None or speaker.actor_id is not None or " " in speaker.name.strip() \
                or not speaker.name[:1].isalpha():
            continue
        noun = speaker.name.strip().lower()
        fuller = next((q.speaker for q in reversed(quotes[:i]) if q.speaker is not None
                       and len(q.speaker.name.split()) > 1 and q.speaker.name.split()[0].lower() == noun), None)
        if fuller is not None:
            quote.speaker = SpeakerRef(fuller.actor_id, fuller.name, speaker.text, speaker.start, speaker.stop)


def tidy_speaker(text: str, speaker: SpeakerRef | None) -> SpeakerRef | None:
    """A description speaker's name without a dangling guillemet or separator: "эксперт
    «Твоей столицы" (the phrase stopped before its closing mark, or the name was built from
    the words inside it) -> "эксперт «Твоей столицы»"; a trailing "/" or dash goes."""
    if speaker is None or speaker.actor_id is not None:
        return speaker
    name, start, stop = speaker.name.rstrip(" /|\\,;:—–-"), speaker.start, speaker.stop
    if name.count("«") > name.count("»"):
        if start is not None and stop is not None and text[start:stop].count("»") < text[start:stop].count("«"):
            closing = text.find("»", stop)
            if closing != -1 and closing - stop <= CLOSING_MARK_REACH and "«" not in text[stop:closing]:
                stop = closing + 1
        balanced = start is not None and stop is not None \
            and text[start:stop].count("»") >= text[start:stop].count("«")
        name = name + "»" if balanced else name.replace("«", "")
    if name == speaker.name:
        return speaker
    surface = text[start:stop] if start is not None and stop is not None else speaker.text
    return SpeakerRef(None, name.strip(), surface, start, stop)


def extract_headline(ctx: QuoteContext) -> list[Quote]:
    """The "Песков: …" frame of a lone headline (a related item in a sidebar):
    no body, often no parse, so only the headline rule runs."""
    cand = headline_quote(ctx)
    quote = resolve(ctx, cand) if cand is not None else None
    if quote is None:
        return []
    calibrate(ctx.doc, [(quote, cand)], ctx.confidence, ctx.features)
    return [quote]
