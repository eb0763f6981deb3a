"""(round 17) A group noun spelled out by a list after a colon: "приговоры вынесены другим участникам процесса:
Иван Петров, Олег Смирнов и Пётр Сидоров", "задержаны трое активистов: …".  The people listed are the actors,
not the description; only persons' names joined by commas and "и" count, so a colon opening a quote or a
clause names nobody.
"""
from __future__ import annotations

from khronika.events.lexicon import fold
from khronika.events.tree import Tree

# How many tokens a group phrase may run before its colon.
PHRASE_SPAN = 8
# Tokens allowed between the listed names.
JOINERS = frozenset({",", "и", "а", "также"})


def listed_people(tree: Tree, i: int) -> list[int]:
    """First tokens of the persons' names listed after the colon that closes the phrase of group noun i."""
    n = len(tree.doc.tokens)
    colon = next((k for k in range(i + 1, min(n, i + PHRASE_SPAN + 1)) if tree.tok(k).text == ":"), None)
    if colon is None:
        return []
    phrase = set(tree.subtree(i, 60))
    if any(k not in phrase for k in range(i + 1, colon)):
        return []  # (the colon closes a longer clause, not this phrase)
    out: list[int] = []
    k = colon + 1
    while k < n:
        mention = tree.mention_of[k]
        if mention is not None and mention.type == "PER":
            out.append(k)
            while k < n and tree.mention_of[k] is mention:
                k += 1
            continue
        if fold(tree.tok(k).text) in JOINERS and out:
            k += 1
            continue
        break
    return out
