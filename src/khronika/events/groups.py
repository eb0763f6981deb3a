"""Descriptive group actors for common noun phrases ("журналисты «Фонтанки»",
"нападавшие на Леонида Волкова", "полиция Пакистана"): which nouns name a group
of people and how the phrase is written as an actor name.
"""
from __future__ import annotations

import re

from typing import Callable

from khronika.events.focus import main_state
from khronika.events.gatherings import NAMED_GATHERING_NOUNS, participants_name
from khronika.events.lexicon import fold
from khronika.events.pronouns import antecedent
from khronika.events.tree import Found, NOMINAL, PERSONAL_PRONOUNS, Tree
from khronika.nlp.doc import EventActor
from khronika.events.naming import police_staff


# Unnamed officers stand for their service (the gold guide writes "полиция" for unnamed police).
OFFICERS = {"полицейский": "полиция", "милиционер": "милиция"}
# Nouns naming a state's soldiers or army ("украинские военные", "войска Украины").
ARMED_NOUNS = frozenset({"военный", "войско", "армия", "военнослужащий", "вооруженный"})
# Nouns that refer back to the state a story is about ("власти страны", "суд республики").
COUNTRY_NOUNS = frozenset({"страна", "республика", "государство"})
# The noun of a gathering's participants ("участники акции"), named after the gathering when the story names it.
PARTICIPANT_NOUN = "участник"
# Quantifiers left out of a group's name ("всех участников акции" → "участник акции").
QUANTIFIERS = frozenset({"сам", "весь", "все", "каждый", "многие", "многий", "некоторый", "ряд",
                         "некий", "какой-то", "какой-нибудь"})  # ("неким мужчиной" is nobody identifiable)
# Prepositions that take people out of a group.
EXCEPT_PREPS = frozenset({"кроме", "помимо"})
# (round 28) Class nouns of a named organisation a story may later give alone ("сторонники партии" after "партии
# Техрик-э-Лабайк"): the group is named after the one organisation the document names with that noun.
OWNER_CLASS_NOUNS = frozenset({"партия", "движение", "группировка"})
# (round 29) A monarchy's ruling family, named without its state ("члены королевской семьи"): the family's adjectives.
ROYAL_ADJECTIVES = frozenset({"королевский", "монарший"})
ROYAL_NOUNS = frozenset({"семья", "династия"})
# Monarchs whose state says whose royal family it is ("эмир Катара", "король Иордании").
MONARCH_NOUNS = frozenset({"король", "королева", "эмир", "султан", "монарх", "император", "императрица", "шах"})
# (round 29) Judges named alone ("судьи заслуживают смерти") and the high courts whose judges they are, in the
# genitive of the guide's "судьи <суда> <страны>".
JUDGE_NOUN = "судья"
HIGH_COURT_GENITIVES = {"верховный": "Верховного суда", "конституционный": "Конституционного суда"}
# Sentences either side of the judges' own in which the story names their court.
JUDGES_COURT_WINDOW = 2
# (round 30) Inanimate collective nouns naming an organisation's people: "персонал компании требует", "забастовка
# персонала ж/д компаний" are its staff acting as a group, like "сотрудники" (the tagger marks them inanimate);
# only with a modifier saying whose.
STAFF_COLLECTIVES = frozenset({"персонал", "экипаж"})
# Bare generic person nouns name nobody identifiable (the gold codes events between identifiable actors).
BARE_PEOPLE = frozenset({"человек", "люди", "мужчина", "женщина", "ребенок", "житель", "гражданин",
                         "противник"})  # ("противник обстрелял позиции": the other side, unnamed)


def is_group(tree: Tree, i: int) -> bool:
    """A common noun naming people ("пилоты", "нападавшие", "волонтера")."""
    token = tree.tok(i)
    if token.pos == "NOUN":
        if token.feats.get("Animacy") == "Anim":
            return True
        if tree.lemma(i) in STAFF_COLLECTIVES and tree.kids(i, "nmod", "amod"):
            return True  # (round 30) "персонал компании" (a bare "персонал" says whose no more than "люди")
        # "российские банки", "белорусские компании": a collective named by a state's adjective
        return any(tree.hints.adjective(tree.tok(c).lemma or tree.tok(c).text) for c in tree.kids(i, "amod"))
    # substantivised participles and adjectives: "нападавшие", "мобилизованного"
    return token.pos in ("VERB", "ADJ") and token.rel in ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod") \
        and token.feats.get("VerbForm") in ("Part", None) and token.feats.get("Case") is not None


