"""Block quotes: a paragraph of someone's words with no quotation marks,
introduced by a cue clause that closes the paragraph before it with a colon
("Президент федерации Иван Петров отметил:" / next paragraph "Мы не можем …").
Pages set such quotes as a blockquote; text dumps keep only the paragraph.
The frame is read as for "X заявил: «…»" (`direct.colon_frame`); the words of
the block then belong to that speaker, not to frames inside them.
"""
from __future__ import annotations

import re

from khronika.quotes.candidate import Candidate
from khronika.quotes.context import DASHES, QuoteContext
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


def block_quotes(ctx: QuoteContext) -> list[Candidate]:
    """One candidate per paragraph that follows a paragraph ending in a cue and a colon."""
    text = ctx.doc.text
    parts = [p for p in ctx.doc.parts if p.kind != "title"]
    out: list[Candidate] = []
    for before, block in zip(parts, parts[1:]):
        frame = text[before.start:before.stop].rstrip()
        if not frame.endswith(":"):
            continue
        start, stop = words_span(text, block.start, block.stop)
        words = text[start:stop]
        if not words or words[0] in QUOTE_CHARS or words[0] in DASHES or words.endswith(":") \
                or len(re.findall(r"\w+", words)) < BLOCK_MIN_WORDS or _OWN_FRAME.match(words):
            continue  # quoted words and dialogue lines have their own rules; a frame is no block
        colon = before.start + len(frame) - 1
        for cand in colon_frame(ctx, colon, start, stop, headline=False):
            if cand.rule == "colon":
                cand.rule = "block"
                out.append(cand)
    return out


def words_span(text: str, start: int, stop: int) -> tuple[int, int]:
    """The span [start, stop) without the white space around it and a closing full stop."""
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] == "."):
        stop -= 1
    return start, stop
