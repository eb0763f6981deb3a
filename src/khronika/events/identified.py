"""(round 18) A person the text brings in by description and names in the next breath: "полицейские задержали
молодого человека, который вел автомобиль …; им оказался футболист Георгий Тигиев" — the description is
Георгий Тигиев, as the gold guide names actors by their names.  Only the identity construction "им/ей/ими
оказался/оказалась/оказались X" in the same or the next sentence, the pronoun agreeing with the description.
"""
from __future__ import annotations

from khronika.events.lexicon import fold
from khronika.events.tree import Tree

IDENTITY_VERBS = frozenset({"оказаться"})
INSTRUMENTAL_PRONOUNS = frozenset({"им", "ей", "ею", "ими"})
# Sentences after the description's own in which the identity may be told.
REACH = 1


def identity_token(tree: Tree, i: int) -> int | None:
    """The subject of the first "им оказался X" after the unnamed animate noun i, else None."""
    token = tree.tok(i)
    if token.pos != "NOUN" or token.feats.get("Animacy") != "Anim" or tree.mention_of[i] is not None:
        return None
    here = tree.doc.sentence_at(token.start)
    if here is None:
        return None
    last = min(here + REACH, len(tree.doc.sentences) - 1)
    stop = tree.doc.sentences[last].token_stop
    for k in range(i + 1, min(stop, len(tree.doc.tokens) - 1)):
        pronoun = tree.tok(k)
        # ("ей" may be tagged dative)
        if fold(pronoun.text) not in INSTRUMENTAL_PRONOUNS or tree.lemma(k) not in ("он", "она", "они"):
            continue
        verb = k + 1
        if tree.lemma(verb) not in IDENTITY_VERBS:
            return None  # the first instrumental pronoun is some other "им"
        if not _agrees(token.feats, _pronoun_feats(pronoun.text, pronoun.feats)):
            return None
        subjects = [c for c in tree.kids(verb, "nsubj") if c > verb]
        return subjects[0] if subjects else None
    return None


def _agrees(noun: dict[str, str], pronoun: dict[str, str]) -> bool:
    if (noun.get("Number") == "Plur") != (pronoun.get("Number") == "Plur"):
        return False
    if noun.get("Number") == "Plur":
        return True
    return (noun.get("Gender") == "Fem") == (pronoun.get("Gender") == "Fem")


def _pronoun_feats(text: str, feats: dict[str, str]) -> dict[str, str]:
    """Number and gender of an instrumental pronoun by its form ("им" is also a plural dative to the tagger)."""
    form = fold(text)
    if form == "ими":
        return {"Number": "Plur"}
    if form in ("ей", "ею"):
        return {"Number": "Sing", "Gender": "Fem"}
    return {"Number": "Sing", "Gender": feats.get("Gender", "Masc")}