def armed_forces(tree: Tree, i: int) -> Found | None:
    """"украинские военные", "войска Украины", "российская армия": the state's armed forces, when
    the registry knows them (`forces` hints); "силовики" only abroad (at home the guide keeps
    "силовики" for law enforcement)."""
    lemma = tree.lemma(i)
    if lemma not in ARMED_NOUNS and lemma != "силовик":
        return None
    states: set[str] = set()
    for c in tree.children[i]:
        token = tree.tok(c)
        if token.rel == "amod":
            states.update(a for a in tree.hints.adjective(token.lemma or token.text) if a.startswith("gpe:"))
        elif token.rel == "nmod" and tree.case(c) == "Gen" and tree.prep(c) is None and tree.mention_of[c] is not None:
            actor_id = tree.mention_of[c].actor_id or ""
            states.add(tree.hints.metonyms.get(actor_id, actor_id))
    if len(states) != 1:
        return None
    state = states.pop()
    forces = tree.hints.forces.get(state)
    if forces is None or (lemma == "силовик" and state == "gpe:russia"):
        return None
    return Found(EventActor(forces, tree.name_of(forces, forces)), i, "ORG")


def _bare(tree: Tree, j: int) -> bool:
    """A noun with no modifiers of its own that would say which one it is."""
    return all(tree.tok(c).rel in ("case", "punct", "det") for c in tree.children[j])


def _classifier(tree: Tree, j: int, head: int) -> bool:
    """"авиакомпании" in "пилоты авиакомпании Ryanair": a common noun only introducing a name that
    stands uninflected after it (a quoted or Latin name, an apposition).  Not a noun with a name in
    the genitive ("министра России", "жителя Твери", "списка Магнитского": the name is its owner,
    and dropping the noun garbles the phrase), nor one with adjectives of its own ("хакерской
    группировки «Кобра»")."""
    if j == head or tree.tok(j).pos != "NOUN" or tree.mention_of[j] is not None or tree.kids(j, "amod"):
        return False
    return any(tree.mention_of[c] is not None and tree.tok(c).rel in ("appos", "nmod", "flat", "flat:name")
               and tree.prep(c) is None and (tree.case(c) != "Gen" or _uninflected_name(tree, c)
                                             or _title_of(tree, j, c))
               for c in tree.children[j])


def _registry_classifier(tree: Tree, j: int, head: int) -> bool:
    """(round 13) "авиакомпании" in "пилоты ирландской авиакомпании Ryanair": a common noun, adjectives and all,
    introducing an organisation the registry knows, named uninflected after it."""
    if j == head or tree.tok(j).pos != "NOUN" or tree.mention_of[j] is not None:
        return False
    return any((m := tree.mention_of[c]) is not None and m.type == "ORG" and m.actor_id
               and not m.actor_id.startswith("x:") and tree.tok(c).rel in ("appos", "nmod", "flat", "flat:name")
               and tree.prep(c) is None and _uninflected_name(tree, c)
               for c in tree.children[j])


def _title_of(tree: Tree, j: int, c: int) -> bool:
    """"священника Питера Смита": a person's name after an animate noun in the same case is the
    name of whom the noun describes (not of a relative: "брата Ивана Петрова")."""
    from khronika.events.actors import RELATION_NOUNS  # here: actors imports this module

    mention = tree.mention_of[c]
    return mention.type == "PER" and tree.tok(j).feats.get("Animacy") == "Anim" \
        and tree.lemma(j) not in RELATION_NOUNS


def _uninflected_name(tree: Tree, c: int) -> bool:
    """A name in quotes or in Latin script, which keeps its form in any case."""
    text = tree.tok(c).text
    return (c > 0 and tree.tok(c - 1).text in ("«", "\"", "“")) or (text[:1].isascii() and text[:1].isalpha())


def _in_time(tree: Tree, offset: int) -> bool:
    return any(t.start <= offset < t.stop for t in tree.doc.times)


