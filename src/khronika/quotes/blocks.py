"""Block quotes: a paragraph of someone's words with no quotation marks,
introduced by a cue clause that closes the paragraph before it with a colon
("Президент федерации Иван Петров отметил:" / next paragraph "Мы не можем …").
Pages set such quotes as a blockquote; text dumps keep only the paragraph.
The frame is read as for "X заявил: «…»" (`direct.colon_frame`); the words of
the block then belong to that speaker, not to frames inside them.
"""
from __future__ import annotations

import re

from khronika.nlp.doc import Part
from khronika.quotes.candidate import Candidate
from khronika.quotes.context import AUTHOR_ASIDES, DASHES, QuoteContext
from khronika.quotes.cues import lemma
from khronika.quotes.direct import colon_frame
from khronika.quotes.marks import QUOTE_CHARS

# A block needs this many words to be speech rather than a label or list item.
BLOCK_MIN_WORDS = 4
# The first sentence of a block that opens with a frame of its own ("По его словам, …",
# "Как говорят знакомые, …", "Как сообщается, …") is reported speech of others, and one that opens
# with a pronoun and a verb that goes on with a statement ("Он добавил, что …") is the narration
# after it: the colon's words were lost (dvQ: Wikinews pages whose embedded quotes were dropped).
_OWN_FRAME = re.compile(r"(?i)^(?:по\s+(?:его|её|ее|их)\s+словам|как\s+\w+[\s,]"
                        r"|(?:он|она|они)\s+(?:также\s+)?(?:добавил|уточнил|подчеркнул|отметил|пояснил)(?:а|и)?"
                        r"\s*[,:]?\s+что\b)")
# (mD32, rv32_Q C4) A post of several paragraphs goes on while its paragraphs speak in the first or second
# person, as the block does ("Это решение далось мне нелегко …" / "Я хочу сказать всем вам спасибо …");
# narration about the speaker does not.
SPEAKER_PRONOUNS = frozenset({"я", "мы", "ты", "вы", "мой", "наш", "твой", "ваш"})
BLOCK_MAX_PARAGRAPHS = 4
# (mL33) A quotation closed before a dash frame inside the paragraph ("…нет. «К нам никаких просьб не поступало»,
# — отметил он."): the paragraph is narration that quotes someone, not the block the colon introduced ("В заявлении
# FCA говорится:" / the statement lost / "Президент ВФЛА сообщил, что … «…», — отметил он.").
_FRAMED_QUOTE = re.compile(r"[»“\"][ \u00a0]*,[ \u00a0]*[–—][ \u00a0]+[а-яё]")
# (mD32) Bullets opening a paragraph: a list ("перечислены следующие федерации:" / "• Афганистан • Андорра …"),
# no one's words.
BULLETS = "•●▪◦"


def block_quotes(ctx: QuoteContext) -> list[Candidate]:
    """One candidate per paragraph that follows a paragraph ending in a cue and a colon."""
    text = ctx.doc.text
    parts = [p for p in ctx.doc.parts if p.kind != "title"]
    out: list[Candidate] = []
    for n, (before, block) in enumerate(zip(parts, parts[1:])):
        frame = text[before.start:before.stop].rstrip()
        if not frame.endswith(":"):
            continue
        start, stop = words_span(text, block.start, block.stop)
        if not _block_words(text[start:stop]):
            continue  # quoted words and dialogue lines have their own rules; a frame is no block
        if _FRAMED_QUOTE.search(text, start, stop):
            continue  # (mL33) the narration after a colon whose words the page lost: it frames a quote of its own
        stop = _post_stop(ctx, parts[n + 1:n + 1 + BLOCK_MAX_PARAGRAPHS], stop)
        colon = before.start + len(frame) - 1
        for cand in colon_frame(ctx, colon, start, stop, headline=False):
            if cand.rule == "colon":
                cand.rule = "block"
                out.append(cand)
    return out


def _block_words(words: str) -> bool:
    """The paragraph's words can be a block: no opening mark or dash, no frame of its own, long enough."""
    return bool(words) and words[0] not in QUOTE_CHARS and words[0] not in DASHES and words[0] not in BULLETS \
        and not words.endswith(":") \
        and len(re.findall(r"\w+", words)) >= BLOCK_MIN_WORDS and not _OWN_FRAME.match(words)


def _post_stop(ctx: QuoteContext, paragraphs: list[Part], stop: int) -> int:
    """(mD32, rv32_Q C4) Where a block ends: after its first paragraph, or after the paragraphs that go on
    speaking in the first or second person with no quotation mark of their own, when the first one does."""
    text = ctx.doc.text
    voice: set[str] = set()
    for number, part in enumerate(paragraphs):
        start, end = words_span(text, part.start, part.stop)
        if number and (part.kind == "title" or not _block_words(text[start:end])
                       or any(c in QUOTE_CHARS for c in text[start:end]) or _others_frame(ctx, start, end)
                       or _author_aside_opens(ctx, start, end)):
            break
        persons = _persons(ctx, start, end)
        # (cr32 F7) a later paragraph goes on in the voice the first spoke in: the newsroom's "Мы обратились в
        # пресс-службу …" after a governor's "Я принял решение …" is the writer's again
        if not persons or number and not persons & voice:
            break
        voice |= persons if not number else set()
        stop = end
    return stop


def _author_aside_opens(ctx: QuoteContext, start: int, stop: int) -> bool:
    """(cr32 F7) The paragraph opens with the writer's aside: "Напомним, …", "Отметим, что …"."""
    first, last = ctx.doc.token_span(start, stop)
    return first < last and lemma(ctx.doc.tokens[first]) in AUTHOR_ASIDES \
        and ctx.doc.tokens[first].feats.get("Person") == "1"


def _others_frame(ctx: QuoteContext, start: int, stop: int) -> bool:
    """A finite cue verb in [start, stop) whose speaker is not the one speaking in the first or second person
    ("Мы надеемся на выздоровление, сказал Петров": the narration frames words of its own)."""
    first, last = ctx.doc.token_span(start, stop)
    for k in range(first, last):
        token = ctx.doc.tokens[k]
        if token.feats.get("VerbForm") != "Fin" or token.feats.get("Person") in ("1", "2") or not ctx.is_cue(k):
            continue
        subject = ctx.subject_of(k)
        if subject is None or lemma(ctx.doc.tokens[subject]) not in SPEAKER_PRONOUNS:
            return True
    return False


# The voice a pronoun or possessive speaks in.
PRONOUN_PERSONS = {"я": "1sg", "мой": "1sg", "мы": "1pl", "наш": "1pl", "ты": "2", "вы": "2", "твой": "2",
                   "ваш": "2"}


def _persons(ctx: QuoteContext, start: int, stop: int) -> set[str]:
    """The first and second persons ("1sg", "1pl", "2") its pronouns, possessives and verbs speak in, in
    [start, stop)."""
    first, last = ctx.doc.token_span(start, stop)
    persons = set()
    for token in ctx.doc.tokens[first:last]:
        if lemma(token) in PRONOUN_PERSONS:
            persons.add(PRONOUN_PERSONS[lemma(token)])
        elif token.pos in ("VERB", "AUX") and token.feats.get("Person") in ("1", "2"):
            person = token.feats["Person"]
            persons.add("2" if person == "2" else "1pl" if token.feats.get("Number") == "Plur" else "1sg")
    return persons


def words_span(text: str, start: int, stop: int) -> tuple[int, int]:
    """The span [start, stop) without the white space around it and a closing full stop."""
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] == "."):
        stop -= 1
    return start, stop
