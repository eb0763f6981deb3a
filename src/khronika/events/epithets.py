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
    # (round 19) sport and stage people the stories call by their trade ("осудили балерину", "футболиста")
    "балерина", "футболист", "хоккеист", "теннисист", "теннисистка", "фигурист", "фигуристка", "боксер",
    "рэпер", "телеведущий", "телеведущая", "композитор", "поэт", "поэтесса",
})
FEMININE = frozenset(w for w in STATUS_NOUNS if w.endswith(("ка", "ница", "ша", "иня", "есса")) or w in ("актриса", "певица", "бизнесвумен", "балерина", "телеведущая"))
# Nouns news never uses for a woman (who is "фигуристка", "актриса"); "журналист", "политик" may be a woman.
MASCULINE = frozenset({"футболист", "хоккеист", "теннисист", "фигурист", "телеведущий", "актер", "певец", "спортсмен"})
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
        return _previous_subject(tree, i) if token.rel == "nsubj" else None
    latest = None
    for j in range(i - 1, -1, -1):
        mention = tree.mention_of[j]
        if mention is not None and mention.actor_id == topic:
            if not _agrees(tree, i, j):
                return None  # ("журналистка" is not the protagonist Иван Петров, "футболист" not Анна Петрова)
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


def _agrees(tree: Tree, noun: int, person: int) -> bool:
    """A feminine status noun is no man, a noun only men are called by no woman."""
    lemma, gender = tree.lemma(noun) or "", tree.tok(person).feats.get("Gender")
    if lemma in FEMININE:
        return gender != "Masc"
    return not (lemma in MASCULINE and gender == "Fem")


def _previous_subject(tree: Tree, i: int) -> int | None:
    """(round 19) With no protagonist, a bare status noun opening a clause ("Спортсмен поблагодарил Кадырова") is
    the person the previous sentence had as its subject ("…, – написал Нурмагомедов"), when it agrees."""
    doc = tree.doc
    here = next((k for k, s in enumerate(doc.sentences) if s.token_start <= i < s.token_stop), None)
    if not here:
        return None
    previous = doc.sentences[here - 1]
    subjects = [j for j in range(previous.token_start, previous.token_stop)
                if tree.mention_of[j] is not None and tree.mention_of[j].type == "PER" and tree.mention_of[j].actor_id
                and tree.tok(j).rel == "nsubj"]
    if len({tree.mention_of[j].actor_id for j in subjects}) != 1 or not _agrees(tree, i, subjects[-1]) \
            or any(tree.kids(j, "conj") for j in subjects):  # "Олег Смирнов и Иван Сидоров": which one?
        return None
    return subjects[-1]
