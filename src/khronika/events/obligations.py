"""(round 17) A duty laid on someone by a speaker: "Швеция должна освободить журналистов, заявил министр",
"«Турция обязана прекратить преследования», — заявили в Госдепе".  The act after "должен/обязан" has not
happened; what has happened is the speaker's demand on the one obliged, which the gold guide codes REQUEST
(speaker → the obliged party), as it codes "Россия требовала, чтобы НАТО исключило…".
"""
from __future__ import annotations

from khronika.events.tree import Tree

# Predicatives of duty governing an infinitive ("должна освободить", "обязан прекратить").
DUTY_WORDS = frozenset({"должен", "должный", "обязан", "обязанный"})


def duty_head(tree: Tree, i: int) -> int | None:
    """The "должен/обязан" token whose infinitive complement the trigger is, else None (a noun trigger, or a
    duty word used otherwise: "должное внимание")."""
    token = tree.tok(i)
    if token.pos not in ("VERB", "AUX") or token.feats.get("VerbForm") != "Inf":
        return None
    head = tree.head(i)
    if head is None or tree.lemma(head) not in DUTY_WORDS or token.rel not in ("xcomp", "csubj", "ccomp"):
        return None
    return head