def _phrase(tree: Tree, i: int) -> list[int]:
    """Token i and its dependents, without clauses and coordinated phrases."""
    out, stack = [], [i]
    while stack and len(out) < 10:
        cur = stack.pop()
        if cur in out:
            continue
        out.append(cur)
        stack.extend(c for c in tree.children[cur]
                     if tree.tok(c).rel not in ("acl", "acl:relcl", "conj", "cc", "advcl", "parataxis"))
    return out


# (round 24) Interior and security bodies a Russian text names bare only for the country the story is about
# ("КГБ", "сотрудники МВД" in a story about Belarus): the guide names bodies with their state ("МВД Белоруссии").
HOME_BODIES = frozenset({"кгб", "мвд"})


def home_state_of_body(tree: Tree, j: int) -> str | None:
    """The genitive name of the state a bare "КГБ"/"МВД" (token j) belongs to: the story's main state, when
    that is not Russia (whose bodies a Russian text names bare), the body has no state of its own (no
    adjective, genitive or apposition) and its sentence names no other state."""
    mention = tree.mention_of[j]
    if mention is None or mention.type != "ORG" or not (mention.actor_id or "x:").startswith("x:") \
            or fold(mention.text) not in HOME_BODIES or fold(tree.tok(j).text) != fold(mention.text) \
            or tree.kids(j, "amod", "nmod", "appos", "flat"):
        return None
    state = main_state(tree.doc)
    if state is None or state == "gpe:russia" or other_state_named(tree, j, state):
        return None
    return tree.genitive_of(state, tree.name_of(state, state))


def other_state_named(tree: Tree, i: int, state: str) -> bool:
    """The sentence of token i names a state other than `state` (whose body or court it may be)."""
    sentence = tree.doc.sentences[tree.doc.sentence_at(tree.tok(i).start) or 0]
    for j in range(sentence.token_start, sentence.token_stop):
        mention = tree.mention_of[j]
        if mention is not None and (mention.actor_id or "").startswith("gpe:") and mention.actor_id != state:
            return True
    return False


def _titled_person(tree: Tree, c: int) -> int | None:
    """(round 24) The person a group's genitive title names: "сторонников [лидера] партии ТЛП Хадима Ризви" →
    the token of "Хадима" (a name in apposition to an animate singular genitive noun without a preposition)."""
    token = tree.tok(c)
    if token.rel != "nmod" or token.pos != "NOUN" or tree.prep(c) is not None or tree.case(c) != "Gen" \
            or token.feats.get("Animacy") != "Anim" or token.feats.get("Number") != "Sing":
        return None
    people = [k for k in tree.kids(c, "appos") if tree.mention_of[k] is not None and tree.mention_of[k].type == "PER"]
    return people[0] if len(people) == 1 else None


def _class_owner(tree: Tree, j: int) -> str | None:
    """(round 28) The name a bare class noun stands for: "сторонники партии" after "члены партии Техрик-э-Лабайк"
    → "Техрик-э-Лабайк".  Every earlier use of the noun with a name of its own (a named entity other than a person
    or place, in apposition or right after it) must give the same name; none, or two different ones: no name."""
    lemma = tree.lemma(j)
    names: set[str] = set()
    for k in range(j):
        if tree.lemma(k) != lemma:
            continue
        for c in [*tree.kids(k, "appos", "flat", "flat:name", "nmod"), k + 1]:
            if c >= j or c <= k:
                continue
            mention = tree.mention_of[c]
            if mention is None or mention.type in ("PER", "LOC", "GPE"):
                continue
            if mention.actor_id and not mention.actor_id.startswith("x:"):
                names.add(tree.name_of(mention.actor_id, mention.normal or mention.text))
            else:
                name = mention.normal or mention.text
                quoted = tree.doc.text[max(0, mention.start - 1):mention.start] == "«" and "«" not in name
                names.add(f"«{name}»" if quoted else name)  # (a name the text quotes keeps its quotes)
            break
    return names.pop() if len(names) == 1 else None


