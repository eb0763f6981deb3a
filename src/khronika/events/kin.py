"""(round 18) A relative named by the first name only takes the family name of the person it is related to:
"арестовал Александра Кокорина и его брата Кирилла" → Кирилл Кокорин, as the gold guide uses full names where
the document gives them.  Only kin nouns of one family name, with a possessive pronoun that resolves to a person
named in full; a relative of the other sex gets the other form of a Russian family name (-ов/-ев/-ин ↔ -ова/-ева/-ина).
"""
from __future__ import annotations

from khronika.events.pronouns import antecedent
from khronika.events.tree import Tree

MALE_KIN = frozenset({"брат", "сын", "отец"})
FEMALE_KIN = frozenset({"сестра", "дочь"})
POSSESSIVES = frozenset({"его", "ее", "её"})


def kin_name(tree: Tree, j: int, first_name: str) -> str | None:
    """Full name for the one-word person name at token j apposed to a kin noun, else None."""
    if " " in first_name.strip():
        return None
    kin = tree.head(j)
    if kin is None or tree.tok(j).rel != "appos" or (tree.lemma(kin) or "") not in MALE_KIN | FEMALE_KIN:
        return None
    pronouns = [c for c in tree.kids(kin, "nmod", "det") if tree.tok(c).text.lower() in POSSESSIVES]
    if len(pronouns) != 1:
        return None
    referent = antecedent(tree, pronouns[0])
    mention = tree.mention_of[referent] if referent is not None else None
    if mention is None or mention.type != "PER" or not mention.actor_id:
        return None
    full = tree.name_of(mention.actor_id, mention.normal or mention.text).split()
    if len(full) < 2:
        return None
    surname = full[-1]
    referent_female = tree.tok(referent).feats.get("Gender") == "Fem"
    if (tree.lemma(kin) in FEMALE_KIN) != referent_female:
        if referent_female and surname.endswith(("ова", "ева", "ёва", "ина", "ына")):
            surname = surname[:-1]
        elif not referent_female and surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
            surname += "а"
        else:
            return None  # a family name whose other gender's form is not plain
    return f"{first_name.strip()} {surname}"
