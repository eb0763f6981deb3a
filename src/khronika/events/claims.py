"""(round 15) Who tells of a wrongdoing (lexicon flag `claim`): "Лавров заявил, что США нарушили договор",
"по словам X, …", "как считает X, …".  Only the teller's own frame counts: the nearest reporting verb above
the trigger (its subject, or nobody when it names none), else "по словам X" / "как <reporting verb> X" in
the sentence; an outlet relaying the sentence ("…, сообщает ТАСС") tells nothing of its own, and a pronoun
teller ("Они сочли, что …") is not resolved for it.
"""
from __future__ import annotations

from khronika.events.actors import actors_at
from khronika.events.tree import VERBAL, Found, Tree


REPORT_DEPTH = 5  # ancestors searched for the reporting verb
# Verbs by which an outlet relays a sentence ("…, сообщает ТАСС", "передаёт Reuters"), in the present tense.
RELAY_VERBS = frozenset({"сообщать", "передавать"})


def relays(tree: Tree, verb: int) -> bool:
    return tree.lemma(verb) in RELAY_VERBS and tree.tok(verb).feats.get("Tense") == "Pres"


def relay_cue(cue: str) -> bool:
    """A quote cue by which an outlet relays ("сообщает", "передаёт")."""
    word = cue.lower().replace("ё", "е").split()[0] if cue.strip() else ""
    return word in RELAY_VERBS or word in ("сообщает", "сообщают", "передает", "передают")


def _named(tree: Tree, tellers: list[int]) -> list[Found]:
    """Actors of the teller tokens; a pronoun teller ("Они сочли, что …") is left out: an accusation is not
    put in the mouth of a guessed antecedent."""
    return [f for t in tellers if tree.tok(t).pos != "PRON" for f in actors_at(tree, t)]


def claim_tellers(tree: Tree, i: int, sentence: int, speech_verbs: frozenset[str]) -> list[Found] | None:
    """The tellers the claim's own frame names ([] when its frame names no one usable), None without a frame."""
    for a in tree.ancestors(i, REPORT_DEPTH):
        if tree.lemma(a) in speech_verbs and tree.tok(a).pos in VERBAL:
            tellers = tree.kids(a, "nsubj") or [c for c in tree.kids(a, "obl") if tree.prep(c) == "в"]
            return _named(tree, tellers)  # (a reporting verb naming nobody: no one)
    for c in tree.kids(i, "parataxis"):
        # "Судьи заслуживают смерти, заявили члены партии": the reporting verb hung on the claim itself
        if tree.lemma(c) in speech_verbs and tree.tok(c).pos in VERBAL and not relays(tree, c):
            return _named(tree, tree.kids(c, "nsubj"))
    span = tree.doc.sentences[sentence]
    for j in range(span.token_start, span.token_stop):
        if tree.lemma(j) == "слово" and tree.prep(j) == "по":
            return _named(tree, tree.kids(j, "nmod"))
        if tree.lemma(j) in speech_verbs and tree.tok(j).pos in VERBAL \
                and any(tree.lemma(c) == "как" for c in tree.children[j]):
            return _named(tree, tree.kids(j, "nsubj"))
    return None