def _state_word(tree: Tree, c: int) -> str | None:
    """The state token c names: its own mention's, else (a recogniser that took "Эмир Катара" whole as a place)
    the state the document names with the same word elsewhere ("Катара" in the headline)."""
    mention = tree.mention_of[c]
    if mention is not None and (mention.actor_id or "").startswith("gpe:"):
        return mention.actor_id
    if tree.tok(c).pos != "PROPN":
        return None
    word = fold(tree.tok(c).text)
    states = {m.actor_id for m in tree.doc.mentions if (m.actor_id or "").startswith("gpe:") and fold(m.text) == word}
    return states.pop() if len(states) == 1 else None


def royal_state(tree: Tree, j: int) -> str | None:
    """(round 29) The genitive name of the state a bare royal family (token j: "королевской семьи") belongs to:
    the state of the one monarch its sentence names ("Эмир Катара … встретится с членами королевской семьи" →
    "Катара"; the monarch's state as a genitive or a state adjective).  A family with a state or owner of its own
    (a state adjective, a genitive, an apposition), a sentence naming no monarch's state (the story's other states
    say nothing of whose family it is: "Принц Гарри … членов королевской семьи" in a story about the USA) or two:
    no state (the guide names unnamed bodies "<body> <страны>"; it never guesses between states)."""
    if tree.lemma(j) not in ROYAL_NOUNS or tree.kids(j, "nmod", "appos", "flat", "flat:name"):
        return None
    adjectives = tree.kids(j, "amod")
    if not any(tree.lemma(c) in ROYAL_ADJECTIVES for c in adjectives) \
            or any(tree.hints.adjective(tree.tok(c).lemma or tree.tok(c).text) for c in adjectives):
        return None
    sentence = tree.doc.sentences[tree.doc.sentence_at(tree.tok(j).start) or 0]
    states: set[str] = set()
    for k in range(sentence.token_start, sentence.token_stop):
        if tree.lemma(k) not in MONARCH_NOUNS:
            continue
        for c in tree.kids(k, "nmod", "amod"):
            state = _state_word(tree, c) if tree.tok(c).rel == "nmod" else None
            if state is not None and tree.case(c) == "Gen" and tree.prep(c) is None:
                states.add(state)  # "эмир Катара"
            elif tree.tok(c).rel == "amod":
                states.update(s for s in tree.hints.adjective(tree.tok(c).lemma or tree.tok(c).text)
                              if s.startswith("gpe:"))  # "иорданский король"
    if len(states) != 1:
        return None
    state = states.pop()
    return tree.genitive_of(state, tree.name_of(state, state))


def judges_court(tree: Tree, i: int) -> str | None:
    """(round 29) The court bare judges (token i, "судьи") sit on, in the genitive: the one high court the story
    names within two sentences of theirs ("… судьи заслуживают смерти за оправдательный приговор … до объявления
    вердикта Верховного суда" → "Верховного суда Пакистана"), with its own state, else the story's main state (the
    "Верховный суд" → "Верховный суд Пакистана" rule).  Another court named by modifiers in that window (a city's,
    a district's, a second high court) or a state other than the court's in the judges' sentence: no court."""
    doc = tree.doc
    index = doc.sentence_at(tree.tok(i).start)
    if index is None:
        return None
    first = doc.sentences[max(0, index - JUDGES_COURT_WINDOW)].token_start
    last = doc.sentences[min(len(doc.sentences) - 1, index + JUDGES_COURT_WINDOW)].token_stop
    kinds: set[str] = set()
    states: set[str] = set()
    for k in range(first, last):
        if tree.lemma(k) != "суд" or tree.tok(k).pos != "NOUN":
            continue
        modifiers = tree.kids(k, "amod", "nmod", "appos", "flat", "flat:name")
        if not modifiers:
            continue  # "перед зданием суда": a bare court names none
        high = [c for c in tree.kids(k, "amod") if tree.lemma(c) in HIGH_COURT_GENITIVES]
        if not high or len(high) != len(tree.kids(k, "amod")):
            return None  # "суд города Шейкхупура", "районный суд": another court is in view
        kinds.add(tree.lemma(high[0]))
        for c in tree.kids(k, "nmod"):
            mention = tree.mention_of[c]
            if mention is None or not (mention.actor_id or "").startswith("gpe:"):
                return None  # "Верховный суд по делам …": not a state's court alone
            states.add(mention.actor_id)
    if len(kinds) != 1 or len(states) > 1:
        return None
    state = states.pop() if states else main_state(doc)
    if state is None or other_state_named(tree, i, state):
        return None
    return f"{HIGH_COURT_GENITIVES[kinds.pop()]} {tree.genitive_of(state, tree.name_of(state, state))}"


