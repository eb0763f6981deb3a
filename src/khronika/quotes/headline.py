"""The headline frame "Песков: …" / "«Би-би-си»: …": a short speaker before a
colon in the title.  Also used by the colon rule of `direct` for the same
kind of prefix inside the body.
"""
from __future__ import annotations

import re

from khronika.nlp.doc import SpeakerRef
from khronika.quotes.candidate import Candidate
from khronika.quotes.context import HEADLINE_PREFIX_TOKENS, QuoteContext

# A cue verb this close after the colon frames the title's words itself.
OWN_FRAME_TOKENS = 4
# "Content – Speaker" titles: at least this many words of content before the dash.
DASH_TITLE_MIN_WORDS = 4
# "Ягудин — о переходе …:", "Песков — про санкции:": a topic after the speaker's dash.
TOPIC_PREPOSITIONS = frozenset({"о", "об", "обо", "про"})
_DASH_SUFFIX = re.compile(r"\s*(\S.*\S)\s+[—–-]\s+([^—–\-:]{2,60}?)\s*$")


def headline_quote(ctx: QuoteContext) -> Candidate | None:
    """"Песков: …" / "«Би-би-си»: …" in the title."""
    title = next((p for p in ctx.doc.parts if p.kind == "title"), None)
    if title is None:
        return None
    text = ctx.doc.text[title.start:title.stop]
    colon = text.find(":")
    if colon <= 0 or colon > 60:
        return _dash_suffix(ctx, title.start, title.stop)
    first, last = ctx.doc.token_span(title.start, title.start + colon)
    last = _before_topic_dash(ctx, first, last)
    if _opens_with_adverb(ctx, first, last):
        return None  # "Кругом враги: …", "«Очень сексапильная Барби»: …": a phrase, not a speaker
    if last - first > HEADLINE_PREFIX_TOKENS or any(ctx.is_cue(k) for k in range(first, last)) \
            or any(ctx.tokens[k].feats.get("VerbForm") == "Fin" for k in range(first, last)):
        return None  # ("ПНС заметает следы: …" is a clause, not a speaker)
    after_first, after_last = ctx.doc.token_span(title.start + colon + 1, title.stop)
    if any(ctx.is_cue(k) and ctx.tokens[k].feats.get("VerbForm") == "Fin" and ctx.kids(k, "nsubj")
           for k in range(after_first, min(after_last, after_first + OWN_FRAME_TOKENS))):
        return None  # "Хроника: Вострецов заявил, что …": the words have a frame (and speaker) of their own
    ref = prefix_speaker(ctx, first, last)
    if ref is None:
        return None
    start, stop = ctx.extend_to_marks(title.start + colon + 1, title.stop)
    while start < stop and ctx.doc.text[start].isspace():
        start += 1
    return Candidate(start, stop, "headline", "headline", None, speaker=ref)


def _before_topic_dash(ctx: QuoteContext, first: int, last: int) -> int:
    """"Ягудин — о переходе Трусовой: …": the speaker is before the dash, the words after it
    name the topic; the prefix ends at the dash."""
    for k in range(first + 1, last - 1):
        if ctx.tokens[k].text in "—–-" and ctx.tokens[k + 1].text.lower() in TOPIC_PREPOSITIONS:
            return k
    return last


def _opens_with_adverb(ctx: QuoteContext, first: int, last: int) -> bool:
    k = first
    while k < last and ctx.tokens[k].pos == "PUNCT":
        k += 1
    return k < last and ctx.tokens[k].pos == "ADV"


def _dash_suffix(ctx: QuoteContext, start: int, stop: int) -> Candidate | None:
    """"Концерты до 22 июня невозможны – Степанов": a title that ends with a dash and
    a short named speaker (a person, organisation or outlet mention)."""
    m = _DASH_SUFFIX.match(ctx.doc.text, start, stop)
    if not m or len(re.findall(r"\w+", m.group(1))) < DASH_TITLE_MIN_WORDS:
        return None
    first, last = ctx.doc.token_span(m.start(2), m.end(2))
    if not 0 < last - first <= HEADLINE_PREFIX_TOKENS:
        return None
    if any(x.type == "PER" and x.stop == m.end(1) for x in ctx.res.mentions_in(m.start(1), m.end(1))):
        return None  # "Арум анонсировал поединок Ломаченко – Лопес": a pairing of two names
    found = [x for x in ctx.res.mentions_in(m.start(2), m.end(2)) if x.type in ("PER", "ORG", "MEDIA")]
    if not found or ctx.doc.token_span(found[0].start, found[0].stop)[0] != first:
        return None
    content_start, content_stop = ctx.extend_to_marks(m.start(1), m.end(1))
    return Candidate(content_start, content_stop, "headline", "headline", None, speaker=ctx.res.ref(found[0]))


def prefix_speaker(ctx: QuoteContext, first: int, last: int) -> SpeakerRef | None:
    if first >= last or any(t.pos == "VERB" and (t.feats.get("VerbForm") == "Fin" or t.feats.get("Mood") == "Imp")
                            for t in ctx.tokens[first:last]):
        return None  # ("ПНС заметает следы: …": a clause, not a speaker)
    start, stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
    head = next((k for k in range(first, last) if ctx.tokens[k].head < first or ctx.tokens[k].head >= last), first)
    found = [m for m in ctx.res.mentions_in(start, stop) if m.type in ("PER", "ORG", "MEDIA", "ROLE")]
    # (a noun's complement is not the speaker: "Друзья Зеленского в зоопарке: …", "Перезапуск
    # НАПК: …"; a document's may be its author: "Опрос ФСО: …")
    if ctx.tokens[head].pos == "NOUN" and not ctx.lex.is_source(ctx.tokens[head]):
        found = [m for m in found if m.start <= ctx.tokens[head].start < m.stop
                 or ctx.doc.token_span(m.start, m.stop)[0] == first]
    if found:
        return ctx.res.ref(found[0])
    text = ctx.doc.text[start:stop].strip("«»\"“” ")
    named = any(t.pos == "PROPN" or (t.text.isupper() and len(t.text) > 1) or re.match(r"[A-Za-z]", t.text)
                for t in ctx.tokens[first:last]) or ctx.doc.text[start] in "«\""
    # (the tagger calls a capitalised first word PROPN: "Пенсии по-новому: …" is still a thing)
    thing = ctx.tokens[head].pos in ("NOUN", "PROPN") and ctx.tokens[head].feats.get("Animacy") == "Inan" \
        and ctx.doc.text[start] not in "«\"" and not re.match(r"[A-Za-z]", ctx.tokens[head].text)
    if named and not thing and text[:1].isupper() and len(text.split()) <= 3:
        # ("Обстрел Негева: …" is a topic: its head is a thing, the name only its complement)
        return SpeakerRef(None, text, ctx.doc.text[start:stop], start, stop)
    if ctx.tokens[head].feats.get("Animacy") == "Anim":
        return ctx.res.from_phrase(first, last, head)
    return None
