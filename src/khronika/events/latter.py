"""(round 20) Phrases that point back at named people inside their own sentence.

"сравнил A с B и назвал последнюю «ничтожеством»": a substantivised "последний" ("the latter") is the
last person named before it in the sentence, not the sentence's first or most salient one.
"""
from __future__ import annotations

from khronika.events.tree import Tree

LATTER_LEMMAS = frozenset({"последний"})
# Roles a substantivised adjective takes as a phrase of its own (as a modifier it is "amod").
ARGUMENT_RELS = frozenset({"obj", "nsubj", "nsubj:pass", "iobj", "obl", "nmod", "conj"})


def _root(tree: Tree, i: int) -> int:
    seen = 0
    while (h := tree.head(i)) is not None and seen < 60:
        i, seen = h, seen + 1
    return i


def latter_person(tree: Tree, i: int) -> int | None:
    """The token of the last person named before a bare "последний/последняя" in its sentence,
    when at least two different people are named there before it."""
    token = tree.tok(i)
    if tree.lemma(i) not in LATTER_LEMMAS or tree.mention_of[i] is not None \
            or (token.rel not in ARGUMENT_RELS and not _disagreeing_modifier(tree, i)):
        return None
    root = _root(tree, i)
    people: list[int] = []
    ids: set[str] = set()
    k = i - 1
    while k >= 0 and i - k <= 60:
        mention = tree.mention_of[k]
        if mention is not None and mention.type == "PER" and mention.actor_id:
            if _root(tree, k) != root:
                break
            if mention.actor_id not in ids:
                ids.add(mention.actor_id)
                people.append(k)
        elif tree.tok(k).text in (".", "!", "?"):
            break
        k -= 1
    return people[0] if len(ids) >= 2 else None


def _disagreeing_modifier(tree: Tree, i: int) -> bool:
    """An accusative "последнего/последнюю" the parser hung as a modifier on a noun in another case, or on
    a noun after an opening quote (an adjective outside the quotes is no part of the quoted epithet)."""
    head = tree.head(i)
    if tree.tok(i).rel != "amod" or head is None or head < i or tree.tok(i).feats.get("Case") != "Acc":
        return False
    quoted = i + 1 < len(tree.doc.tokens) and tree.tok(i + 1).text in ("«", '"', "„", "“")
    return quoted or tree.tok(head).feats.get("Case") not in (None, "Acc")


def stray_latter(tree: Tree, verb: int) -> list[int]:
    """The object "последнюю" of a verb of calling, hung on the verb's predicative noun:
    "назвал последнюю «потасканным ничтожеством»"."""
    return [a for x in tree.kids(verb, "xcomp", "obl") for a in tree.kids(x, "amod")
            if tree.lemma(a) in LATTER_LEMMAS and _disagreeing_modifier(tree, a)]
