"""(round 37) Completing the party an act's clause leaves out, from the discourse.

The coder drops a directed act whose target it cannot find ("an act without anyone it is directed
at is not an interaction").  On unseen text that drop is the largest single loss of recall: the
trigger was read, its source found, and only the second party is missing.  `complete_target` tries,
before the drop, in this order:

1. the sentence's own structure —
   `acted_on_agent`: an act judged ("осудил протесты исламистов") is aimed at whoever did the act
   judged, the agent of the act noun that is its object;
   `object_recipient`: an act done through a thing ("отменил смертный приговор христианке X") is
   aimed at the one the thing was passed on or imposed on, its dative or "для" dependent;
2. the story's continuity, only when the clause has no phrase in the target's role at all —
   `story_court`: a protest in a story that reported a court's decision is aimed at that court;
3. nothing: the act stays dropped.  No salience default ("the story's main actor") is tried.

Measured in round 37 and not kept (bench/RESULTS.md): a coordinated verb sharing the first verb's
object, the target of the nearest act of the same type by the same source, and a source restated
from the nearest act of the same type on the same target.

Round 38 adds the source side for protests and strikes: `stray_genitive_agent`, the strikers' genitive
right after the noun that the parser hung on the verb (its target then comes by the coder's staff →
employer path).

A completed event gets a lower hand-set confidence (`COMPLETION_PENALTY`); that value is what users see only without
the fitted confidence model (`events/confidence.py`), which replaces it and does not know an event was completed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from khronika.events.actors import actors_at
from khronika.events.continuity import COURT_NAME_WORDS, PROTESTED_TYPES
from khronika.events.lexicon import fold
from khronika.events.tree import Found, Tree
from khronika.nlp.doc import Event, EventActor

if TYPE_CHECKING:
    from khronika.events.coder import EventCoder
    from khronika.events.lexicon import LexEntry

# Subtracted from a completed event's confidence: its target is inferred, not read off its clause.
COMPLETION_PENALTY = 0.2
# Judgements whose object may be another act: the judgement is aimed at that act's agent.
JUDGING_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
# Act nouns whose agent is not the one a supporter sides with ("поддержал отставку X" is against X).
AGAINST_AGENT_NOUNS = frozenset({"отставка", "увольнение", "арест", "задержание", "санкция", "лишение",
                                 "исключение", "импичмент", "наказание", "осуждение", "отстранение",
                                 "преследование", "экстрадиция", "высылка", "депортация", "приговор"})
# Acts done to someone through a thing (a verdict, a ban, restrictions) whose recipient is the target.
RECIPIENT_TYPES = frozenset({"RETREAT", "COERCE", "SANCTION", "THREATEN"})
PARTICIPANTS = frozenset({"PER", "ORG", "GPE", "MEDIA", "GROUP"})  # (as `coder.PARTICIPANT_TYPES`)


def _key(actor: EventActor) -> str:
    return actor.actor_id or fold(actor.name)


def acted_on_agent(coder: "EventCoder", tree: Tree, entry: "LexEntry", i: int, target_tokens: list[int],
                   source: list[Found]) -> list[Found]:
    """The agent of the act noun a judgement is about: "осудил [протесты] исламистов" → исламисты,
    "назвал [посещение] островов министром X «недопустимым»" → X.

    Why: `actors.owners` reads only named owners of a thing (and for a quoted judgement only owners of
    statements), but an act noun the lexicon knows has its own agent paths (genitive, adjective, "со
    стороны"), and a judgement of an act is aimed at whoever did it — named or a group ("исламисты").
    Only the phrase the entry's own target paths reached, only a noun that is itself a directed
    trigger, never the judge's own act."""
    if entry.type not in JUDGING_TYPES:
        return []
    own = {_key(f.actor) for f in source}
    for j in target_tokens:
        if j == i or tree.tok(j).pos != "NOUN":
            continue
        if entry.type == "SUPPORT" and tree.lemma(j) in AGAINST_AGENT_NOUNS:
            continue  # ("поддержал отставку министра" sides against the minister)
        act = coder.match(tree, j)
        if act is None or act.symmetric:
            continue
        agents, _ = coder.role_actors(tree, act, act.source, j, False)
        agents = [f for f in agents if _key(f.actor) not in own]
        if agents:
            return agents
    return []


def object_recipient(tree: Tree, entry: "LexEntry", i: int, target_tokens: list[int]) -> list[Found]:
    """Whom the thing an act is done through is for: "отменил смертный [приговор] христианке Асии Биби"
    → Асия Биби, "угрожают [санкциями] его участникам" → the participants.

    Why: the entry's target path reaches the thing (a verdict, sanctions) or stops below it, and the
    thing names no actor and has no owner in the genitive; the one it was passed on or imposed on
    stands in its dative or in "для".  Only a dependent of the trigger's own object, of the phrase its
    target path reached, or (a parse that hangs it higher) of the trigger itself when it has such an object."""
    if entry.type not in RECIPIENT_TYPES:
        return []
    # (the path may stop below the object: "obj.gen" reads "отменил приговор [X]", the object is its head;
    # and the parser may hang the thing's dative on the verb: "отменил [журналисту] приговор")
    objects = [j for j in tree.kids(i, "obj") + target_tokens
               if j != i and tree.tok(j).pos == "NOUN" and tree.mention_of[j] is None]
    if not objects:
        return []
    for j in objects + [i]:
        out = [f for c in tree.kids(j, "iobj", "nmod", "obl") if _recipient(tree, c)
               for f in actors_at(tree, c) if f.type in PARTICIPANTS]
        if out:
            return out
    return []


def _recipient(tree: Tree, c: int) -> bool:
    """A dative without a preposition or a genitive after "для"."""
    prep = tree.prep(c)
    return (prep is None and tree.case(c) == "Dat") or (prep == "для" and tree.case(c) == "Gen")


def story_court(earlier: list[Event], i: int, protesters: set[str]) -> list[Found]:
    """The court of the nearest earlier decision (a verdict, an acquittal, a rejected appeal) the story
    reported, for a protest with no target in its clause: "Верховный суд оправдал X. … Исламисты
    парализовали страну протестами" → the court, however far back.

    Why: `continuity.protested_court` takes the court only from the previous sentence; a story about a
    court's decision names the court once and tells the protests paragraphs later.  Only when the
    nearest decision is a court's ("полиция задержала …" before the protest: nothing), and only a court
    named as a particular court (a registry id or a qualifier: "Верховный суд Пакистана"; a bare kind
    completed with the story's state, "суд Пакистана", does not say which court the story means);
    among that sentence's decisions, the longest such name; never the protesters' own court."""
    for prior in reversed(earlier):
        if prior.type not in PROTESTED_TYPES or not prior.source_actors:
            continue
        if not all(COURT_NAME_WORDS & set(a.name.lower().split()) for a in prior.source_actors):
            return []  # (the latest decision is not a court's)
        courts = [a for e in earlier if e.sentence == prior.sentence and e.type in PROTESTED_TYPES
                  for a in e.source_actors if COURT_NAME_WORDS & set(a.name.lower().split())
                  and (a.actor_id or a.name.lower().split()[0] not in COURT_NAME_WORDS)
                  and _key(a) not in protesters]
        if not courts:
            return []
        return [Found(max(courts, key=lambda a: len(a.name.split())), i, "ORG")]
    return []


# Act nouns whose agent stands in their genitive and which the parser often loses to the governing verb
# ("[Забастовка] пилотов … началась" with "пилотов" a second subject): protests and strikes.
STRAY_AGENT_TYPES = frozenset({"PROTEST"})


def stray_genitive_agent(tree: Tree, entry: "LexEntry", i: int) -> tuple[list[Found], list[int]]:
    """(round 38) The agent of a protest or strike noun in the genitive right after it, which the parser hung
    elsewhere: "[Забастовка] пилотов авиакомпании Ryanair … началась" ("пилотов" read as a second subject of
    "началась"), "из-за [забастовки] 400 пилотов и 1 000 бортпроводников" ("пилотов" hung on the verb).

    Why: the lexicon reads the agent of "забастовка" from its genitive ("gen"), but only from a genitive
    the parser attached to the noun; Russian puts the agent of an act noun right after it, so a genitive
    noun phrase adjacent to the trigger (numerals before its head allowed) is the noun's own genitive
    whatever the parse says.  Only for an entry whose source paths include the genitive, only when the
    trigger has no genitive of its own, only a genitive without a preposition, and only participants
    (a person, an organisation, a state, a group noun): "забастовка 10 августа" or "протесты
    прошлого года" name no one.  Not a strike called for ("призвал к [забастовке] докеров", "подстрекать
    к [забастовке] пилотов": the genitive is often those called, and no strike is told), nor a genitive that
    is its verb's only object (an animate plural's accusative looks like a genitive)."""
    if entry.type not in STRAY_AGENT_TYPES or "gen" not in entry.source or tree.tok(i).pos != "NOUN":
        return [], []
    if tree.prep(i) == "к":
        return [], []  # ("подстрекать к [забастовке] пилотов", "призвал к [забастовке] докеров": a strike called for)
    if any(tree.case(c) == "Gen" and tree.prep(c) is None for c in tree.kids(i, "nmod")):
        return [], []  # (the parser gave the noun its genitive: the lexicon's own path read it)
    sentence = tree.doc.sentence_at(tree.tok(i).start)
    if sentence is None:
        return [], []
    stop = tree.doc.sentences[sentence].token_stop
    j = i + 1
    while j < stop and tree.tok(j).pos == "NUM":
        j += 1  # ("400 пилотов", "1 000 бортпроводников"; the parser may call the numeral "amod")
    if j >= stop or tree.tok(j).pos not in ("NOUN", "PROPN") or tree.case(j) != "Gen" \
            or tree.prep(j) is not None or tree.head(j) == i or i in tree.ancestors(j):
        return [], []
    head = tree.head(j)
    if tree.tok(j).rel == "obj" and head is not None and tree.kids(head, "obj") == [j]:
        # ("призвал к [забастовке] докеров": the verb's only object — an animate plural's accusative looks like a
        # genitive; a second object, "закрыть терминал из-за [забастовки] докеров", is a misattached genitive)
        return [], []
    if any(tree.head(k) not in (j, None) and k not in tree.subtree(j) for k in range(i + 1, j)):
        return [], []  # (the numerals must be the genitive's own)
    found = [f for f in actors_at(tree, j) if f.type in PARTICIPANTS]
    return found, ([j] if found else [])


def _against_phrase(tree: Tree, i: int) -> bool:
    """A "против" phrase on the protest or on the verb it hangs on ("вышли на [протесты] против закона"):
    the clause says what the protest is against, even when the parser hangs it on the verb."""
    head = tree.head(i)
    return any(tree.prep(c) == "против" for k in [i] + ([head] if head is not None else []) for c in tree.children[k])


def complete_target(coder: "EventCoder", tree: Tree, entry: "LexEntry", i: int, source: list[Found],
                    target_tokens: list[int], earlier: list[Event], projects: frozenset[str] | set[str]) -> list[Found]:
    """The target completed for a directed act with a source and none, by the first path that finds one
    (the module docstring gives the order); [] when none does (the act stays dropped).  `earlier`: the
    events coded so far, in text order; `projects`: registry ids of pipelines and plants, which the
    coder never makes a target."""
    if not source:
        return []
    found = acted_on_agent(coder, tree, entry, i, target_tokens, source) \
        or object_recipient(tree, entry, i, target_tokens)
    if not found and not target_tokens:
        # (the story only when the clause has no phrase in the target's role: "застрелив водителя",
        # "протесты против закона" name whom or what the act is aimed at, just not as an actor)
        if entry.type == "PROTEST" and not _against_phrase(tree, i):
            found = story_court(earlier, i, {_key(f.actor) for f in source})
    own = {_key(f.actor) for f in source}
    return [f for f in found if _key(f.actor) not in own and f.actor.actor_id not in projects]
