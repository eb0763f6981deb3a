"""(round 26) Bodies named whole, and trial parties named by the body they stand for.

1. A court keeps the territory it serves when the text gives it as a genitive phrase with a place name going on
   right after the court's name (the name tagger may have stopped before it or inside it):
   "Федеральный суд округа Колумбия в США" is "Федеральный суд округа Колумбия" (the gold guide names bodies as
   the text does, at their own level), not the bare "Федеральный суд" the name tagger stopped at.
2. A bare "обвинитель" / "гособвинитель" ("Обвинитель требовал для украинца 17 лет тюрьмы") is the prosecutor's
   office the document names, when it names exactly one ("Итальянская прокуратура города Павия обвинила …" →
   "прокуратура Павии"); with none or several named (a bare "прокуратура" names none), the noun stays.
"""
from __future__ import annotations

from khronika.events.lexicon import fold
from khronika.events.tree import Found, Tree
from khronika.nlp.doc import EventActor

# Courts whose name may go on with the territory they serve.
COURT_NOUNS = frozenset({"суд", "трибунал"})
# Territories a court serves, named in the genitive after it ("округа Колумбия", "Южного округа Нью-Йорка").
TERRITORY_NOUNS = frozenset({"округ", "район", "штат", "область", "край", "провинция", "графство", "кантон"})
# Longest territory phrase taken ("Южного округа штата Нью-Йорк").
TERRITORY_LIMIT = 6
# A person standing for the prosecution at a trial.
PROSECUTOR_NOUNS = frozenset({"обвинитель", "гособвинитель"})
# Dependents that leave a noun bare ("Обвинитель", "этот обвинитель").
BARE_RELS = frozenset({"case", "punct", "cc"})
BARE_DETS = frozenset({"этот", "тот", "данный"})
OFFICE_WORD = "прокуратур"


def court_with_territory(tree: Tree, i: int, name: str) -> Found | None:
    """The court named at token i (its own name `name`, unregistered) with the genitive territory phrase that
    follows the name: "Федеральный суд" + "округа Колумбия"."""
    mention = tree.mention_of[i]
    if mention is None or tree.lemma(i) not in COURT_NOUNS or tree.tok(i).pos != "NOUN" \
            or (mention.actor_id and not mention.actor_id.startswith("x:")):
        return None
    last = i  # the name's last token
    while last + 1 < len(tree.doc.tokens) and tree.tok(last + 1).stop <= mention.stop:
        last += 1
    for c in tree.kids(i, "nmod"):
        if tree.lemma(c) not in TERRITORY_NOUNS or tree.case(c) != "Gen" or tree.prep(c) is not None:
            continue
        phrase = tree.subtree(c, TERRITORY_LIMIT + 1)
        if len(phrase) > TERRITORY_LIMIT or phrase != list(range(phrase[0], phrase[-1] + 1)) \
                or phrase[0] > last + 1 or phrase[-1] <= last \
                or any(tree.tok(k).pos in ("ADP", "PUNCT", "CCONJ", "VERB") for k in phrase):
            continue  # not a plain genitive phrase going on right after the name
        if not any(tree.mention_of[k] is not None and tree.mention_of[k] is not mention
                   and tree.mention_of[k].type in ("LOC", "GPE") for k in phrase if k > last):
            continue  # "суд округа" with no place named says not which
        # the name tagger may have kept the territory noun ("Федеральный суд Южного округа" + "Нью-Йорка")
        text = tree.doc.text[tree.tok(last + 1).start:tree.tok(phrase[-1]).stop]
        # the document's own id stays: it is the same court, now named whole
        return Found(EventActor(mention.actor_id, f"{name} {text}"), i, "ORG")
    return None


def prosecution_office(tree: Tree, i: int, actors_at) -> Found | None:
    """The one prosecutor's office the document names, for a bare singular "обвинитель" at token i."""
    token = tree.tok(i)
    if token.pos != "NOUN" or tree.lemma(i) not in PROSECUTOR_NOUNS or token.feats.get("Number") == "Plur" \
            or tree.mention_of[i] is not None:
        return None
    for c in tree.children[i]:
        if tree.tok(c).rel in BARE_RELS or (tree.tok(c).rel == "det" and tree.lemma(c) in BARE_DETS):
            continue
        return None  # "обвинитель по делу Иванова", "гособвинитель Петрова": not bare
    offices: dict[str, Found] = {}
    for j, other in enumerate(tree.doc.tokens):
        if OFFICE_WORD not in tree.lemma(j) or other.pos not in ("NOUN", "PROPN"):
            continue
        for found in actors_at(tree, j):
            registered = bool(found.actor.actor_id) and not found.actor.actor_id.startswith("x:")
            if OFFICE_WORD in fold(found.actor.name) and (registered or len(found.actor.name.split()) > 1):
                # a bare "прокуратура" is a description too: it names no office
                offices.setdefault(found.actor.actor_id or fold(found.actor.name), found)
    if len(offices) != 1:
        return None
    office = next(iter(offices.values()))
    return Found(office.actor, i, office.type)