def _listed_modifiers(tree: Tree, c: int) -> list[int]:
    """(round 24) The conjuncts of a group's modifier that say which group with it, as the gold guide names
    such groups whole: places after "в" ("профсоюзы пилотов в Бельгии, Испании и Италии") and the people a
    genitive counts ("профсоюзы пилотов и бортпроводников"), with their commas and conjunction.  Each
    conjunct must be of the first one's kind (a place name; an animate common noun in the genitive)."""
    first = tree.tok(c)
    mention = tree.mention_of[c]
    place = tree.prep(c) == "в" and mention is not None and mention.type in ("LOC", "GPE")
    people = mention is None and tree.prep(c) is None and first.pos == "NOUN" and tree.case(c) == "Gen" \
        and first.feats.get("Animacy") == "Anim" and first.feats.get("Number") == "Plur"
    if not (place or people):
        return []
    out: list[int] = []
    for k in tree.kids(c, "conj"):
        other = tree.mention_of[k]
        same = (place and other is not None and other.type in ("LOC", "GPE")) or (
            people and other is None and tree.tok(k).pos == "NOUN" and tree.prep(k) is None
            and tree.tok(k).feats.get("Animacy") == "Anim" and (tree.tok(k).feats.get("Case") == "Gen" or (
                tree.tok(k).feats.get("Case") == "Acc" and tree.tok(k).feats.get("Number") == "Plur")))
        # (an animate plural accusative is the genitive's form: "пилотов и [кондукторов]")
        if not same or k - c > 14:
            return []
        out.extend(_phrase(tree, k))
        out.extend(j for j in tree.children[k] if tree.tok(j).rel in ("cc", "punct") and tree.tok(j).text in (",", "и"))
    return out


# At most this many tokens of a participle's phrase are left out of a group name.
PARTICIPLE_SPAN = 8
# A word form with an active or passive participle suffix before its adjectival ending ("протестующих",
# "осужденной", "пришедших").
PARTICIPLE_FORM = re.compile(r"(?:ущ|ющ|ащ|ящ|ш|нн)(?:ий|ая|ое|ее|ие|ые|ого|его|ой|ей|ому|ему|ым|им|ых|их|ыми|ими|ую|юю)$")


def _nominal_participle(tree: Tree, i: int) -> bool:
    """(round 31) A bare participle standing as a noun in an oblique case: a participle's features, or a verb's lemma
    on a token tagged as a noun ("осужденной" → "осудить"); not a modifier or clause of another word, and without
    a phrase of its own (a participle with its complements, "подозреваемых в убийстве …", stays as written, as
    round 9 has it)."""
    t = tree.tok(i)
    verbal = t.feats.get("VerbForm") == "Part" or t.pos == "NOUN" and (t.lemma or "").endswith(("ть", "ться")) \
        and PARTICIPLE_FORM.search(t.text.lower()) is not None  # (not "властей": "власть" ends in "-ть" too)
    return verbal and tree.case(i) not in (None, "Nom") and t.rel not in ("amod", "acl", "acl:relcl") \
        and t.feats.get("Number") in ("Sing", "Plur") \
        and not any(tree.tok(c).rel in PARTICIPLE_COMPLEMENTS for c in tree.children[i])


def _agreement_feats(feats: dict[str, str], plural: bool) -> dict[str, str]:
    """The features an adjective or participle agrees by: case and number, and gender in the singular."""
    return {k: v for k, v in feats.items() if k in ("Case", "Number") or (k == "Gender" and not plural)}


# Dependents that make a participle a phrase of its own ("пострадавшим от паводков", "подозреваемых в убийстве").
PARTICIPLE_COMPLEMENTS = frozenset({"nmod", "obl", "obj", "iobj", "appos", "xcomp", "ccomp", "advmod"})


