"""(round 17) A bare status noun standing for the story's protagonist: "власти Мьянмы выпустили Аун Сан Су Чжи. …
Политик была заключена под стражу в 1990 году" — "политик" is Аун Сан Су Чжи, as the gold guide names actors by
their names.  Only nouns of a person's standing (not offices, which the registry and the role layer resolve, nor
bare "мужчина"), bare (no modifier saying which one), singular, after the protagonist was named, and agreeing
with them when the noun is feminine.
"""
from __future__ import annotations

from khronika.events.focus import topic_person
from khronika.events.tree import Tree

STATUS_NOUNS = frozenset({
    "политик", "оппозиционер", "оппозиционерка", "активист", "активистка", "журналист", "журналистка",
    "правозащитник", "правозащитница", "блогер", "блогерша", "бизнесмен", "бизнесвумен", "предприниматель",
    "дипломат", "историк", "ученый", "писатель", "писательница", "режиссер", "актер", "актриса", "певец", "певица",
    "спортсмен", "спортсменка", "художник", "художница", "музыкант", "диссидент", "лауреат", "христианка",
    "христианин", "миллиардер", "олигарх", "экс-кандидат", "узник", "узница", "политзаключенный",
})
FEMININE = frozenset(w for w in STATUS_NOUNS if w.endswith(("ка", "ница", "ша", "иня")) or w in ("актриса", "певица", "бизнесвумен"))
# Dependents that leave a noun bare.
BARE_RELS = frozenset({"case", "punct", "cc"})


def protagonist_token(tree: Tree, i: int) -> int | None:
    """The protagonist's latest mention before the bare status noun i, else None."""
    token = tree.tok(i)
    if token.pos != "NOUN" or (tree.lemma(i) or "").replace("ё", "е") not in STATUS_NOUNS \
            or token.feats.get("Number") == "Plur" or tree.mention_of[i] is not None \
            or any(tree.tok(c).rel not in BARE_RELS for c in tree.children[i]):
        return None
    topic = topic_person(tree.doc)
    if topic is None:
        return None
    latest = None
    for j in range(i - 1, -1, -1):
        mention = tree.mention_of[j]
        if mention is not None and mention.actor_id == topic:
            if (tree.lemma(i) or "") in FEMININE and tree.tok(j).feats.get("Gender") == "Masc":
                return None  # ("журналистка" is not the protagonist Иван Петров)
            latest = j
            break
    if latest is None:
        return None
    # A bare noun may also bring in someone new ("полиция задержала журналиста"): it stands for the protagonist
    # as the clause's subject, or when the text has already called the protagonist so ("оппозиционера Петра Иванова")
    if token.rel in ("nsubj", "nsubj:pass") or _called_so(tree, i, topic):
        return latest
    return None


def _called_so(tree: Tree, i: int, topic: str) -> bool:
    """The noun's lemma stands right before a mention of the protagonist earlier in the text, or the same bare
    noun stood earlier as a subject ("Политик была арестована … власти вернули политика под арест")."""
    lemma = tree.lemma(i)
    for j in range(i - 1):
        if tree.lemma(j) == lemma and tree.tok(j).rel in ("nsubj", "nsubj:pass") \
                and all(tree.tok(c).rel in BARE_RELS for c in tree.children[j]):
            return True
        if tree.lemma(j) == lemma and any(tree.mention_of[k] is not None and tree.mention_of[k].actor_id == topic
                                          for k in range(j + 1, min(j + 3, i))):
            return True
    return False
