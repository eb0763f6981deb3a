"""Reported speech over a parsed `Doc`: runs the rule families (`direct`,
`blocks`, `clauses`, `frames`, `headline`) over one `QuoteContext`, merges their
candidates (`merge`) and resolves speakers in text order (`attribution`).
"""
from __future__ import annotations

import re

from khronika.nlp.doc import Quote, SpeakerRef
from khronika.quotes.abbreviations import expand_abbreviations
from khronika.quotes.attribution import name_title_descriptions, resolve
from khronika.quotes.blocks import block_quotes
from khronika.quotes.clauses import clause_quotes
from khronika.quotes.confidence import calibrate
from khronika.quotes.context import QuoteContext
from khronika.quotes.description_speakers import resolve_descriptions
from khronika.quotes.direct import dialogue_quotes, direct_quotes
from khronika.quotes.frames import frame_quotes
from khronika.quotes.headline import headline_quote
from khronika.quotes.interview import interview_answers
from khronika.quotes.labels import label_quotes, label_turn_quotes
from khronika.quotes.merge import merge
from khronika.quotes.region_speakers import complete_regions
from khronika.quotes.repeats import name_repeated_quotes

# "эксперта «Твоей столицы» считает": the closing mark a phrase stopped before is this near.
CLOSING_MARK_REACH = 40


def extract_all(ctx: QuoteContext) -> list[Quote]:
    """All quotes of the document, in text order."""
    dialogue = dialogue_quotes(ctx)
    candidates = direct_quotes(ctx) + dialogue + interview_answers(ctx, dialogue) + block_quotes(ctx) \
        + clause_quotes(ctx) + frame_quotes(ctx) + label_quotes(ctx) + label_turn_quotes(ctx)
    chosen = merge(ctx, candidates)
    for cand in chosen:
        signer = signed_block(ctx, cand)
        if signer is not None:
            cand.speaker, cand.speaker_head, cand.impersonal_verb, cand.cue = signer, None, None, "none"
            cand.follows, cand.negated, cand.hedged, cand.addressee_head = None, False, False, None
    quotes, scored = [], []
    for cand in sorted(chosen, key=lambda c: c.start):
        quote = resolve(ctx, cand)
        if quote is not None:
            quotes.append(quote)
            scored.append((quote, cand))
    resolved = [quote.speaker for quote in quotes]
    name_title_descriptions(ctx, quotes)
    name_repeated_quotes(ctx.doc, quotes)
    for quote in quotes:
        quote.speaker = tidy_speaker(ctx.doc.text, quote.speaker)
    name_bare_groups(quotes)
    resolve_descriptions(ctx, quotes)
    complete_regions(ctx, quotes)
    expand_abbreviations(ctx, quotes)
    for quote, before in zip(quotes, resolved):
        chain_speaker(quote, before)
    calibrate(ctx.doc, scored, ctx.confidence, ctx.features)
    return quotes


# (rv20_Q M3) The longest signature line under a block quote ("— Татьяна Скригонюк, заместитель
# начальника пресс-службы МЧС по Санкт-Петербургу"), in words.
SIGNATURE_WORDS = 25
_SIGNATURE_DASH = re.compile(r"\s*[—–-]\s*")


def signed_block(ctx: QuoteContext, cand) -> SpeakerRef | None:
    """(rv20_Q M3) A paragraph that is wholly quoted words, followed by a paragraph that is only
    a dash and a person's name (with a comma and a description, no verb): the line signs the
    quote, whose speaker is that person rather than the frame of the paragraph before."""
    text, parts = ctx.doc.text, ctx.doc.parts
    index = next((n for n, p in enumerate(parts) if p.start <= cand.start < p.stop), None)
    if index is None or index + 1 >= len(parts) or parts[index].kind == "title":
        return None
    para, line = parts[index], parts[index + 1]
    if re.search(r"\w", text[para.start:cand.start]) or re.search(r"\w", text[cand.stop:para.stop]):
        return None  # (the quote is the whole paragraph, nothing of the narration around it)
    dash = _SIGNATURE_DASH.match(text, line.start, line.stop)
    if dash is None or not text[line.start:line.stop].strip()[:1] in "—–-":
        return None
    person = next((m for m in ctx.doc.mentions if m.type == "PER" and m.start == dash.end()), None)
    if person is None or person.stop > line.stop:
        return None
    rest = text[person.stop:line.stop].strip()
    if rest and not rest.startswith(",") or len(re.findall(r"\w+", text[line.start:line.stop])) > SIGNATURE_WORDS:
        return None
    first, last = ctx.doc.token_span(line.start, line.stop)
    if any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" for t in ctx.tokens[first:last]):
        return None  # ("— Иван Петров, – сказал он": a frame line, read by the dash rules)
    head = next((k for k in range(first, last) if person.start <= ctx.tokens[k].start < person.stop), None)
    return ctx.res.from_head(head) if head is not None else None


def chain_speaker(quote: Quote, before: SpeakerRef | None) -> None:
    """The source chain ends with the speaker the later passes gave the quote: a renamed
    speaker is renamed there, one they dropped (an unnamed source, "официальные лица") leaves it;
    (bA38) one they gave a quote that had none ("добавили в надзорном органе") closes it."""
    if before is None and quote.speaker is not None and quote.source_chain \
            and quote.source_chain[-1] != quote.speaker.name:
        quote.source_chain.append(quote.speaker.name)
        return
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
