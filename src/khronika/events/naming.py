"""(round ea) Naming the parties an event already has, in the gold guide's canonical forms.

- Unnamed police abroad are "полиция <страны>" (the guide): the state may be in view by being named in the
  trigger's sentence or the two before (`EventCoder._state_nearby`), or by being the state the story is
  clearly about (`story_state`: named three times or more, more than twice as often as any other) — "В
  Пакистане начались протесты … Полиция призывает демонстрантов разойтись" six sentences on
  (`police_state_in_view`), unless the scene is set in another state named since (`scene_elsewhere`).
- A bare "правительство" in a sentence that names one state only is that state's (`only_state_named`), when
  the story's own state is not the one in view, the story is not about Russia, and the state qualifies the
  source that addresses the government ("глава МИД Британии … призвал правительство"; review rev19_A 1).
- Unnamed staff of the police are the police, as "полицейские" are (`groups.OFFICERS`): "сотрудники полиции
  задержали", "офицер полиции", "сотрудник милиции" → "полиция", "милиция" (`police_staff`).
- An organisation's name goes without its legal form and the quotes around it ("ОАО «Белтрансгаз»" →
  "Белтрансгаз", "НАК \"Нафтогаз Украины\"" → "Нафтогаз Украины": the gold guide's canonical names), and a
  name keeps no quotation mark left unpaired by the tagger ("Техрик-э-Лабаик Пакистан\"") (`plain_name`,
  `plain_party_names`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from khronika.events.focus import dominant
from khronika.nlp.doc import Doc, Event, EventActor

if TYPE_CHECKING:
    from khronika.events.coder import EventCoder
    from khronika.events.tree import Tree


# How often a story must name its state for unnamed police far from the last mention to be that state's: a state
# named once ("хочет уехать в Индию … Позже Смита арестовали") is not the story's.
POLICE_STORY_MENTIONS = 3


def story_state(doc: Doc, minimum: int = 1) -> str | None:
    """The state a story is clearly about: named at least `minimum` times and more than twice as often as any
    other."""
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        if mention.actor_id and mention.actor_id.startswith("gpe:"):
            counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
    return dominant(counts, minimum=minimum)


def police_state_in_view(coder: "EventCoder", tree: "Tree", i: int, state: str) -> bool:
    """Unnamed police at token i may be named after `state`: it is named nearby, or the story is clearly
    about it (named three times or more, more than twice as often as any other state) and the scene is not set
    in another state (`scene_elsewhere`)."""
    if coder._state_nearby(tree, i, state):
        return True
    return story_state(tree.doc, POLICE_STORY_MENTIONS) == state \
        and not scene_elsewhere(tree, i, state, coder.registry_countries)


def scene_elsewhere(tree: "Tree", i: int, state: str, countries: dict[str, str]) -> bool:
    """(review rev19_A 9) A scene in another state (a place in it, or the state after "в/на", `_scene_state`) is
    named in the sentence where the story's state was last named before token i, or since: "В Москве у
    посольства Украины прошла акция … Позже полиция задержала пятерых активистов" in a story about Ukraine is
    Moscow's police, not Ukraine's."""
    last = next((j for j in range(i - 1, -1, -1) if state in _states_at(tree, [j], countries)), None)
    if last is None:
        return False
    first = tree.doc.sentences[tree.doc.sentence_at(tree.tok(last).start) or 0].token_start
    return any(_scene_state(tree, j, countries) not in (None, state) for j in range(first, i))


# Prepositions of a scene ("в Москве", "на Украине"), and the registry id prefixes of places.
SCENE_PREPS = frozenset({"в", "во", "на"})
PLACE_IDS = ("gpe:", "loc:")


def _scene_state(tree: "Tree", j: int, countries: dict[str, str]) -> str | None:
    """The state whose ground token j sets a scene on: a place in a state ("в Москве", "Вильнюс"), or a state
    after a preposition of place ("в России").  A state named otherwise ("1100 долларов США", "обвинили
    Россию") sets no scene."""
    mention = tree.mention_of[j]
    actor_id = mention.actor_id or "" if mention is not None else ""
    if actor_id in countries and actor_id.startswith(PLACE_IDS):
        return countries[actor_id]  # (a place, not an outlet or a body of the state: "передает УНН")
    if actor_id.startswith("gpe:") and tree.prep(j) in SCENE_PREPS:
        return tree.hints.metonyms.get(actor_id, actor_id)
    return None


def _states_at(tree: "Tree", tokens, countries: dict[str, str]) -> set[str]:
    """The states tokens name: a state, a place in it (`countries`: the registry's place → state), or a
    state's adjective ("британский")."""
    out: set[str] = set()
    for j in tokens:
        mention = tree.mention_of[j]
        actor_id = mention.actor_id or "" if mention is not None else ""
        if actor_id.startswith("gpe:"):
            out.add(tree.hints.metonyms.get(actor_id, actor_id))
        elif actor_id in countries:
            out.add(countries[actor_id])
        if tree.tok(j).pos == "ADJ":
            out |= {a for a in tree.hints.adjective(tree.lemma(j)) if a.startswith("gpe:")}
    return out


def states_named(tree: "Tree", i: int, countries: dict[str, str]) -> set[str]:
    """The states the sentence of token i names (see `_states_at`)."""
    sentence = tree.doc.sentences[tree.doc.sentence_at(tree.tok(i).start) or 0]
    return _states_at(tree, range(sentence.token_start, sentence.token_stop), countries)


# Relations tying a name to the role noun it stands with ("глава МИД Британии Джереми Хант": the name is the
# role's appos), climbed to reach the party's whole phrase.
NAME_LINKS = frozenset({"appos", "flat", "flat:name", "flat:foreign"})
# Dependents that are no part of what a party is (a clause about it, another party joined to it).
CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "parataxis", "conj", "cc", "punct"})
# A diplomat speaks to the government of the state where he serves, not to his own ("посол США призвал
# правительство"): his state qualifies no bare government.
DIPLOMATS = frozenset({"посол", "посольство", "дипломат", "консул", "консульство", "посланник", "атташе"})


