"""What the rest of the document supplies to an event its clause leaves short: the agent of
the verb it is coordinated with, the source of the act of its type it continues, the people
of the verdict a reversal concerns, and whether a subject ("стороны", "обе страны") names the
two parties of a symmetric act.  `earlier` is the list of events coded so far, in text order
(for agents: directed events only).
"""
from __future__ import annotations

from khronika.events.lexicon import fold
from khronika.events.recovery import active_after_passive
from khronika.events.tree import Found, Tree
from khronika.nlp.doc import Event

VERDICT_LOOKBACK = 3  # sentences back the verdict a reversal or confirmation concerns
CONTINUATION_LOOKBACK = 1  # sentences back an agentless act noun continues an act of its type


def coordinated_agent(tree: Tree, i: int, earlier: list[Event]) -> list[Found]:
    """The source of the event coded on the verb this one is coordinated with (the parser hangs
    every later conjunct on the first verb)."""
    if tree.tok(i).pos not in ("VERB", "AUX") or tree.tok(i).rel != "conj":
        return []
    head = tree.head(i)
    if head is None or tree.tok(head).pos not in ("VERB", "AUX") or tree.kids(i, "nsubj", "nsubj:pass"):
        return []
    if active_after_passive(tree, i, head):
        return []  # "обвинения сняты и ходатайствовал": the passive's implicit agent is not this verb's
    start = tree.tok(head).start
    prior = next((e for e in reversed(earlier) if e.start == start), None)
    if prior is None:
        return []
    return [Found(a, head, "GROUP", named=False) for a in prior.source_actors]


def continued_agent(type_: str, earlier: list[Event], sentence: int, i: int) -> list[Found]:
    """The source of the latest event of the same type in this or the previous `CONTINUATION_LOOKBACK`
    sentences, when that event had a named source (an implicit one is no evidence)."""
    for prior in reversed(earlier):
        if sentence - prior.sentence > CONTINUATION_LOOKBACK:
            break
        if prior.type == type_ and prior.source_actors:
            if any(a.actor_id is None for a in prior.source_actors):
                return []
            return [Found(a, i, "GPE" if (a.actor_id or "").startswith("gpe:") else "ORG") for a in prior.source_actors]
    return []


def restated_agent(type_: str, mode: str | None, earlier: list[Event], target_keys: set[str], i: int) -> list[Found]:
    """(round 13) The source of an earlier event of the same type and mode on the same target: an agentless
    "Меня задержали …" in a story that reported "актёра задержали полицейские" tells the same arrest again,
    made by the same agent (not an unnamed default one)."""
    for prior in reversed(earlier):
        if prior.type == type_ and prior.mode == mode and prior.source_actors \
                and target_keys & {a.actor_id or fold(a.name) for a in prior.target_actors}:
            return [Found(a, i, "GPE" if (a.actor_id or "").startswith("gpe:") else "ORG") for a in prior.source_actors]
    return []


def sentenced(earlier: list[Event], sentence: int, i: int) -> list[Found]:
    """The people of the latest verdict (a COERCE without a mode: sentences and convictions) reported
    in the last `VERDICT_LOOKBACK` sentences: a later "приговор отменён / подтверждён" is theirs."""
    for prior in reversed(earlier):
        if sentence - prior.sentence > VERDICT_LOOKBACK:
            break
        if prior.type == "COERCE" and prior.mode is None and prior.target_actors:
            return [Found(a, i, "PER" if (a.actor_id or "").startswith(("per:", "x:per:")) else "GROUP")
                    for a in prior.target_actors]
    return []


# "стороны", "обе страны", "лидеры двух стран": a subject naming the two parties of a symmetric act.
PAIR_WORDS = frozenset({"оба", "обе", "два", "две"})
# ... of states and their representatives ("обе спортсменки встречались в финале" is not diplomacy)
PAIR_HEADS = frozenset({"страна", "государство", "президент", "лидер", "премьер", "премьер-министр", "министр",
                        "правительство", "делегация", "глава", "сторона"})
PAIR_LOOKBACK = 2  # previous sentences searched for the two parties


def pair_noun(tree: Tree, tokens: list[int]) -> bool:
    """A subject naming the two parties ("стороны", "обе страны", "лидеры двух стран"); not the
    trigger's own genitive ("соглашением сторон" is legal boilerplate)."""
    for j in tokens:
        for k in [j] + tree.kids(j, "nsubj", "nmod"):
            if tree.lemma(k) == "сторона" and tree.tok(k).feats.get("Number") == "Plur":
                return True
            if tree.lemma(k) in PAIR_HEADS and any(tree.lemma(n) in PAIR_WORDS for n in tree.kids(k, "nummod", "nummod:gov")):
                return True
    return False


# Acts a protest may answer: verdicts, releases, rejections and bans.
PROTESTED_TYPES = frozenset({"COERCE", "RETREAT", "REJECT"})
# Words that make an actor's name a court's.
COURT_NAME_WORDS = frozenset({"суд", "трибунал"})
PROTEST_LOOKBACK = 1  # sentences back the decision a targetless protest answers may lie


def protested_court(earlier: list[Event], sentence: int, i: int, protesters: set[str]) -> list[Found]:
    """A protest with no target in its clause, right after a court's decision (a verdict, an
    acquittal, a rejected appeal) in this or the previous sentence, is aimed at that court: "Верховный
    суд отменил приговор. Исламисты устроили массовые акции протеста".  Only a named court (the gold
    names the court, the agreement study found annotators split between the court and "власти" when
    the text does not tie the protest to a decision) and not the protesters' own act."""
    for prior in reversed(earlier):
        if sentence - prior.sentence > PROTEST_LOOKBACK:
            break
        if prior.type not in PROTESTED_TYPES or not prior.source_actors:
            continue
        courts = [a for a in prior.source_actors
                  if COURT_NAME_WORDS & set(a.name.lower().split()) and a.actor_id and (a.actor_id not in protesters)]
        if courts and len(courts) == len(prior.source_actors):
            return [Found(a, i, "ORG") for a in courts]
    return []


# (round 32) The preposition of a demand carried along to a protest: "вышла на пикет … с [требованием]".
DEMAND_PREPS = frozenset({"с"})


def accompanied_protest(tree: Tree, i: int, earlier: list[Event]) -> Event | None:
    """(round 32) A demand noun that a protest is held with ("Собчак вышла на пикет возле Госдумы с
    [требованием] …"): the protest coded on the same verb, whose protesters make the demand of the one the
    protest is aimed at.  Only a protest coded with a target."""
    head = tree.head(i)
    if tree.tok(i).pos != "NOUN" or tree.prep(i) not in DEMAND_PREPS or head is None \
            or tree.tok(head).pos not in ("VERB", "AUX"):
        return None
    starts = {tree.tok(c).start for c in tree.children[head] if c != i} | {tree.tok(head).start}
    return next((e for e in reversed(earlier) if e.type == "PROTEST" and e.start in starts
                 and e.source_actors and e.target_actors), None)
