"""(round 16) Mentions that are no act or no party of their own, found on unread text.

- `conditional_mention`: an act noun a "в случае" / "на случай" phrase governs ("в случае американских санкций
  это не так", "на случай нападения") is a condition or a class of cases, not a reported act;
- `interview`: an outlet that talks with someone ("телеканал побеседовал с министром") interviews them; the gold
  guide codes no interview as a meeting;
- `is_gloss`: a name in brackets right after another name ("Карл Шульц (Karl Schulz)") spells that name again,
  it is no second party;
- `opinion_content`: what someone believes ("он считает, что X идёт на уступки Y") is an opinion, which the gold guide
  does not code (a wrongdoing so told is a claim: entries flagged `claim` read it);
- `called_killing`: a call for someone's death or execution ("призывали к казни X") is the gold guide's THREATEN
  ("судьи … заслуживают смерти"), aimed at whoever is to die.
"""
from __future__ import annotations

from khronika.events.tree import Found, Tree
from khronika.nlp.doc import EventActor

# The noun of "в случае X" / "на случай X": X is a case considered, not a thing done.
CASE_NOUN = "случай"
CASE_PREPS = frozenset({"в", "на"})
OUTLET_TYPE = "MEDIA"
GLOSSED_TYPES = frozenset({"PER", "ORG"})
# Verbs and adjectives of belief whose clausal complement is the believer's opinion.
OPINION_WORDS = frozenset({"считать", "полагать", "думать", "уверенный", "убеждённый", "убежденный"})
OPINION_DEPTH = 4  # steps up from the trigger to the clause an opinion verb governs
# Words of a killing a call can ask for.
KILLING_WORDS = frozenset({"казнь", "казнить", "смерть", "убийство", "убить", "расправа", "расправиться",
                           "повесить", "расстрелять", "растерзать"})
CALL_RELS = frozenset({"obl", "obj", "xcomp", "nmod"})
CALL_PREPS = frozenset({None, "к"})  # the content of a call: a bare object or infinitive, or "к" + noun
VICTIM_RELS = ("obj", "nmod", "iobj")


def conditional_mention(tree: Tree, i: int) -> bool:
    """Trigger `i` is a noun a "в случае" / "на случай" phrase governs."""
    if tree.tok(i).pos != "NOUN":
        return False
    head = tree.head(i)
    return head is not None and tree.lemma(head) == CASE_NOUN and tree.prep(head) in CASE_PREPS


def interview(tree: Tree, participants: list[EventActor]) -> bool:
    """A talk or meeting one of whose sides is a news outlet."""
    for actor in participants:
        known = tree.doc.actor(actor.actor_id) if actor.actor_id else None
        if known is not None and known.type == OUTLET_TYPE:
            return True
    return False


def is_gloss(tree: Tree, found: Found) -> bool:
    """`found` is a name in brackets right after a name of the same kind of actor."""
    mention = tree.mention_of[found.token]
    if mention is None or found.type not in GLOSSED_TYPES:
        return False
    start = found.token
    while start > 0 and tree.mention_of[start - 1] is mention:
        start -= 1
    if start < 2 or tree.tok(start - 1).text != "(":
        return False
    before = tree.mention_of[start - 2]
    return before is not None and before is not mention and before.type == mention.type


def opinion_content(tree: Tree, i: int) -> bool:
    """Trigger `i` stands in the clause an opinion verb governs ("считает, что …")."""
    node = i
    for _ in range(OPINION_DEPTH):
        head = tree.head(node)
        if head is None:
            return False
        if tree.tok(node).rel == "ccomp":
            return tree.lemma(head) in OPINION_WORDS
        node = head
    return False


def called_killing(tree: Tree, i: int) -> int | None:
    """The killing word a call asks for ("призывали к казни", "призвали казнить", "потребовали казни"), if any;
    not a killing that only dates or prompts the call ("после убийства девочки призвала изменить закон")."""
    return next((c for c in tree.children[i] if tree.tok(c).rel in CALL_RELS and tree.lemma(c) in KILLING_WORDS
                 and tree.prep(c) in CALL_PREPS), None)


def victim_tokens(tree: Tree, killing: int) -> list[int]:
    """Who is to die: the killing word's object or genitive ("казни министра", "казнить министра")."""
    return tree.kids(killing, *VICTIM_RELS)
