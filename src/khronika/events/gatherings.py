"""(round 15) Participants of a named gathering: the gold guide names such groups after the action
("участники акции «День гнева»", "участники «Марша Голунова»"), so an unnamed "участники акции" in a
document that names exactly one gathering with a «quoted» name are that gathering's participants.
Several named gatherings, or none: the group keeps the words the text gives (no guessing).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from khronika.events.lexicon import fold
from khronika.events.tree import Tree


# Nouns of gatherings whose participants the text may name ("участники акции", "участники марша").
NAMED_GATHERING_NOUNS = frozenset({"акция", "митинг", "марш", "шествие", "пикет", "демонстрация",
                                   "манифестация", "забастовка", "протест"})
QUOTE_OPEN, QUOTE_CLOSE = "«", "»"
MAX_NAME_TOKENS = 8  # a quoted name longer than this is a quotation, not a name
MAX_NOUN_GAP = 3  # tokens between the gathering noun and its quoted name ("акция протеста «День гнева»")
NAME_INFIXES = frozenset({"протест", "протестный", "солидарность"})  # words that may stand between them


@dataclass(frozen=True)
class NamedGathering:
    noun: str | None  # the noun the name follows ("акция"), None when the name begins with one ("Марш Голунова")
    words: tuple[str, ...]  # the quoted name's words as written
    first_lemma: str  # lemma of the name's first word
    genitive: tuple[str, ...] | None = None  # the name as the text writes it in the genitive, if it does


def _quoted(tree: Tree, start: int) -> list[int] | None:
    """Tokens of a «…» name opening at `start` (short, within the sentence)."""
    tokens = tree.doc.tokens
    out: list[int] = []
    for j in range(start + 1, min(len(tokens), start + MAX_NAME_TOKENS + 2)):
        if tokens[j].text == QUOTE_CLOSE:
            return out or None
        if tokens[j].text in (QUOTE_OPEN, ".", "!", "?"):
            return None
        out.append(j)
    return None


def _noun_before(tree: Tree, quote: int) -> int | None:
    """The gathering noun a «name» follows: right before it, or before "протеста" ("акция протеста «…»");
    "акция движения «…»" names the movement, not the gathering."""
    j = quote - 1
    while j >= 0 and quote - j <= MAX_NOUN_GAP and tree.lemma(j) in NAME_INFIXES:
        j -= 1
    return j if j >= 0 and tree.lemma(j) in NAMED_GATHERING_NOUNS else None


def named_gatherings(tree: Tree) -> list[NamedGathering]:
    """Distinct «quoted» gathering names of the document, in order of first use."""
    found: dict[str, NamedGathering] = {}
    tokens = tree.doc.tokens
    for k, token in enumerate(tokens):
        if token.text != QUOTE_OPEN:
            continue
        name = _quoted(tree, k)
        if not name:
            continue
        first = tree.lemma(name[0])
        if first in NAMED_GATHERING_NOUNS:
            gathering = NamedGathering(None, tuple(tokens[j].text for j in name), first)
            key = fold(" ".join([first] + [tree.lemma(j) for j in name[1:]]))
        else:
            noun = _noun_before(tree, k)
            if noun is None:
                continue
            gathering = NamedGathering(tree.lemma(noun), tuple(tokens[j].text for j in name), first)
            key = fold(" ".join(tree.lemma(j) for j in name))
        found.setdefault(key, gathering)
        if first in NAMED_GATHERING_NOUNS and tree.case(name[0]) == "Gen" and found[key].genitive is None:
            found[key] = replace(found[key], genitive=gathering.words)
    return list(found.values())


def participants_name(tree: Tree, gathering_token: int, inflect_genitive: Callable[[str], str]) -> str | None:
    """"участник акции" → "участник акции «День гнева»" / "участник «Марша Голунова»" when the document
    names exactly one gathering and the group's own gathering noun carries no name of its own."""
    gatherings = named_gatherings(tree)
    if len(gatherings) != 1:
        return None
    following = gathering_token + 1
    if following < len(tree.doc.tokens) and tree.doc.tokens[following].text == QUOTE_OPEN:
        return None  # the group's gathering is named right here
    gathering = gatherings[0]
    noun = tree.lemma(gathering_token)
    if gathering.noun is not None:
        if noun != gathering.noun:
            return None
        return f"участник {tree.tok(gathering_token).text} «{' '.join(gathering.words)}»"
    # "«Марш Голунова»": its first word is the gathering noun, in the genitive after "участник"
    if noun not in ("акция", gathering.first_lemma):
        return None
    words = gathering.genitive or (inflect_genitive(gathering.words[0]),) + gathering.words[1:]
    return f"участник «{' '.join(words)}»"
