"""(round 14) Count targets: "задержали 39 человек", "задержали более 500 человек", "десятки
человек" name no one but a number of people.  When the text names the group those people belong
to nearby ("участники акции", "протестующие", "демонстранты"), the count stands for that group;
otherwise it names no one (no guessing).
"""
from __future__ import annotations

from khronika.events.tree import Tree


# Nouns that count people without saying who they are.
PEOPLE_NOUNS = frozenset({"человек"})
# Heads of quantity phrases over "человек" ("десятки человек", "несколько человек").
QUANTITY_HEADS = frozenset({"десяток", "сотня", "тысяча", "несколько", "ряд", "группа", "множество"})
# Gatherings whose participants a count may stand for ("участники акции").
GATHERING_NOUNS = frozenset({"акция", "митинг", "марш", "протест", "шествие", "пикет", "демонстрация",
                             "манифестация", "беспорядок", "забастовка", "протестный"})
# Plural nouns that are themselves such a group.
GATHERED_PEOPLE = frozenset({"протестующий", "демонстрант", "манифестант", "митингующий", "пикетчик",
                             "забастовщик"})
# Verbs whose participles stand as such a group ("протестующие", "митингующие", "бастующие").
GATHERING_VERBS = frozenset({"протестовать", "митинговать", "бастовать"})
# Relations in which a participle stands as a noun, not as a modifier.
NOMINAL_RELS = frozenset({"nsubj", "obj", "nmod", "obl", "conj", "appos"})
# Cases in which a group noun is no party that could be counted ("сообщили протестующим").
OTHER_ROLE_CASES = frozenset({"Dat", "Ins"})
LOOK_BACK = 2  # previous sentences searched for the group
LOOK_AHEAD = 1  # following sentences ("Задержаны 39 человек. Участников акции доставили в ...")


def is_count(tree: Tree, i: int) -> bool:
    """"39 человек", "более 500 человек", "десятки человек": a number of people, nobody named."""
    lemma = tree.lemma(i)
    if lemma in PEOPLE_NOUNS:
        return tree.tok(i).feats.get("Number") == "Plur" and (
            any(tree.tok(c).pos == "NUM" for c in tree.kids(i, "nummod", "nummod:gov"))
            or (tree.head(i) is not None and tree.lemma(tree.head(i)) in QUANTITY_HEADS))
    if lemma in QUANTITY_HEADS or tree.tok(i).pos == "NUM":
        return any(tree.lemma(c) in PEOPLE_NOUNS and tree.case(c) == "Gen" for c in tree.kids(i, "nmod"))
    return False


def counted_group(tree: Tree, i: int) -> int | None:
    """The group a count of people stands for: the nearest group noun in the same sentence, else in
    the previous LOOK_BACK sentences (nearest first), else in the next LOOK_AHEAD ones."""
    sentence = tree.doc.sentence_at(tree.tok(i).start)
    if sentence is None:
        return None
    sentences = tree.doc.sentences
    order = [sentence] + [s for s in range(sentence - 1, sentence - LOOK_BACK - 1, -1) if s >= 0] \
        + [s for s in range(sentence + 1, sentence + LOOK_AHEAD + 1) if s < len(sentences)]
    for s in order:
        span = range(sentences[s].token_start, sentences[s].token_stop)
        # nearest to the count first within its own sentence
        for j in sorted(span, key=lambda j: abs(j - i)):
            if j != i and _group_noun(tree, j):
                return j
    return None


def _group_noun(tree: Tree, j: int) -> bool:
    token = tree.tok(j)
    if token.feats.get("Number") != "Plur" or tree.case(j) in OTHER_ROLE_CASES:
        return False
    lemma = tree.lemma(j)
    if token.pos in ("VERB", "ADJ") and token.feats.get("VerbForm") == "Part":
        return lemma in GATHERING_VERBS and token.rel in NOMINAL_RELS  # "протестующие перекрыли дорогу"
    if token.pos != "NOUN":
        return False
    if lemma in GATHERED_PEOPLE:
        return True
    return lemma == "участник" and any(tree.lemma(c) in GATHERING_NOUNS and tree.case(c) == "Gen"
                                       for c in tree.kids(j, "nmod"))
