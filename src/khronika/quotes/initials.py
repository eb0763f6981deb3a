"""(nm26, review rev25_A LOW 2) A person's name that opens with initials ("С. Собянин", "В. В. Путин") cut by the
parse or by NER at an initial's dot: "по словам С. Собянина, должен …" hung the surname on a later verb, so
the frame's owner was the letter "С" alone and the content began with ". Собянина"; "Но С. Собянин уже
пообещал" got a mention "Собянин" without its initial.  The name runs from its first initial to the end of the
person mention that covers the surname after the initials."""
from __future__ import annotations

import re
from dataclasses import dataclass

from khronika.nlp.doc import Doc, Mention

# An initial as the tokenizer leaves it: one capital letter, its dot a token of its own.
INITIAL = re.compile(r"[А-ЯЁA-Z]")

# At most this many initials before a surname ("В. В. Путин").
MAX_INITIALS = 3


@dataclass(frozen=True)
class InitialledName:
    """A person mention and the token range [first, stop) of its whole name, initials included."""
    mention: Mention
    first: int
    stop: int


def initials_end(doc: Doc, index: int) -> int:
    """The token after the chain of initials ("С .", "В . В .") starting at token `index`; `index` when
    there is none there."""
    tokens = doc.tokens
    k = index
    while k + 1 < len(tokens) and k - index < 2 * MAX_INITIALS and INITIAL.fullmatch(tokens[k].text) \
            and tokens[k + 1].text == "." and tokens[k + 1].start == tokens[k].stop:
        k += 2
    return k


def initialled_name(doc: Doc, mentions: list[Mention], index: int) -> InitialledName | None:
    """The person name whose initials start at token `index`: the PER mention (of `mentions`, sorted by start)
    that covers the first word after the initials and starts no earlier than the first initial."""
    surname = initials_end(doc, index)
    if surname == index or surname >= len(doc.tokens):
        return None
    tokens = doc.tokens
    first_start, surname_start = tokens[index].start, tokens[surname].start
    for mention in mentions:
        if mention.start > surname_start:
            break
        if mention.type == "PER" and first_start <= mention.start and mention.stop > surname_start:
            return InitialledName(mention, index, doc.token_span(mention.start, mention.stop)[1])
    return None


def name_cut_at_initials(doc: Doc, mentions: list[Mention], first: int, last: int) -> InitialledName | None:
    """A name opened by initials inside the phrase [first, last) that runs on past the phrase's end (the
    parse cut it there)."""
    for k in range(first, last):
        if k >= 2 and initials_end(doc, k - 2) > k - 2:
            continue  # (not the second initial of a chain that starts before)
        name = initialled_name(doc, mentions, k)
        if name is not None and name.stop > last:
            return name
    return None