def describe(tree: Tree, i: int) -> Found | None:
    """A descriptive group actor for a common noun phrase: "журналисты «Фонтанки»",
    "нападавшие на Леонида Волкова", "полиция Пакистана".  Its head is put in the
    nominative (lemma); the dependents stay as written."""
    from khronika.events.actors import own_actors  # here: actors.own_actors calls describe in turn

    token = tree.tok(i)
    if token.pos == "PRON" or token.pos not in NOMINAL | {"ADJ", "VERB"}:
        return None
    forces = armed_forces(tree, i)
    if forces is not None:
        return forces
    officers = OFFICERS.get(tree.lemma(i))
    if officers and not tree.kids(i, "nmod", "appos"):
        # "полицейские задержали", "сдался полицейскому": the guide's "полиция" for unnamed police
        return Found(EventActor(None, officers), i, "GROUP", named=False)
    service = police_staff(tree, i)
    if service is not None:
        return Found(EventActor(None, service), i, "GROUP", named=False)  # (round ea) "сотрудники полиции"
    keep = {i}
    spread: set[int] = set()  # (round 24) coordinated modifiers, kept however far they reach
    for c in tree.children[i]:
        rel = tree.tok(c).rel
        if rel in ("amod", "nmod", "flat", "flat:name", "appos", "obl", "det") and abs(c - i) <= 6 \
                and tree.prep(c) not in EXCEPT_PREPS:  # "все обвиняемые кроме X" are not named after X
            person = _titled_person(tree, c) if c > i else None
            if person is not None:
                # (round 24) "сторонники лидера партии X Хадима Ризви" → "сторонники Хадима Ризви": the group is
                # named by the person (the guide's full personal names), not by the title the text gives first
                named_person = _phrase(tree, person)
                keep.update(named_person)
                spread.update(named_person)
                continue
            phrase = _phrase(tree, c)
            if tree.prep(c) is not None and any(tree.tok(j).pos == "NUM" or any(ch.isdigit() for ch in tree.tok(j).text)
                                                for j in phrase):
                continue  # "активы металлургов на 8,1 млрд евро": an amount says which, not who
            keep.update(phrase)
            listed = [k for j in phrase for k in _listed_modifiers(tree, j)]
            keep.update(listed)
            spread.update(listed)
    # "оправданной в Пакистане христианки": a participle's own phrase goes with it (see below)
    participial = {k for c in tree.kids(i, "amod") if tree.tok(c).feats.get("VerbForm") == "Part"
                   for k in tree.subtree(c, PARTICIPLE_SPAN)} - {i}  # (a parse may loop back to the head)
    # (round 13) "пилоты ирландской бюджетной авиакомпании Ryanair" → "пилоты Ryanair": a registry organisation's
    # classifier goes with its adjectives (the registry name says which company it is)
    described = {k for j in keep if _registry_classifier(tree, j, i) for k in [j, *tree.kids(j, "amod")]}
    words = sorted(j for j in keep if (abs(j - i) <= 7 or j in spread) and not _classifier(tree, j, i)
                   and j not in participial and j not in described)
    parts: list[str] = []
    owners: list[str] = []  # resolved possessive pronouns, named after the head
    named: set[int] = set()
    named_spans: list[tuple[int, int]] = []  # text of the organisations named so far
    head_lemma = token.pos == "NOUN" and not (token.lemma or token.text).endswith(("ть", "ться"))
    participle_head = not head_lemma and _nominal_participle(tree, i)
    for j in words:
        t = tree.tok(j)
        mention = tree.mention_of[j]
        if any(start <= t.start < stop for start, stop in named_spans):
            continue  # "«Нафтогаз Украины»": the place inside the name is part of the name
        if j != i and mention is not None and mention.actor_id and mention.type == "ORG" \
                and not mention.actor_id.startswith("x:"):
            # "пилоты «Райанэйр»" → "пилоты Ryanair": a registry organisation's canonical name, once
            # per mention (media keep the text's wording, "журналисты «Фонтанки»", as the gold guide does)
            if id(mention) not in named:
                named.add(id(mention))
                named_spans.append((mention.start, mention.stop))
                inflected = tree.case(j) == "Gen" and not _uninflected_name(tree, j)
                # a name the phrase inflects stays as written ("руководители фракций Госдумы", not
                # "фракций Государственная дума")
                parts.append(mention.text if inflected else tree.name_of(mention.actor_id, mention.normal or mention.text))
            continue
        home = home_state_of_body(tree, j) if j != i else None
        if home is not None:
            parts.append(f"{t.text} {home}")  # (round 24) "сотрудники МВД" in a story about Belarus
            continue
        if t.rel == "punct" and t.text not in "«»\"" and not (j in spread and t.text == ","):
            continue
        if j < i and t.pos in ("CCONJ", "PART") and not any(start <= t.start < stop for start, stop in named_spans):
            continue  # (round 17) "и другим участникам" ("also"): a particle before the head names no one
        if t.pos in ("PRON", "DET") and tree.lemma(j) in ("он", "она") and j != i:
            # "её сторонники" → "сторонники <antecedent>"; an unresolved pronoun is left out
            referent = antecedent(tree, j) if tree.lemma(j) in PERSONAL_PRONOUNS else None
            found = own_actors(tree, referent, 4) if referent is not None else []
            if found:
                owners.append(found[0].actor.name)
            continue
        if j != i and tree.lemma(j) in OWNER_CLASS_NOUNS and _bare(tree, j) and tree.case(j) == "Gen" \
                and tree.prep(j) is None and tree.head(j) == i:
            owner = _class_owner(tree, j)
            if owner is not None:
                parts.append(owner)  # (round 28) "сторонники партии" → "сторонники Техрик-э-Лабайк"
                continue
        if j != i and tree.lemma(j) in COUNTRY_NOUNS and _bare(tree, j) and main_state(tree.doc):
            # "верховный суд республики" in a story about Pakistan: "верховный суд Пакистана"
            state = main_state(tree.doc) or ""
            parts.append(tree.genitive_of(state, tree.name_of(state, state)))
            continue
        if t.pos == "NUM" or any(ch.isdigit() for ch in t.text) or _in_time(tree, t.start) \
                or (j != i and tree.lemma(j) in QUANTIFIERS):
            continue  # "всех участников", "самих участников": the group is named without its quantifier
        if j != i and t.rel == "amod" and t.feats.get("VerbForm") == "Part" and tree.head(j) == i:
            continue  # "прибывшая милиция": what the group did here is no part of its name
        royal = royal_state(tree, j) if j != i and tree.case(j) == "Gen" and tree.prep(j) is None else None
        if royal is not None:
            parts.extend([t.text, royal])  # (round 29) "члены королевской семьи" → "члены королевской семьи Катара"
            continue
        lemma = t.lemma or t.text
        if j != i and head_lemma and t.pos == "ADJ" and t.rel == "amod" and tree.head(j) == i and j < i \
                and token.feats.get("Gender") in ("Masc", "Fem", "Neut"):
            # the head goes into its nominative singular; its own adjectives agree with it
            # ("бывшего заместителя" → "бывший заместитель", not "бывшего заместитель")
            parts.append(tree.nominative_adjective(t.text, t.feats, token.feats["Gender"]))
            continue
        if j != i and participle_head and t.pos == "ADJ" and t.rel == "amod" and tree.head(j) == i and j < i:
            # (round 31) the adjectives of a participle put into its nominative agree with it ("всех политических
            # заключенных" → "политические заключенные")
            plural = token.feats.get("Number") == "Plur"
            parts.append(tree.nominative_adjective(t.text, _agreement_feats(t.feats, plural),
                                                   "Plur" if plural else token.feats.get("Gender", "Masc")))
            continue
        if j == i and participle_head:
            # (round 31) "обвинил протестующих", "задержала протестующих": a bare participle standing as a
            # noun goes into its nominative ("протестующие") like any head
            # (the participle's own features: a plural participle has no gender, whatever the noun tag says)
            plural = t.feats.get("Number") == "Plur"
            parts.append(tree.nominative_adjective(t.text, {**_agreement_feats(t.feats, plural), "VerbForm": "Part"},
                                                   "Plur" if plural else t.feats.get("Gender", "Masc")))
            continue
        parts.append(lemma if j == i and head_lemma else t.text)
    if len(parts) == 1 and not owners and tree.lemma(i) == JUDGE_NOUN and parts[0] == JUDGE_NOUN \
            and token.feats.get("Number") == "Plur":
        court = judges_court(tree, i)
        if court is not None:
            parts.append(court)  # (round 29) "судьи" → "судья Верховного суда Пакистана"
    if len(parts) == 1 and not owners and fold(parts[0]) in BARE_PEOPLE:
        return None  # "задержали 5 человек", "мужчина сдался": nobody identifiable
    text = " ".join(parts + owners).replace("« ", "«").replace(" »", "»").replace(" ,", ",").strip(" ,")
    if not text:
        return None
    if tree.lemma(i) == PARTICIPANT_NOUN and "«" not in text:
        # (round 15) "участники акции" in a story naming one gathering: "участники акции «День гнева»"
        for c in tree.kids(i, "nmod"):
            if tree.lemma(c) in NAMED_GATHERING_NOUNS and tree.case(c) == "Gen" and tree.prep(c) is None:
                text = participants_name(tree, c, tree.inflect_genitive) or text
                break
    members = []
    for j in words:
        mention = tree.mention_of[j]
        if j != i and mention is not None and mention.type in ("ORG", "MEDIA") and mention.actor_id:
            members.extend(tree.from_id(mention.actor_id, j, mention.type, mention.normal))
    return Found(EventActor(None, text), i, "GROUP", named=False, members=members[:1])


