"""(round 14) Owners of seized assets: "наложил арест на акции компании, которые принадлежат Газпрому"
acts on the assets' owner.  The owner is the dative of "принадлежать" in a clause on the asset noun
("принадлежащие X", "которые принадлежат X"), however far along the asset's phrase the parser hung it.
"""
from __future__ import annotations

from khronika.events.tree import Tree


# Nouns for property a measure can fall on ("арест на акции / активы / имущество").
ASSET_NOUNS = frozenset({"акция", "актив", "имущество", "доля", "счет", "счёт", "собственность", "недвижимость",
                         "средство", "пакет"})
OWNING_VERBS = frozenset({"принадлежать"})
OWNER_REACH = 16  # tokens after the asset noun a detached "которые принадлежат" clause may start


def asset_owner_tokens(tree: Tree, i: int) -> list[int]:
    """The owner tokens of assets the trigger's object (or, for a noun trigger, the trigger) governs."""
    roots = tree.kids(i, "obj") if tree.tok(i).pos in ("VERB", "AUX") else [i]
    if tree.is_passive(i):
        # (round 22) "на акции …, принадлежащие Газпрому, наложен арест": the passive's own "на" phrase
        roots = roots + [c for c in tree.kids(i, "obl", "nmod") if tree.prep(c) == "на"]
    for root in roots:
        for a in sorted(tree.subtree(root)):
            if tree.lemma(a) not in ASSET_NOUNS or tree.prep(a) != "на":
                continue
            verb = _owning_clause(tree, a)
            if verb is not None:
                return [c for c in tree.kids(verb, "iobj", "obl", "nmod") if tree.case(c) == "Dat"
                        and tree.prep(c) is None]
    return []


def _owning_clause(tree: Tree, asset: int) -> int | None:
    for c in tree.kids(asset, "acl", "acl:relcl", "amod"):
        if tree.lemma(c) in OWNING_VERBS:
            return c  # "акции, принадлежащие X"
    # "акции компании …, которые принадлежат X": the relative clause the parser hung further on
    plural = tree.tok(asset).feats.get("Number")
    sentence = tree.doc.sentence_at(tree.tok(asset).start)
    stop = tree.doc.sentences[sentence].token_stop if sentence is not None else len(tree.doc.tokens)
    for v in range(asset + 1, min(stop, asset + OWNER_REACH)):
        if tree.lemma(v) not in OWNING_VERBS or not tree.tok(v).rel.startswith("acl"):
            continue
        relative = [c for c in tree.kids(v, "nsubj") if tree.lemma(c) == "который"]
        if relative and tree.tok(relative[0]).feats.get("Number") == plural:
            return v
    return None