def party_phrase(tree: "Tree", token: int) -> list[int]:
    """The phrase of the party read at `token`: from the role noun its name stands with, its dependents
    without clauses or conjuncts ("Бывший глава МИД Британии Джереми Хант")."""
    head, seen = token, {token}
    while tree.tok(head).rel in NAME_LINKS and tree.head(head) is not None and tree.head(head) not in seen:
        head = tree.head(head)  # (a head cycle of a faulty parse ends the walk)
        seen.add(head)
    out, stack = [], [head]
    while stack and len(out) < 30:
        cur = stack.pop()
        if cur in out:
            continue
        out.append(cur)
        stack.extend(c for c in tree.children[cur] if tree.tok(c).rel not in CLAUSES)
    return sorted(out)


def only_state_named(tree: "Tree", i: int, countries: dict[str, str], others: list[int]) -> str | None:
    """A bare "правительство" the event is directed at is the state that qualifies its source (`others`: the
    tokens the source was read from), when the sentence names no other state: "Бывший глава МИД Британии Борис
    Джонсон призвал правительство предоставить Биби убежище" → Великобритания (in a story about Pakistan, where
    the story's state is not the one in view).  A state named
    in the government's own phrase or in an adjunct says nothing of whose government it is ("поддерживает
    правительства, недружелюбные к США", "просили правительство перевести его в английский Ноттингем"); two
    states named, or a diplomat's state, none (review rev19_A 1)."""
    states = states_named(tree, i, countries)
    if len(states) != 1:
        return None
    phrases = [party_phrase(tree, t) for t in others]
    if any(tree.lemma(j) in DIPLOMATS for phrase in phrases for j in phrase):
        return None
    qualifying = set().union(*(_states_at(tree, phrase, countries) for phrase in phrases)) if phrases else set()
    return states.pop() if qualifying == states else None