# (round 27) Nouns of an organisation's local units: their places say which of its staff a group is
# ("пилоты ирландского и шведского подразделений лоукостера", "летчики подразделений лоукостера в Ирландии").
SUBUNIT_NOUNS = frozenset({"подразделение", "филиал", "отделение", "представительство"})


def _listed(tree: Tree, first: int) -> list[int]:
    """A word and its conjuncts, in text order."""
    return sorted([first, *tree.kids(first, "conj")])


def _and_list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " и " + names[-1]


def _in(place: str) -> str:
    """"во Франции", "во Вьетнаме", "в Италии": "во" before в/ф and a consonant."""
    low = place.lower()
    return "во" if len(low) > 1 and low[0] in "вф" and low[1] not in "аеёиоуыэюя" else "в"


def subunit_places(tree: Tree, i: int, locative: Callable[[str], str]) -> str | None:
    """(round 27) The places of the local units a staff group (head token i) works in, as the gold guide names
    such groups ("пилоты Ryanair в Ирландии, Швеции, Нидерландах и Бельгии"): a genitive unit noun after the
    head whose country adjectives, each and every one naming one registry state, say where ("ирландского,
    шведского … подразделений" → "Ирландии, Швеции, …", names put in the locative), or whose phrase goes on
    with places after "в" (kept as written).  The phrase comes with its preposition ("в Ирландии", "во
    Франции").  Anything else in the list (a non-place adjective, a list of no places), no places."""
    for c in tree.kids(i, "nmod"):
        if c < i or tree.lemma(c) not in SUBUNIT_NOUNS or tree.case(c) != "Gen" or tree.prep(c) is not None:
            continue
        adjectives = [j for j in tree.kids(c, "amod") if j < c]
        if adjectives:
            words = [k for j in adjectives for k in _listed(tree, j)]
            states = [tree.hints.adjective(fold(tree.lemma(k))) for k in words]
            if len(adjectives) > 1 or not all(len(s) == 1 and s[0].startswith("gpe:") for s in states):
                return None
            places = [locative(tree.name_of(s[0], s[0])) for s in states]
            return f"{_in(places[0])} {_and_list(places)}"
        for owner in [c, *tree.kids(c, "nmod")]:
            for k in tree.kids(owner, "nmod", "obl"):
                mention = tree.mention_of[k]
                if k < c or tree.prep(k) not in ("в", "во") or mention is None or mention.type not in ("LOC", "GPE"):
                    continue
                places = _listed(tree, k)
                if not all(tree.mention_of[p] is not None and tree.mention_of[p].type in ("LOC", "GPE")
                           for p in places) or places[-1] - k > 14:
                    return None
                case = [j for j in tree.kids(k, "case") if j < k]
                preposition = tree.tok(case[0]).text.lower() if case else "в"
                return f"{preposition} {_and_list([tree.mention_of[p].text for p in places])}"
    return None
