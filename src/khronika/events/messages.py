"""(round 32) Acts carried by a letter: the sender acts on the addressee.

"его письма немецким компаниям с [угрозами] ввести санкции", "направил Сбербанку письмо, в котором
[пригрозил] …": a threat, request or accusation that a letter carries is the sender's act aimed at the
addressee.  The gold annotators code them so (an ambassador's letters to German companies are his THREATEN in
four documents of one story, a letter's request in an interview in a fifth); the trigger itself names neither
party, the letter does.

The letter is the message noun the trigger belongs to: the noun whose "с" phrase or attribute the trigger is, or
the noun a relative clause with the trigger describes ("письма, в которых предупредил …").  Its sender is its
possessor ("его письма", "письмо министра") or else the subject of the verb sending it ("Гренелл разослал
письма"); its addressee is a dative in its phrase ("письма компаниям") or the dative of that verb ("направил
Сбербанку письмо").
"""
from __future__ import annotations

from khronika.events.pronouns import antecedent
from khronika.events.tree import NOMINAL, VERBAL, Tree

MESSAGE_NOUNS = frozenset({"письмо", "послание", "телеграмма", "записка", "депеша"})
# Verbs of sending a letter whose subject is its sender and whose dative is its addressee.
SENDING_VERBS = frozenset({
    "разослать", "рассылать", "направить", "направлять", "отправить", "отправлять", "послать", "посылать",
    "написать", "писать", "передать", "передавать", "вручить", "вручать", "адресовать",
})
POSSESSIVE_PRONOUNS = frozenset({"он", "она", "они", "его", "её", "ее", "их"})


def message_of(tree: Tree, i: int) -> int | None:
    """The message noun trigger i is carried by, or None."""
    head = tree.head(i)
    if head is None or tree.lemma(head) not in MESSAGE_NOUNS or tree.tok(head).pos not in NOMINAL:
        return None
    rel = tree.tok(i).rel
    if rel == "nmod" and tree.prep(i) == "с" and tree.tok(i).pos in NOMINAL:
        return head  # "письма с угрозами"
    if rel in ("amod", "acl") and tree.tok(i).pos in VERBAL | {"ADJ"}:
        return head  # "предостерегающие письма"
    if rel == "acl:relcl" and tree.tok(i).pos in VERBAL:
        return head  # "письма, в которых предупредил"
    return None


def _sending_verb(tree: Tree, m: int) -> int | None:
    head = tree.head(m)
    if head is None or tree.tok(m).rel not in ("obj", "nsubj:pass") or tree.lemma(head) not in SENDING_VERBS:
        return None
    return head


def senders(tree: Tree, i: int, subject) -> list[int]:
    """Tokens naming the sender of the message trigger i belongs to (`subject`: paths' subject finder)."""
    m = message_of(tree, i)
    if m is None:
        return []
    own = [a for c in tree.kids(m, "det") if tree.lemma(c) in POSSESSIVE_PRONOUNS
           for a in [antecedent(tree, c)] if a is not None]  # "его письма": whom "его" refers to
    own += [c for c in tree.kids(m, "nmod") if tree.case(c) == "Gen" and tree.prep(c) is None]
    if own:
        return own
    verb = _sending_verb(tree, m)
    if verb is None or tree.tok(m).rel == "nsubj:pass":
        return []  # (a passive "письмо было направлено": its subject is the letter, not who sent it)
    return subject(tree, verb)


def _phrase(tree: Tree, m: int, depth: int = 5) -> list[int]:
    """Tokens of the letter's noun phrase (and what its "с" phrase says) a few steps down, not entering clauses."""
    out, frontier = [], [m]
    for _ in range(depth):
        frontier = [c for j in frontier for c in tree.children[j]
                    if not tree.tok(c).rel.startswith(("acl", "ccomp", "parataxis", "conj"))]
        out += frontier
    return out


def addressees(tree: Tree, i: int) -> list[int]:
    """Tokens naming the addressee of the message trigger i belongs to."""
    m = message_of(tree, i)
    if m is None:
        return []
    # (the parser may hang the dative inside the letter's own phrase: "письма компаниям с угрозами ввести
    # санкции" with "компаниям" on "ввести"; a relative clause is the letter's content, not its phrase)
    out = [c for c in _phrase(tree, m) if tree.case(c) == "Dat" and tree.prep(c) is None
           and tree.tok(c).rel in ("nmod", "iobj", "obl") and tree.tok(c).pos in NOMINAL]
    verb = _sending_verb(tree, m) if not out else None
    if verb is not None:
        out = [c for c in tree.kids(verb, "iobj", "obl", "nmod") if tree.case(c) == "Dat" and tree.prep(c) is None]
    return out
