"""What prompted a protest, when the clause says it only as a cause (round 12): "оправдательный
приговор суда вызвал массовые [протесты]", "после решения мэрии жители вышли на [пикет]", "в связи с
вынесением решения суда сторонники вышли на [акции протеста]".  A protest prompted by a decision is
aimed at the decision's author, as one "против решения X" is (`recovery.decision_author`)."""
from __future__ import annotations

from khronika.events.recovery import DECISION_NOUNS
from khronika.events.tree import NOMINAL, VERBAL, Tree

# Verbs whose subject causes what their object names ("приговор вызвал протесты").
CAUSING_VERBS = frozenset({"вызвать", "вызывать", "спровоцировать", "провоцировать", "повлечь"})
# (round 30) Verbs whose subject leads to what their "к" phrase names ("решение суда привело к протестам").
LEADING_VERBS = frozenset({"привести", "приводить"})
# Prepositions tying an act to its cause: simple ones, and the noun of a complex one ("в связи с",
# "в ответ на"; the parser builds them as "в" with a fixed noun).
CAUSE_PREPS = frozenset({"после", "из-за"})
CAUSE_PREP_NOUNS = {"связь": "с", "ответ": "на"}  # noun -> the preposition of its argument
# Nominalised acts whose genitive is the decision ("после вынесения приговора").
ISSUING_NOUNS = frozenset({"вынесение", "принятие", "оглашение", "объявление"})
# A decision's author is a body or a state: the genitive person of a verdict is the one sentenced.
AUTHOR_TYPES = frozenset({"ORG", "GPE"})


# (round 14) Decisions only a court makes; "решение" is one when a court owns it ("решение суда").
VERDICT_NOUNS = frozenset({"приговор", "вердикт", "оправдание"})
COURT_NOUNS = frozenset({"суд", "трибунал"})


def prompting_authors(tree: Tree, i: int) -> list[int]:
    """Tokens of the bodies whose decision prompted the protest at token i (a genitive owner or a
    participle's agent of the decision noun)."""
    return [a for d in _prompting_decisions(tree, i) for a in _authors(tree, d)]


def prompted_by_verdict(tree: Tree, i: int) -> bool:
    """(round 14) A protest prompted by a court's decision whose court the clause does not name ("после
    оправдательного приговора христианки", "в связи с вынесением решения суда"): the court of the case."""
    return any((tree.lemma(d) in VERDICT_NOUNS or any(tree.lemma(g) in COURT_NOUNS for g in _genitives(tree, d)))
               and not _authors(tree, d) for d in _prompting_decisions(tree, i))


def _prompting_decisions(tree: Tree, i: int) -> list[int]:
    hosts = [i]
    head = tree.head(i)
    if head is not None and tree.tok(i).pos in NOMINAL and tree.tok(head).pos in VERBAL:
        hosts.append(head)  # "после решения X вышли на [акцию]": the cause hangs on the verb
    causes: list[int] = []
    if head is not None and tree.lemma(head) in CAUSING_VERBS and tree.tok(i).rel == "obj":
        causes += tree.kids(head, "nsubj")
    if head is not None and tree.lemma(head) in LEADING_VERBS and tree.prep(i) == "к":
        causes += tree.kids(head, "nsubj")  # (round 30) "решение суда привело к массовым [протестам]"
    causes += [c for h in hosts for c in tree.children[h] if _cause_phrase(tree, c)]
    # ... or as a noun with its own argument ("в [ответ] на решение", "в [связи] с решением")
    causes += [g for h in hosts for c in tree.children[h] if tree.prep(c) == "в" and tree.lemma(c) in CAUSE_PREP_NOUNS
               for g in tree.children[c] if tree.prep(g) == CAUSE_PREP_NOUNS[tree.lemma(c)]]
    return [g for c in causes for g in ([c] + _genitives(tree, c) if tree.lemma(c) in ISSUING_NOUNS else [c])
            if tree.lemma(g) in DECISION_NOUNS | VERDICT_NOUNS]


def _cause_phrase(tree: Tree, c: int) -> bool:
    prep = tree.prep(c)
    if prep in CAUSE_PREPS:
        return True
    return prep == "в" and any(tree.lemma(f) in CAUSE_PREP_NOUNS for k in tree.kids(c, "case") for f in tree.kids(k, "fixed"))


def _genitives(tree: Tree, i: int) -> list[int]:
    return [c for c in tree.kids(i, "nmod") if tree.case(c) == "Gen" and tree.prep(c) is None]


def _authors(tree: Tree, decision: int) -> list[int]:
    owners = _genitives(tree, decision)
    # "приговор, вынесенный Верховным судом": the participle's agent
    owners += [a for c in tree.kids(decision, "acl", "amod") if tree.is_passive(c)
               for a in tree.kids(c, "obl", "nmod", "obl:agent") if tree.case(a) == "Ins" and tree.prep(a) is None]
    return [o for o in owners if (m := tree.mention_of[o]) is not None and m.type in AUTHOR_TYPES]