# Russian (and CIS) legal forms written before a company's quoted name.
LEGAL_FORMS = ("ОАО", "ЗАО", "ПАО", "АО", "ООО", "НАК", "ОДО", "ТОО", "АОЗТ", "ФГУП", "ГУП", "МУП", "АНО", "НКО")
LEGAL_NAME = re.compile(r"^(?:%s)\s*[«\"„“](.+?)[»\"“”]?$" % "|".join(LEGAL_FORMS))
PAIRS = (("«", "»"), ("„", "“"))


def plain_name(name: str) -> str:
    """`name` without a legal form before a quoted name, and without a quotation mark it leaves unpaired at
    its ends."""
    match = LEGAL_NAME.match(name.strip())
    if match and match.group(1).strip():
        name = match.group(1).strip()
    if name.count('"') % 2 == 1 and (name.endswith('"') or name.startswith('"')):
        name = name.strip('"').strip()
    for opening, closing in PAIRS:
        if name.count(opening) != name.count(closing):
            if name.endswith(closing) and name.count(closing) > name.count(opening):
                name = name[:-1].rstrip()
            elif name.startswith(opening) and name.count(opening) > name.count(closing):
                name = name[1:].lstrip()
    return name


def _plain(actor: EventActor) -> EventActor:
    if actor.actor_id and not actor.actor_id.startswith("x:"):
        return actor  # a registry actor's name is the registry's
    name = plain_name(actor.name)
    return actor if name == actor.name or not name else replace(actor, name=name)


def plain_party_names(event: Event) -> Event:
    """The event with its unregistered parties' names made plain (see `plain_name`)."""
    event.source_actors = [_plain(a) for a in event.source_actors]
    event.target_actors = [_plain(a) for a in event.target_actors]
    return event


# Services whose unnamed staff the gold guide names by the service ("полиция" for unnamed police).
SERVICES = {"полиция": "полиция", "милиция": "милиция"}
# Nouns of a service's staff.
STAFF_OF_SERVICE = frozenset({"сотрудник", "сотрудница", "офицер", "служащий", "работник", "инспектор"})
# Dependents that leave the staff noun unqualified.
BARE = frozenset({"case", "punct", "cc", "det", "nummod"})
# Adjectives of a staff noun that leave it the service's staff as such ("другие сотрудники полиции").
GENERIC_ADJECTIVES = frozenset({"другой", "несколько", "местный", "вооруженный", "вооружённый"})


def police_staff(tree: "Tree", i: int) -> str | None:
    """"сотрудники полиции", "офицера полиции" (token i the staff noun) → "полиция": a staff noun whose only
    qualifier is the bare genitive of the service (no name, no adjective saying which: "сотрудник
    транспортной полиции", "сотрудник полиции Иванов" stay as they are)."""
    if tree.lemma(i) not in STAFF_OF_SERVICE or tree.tok(i).pos != "NOUN":
        return None
    services = [c for c in tree.children[i] if tree.lemma(c) in SERVICES and tree.case(c) == "Gen"
                and tree.prep(c) is None and tree.tok(c).rel == "nmod"
                and all(tree.tok(k).rel in BARE for k in tree.children[c])]
    others = [c for c in tree.children[i] if c not in services and tree.tok(c).rel not in BARE
              and not (tree.tok(c).rel == "amod" and (tree.lemma(c) in GENERIC_ADJECTIVES
                                                       or tree.tok(c).feats.get("VerbForm") == "Part"))]
    # (a participle says what they did or were, not which service: "вооружённые сотрудники полиции")
    if len(services) != 1 or others:
        return None  # "бывший сотрудник полиции", "сотрудник полиции Иванов": not the service as such
    return SERVICES[tree.lemma(services[0])]
