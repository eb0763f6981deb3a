"""(round 35) The second party of a symmetric act that the parser hung elsewhere.

"партия «Техрик-э-Лабаик Пакистан» (ТЛП) и пакистанское правительство заключили соглашение": the parser
made "правительство" a conjunct of a noun after the verb, so the agreement has one side.  In the text the
two parties stand together before the verb: the subject, "и", then a nominative noun phrase that ends
right before the trigger.  That phrase is the other side.
"""
from __future__ import annotations

from khronika.events.actors import actors_at
from khronika.events.tree import Found, Tree

PHRASE_POS = frozenset({"ADJ", "NOUN", "PROPN", "DET", "NUM"})


def stray_subject_conjunct(tree: Tree, source_tokens: list[int], i: int) -> list[Found]:
    """Actors of "S и Y <verb>" where Y is not the verb's subject in the parse: the verb i, a subject
    token s before it, and between them only the subject phrase, "и" and Y (a nominative noun phrase
    that closes right before i).  Nothing when Y is in another case or a clause intervenes."""
    if tree.tok(i).pos != "VERB":
        return []
    subjects = [s for s in source_tokens if s is not None and s < i]
    if not subjects:
        return []
    sentence = tree.doc.sentence_at(tree.tok(i).start)
    if sentence is None:
        return []
    first = tree.doc.sentences[sentence].token_start
    j = i - 1
    while j >= first and tree.tok(j).pos in PHRASE_POS and tree.lemma(j) != "и":
        j -= 1
    if j < first or j == i - 1 or tree.lemma(j) != "и" or tree.tok(j).pos != "CCONJ":
        return []
    phrase = range(j + 1, i)
    heads = [k for k in phrase if tree.tok(k).pos in ("NOUN", "PROPN") and tree.case(k) == "Nom"
             and (tree.head(k) is None or tree.head(k) not in phrase)]
    if len(heads) != 1:
        return []
    subject = max(subjects)
    if subject >= j:
        return []
    between = range(subject + 1, j)
    if any(tree.tok(k).pos in ("VERB", "AUX") or tree.lemma(k) in ("который", "что", "чтобы") for k in between):
        return []  # a clause between the subject and "и": Y belongs to it
    return actors_at(tree, heads[0])
