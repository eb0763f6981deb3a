"""Canonical actors of one document.

Mentions are linked to registry ids where the registry knows the name,
surname-only person mentions join the full name said earlier or later
("Путина" → "Владимир Путин"), appositive roles are recorded on the actor
("президент Франции Эммануэль Макрон"), and bare role phrases that resolve
("президент России заявил") become ROLE mentions of that actor.  Anything
else gets a deterministic `x:<type>:<slug>` id from its normal form.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from khronika.nlp.doc import Actor, Doc, Mention, Token
from khronika.nlp.registry import UNKNOWN_PREFIX, Registry, RegistryActor, alias_key, unknown_actor_id
from khronika.nlp.ner_rules import _PAREN_ALIAS as PAREN_ALIAS, STATE_ABBREVIATIONS
from khronika.nlp.org_descriptors import descriptor_mentions
from khronika.nlp.surname_variants import link_variant_full_names, spelling_variant_of
from khronika.nlp.roles import RoleLexicon, RolePhrase, resolve_role, role_after, role_before, state_weights

ACTOR_TYPES = frozenset({"PER", "ORG", "LOC", "GPE", "MEDIA", "FAC"})
# Registry types that name the same kind of thing as an NER type: a place
# tagged LOC may be a registry GPE, an ORG may be a registry MEDIA outlet.
COMPATIBLE = {
    "PER": {"PER"}, "ORG": {"ORG", "MEDIA", "GPE"}, "LOC": {"LOC", "GPE", "FAC", "ORG"},
    "GPE": {"GPE", "LOC"}, "MEDIA": {"MEDIA", "ORG"}, "FAC": {"FAC", "LOC", "ORG"},
}


def _surname_keys(doc: Doc, mention: Mention) -> set[str]:
    """Keys the last word of a person mention may be known by (normal, surface, lemma)."""
    first, last = doc.token_span(mention.start, mention.stop)
    keys = {alias_key(mention.normal.split()[-1])} if mention.normal else set()
    if last > first:
        token = doc.tokens[last - 1]
        keys |= {alias_key(token.text), alias_key(token.lemma)} - {""}
    return keys


def link_registry(doc: Doc, registry: Registry) -> None:
    """Registry ids for mentions whose normal form (or surface) is a known alias."""
    for mention in doc.mentions:
        if mention.actor_id or mention.type not in ACTOR_TYPES:
            continue
        for name in (mention.normal, mention.text):
            found = registry.lookup(name)
            if found and found.type in COMPATIBLE.get(mention.type, {mention.type}):
                mention.actor_id = found.id
                mention.type = _registry_type(found.type, mention.type)
                break


# (mx23, rv23_Q M11) The word a party's name ends in: "Лейбористская партия", "Консервативной партии".
PARTY_WORD = re.compile(r"парти[яиеюй]", re.I)


def unlink_foreign_parties(doc: Doc, registry: Registry) -> None:
    """(mx23, rv23_Q M11) A party named by its kind alone ("Лейбористская партия", "Консервативная партия": every
    state may have one) is no registry state's party when its sentence names a state and not the party's: "парламента
    Австралии … в правящую Лейбористскую партию" is Australia's, not Britain's.  Such a mention becomes a local ORG."""
    for mention in doc.mentions:
        known = registry.actors.get(mention.actor_id or "")
        if known is None or known.type != "ORG" or not known.country or not _generic_party(mention):
            continue
        states = _sentence_states(doc, registry, mention)
        if states and known.country not in states and not _leads_story(doc, registry, known.country):
            mention.actor_id = unknown_actor_id("ORG", mention.normal or mention.text)


def _leads_story(doc: Doc, registry: Registry, state: str) -> bool:
    """`state` is named (itself or by its places) more than twice as often as any other state in the document: a
    story about Britain may name the United States beside its Labour party."""
    counts = Counter(s for m in doc.mentions for s in _mention_states(registry, m))
    return counts[state] > 0 and all(counts[state] > 2 * n for s, n in counts.items() if s != state)


def _mention_states(registry: Registry, mention: Mention) -> set[str]:
    """The registry state a place mention names: the state itself, or the state a place belongs to."""
    known = registry.actors.get(mention.actor_id or "")
    if known is None or known.type not in ("GPE", "LOC"):
        return set()
    state = known.id if known.type == "GPE" else known.country
    return {state} if state else set()


def _generic_party(mention: Mention) -> bool:
    """The mention is a party's kind alone: ends in "партия", every word before it written as an adjective
    (lower case but its first), no name of a place or person in it."""
    words = (mention.normal or mention.text).split()
    return 1 < len(words) <= 3 and bool(PARTY_WORD.fullmatch(words[-1])) \
        and all(w[:1].islower() for w in words[1:-1]) and words[0][:1].isupper() and not words[0].isupper()


def _sentence_states(doc: Doc, registry: Registry, party: Mention) -> set[str]:
    """The registry states the party's sentence names (a state, or a place that belongs to one), less those the
    party acts on (`_acted_on`)."""
    index = doc.sentence_at(party.start)
    if index is None:
        return set()
    sentence = doc.sentences[index]
    return {s for m in doc.mentions if sentence.start <= m.start < sentence.stop and not _acted_on(doc, party, m)
            for s in _mention_states(registry, m)}


# Prepositions of place: a state under them may be the home of the party acting there ("В Австралии Лейбористская
# партия победила").
PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})
# How many tokens before a place its preposition may stand ("от самой Франции").
PREPOSITION_REACH = 3


# (rev24_A M3) Verbs of governing, leading or standing for a state: the party does them in and for its own state
# ("правит Австралией", "возглавила Австралию", "представляет Канаду"), so the state is its home, not a party to a deal.
# (Not every bare instrumental: "недовольна Францией" is about another state.)
# ("представить" is left out: "представила Франции план" presents a plan to another state.)
GOVERNING_VERBS = frozenset({"править", "управлять", "руководить", "возглавить", "возглавлять", "представлять",
                             "олицетворять"})


def _acted_on(doc: Doc, party: Mention, place: Mention) -> bool:
    """(rev23_C L2) The place is an object of the verb the party is the subject of, under no preposition of place
    ("Консервативная партия потребовала от Франции …", "… осудила Францию"): the state the party deals with, not its
    home - unless the verb is one of governing it (`GOVERNING_VERBS`)."""
    p_first, p_last = doc.token_span(party.start, party.stop)
    verbs = {doc.tokens[k].head for k in range(p_first, p_last)
             if doc.tokens[k].rel.startswith("nsubj") and doc.tokens[k].head >= 0}
    verbs = {v for v in verbs if (doc.tokens[v].lemma or "").lower() not in GOVERNING_VERBS}
    g_first, g_last = doc.token_span(place.start, place.stop)
    heads = [k for k in range(g_first, g_last)
             if doc.tokens[k].head in verbs and doc.tokens[k].rel in ("obj", "iobj", "obl")]
    if not heads:
        return False
    prepositions = {t.text.lower() for t in doc.tokens[max(0, g_first - PREPOSITION_REACH):g_first]
                    if t.head == heads[0] and t.rel == "case"}
    return not prepositions & PLACE_PREPOSITIONS


def _registry_type(registry_type: str, ner_type: str) -> str:
    return registry_type if registry_type in ACTOR_TYPES else ner_type


MIN_STEM = 3  # shortest shared beginning for two word forms to count as one word
MAX_ENDING = 3  # longest case ending: "-ому", "-ой", "-ым"
NOMINATIVE_ENDINGS = frozenset("аяйьоеиыу")


def same_word_form(a: str, b: str) -> bool:
    """Two forms of one name word, whatever the case ending: "Сона"/"Соной",
    "Фридкин"/"Фридкином" — not "Иванов"/"Ивановский" or "Марк"/"Мария"."""
    a, b = alias_key(a), alias_key(b)
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    common = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(shorter))
    rest = shorter[common:]
    return (common >= MIN_STEM and len(longer) - common <= MAX_ENDING
            and (rest == "" or (len(rest) == 1 and rest in NOMINATIVE_ENDINGS)))


def same_full_name(a: str, b: str) -> bool:
    words_a, words_b = a.split(), b.split()
    return len(words_a) == len(words_b) > 1 and all(same_word_form(x, y) for x, y in zip(words_a, words_b))


def link_full_names(doc: Doc) -> None:
    """Full-name person mentions whose normal forms differ only by case endings
    (a name seen only in oblique cases normalises imperfectly) are one actor."""
    seen: list[Mention] = []
    for mention in (m for m in doc.mentions if m.type == "PER" and len(m.normal.split()) > 1):
        other = next((s for s in seen if same_full_name(s.normal, mention.normal)), None)
        if other is None:
            seen.append(mention)
            continue
        if other.actor_id is None:
            other.actor_id = mention.actor_id or unknown_actor_id("PER", other.normal)
        if mention.actor_id is None:
            mention.actor_id = other.actor_id


# A first name written as its initial ("С. Сквярнялис", "А.Кудрин").
INITIAL_AND_SURNAME = re.compile(r"([А-ЯЁA-Z])\.\s*([А-ЯЁA-Z][\w'’-]+)")


def link_initial_names(doc: Doc) -> None:
    """"С. Сквярнялис" after "Саулюс Сквярнялис": a name written as an initial and a surname
    is the one person of the document with that surname whose first name has that initial;
    with none, or two such persons, it stays its own."""
    persons = [m for m in doc.mentions if m.type == "PER" and len(m.normal.split()) > 1]
    for mention in persons:
        found = INITIAL_AND_SURNAME.fullmatch(mention.normal)
        if found is None:
            continue
        initial, surname = found.group(1), found.group(2)
        fuller = [m for m in persons if INITIAL_AND_SURNAME.fullmatch(m.normal) is None
                  and m.normal[0] == initial and same_word_form(m.normal.split()[-1], surname)]
        if len({m.normal for m in fuller}) != 1:
            continue
        other = fuller[0]
        if other.actor_id is None:
            other.actor_id = unknown_actor_id("PER", other.normal)
        mention.actor_id = other.actor_id


def link_registry_initials(doc: Doc, registry: Registry) -> None:
    """"Т.Мэй", "Б. Джонсон": a name written as an initial and a surname that the registry does not list as an
    alias is the one registry person with that surname whose first name has that initial (user review rv19_U M6);
    with none, or two such persons, it stays unlinked (and `link_initial_names` may join it to a fuller name of
    the document, which wins)."""
    for mention in doc.mentions:
        if mention.actor_id or mention.type != "PER":
            continue
        found = INITIAL_AND_SURNAME.fullmatch(mention.normal)
        if found is None:
            continue
        initial, surname = found.group(1).lower().replace("ё", "е"), found.group(2).lower().replace("ё", "е")
        known = [actor for first, actor in registry.by_surname.get(surname, ()) if first[:1] == initial]
        if len(known) == 1:
            mention.actor_id = known[0].id


def _patronymic(word: str) -> bool:
    """A Russian patronymic in any case ("Васильевич", "Сергеевной"; PATRONYMIC_ENDS)."""
    return len(word) > 5 and word[:1].isupper() and word.lower().endswith(PATRONYMIC_ENDS)


def link_patronymic_names(doc: Doc, is_patronymic: Callable[[str, str], bool] | None = None) -> None:
    """(rv21_Q A1) "Юрий Васильевич Бондарев" and "Юрий Бондарев", "Юрий Васильевич": a name with the
    patronymic in the middle is one person with the same name written without it (same first name and
    surname) and with the first name and patronymic alone.  The registry's id wins, else that of the
    name without the patronymic.  Names of two persons that share first name and surname stay as they are: with two
    different patronymics for the pair, nothing is joined.  `is_patronymic(first, word)`: the dictionary reads
    `word` as a patronymic of the first name's gender; with it, a bare "first name + patronymic" with no
    three-word name joins the one person named in full with that first name ("Михаил Сергеевич" after
    "Михаила Горбачева"; not "Светлана Алексиевич" or "Александр Баханович", surnames in "-вич")."""
    persons = [m for m in doc.mentions if m.type == "PER"]
    for full in persons:
        words = full.normal.split()
        if len(words) != 3 or not _patronymic(words[1]):
            continue
        first, patronymic, surname = words
        # Another patronymic with the same first name and surname: two persons (a father and son).
        if any(len(w := o.normal.split()) == 3 and same_word_form(w[0], first) and same_word_form(w[2], surname)
               and not same_word_form(w[1], patronymic) for o in persons):
            continue
        # (ra21 H1) A bare "first name + patronymic" is this person only when no full name of another surname
        # carries the same two ("Владимир Владимирович Познер … Владимира Владимировича Путина. Владимир
        # Владимирович ответил": the bare one stays open).
        namesake = any(len(w := o.normal.split()) == 3 and same_word_form(w[0], first)
                       and same_word_form(w[1], patronymic) and not same_word_form(w[2], surname) for o in persons)
        plain = [o for o in persons if len(w := o.normal.split()) == 2 and same_word_form(w[0], first)
                 and same_word_form(w[1], surname) and not _kin_between(doc, full, o)]
        bare = [] if namesake else [o for o in persons if len(w := o.normal.split()) == 2
                                    and same_word_form(w[0], first) and same_word_form(w[1], patronymic)]
        same = [full] + plain + [o for o in bare if o not in plain]
        same += [o for o in persons if o is not full and len(w := o.normal.split()) == 3
                 and all(same_word_form(a, b) for a, b in zip(w, words))]
        if len(same) < 2:
            continue
        # A full name is never relabelled from a bare "first name + patronymic": its registry id (the alias
        # "Владимир Владимирович" of Путин) says nothing about whose the full name is.
        registered = {m.actor_id for m in same if m.actor_id and not m.actor_id.startswith(UNKNOWN_PREFIX)
                      and (m not in bare or m in plain)}
        if len(registered) > 1:
            continue
        # The id of the name as most texts write it, without the patronymic ("Юрий Бондарев"), so that
        # other documents' mentions meet it; else of the first mention.
        first_seen = min(plain or same, key=lambda m: m.start)
        actor_id = registered.pop() if registered else first_seen.actor_id or unknown_actor_id("PER", first_seen.normal)
        for mention in same:
            mention.actor_id = actor_id
    if is_patronymic is None:
        return
    # "Михаил Сергеевич" with no full name of that patronymic: the one person the document names in full with
    # that first name ("Михаила Горбачева"), as a first name alone is (`_link_first_name`).
    joined = {m.actor_id for m in persons if len(m.normal.split()) == 3}
    given = [(m, w) for m in persons if len(w := m.normal.split()) == 2 and _patronymic(w[1]) and is_patronymic(w[0], w[1])]
    # (a two-word name ending in "-вич"/"-вна" is no full name to join: "Олег Меерович" is a first name and a
    # patronymic the dictionary does not know, another person than "Олег Аронович")
    # (dvU) unless the text writes that word alone for a person: "Виктор Янукович … Янукович бежал", a surname
    # ("Виктор Фёдорович" is then Янукович); nobody is called by a patronymic alone
    alone = [m.normal for m in persons if len(m.normal.split()) == 1]
    full = [m for m in persons if len(w := m.normal.split()) > 2 or (len(w) == 2 and (
        not _patronymic(w[1]) or any(same_word_form(w[1], word) for word in alone)))]
    for mention, words in given:
        if mention.actor_id not in joined:
            _link_first_name(doc, mention, full, words[0])


def _kin_between(doc: Doc, one: Mention, other: Mention) -> bool:
    """(ra21 L4) A kin noun between two mentions of one sentence makes them relatives, two persons: "Иван
    Иванович Петров и его сын Иван Петров", "Иван Петров, сын Ивана Ивановича Петрова"."""
    left, right = sorted((one, other), key=lambda m: m.start)
    if doc.sentence_at(left.start) != doc.sentence_at(right.start):
        return False
    return _kin_in(doc, left.stop, right.start)


def _kin_in(doc: Doc, start: int, stop: int) -> bool:
    """A kin noun ("сын", "дочь", …) among the words between character offsets `start` and `stop`."""
    first, last = doc.token_span(start, stop)
    return any((t.lemma or "").lower() in MALE_KIN | FEMALE_KIN for t in doc.tokens[first:last])


def link_persons(doc: Doc, patronymic: Callable[[str, str], bool] | None = None) -> None:
    """Surname-only mentions join the longer person mention sharing the surname."""
    link_full_names(doc)
    link_initial_names(doc)
    link_patronymic_names(doc, patronymic)
    persons = [m for m in doc.mentions if m.type == "PER"]
    full = [m for m in persons if len(m.normal.split()) > 1]
    for mention in persons:
        if len(mention.normal.split()) > 1:
            continue
        generation = _generation(doc, mention)
        if generation is not None:
            # "младший Ефремов" after "сын актера Михаила Ефремова": another bearer of the surname,
            # the same actor as a "Ефремов-младший" of the document, never the one named in full.
            mention.actor_id = unknown_actor_id("PER", f"{mention.normal}-{generation}")
            continue
        keys = _surname_keys(doc, mention)
        # Same surname by dictionary key, else by stem: an oblique form the
        # dictionary does not know ("Линкявичюсом" after "Линас Линкявичюс").
        namesakes = [other for other in full
                     if _surname_keys(doc, other) & keys or same_word_form(other.normal.split()[-1], mention.text)]
        # (mx26, rv26_Q H1) "Вэнс" after "Сайрус Вэнс-младший" only: the generation suffix is no part of the
        # surname, and the document's own bearer wins over a registry namesake.
        namesakes = namesakes or [other for other in full if (bare := _without_generation(other.normal.split()[-1]))
                                  and (alias_key(bare) in keys or same_word_form(bare, mention.text))]
        namesakes = _same_gender(doc, mention, namesakes)
        if not namesakes and mention.actor_id is None:
            namesakes = spelling_variant_of(doc, mention, full, _predicate_gender(doc, mention), _first_name_gender)
        if not namesakes and _link_generation_bearer(doc, mention, full):
            continue
        if not namesakes:
            _link_first_name(doc, mention, full)
            continue
        other = namesakes[0]
        if other.actor_id is None:
            other.actor_id = unknown_actor_id("PER", other.normal)
        registered = mention.actor_id is not None and mention.actor_id.startswith("per:")
        # A bare surname the registry knows keeps its registry person only when the text names
        # that person in full too: after "Иосиф Пригожин" alone, "Пригожин" is Иосиф, not Евгений.
        if not registered or not any(o.actor_id == mention.actor_id for o in namesakes):
            mention.actor_id = other.actor_id


# "младший/старший X": the younger or elder of two bearers of one surname.
GENERATION_WORDS = {"младший": "младшая", "старший": "старшая"}
# A generation suffix written onto a surname: "Вэнс-младший", "Кеннеди-старшая", "Буш-мл.".
GENERATION_SUFFIX = re.compile(r"-(?:младш|старш)\w*$|-(?:мл|ст)\.?$", re.I)


def _without_generation(surname: str) -> str | None:
    """The surname of "Вэнс-младший" ("Вэнс"); None when the word carries no generation suffix."""
    bare = GENERATION_SUFFIX.sub("", surname)
    return bare if bare != surname and bare else None


# How many words before a person mention a kin noun makes it a relative ("сын известного актера Михаила Ефремова").
KIN_REACH = 4


def _kin_before(doc: Doc, mention: Mention) -> bool:
    """A kin noun stands a few words before the mention, in its sentence: "сын актера Михаила Ефремова"."""
    first, _ = doc.token_span(mention.start, mention.stop)
    sentence = doc.sentence_at(mention.start)
    return any((t.lemma or "").lower() in MALE_KIN | FEMALE_KIN and doc.sentence_at(t.start) == sentence
               for t in doc.tokens[max(0, first - KIN_REACH):first])


def _kin_since_naming(doc: Doc, namesakes: list[Mention], mention: Mention) -> bool:
    """(cr28b M1) A kin noun anywhere between the first full naming and the suffixed mention ("Актер Михаил
    Ефремов … его встретил сын Никита. Ефремов-младший рассказал"): the suffix marks the relative.  Unlike
    `_kin_between` (two mentions of one sentence), across sentences: a suffix asks for the other generation."""
    earlier = [o.stop for o in namesakes if o.stop <= mention.start]
    return bool(earlier) and _kin_in(doc, min(earlier), mention.start)


# The gender a written generation suffix shows ("Уильямс-младшая" is a woman; "Буш-мл." says nothing).
_SUFFIX_GENDER = ((re.compile(r"-(?:младш|старш)ая$", re.I), "Fem"), (re.compile(r"-(?:младш|старш)ий$", re.I), "Masc"))


def _link_generation_bearer(doc: Doc, mention: Mention, full: list[Mention]) -> bool:
    """(mE28, rv28_R cause 3) "Уильямс-младшая" after "Серена Уильямс" alone: the one person of the document
    named in full with that surname and the suffix's gender.  Not when the text speaks of kin ("сын актера
    Михаила Ефремова … Ефремов-младший"): then the suffix marks another bearer of the surname."""
    bare = _without_generation(mention.normal) or _without_generation(mention.text)
    if bare is None:
        return False
    gender = next((g for pattern, g in _SUFFIX_GENDER if pattern.search(mention.text)), None)
    namesakes = [o for o in full if same_word_form(o.normal.split()[-1], bare)]
    bearers = [o for o in namesakes if gender is None or _first_name_gender(doc, o) == gender]
    ids = {o.actor_id or unknown_actor_id("PER", o.normal) for o in bearers}
    if len(ids) != 1 or any(_kin_before(doc, o) for o in namesakes + [mention]) \
            or _kin_since_naming(doc, namesakes, mention):
        return False
    for other in bearers:
        other.actor_id = other.actor_id or unknown_actor_id("PER", other.normal)
    mention.actor_id = bearers[0].actor_id
    return True


def _predicate_gender(doc: Doc, mention: Mention) -> str | None:
    """The grammatical gender of the past-tense verb or short form whose subject the mention is ("Бут
    рассказала" → Fem): a surname shared by a man and a woman says nothing by itself."""
    _, last = doc.token_span(mention.start, mention.stop)
    token = doc.tokens[last - 1] if last > 0 else None
    if token is None or not token.rel.startswith("nsubj") or not 0 <= token.head < len(doc.tokens):
        return None
    head = doc.tokens[token.head]
    return _form_gender(head) if head.pos in ("VERB", "AUX", "ADJ") else None


# Endings that show the gender of a singular form, by kind of form, after the reflexive "-ся/-сь" is taken off
# (feminine, neuter, masculine): the past tense ("рассказала", "рассказало", "рассказал", "развёлся"), the short
# participle ("объявлена", "объявлено", "объявлен", "убит") and the short adjective ("готова", "готово", "готов").
_PAST_ENDINGS = (re.compile(r"ла$"), re.compile(r"ло$"), re.compile(r"л$"))
_PARTICIPLE_ENDINGS = (re.compile(r"[нт]а$"), re.compile(r"[нт]о$"), re.compile(r"[нт]$"))
_ADJECTIVE_ENDINGS = (re.compile(r"[ая]$"), re.compile(r"[ое]$"), re.compile(r"[бвгджзклмнпрстфхцчшщ]$"))


def _form_gender(token: Token) -> str | None:
    """The gender a past-tense or short form shows by its ending: the tagger guesses it from the context and may
    give a masculine verb the feminine of an indeclinable subject ("Малашенко развёлся"), or call a noun a
    participle ("фэшн-директором"), whose ending then shows nothing."""
    word = token.text.lower().replace("ё", "е")
    word = word[:-2] if word.endswith(("ся", "сь")) else word
    if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin" and token.feats.get("Tense") == "Past":
        endings = _PAST_ENDINGS
    elif token.feats.get("Variant") == "Short":
        endings = _PARTICIPLE_ENDINGS if token.feats.get("VerbForm") == "Part" else _ADJECTIVE_ENDINGS
    else:
        return None
    return next((g for g, e in zip(("Fem", "Neut", "Masc"), endings) if e.search(word)), None)


def _same_gender(doc: Doc, mention: Mention, namesakes: list[Mention]) -> list[Mention]:
    """(mx26, rv26_Q M3) Of a man and a woman named in full with one surname ("Виктор Бут", "Алла Бут"), the
    bare surname is the one whose first name has its predicate's gender; else the namesakes stay as found."""
    gender = _predicate_gender(doc, mention)
    if gender is None or len({o.actor_id or o.normal for o in namesakes}) < 2:
        return namesakes
    fitting = [o for o in namesakes if _first_name_gender(doc, o) == gender]
    return fitting or namesakes


def _first_name_gender(doc: Doc, person: Mention) -> str | None:
    """The gender of a full name's first word when it is a proper name ("Алла Бут" → Fem; not the common noun
    glued before a surname, "Друг Вербер")."""
    first = doc.tokens[doc.token_span(person.start, person.stop)[0]]
    return first.feats.get("Gender") if first.pos == "PROPN" else None


def _generation(doc: Doc, mention: Mention) -> str | None:
    """"младший"/"старший" (in the feminine "младшая"/"старшая") when such an adjective stands right
    before a one-word person mention ("рассказал младший Ефремов", "со старшим Кадыровым")."""
    first, _ = doc.token_span(mention.start, mention.stop)
    if first == 0 or first >= len(doc.tokens):
        return None
    before = doc.tokens[first - 1]
    lemma = (before.lemma or before.text.lower()).replace("ё", "е")
    if before.pos != "ADJ" or lemma not in GENERATION_WORDS:
        return None
    return GENERATION_WORDS[lemma] if before.feats.get("Gender") == "Fem" else lemma


def _link_first_name(doc: Doc, mention: Mention, full: list[Mention], word: str | None = None) -> None:
    """A first name alone ("поблагодарила Бориса") is the one person of the document named
    in full with that first name ("Борис Джонсон"); with two such persons it stays open.
    (`word`: the first name, when the mention says more: "Михаил Сергеевич".)"""
    if mention.actor_id is not None and not mention.actor_id.startswith(UNKNOWN_PREFIX):
        return
    written = mention.text if word is None else mention.text.split()[0]
    word = word or mention.normal or mention.text
    same = [other for other in full if same_word_form(other.normal.split()[0], word)
            or same_word_form(other.normal.split()[0], written)]
    if not same:
        return
    ids = {other.actor_id or unknown_actor_id("PER", other.normal) for other in same}
    if len(ids) != 1:
        same = _one_bearer_of_name(same)
        if not same:
            return
    for other in same:
        other.actor_id = other.actor_id or unknown_actor_id("PER", other.normal)
    mention.actor_id = same[0].actor_id


def _one_bearer_of_name(same: list[Mention]) -> list[Mention]:
    """(mQ34) Full names that share the first name and the surname, one with a middle name ("Кэтрин
    Джексон", "Кэтрин Жермен Джексон"), are one bearer for a first name alone: the mentions of the
    shortest of them; [] when the surnames differ (two persons of one first name)."""
    surnames = {alias_key(other.normal.split()[-1]) for other in same}
    if len(surnames) != 1 or any(len(other.normal.split()) < 2 for other in same):
        return []
    shortest = min(len(other.normal.split()) for other in same)
    return [other for other in same if len(other.normal.split()) == shortest]


def trim_person_descriptions(doc: Doc) -> None:
    """A description the tagger kept at the front of a person's name ("Христианка Асия
    Биби" at the start of a sentence) is no part of its normal form: the parser makes the name an
    apposition of that first word, and the name's other words hang on the name as flat:name."""
    for mention in doc.mentions:
        if mention.type != "PER":
            continue
        first, last = doc.token_span(mention.start, mention.stop)
        if last - first < 3:
            continue
        # "Борис(root) Джонсон(appos)" is a two-word name the parser split: the description
        # pattern needs a name of its own after the word, "Асия(appos) Биби(flat:name → Асия)".
        name, surname = doc.tokens[first + 1], doc.tokens[first + 2]
        if name.rel != "appos" or name.head != first or not name.text[:1].isupper() \
                or surname.rel != "flat:name" or surname.head != first + 1:
            continue
        if _patronymic(surname.text) or (last - first == 3 and _patronymic(name.text)):
            continue  # (rv21_Q A1) "Юрий Васильевич Бондарев": a first name and a patronymic, no description
        # Only the name changes: the span stays as tagged (the NER layer is scored on spans).
        words = mention.normal.split()
        mention.normal = " ".join(words[1:]) if len(words) == last - first else doc.text[name.start:mention.stop]


# (rv21_Q A2) Lemmas of the words for the Internet, which the tagger takes for an organisation when they are
# capitalised ("в Интернете", "появилось в Сети", "Пользователи Сети").  The span stays (FactRuEval marks
# "Интернет" as an organisation, NEREL as a product), but the network is nobody: no actor.
NETWORK_NOUNS = frozenset({"интернет", "сеть", "рунет"})


def _network(doc: Doc, mention: Mention) -> bool:
    """A one-word mention "Интернет", "Сети", "Рунете" (any case)."""
    first, last = doc.token_span(mention.start, mention.stop)
    return last - first == 1 and (doc.tokens[first].lemma or "").replace("ё", "е") in NETWORK_NOUNS


def link_unknown(doc: Doc) -> None:
    for mention in doc.mentions:
        if mention.actor_id is None and mention.type in ACTOR_TYPES and not _network(doc, mention):
            mention.actor_id = unknown_actor_id(mention.type, mention.normal or mention.text)


_PLACE_BEFORE = re.compile(
    r"(?:\b(?:в|во|на|под|из|около|близ)\s+(?:[а-яё-]+(?:ом|ем|ой|ей|ых|их|ого|его)\s+)?"
    r"|\b(?:город[а-яё]*|жител[а-яё]*|мэри[а-яё]*|администраци[а-яё]* города)\s+)$", re.I)


def link_mistyped_surnames(doc: Doc) -> None:
    """A one-word name the tagger typed as a place or a body ("отставки Дэвиса" as LOC) that the same
    document uses as a person's surname ("Дэвис заявил", after "Дэвид Дэвис") is that person: one
    name in one document is one actor.  Only a surname linked to a person named in full counts
    ("Чекерс" typed PER alone is no one's surname); the mention keeps its tagged type."""
    full_ids = {m.actor_id for m in doc.mentions if m.type == "PER" and m.actor_id and len(m.normal.split()) > 1}
    surnames: dict[str, set[str]] = {}
    for mention in doc.mentions:
        if mention.type == "PER" and mention.actor_id in full_ids and len(mention.normal.split()) == 1:
            surnames.setdefault(alias_key(mention.normal), set()).add(mention.actor_id)
    if not surnames:
        return
    candidates = [m for m in doc.mentions if m.type in ("LOC", "ORG") and m.actor_id
                  and m.actor_id.startswith(UNKNOWN_PREFIX) and len(m.normal.split()) == 1]
    # A town named after the person ("в подмосковном Королёве", "жители Королёва", "в городе Пушкине")
    # is a place wherever the document writes it as one.
    places = {alias_key(m.normal) for m in candidates if _PLACE_BEFORE.search(doc.text[max(0, m.start - 40):m.start])}
    for mention in candidates:
        key = alias_key(mention.normal)
        found = surnames.get(key, set())
        if len(found) == 1 and key not in places:
            mention.actor_id = next(iter(found))


def link_bare_heads(doc: Doc) -> None:
    """A one-word organisation the registry knows ("ЦИК", "МИД") is the body the text
    names with that word in full ("ЦИК Белоруссии") when it never names the registry's
    own: in a Belarus story "В ЦИК заявили" is not Russia's commission."""
    longer: dict[str, list[Mention]] = {}
    for mention in doc.mentions:
        words = (mention.normal or mention.text).split()
        if mention.type in ORG_NAMES and len(words) > 1 and mention.actor_id:
            longer.setdefault(alias_key(words[0]), []).append(mention)
    for mention in doc.mentions:
        words = (mention.normal or mention.text).split()
        # Only a registry link is a guess from outside the text; an unknown bare name stays.
        if mention.type not in ORG_NAMES or len(words) != 1 or not mention.actor_id \
                or mention.actor_id.startswith(UNKNOWN_PREFIX):
            continue
        # Not the longer mention it is the head of ("ЦИК" inside "ЦИК Белоруссии").
        full = [m for m in longer.get(alias_key(words[0]), []) if m.start >= mention.stop or m.stop <= mention.start]
        # One body named in full, and not the registry's: with two ("МИД РФ", "МИД Италии") it stays open.
        if len({m.actor_id for m in full}) == 1 and full[0].actor_id != mention.actor_id:
            mention.actor_id = full[0].actor_id


ORG_NAMES = frozenset({"ORG", "MEDIA"})


def _is_bare_body(doc: Doc, mention: Mention) -> bool:
    """A body named by common words only ("Верховный суд", "правительство") or by a closed list of
    abbreviations every state uses ("МИД", "Минздрав"): a name many states' bodies share."""
    key = alias_key(mention.normal or mention.text)
    if key in EVENT_HOME_BODIES:
        return False
    return key in BODY_ABBREVIATIONS or key in GENERIC_BODIES or _is_descriptor(doc, mention)


def link_bare_bodies(doc: Doc) -> None:
    """An unknown bare body ("Верховного суда", "МИД") is the one body the document names in full
    with those words first ("Верховный суд Пакистана", "МИД Великобритании") before its first bare
    use: without that, every story's bare "Верховный суд" is one actor across the corpus.  With two
    such bodies ("МИД РФ", "МИД Великобритании") it stays open."""
    longer: list[tuple[list[str], Mention]] = []
    for mention in doc.mentions:
        if mention.type in ORG_NAMES and mention.actor_id:
            longer.append(([alias_key(w) for w in (mention.normal or mention.text).split()], mention))
    bare = []
    for mention in doc.mentions:
        if mention.type not in ORG_NAMES or not mention.actor_id or not mention.actor_id.startswith(UNKNOWN_PREFIX) \
                or not _is_bare_body(doc, mention):
            continue
        if any(m.type == "GEO_ADJ" and m.stop <= mention.start and not doc.text[m.stop:mention.start].strip()
               for m in doc.mentions):
            continue  # "британского МИД": the adjective says whose (see `localise_bare_bodies`)
        bare.append((tuple(alias_key(w) for w in (mention.normal or mention.text).split()), mention))
    # A bare body used before any full name is the reader's own ("МИД" of a Russian outlet is
    # Russia's): only a full name that comes first ("МИД Украины … МИД ответит") is shortened later.
    first_use = {}
    for words, mention in bare:
        first_use[words] = min(first_use.get(words, mention.start), mention.start)
    for words, mention in bare:
        full = {m.actor_id for w, m in longer if len(w) > len(words) and tuple(w[:len(words)]) == words
                and m.stop <= first_use[words] and m.actor_id != mention.actor_id}
        if len(full) == 1:
            mention.actor_id = full.pop()


def _next_mention(doc: Doc, mention: Mention, skip: str) -> Mention | None:
    """The named mention right after `mention`, over characters in `skip`."""
    stop = mention.stop
    while stop < len(doc.text) and doc.text[stop] in skip:
        stop += 1
    return next((m for m in doc.mentions if m.start == stop and m.type in ORG_NAMES and m.actor_id), None)


def _is_descriptor(doc: Doc, mention: Mention) -> bool:
    """"Британская фармацевтическая компания": common words only, no name."""
    first, last = doc.token_span(mention.start, mention.stop)
    tokens = doc.tokens[first:last]
    if len(tokens) == 1 and MEDIA_CLASS_COMPOUND.fullmatch(tokens[0].lemma.lower()):
        return True  # (dvJ) "Telegram-канал", "интернет-издание": a network and a class noun, whatever the tag
    return bool(tokens) and all(t.pos in ("NOUN", "ADJ") for t in tokens) \
        and all(t.text[:1].islower() for t in tokens[1:]) and tokens[-1].pos == "NOUN"


# A compound of a network or medium and a class noun of outlets: what kind of outlet, not which one.
MEDIA_CLASS_COMPOUND = re.compile(r"[^\W\d_]+-(?:канал|издание|портал|агентство|блог|газета|журнал|сайт)")


def _abbreviates(short: str, name: str) -> bool:
    """"GSK" for "GlaxoSmithKline", "ФАС" for "Федеральная антимонопольная служба"."""
    capitals = "".join(c for c in name if c.isupper())
    initials = "".join(w[:1].upper() for w in name.split())
    return 2 <= len(short) <= 6 and short.isupper() and short.isalpha() and short in (capitals, initials)


def _genitive_owner(doc: Doc, descriptor: Mention, following: Mention) -> bool:
    """(mB28, review rv28_Q cause 2) "Экспертный совет Минкультуры": a declined name in the genitive hung on the
    descriptor's noun, which is in another case, owns the body rather than names it ("компания GlaxoSmithKline",
    "компания «Роснефть»", "компания МТС" name it)."""
    if doc.text[descriptor.stop:following.start].strip() or following.text.isupper() \
            or not re.search(r"[а-яё]", following.text):
        return False
    noun = doc.token_span(descriptor.start, descriptor.stop)[1] - 1
    first, last = doc.token_span(following.start, following.stop)
    top = next((k for k in range(first, last) if not first <= doc.tokens[k].head < last), None)
    return top is not None and doc.tokens[top].head == noun and doc.tokens[top].rel == "nmod" \
        and doc.tokens[top].feats.get("Case") == "Gen" and doc.tokens[noun].feats.get("Case") != "Gen"


def link_org_appositions(doc: Doc) -> None:
    """One actor for "компания GlaxoSmithKline (GSK)": a descriptor tagged as
    an organisation joins the name right after it, an abbreviation in
    brackets joins the name before it (and every later use of it)."""
    renamed: dict[str, str] = {}
    for mention in doc.mentions:
        if mention.type not in ORG_NAMES or not mention.actor_id:
            continue
        following = _next_mention(doc, mention, " «\"")
        if following and _is_descriptor(doc, mention) and mention.actor_id.startswith("x:") \
                and not _genitive_owner(doc, mention, following):
            renamed[mention.actor_id] = following.actor_id
        bracketed = _next_mention(doc, mention, " (")
        if bracketed and "(" in doc.text[mention.stop:bracketed.start] and bracketed.actor_id.startswith("x:") \
                and _abbreviates(bracketed.text, mention.text):
            renamed[bracketed.actor_id] = mention.actor_id
            continue
        alias = _parenthesised_alias(doc, mention)
        if alias is not None and alias.actor_id != mention.actor_id and _names_again(alias.text, mention):
            # (rv21_Q M2) "Антидопинговое агентство США (USADA)", "… Великобритании (JCVI)": a Latin-script
            # name or a capital-letter abbreviation in brackets right after an organisation names it again,
            # whether or not its letters are the Russian initials.  The registry's id wins over a document's.
            if alias.actor_id.startswith(UNKNOWN_PREFIX):
                renamed[alias.actor_id] = mention.actor_id
            elif mention.actor_id.startswith(UNKNOWN_PREFIX):
                renamed[mention.actor_id] = alias.actor_id
    for mention in doc.mentions:
        if mention.actor_id in renamed and renamed[mention.actor_id] != mention.actor_id:
            mention.actor_id = renamed[mention.actor_id]


# Letters as abbreviations and brand names spell them (х → h, ц → c, й → i: "ХАМАС"/HAMAS), not as
# `registry.slug` transliterates names for ids (х → kh, ц → ts).
_LATIN = dict(zip("абвгдеёзийклмнопрстуфхцы", "abvgdeeziiklmnoprstufhcy")) | {
    "ж": "zh", "ч": "ch", "ш": "sh", "щ": "sch", "ю": "yu", "я": "ya", "э": "e", "ъ": "", "ь": ""}


def _latin(text: str) -> str:
    return "".join(_LATIN.get(c, c) for c in text.lower())


def _cyrillic(text: str) -> bool:
    return any("а" <= c <= "я" or c == "ё" for c in text.lower())


def _spells(short: str, name: str) -> bool:
    """"РОАД" for "Российские автомобильные дилеры", "ВШЭ" for "Высшая школа экономики": the abbreviation's
    letters stand in the name in order, the first one first (read in Latin letters across scripts)."""
    letters = [c for c in short.lower() if c.isalpha()]
    if _cyrillic(short) != _cyrillic(name):
        letters, name = list(_latin("".join(letters))), _latin(name)
    name = "".join(c for c in name.lower() if c.isalpha())
    if not letters or not name or letters[0] != name[0]:
        return False
    rest = iter(name[1:])
    return all(c in rest for c in letters[1:])


def _skeleton(text: str) -> str:
    """The first three consonants of the first word, in Latin letters: "Медисон-сквер-гарден" and "Madison Square
    Garden" → "mds", «Байонтек» and "BioNTech" → "bnt"."""
    word = re.split(r"[\s-]+", text.strip())[0]
    return "".join(c for c in _latin(word) if c.isalpha() and c not in "aeiouy")[:3]


def _names_again(short: str, mention: Mention) -> bool:
    """(ra21 M2, L5) A bracket after an organisation names it again, not another body.  After a registry
    organisation only its own letters do ("ООН (ФАО)", "при ООН (OHCHR)" name agencies of the UN; its own aliases
    share its id already).  After another: an abbreviation that spells the name, or any abbreviation after a
    descriptive name of several words ("Антидопинговое агентство США (USADA)", "… конькобежцев (ИСУ)"), not after a
    one-word name ("«Россия-24» (ВГТРК)": the channel's owner); a name of words only where it transliterates
    the name ("«Рома» (Roma Calcio)"), not a person's ("Time Out Melbourne (Roberto Seba)") or a product's
    ("Sinovac Biotech (CoronaVac)"); a Latin-script name after a Russian one of several words translates it."""
    name = mention.text
    # (or the name abbreviates the bracket: "EURid (The European Registry of Internet Domain Names)")
    if _spells(short, name) or (sum(c.isupper() for c in name) > 1 and " " not in name
                                and _spells(name, short.removeprefix("The "))):
        return True
    if len(skeleton := _skeleton(name)) > 1 and skeleton == _skeleton(short):
        return True  # a transliteration: "Медисон-сквер-гарден (Madison Square Garden)"
    if not mention.actor_id.startswith(UNKNOWN_PREFIX):
        return False
    # (words of letters, also those joined by hyphens: "Tehreek-e-Insaf (PTI)"; "Россия-24" is one word)
    several = len([w for w in re.split(r"[\s-]+", name) if w.isalpha()]) > 1
    if short.isupper() and " " not in short:
        return several
    return several and _cyrillic(name) and not _cyrillic(short)


def _spelled_by_alias(doc: Doc, mention: Mention) -> bool:
    """(mA30, rv30_Q cause 10) "Координационного совета (КС)": common words the abbreviation in brackets
    right after them spells out are the body's name, not a descriptor of it."""
    alias = _parenthesised_alias(doc, mention)
    return alias is not None and alias.actor_id == mention.actor_id and _abbreviates(alias.text, mention.text)


def _parenthesised_alias(doc: Doc, mention: Mention) -> Mention | None:
    """The organisation mention that fills a bracket right after `mention` as `parenthesised_org_alias`
    (nlp/ner_rules.py) reads one: a Latin-script name or a capital-letter abbreviation, not a state's
    ("(США)" says whose the body is)."""
    stop = mention.stop + (1 if doc.text[mention.stop:mention.stop + 1] in "»\"“" else 0)
    match = PAREN_ALIAS.match(doc.text, stop)
    if match is None or match.group(1) in STATE_ABBREVIATIONS:
        return None
    start, end = match.span(1)
    return next((m for m in doc.mentions if (m.start, m.stop) == (start, end) and m.type in ORG_NAMES
                 and m.actor_id), None)


def build_actors(doc: Doc, registry: Registry) -> list[Actor]:
    by_id: dict[str, Actor] = {}
    for index, mention in enumerate(doc.mentions):
        if not mention.actor_id:
            continue
        actor = by_id.get(mention.actor_id)
        if actor is None:
            known = registry.actors.get(mention.actor_id)
            actor = Actor(
                id=mention.actor_id, name=known.name if known else mention.normal,
                type=known.type if known else mention.type, qid=known.qid if known else None,
                known=known is not None,
            )
            by_id[mention.actor_id] = actor
        actor.mentions.append(index)
    for actor in by_id.values():
        if not actor.known:
            actor.name, actor.type = _best_name(doc, actor)
    return list(by_id.values())


def _best_name(doc: Doc, actor: Actor) -> tuple[str, str]:
    named = [doc.mentions[i] for i in actor.mentions if doc.mentions[i].type != "ROLE"]
    if not named:
        return actor.name, actor.type
    # (rv21_Q M2) The name in brackets after the organisation's own ("клуб «Рома» (Roma Calcio)", "Европейское
    # агентство лекарственных средств (МКА)") is an alias: the name the text gives first names the actor.
    aliases = {id(alias) for m in named if m.type in ORG_NAMES and (alias := _parenthesised_alias(doc, m)) is not None
               and alias.actor_id == m.actor_id}
    named = [m for m in named if id(m) not in aliases] or named
    # A descriptor joined to the name after it ("фармацевтическая компания GlaxoSmithKline",
    # "Главного управления МВД") is no name of its own: the name is.
    named = [m for m in named if m.type not in ORG_NAMES or not _is_descriptor(doc, m)
             or _spelled_by_alias(doc, m)] or named
    names = Counter(m.normal for m in named)
    types = Counter(m.type for m in named)
    # A normal form also seen as written (the name in the nominative) beats
    # one only ever reconstructed from oblique cases; a name beats its abbreviation.
    # (A mention's own normal form must be its text: "Асии Биби" written in the genitive is
    # no nominative because another mention's normal form, left unnormalised, reads so.)
    written = {m.text for m in named if m.normal == m.text}
    # ("Саулюс Сквярнялис" over "С. Сквярнялис": a name beats its initial too; dvU: "Михаил Ведерников" over
    # "Михаил Юрьевич", the polite first name and patronymic, however the two are written)
    name = max(names, key=lambda n: (len(n.split()), INITIAL_AND_SURNAME.fullmatch(n) is None,
                                     not _first_name_and_patronymic(n), n in written, not n.isupper(), names[n]))
    return name, types.most_common(1)[0][0]


def _first_name_and_patronymic(name: str) -> bool:
    """(dvU) "Алла Борисовна", "Михаил Юрьевич": two words, the second a patronymic - how a text addresses a
    person politely, not the name it introduces them with ("Алла Пугачева").  (A surname of that ending,
    "Анна Семенович", ranks so too; it is only ever weighed against another name of the same actor.)"""
    words = name.split()
    return len(words) == 2 and _patronymic(words[1])


def add_roles(doc: Doc, lexicon: RoleLexicon, inflect: Callable[[Token], str | None]) -> list[tuple[int, int]]:
    """Appositive roles before person mentions go onto the actor; returns the token ranges used."""
    used: list[tuple[int, int]] = []
    new: list[Mention] = []
    for mention in doc.mentions:
        if mention.type != "PER" or not mention.actor_id:
            continue
        first, _ = doc.token_span(mention.start, mention.stop)
        if first >= len(doc.tokens):
            continue
        phrase = role_before(doc, first, lexicon, inflect)
        if phrase:
            actor = doc.actor(mention.actor_id)
            if actor and phrase.normal not in actor.roles:
                actor.roles.append(phrase.normal)
            used.append((phrase.first, phrase.last))
            start, stop = doc.tokens[phrase.first].start, doc.tokens[phrase.last - 1].stop
            # The appositive role is itself a mention of the person (for quotes/events).
            new.append(Mention(start, stop, doc.text[start:stop], "ROLE", phrase.normal, mention.actor_id, "role"))
    doc.mentions = sorted(doc.mentions + new, key=lambda m: (m.start, -m.stop))
    return used


def national_role(doc: Doc, registry: Registry, phrase: RolePhrase,
                  genitive: Callable[[str], str | None]) -> str | None:
    """"российский президент" → "президент России": a role phrase whose adjective before the
    head names a state (a GEO_ADJ mention of a registry state), with that adjective turned
    into the state's name in the genitive; the other words stay ("бывший российский
    президент" → "бывший президент России", which no registry holder answers to)."""
    words = phrase.normal.split()
    if len(words) != phrase.last - phrase.first:
        return None
    for k in range(phrase.first, phrase.head):
        offset = doc.tokens[k].start
        mention = next((m for m in doc.mentions if m.type == "GEO_ADJ" and m.start <= offset < m.stop), None)
        state = registry.actors.get(mention.actor_id) if mention is not None and mention.actor_id else None
        if state is None or state.type != "GPE":
            continue
        name = genitive(state.name)
        if not name:
            return None
        rest = words[:k - phrase.first] + words[k - phrase.first + 1:]
        return " ".join(rest + [name])
    return None


def add_role_mentions(doc: Doc, registry: Registry, lexicon: RoleLexicon,
                      inflect: Callable[[Token], str | None], used: list[tuple[int, int]],
                      genitive: Callable[[str], str | None] | None = None) -> None:
    """Bare role phrases that resolve to an actor become ROLE mentions of it ("президент
    Франции", and with `genitive` also "французский президент")."""
    taken = {i for first, last in used for i in range(first, last)}
    for mention in doc.mentions:
        # Modifiers may be names ("президент Франции", "глава МИД"); persons may not.
        if mention.type != "PER":
            continue
        first, last = doc.token_span(mention.start, mention.stop)
        taken.update(range(first, last))
    persons = {doc.token_span(m.start, m.stop)[0] for m in doc.mentions if m.type == "PER"}
    new: list[Mention] = []
    story: list[RegistryActor | None] = []  # the story's state, read once when needed
    for sentence in doc.sentences:
        i = sentence.token_start
        while i < sentence.token_stop:
            if i in taken or not lexicon.is_head(doc.tokens[i]):
                i += 1
                continue
            phrase = role_after(doc, i, lexicon, sentence.token_stop, inflect)
            national = national_role(doc, registry, phrase, genitive) \
                if phrase is not None and genitive is not None and phrase.first < phrase.head else None
            if phrase is None or any(j in taken for j in range(phrase.first, phrase.last)):
                i += 1
                continue
            if phrase.last - phrase.head < 2 and national is None:
                # A bare role ("Премьер благодарит Бориса") only names the one person
                # the document introduced with it; the registry is not asked.  A role whose
                # own name follows it ("Министр по государственным сборам … Питер Данн")
                # is that person's, not the earlier holder's.
                actor_id = None if _names_follow(doc, phrase, sentence.token_stop, persons) \
                    or _other_office(doc, phrase, sentence.token_start, sentence.token_stop) \
                    else document_role_holder(doc, phrase.normal, doc.tokens[phrase.first].start)
            else:
                at = doc.tokens[phrase.first].start
                actor_id = resolve_role(doc, registry, phrase.normal, at) or (
                    resolve_role(doc, registry, national, at) if national else None)
                if actor_id and _holder_elsewhere(doc, registry, actor_id, phrase, story):
                    actor_id = None
            if actor_id:
                start, stop = doc.tokens[phrase.first].start, doc.tokens[phrase.last - 1].stop
                new.append(Mention(start, stop, doc.text[start:stop], "ROLE", phrase.normal, actor_id, "role"))
                taken.update(range(phrase.first, phrase.last))
            i = phrase.last
    if new:
        doc.mentions = sorted(doc.mentions + new, key=lambda m: (m.start, -m.stop))


def _holder_elsewhere(doc: Doc, registry: Registry, actor_id: str, phrase: RolePhrase,
                      story: list[RegistryActor | None]) -> bool:
    """A registry holder of a role that names no state ("начальник Генштаба"), whom the text never
    names, in a story clearly about another state (Ukraine's chief of staff is not Russia's):
    the role is that state's office, not the registry person's."""
    known = registry.actors.get(actor_id)
    if known is None or not known.country or any(m.actor_id == actor_id and m.type != "ROLE" for m in doc.mentions):
        return False
    start, stop = doc.tokens[phrase.first].start, doc.tokens[phrase.last - 1].stop
    inside = [m for m in doc.mentions if m.start < stop and start < m.stop]
    if any(m.type in ("GPE", "GEO_ADJ", "LOC") for m in inside):
        return False  # "президент России", "российский министр": the phrase says whose
    for m in inside:
        body = registry.actors.get(m.actor_id or "") if m.type in ORG_NAMES else None
        if body is not None and body.country in (None, known.country):
            return False  # "генеральный секретарь ООН": an international body's office, or the holder's own state's body
    if not story:
        story.append(_story_state(doc, registry))
    return story[0] is not None and story[0].id != known.country


# Words a role's complement may not contain before the name it is apposed to: a verb or
# punctuation ends the noun phrase ("Министр благодарит Бориса", "министр, Петр Иванов").
_PHRASE_ENDS = frozenset({"VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON"})


# (ra, review rev20_A M5) Quantifiers that make a bare role any holder, not the one introduced ("Каждый министр").
_QUANTIFIERS = frozenset({"каждый", "любой", "всякий", "ни"})
# Prepositions of an office's own complement ("министр по делам X", "представитель при ООН", "министр без
# портфеля"); others are the clause's ("Блогер на видео прыгал").
_OFFICE_PREPOSITIONS = frozenset({"по", "при", "без"})


def _other_office(doc: Doc, phrase: RolePhrase, first: int, stop: int) -> bool:
    """A bare role that names some other office than the one introduced: its head takes an
    office's complement ("министр по делам Брекзита", "министр без портфеля"), or a
    quantifier makes it any holder ("каждый министр", "ни один министр")."""
    for index in range(first, stop):
        token = doc.tokens[index]
        if token.head != phrase.head:
            continue
        if index < phrase.head and token.lemma.lower() in _QUANTIFIERS | {"один"} and (
                token.lemma.lower() != "один" or index > first and doc.tokens[index - 1].text.lower() == "ни"):
            return True
        if index > phrase.head and token.rel == "nmod" and any(
                doc.tokens[k].head == index and doc.tokens[k].rel == "case" and doc.tokens[k].text.lower() in
                _OFFICE_PREPOSITIONS for k in range(phrase.head + 1, index)):
            return True
    return False


def _names_follow(doc: Doc, phrase: RolePhrase, stop: int, persons: set[int], reach: int = 8) -> bool:
    """A person's name closes the role's noun phrase within `reach` words, in the role
    head's case ("Министр по государственным сборам Новой Зеландии Питер Данн"; not
    "Министр в интервью Петру Иванову", a dative)."""
    case = doc.tokens[phrase.head].feats.get("Case")
    for index in range(phrase.last, min(stop, phrase.last + reach)):
        token = doc.tokens[index]
        if index in persons:
            return case is not None and token.feats.get("Case") == case
        if token.pos in _PHRASE_ENDS:
            return False
    return False


# Words for a spouse: a person introduced so ("муж Ирины Зоровой Алексей Зоров") is the one
# the bare word names later ("Муж обвинил полицию").
RELATION_WORDS = frozenset({"муж", "жена", "супруг", "супруга"})


def _relation_introductions(doc: Doc, persons: list[Mention]) -> dict[tuple[str, str], set[str]]:
    """(relation word, the other spouse's actor) → the persons introduced with it: the word,
    then the other spouse's name, then the person's own name ("муж Ирины Зоровой Алексей Зоров")."""
    found: dict[tuple[str, str], set[str]] = {}
    for spouse, named in zip(persons, persons[1:]):
        if not named.actor_id or not spouse.actor_id or named.actor_id == spouse.actor_id \
                or doc.text[spouse.stop:named.start].strip():
            continue
        before = doc.token_span(spouse.start, spouse.stop)[0] - 1
        if before >= 0 and doc.tokens[before].lemma in RELATION_WORDS:
            found.setdefault((doc.tokens[before].lemma, spouse.actor_id), set()).add(named.actor_id)
    return found


def add_relation_mentions(doc: Doc) -> None:
    """A bare relation word ("Муж", not "муж Ирины") after the one person the document
    introduced with it becomes a ROLE mention of that person; with two, nobody."""
    persons = [m for m in doc.mentions if m.type == "PER"]
    introduced = _relation_introductions(doc, persons)
    if not introduced:
        return
    by_word: dict[str, set[str]] = {}
    for (word, _), holders in introduced.items():
        by_word.setdefault(word, set()).update(holders)
    introducing = {doc.token_span(p.start, p.stop)[0] - 1 for p, q in zip(persons, persons[1:])}
    covered = [(m.start, m.stop) for m in doc.mentions if m.type != "PER"]
    new: list[Mention] = []
    for index, token in enumerate(doc.tokens):
        if token.lemma not in by_word or index in introducing or any(a <= token.start < b for a, b in covered):
            continue
        if index + 1 < len(doc.tokens) and any(m.start == doc.tokens[index + 1].start for m in persons):
            # "муж Ирины Зоровой" again: the events layer reads the name inside as the actor,
            # so such a phrase is left alone (see the round's report).
            continue
        holders = by_word[token.lemma]
        if len(holders) != 1:
            continue
        holder = next(iter(holders))
        if next(m for m in persons if m.actor_id == holder).start > token.start:
            continue   # backwards only
        new.append(Mention(token.start, token.stop, token.text, "ROLE", token.lemma, holder, "role"))
    if new:
        doc.mentions = sorted(doc.mentions + new, key=lambda m: (m.start, -m.stop))


# Bare role words that name the same office as a longer one given in apposition.
ROLE_SYNONYMS = {"премьер": "премьер-министр"}


def document_role_holder(doc: Doc, bare: str, offset: int) -> str | None:
    """The one person the document introduced before `offset` with an appositive role that
    begins with the bare role `bare` ("премьер-министр Великобритании Тереза Мэй ...
    премьер-министр" → Тереза Мэй); None when no person or several were."""
    words = [ROLE_SYNONYMS.get(w, w) for w in bare.lower().split()]
    if not words:
        return None
    holders = {m.actor_id for m in doc.mentions
               if m.type == "ROLE" and m.actor_id and m.start < offset
               and [ROLE_SYNONYMS.get(w, w) for w in m.normal.lower().split()][:len(words)] == words
               and (actor := doc.actor(m.actor_id)) is not None and actor.type == "PER"}
    return holders.pop() if len(holders) == 1 else None


def resolve_actors(doc: Doc, registry: Registry, lexicon: RoleLexicon,
                   inflect: Callable[[Token], str | None],
                   genitive: Callable[[str], str | None] | None = None,
                   patronymic: Callable[[str, str], bool] | None = None) -> None:
    """Fill `doc.actors` and every mention's `actor_id`.  `genitive` (a state's name in the
    genitive) lets a bare generic body in a story about another state be named as that
    state's ("ЦИК" in a Belarus story: "ЦИК Белоруссии"); without it such bodies stay as the
    registry links them.  `patronymic(first, word)` (the dictionary's patronymics) lets a bare "Михаил
    Сергеевич" join the person named in full with that first name (`link_patronymic_names`)."""
    trim_person_descriptions(doc)
    split_kin_first_names(doc)  # (round 19) "жена Павла Мамаева Алана"
    link_registry(doc, registry)
    unlink_foreign_parties(doc, registry)
    link_registry_initials(doc, registry)
    link_persons(doc, patronymic)
    link_unknown(doc)
    link_variant_full_names(doc)
    link_mistyped_surnames(doc)
    link_bare_heads(doc)
    link_bare_bodies(doc)
    link_org_appositions(doc)
    doc.actors = build_actors(doc, registry)
    used = add_roles(doc, lexicon, inflect)
    add_role_mentions(doc, registry, lexicon, inflect, used, genitive)
    add_relation_mentions(doc)
    doc.mentions = sorted(doc.mentions + descriptor_mentions(doc, registry), key=lambda m: (m.start, -m.stop))
    doc.actors = _rebuild(doc, registry)
    if genitive is not None:
        names = localise_generic_bodies(doc, registry, genitive)
        names.update(localise_bare_bodies(doc, registry, genitive))
        if names:
            doc.actors = _rebuild(doc, registry)
            for actor in doc.actors:
                actor.name = names.get(actor.id, actor.name)


# One-word names every state gives one of its bodies; the registry lists them as Russia's
# (alias keys).  Proper names (ФСБ, Госдума, Роскомнадзор) are not here: they are Russia's anywhere.
GENERIC_BODIES = frozenset({"цик", "центризбирком", "генпрокуратура", "ск", "цб", "центробанк", "мчс"})
# Short names of bodies every state has one of (alias keys): a bare one is no one state's by itself.
# Not "МВД" and "КГБ": the events layer names those itself with the story's state when they are unknown
# (events/groups.py HOME_BODIES, "сотрудники МВД" in a Belarus story → "сотрудник МВД Белоруссии"),
# and names a registry body's staff as the text writes it; they stay as the tagger and registry leave them.
EVENT_HOME_BODIES = frozenset({"мвд", "кгб"})
BODY_ABBREVIATIONS = frozenset({"мид", "минздрав", "минобороны", "минфин", "минюст", "минэкономики",
                                "генштаб", "кабмин", "нацбанк", "генпрокуратура", "минтранс", "минэнерго"})


def localise_generic_bodies(doc: Doc, registry: Registry, genitive: Callable[[str], str | None]) -> dict[str, str]:
    """Re-link bare generic bodies ("ЦИК", "МЧС") that the registry gave to one state's body
    when the story is about another state and never names that body in full; returns the new
    actors' names ("ЦИК Белоруссии") by id."""
    states: dict[str, int] | None = None
    names: dict[str, str] = {}
    for actor in doc.actors:
        known = registry.actors.get(actor.id)
        if known is None or known.type != "ORG" or not known.country:
            continue
        mentions = [doc.mentions[i] for i in actor.mentions]
        if not mentions or any(m.type == "ROLE" or alias_key(m.text) not in GENERIC_BODIES for m in mentions):
            continue
        if states is None:  # only in documents that have such a body
            states = state_weights(doc, registry)
        # Its own mentions do not count for its state.
        weights = dict(states)
        weights[known.country] = weights.get(known.country, 0) - len(mentions)
        story = max(weights, key=lambda s: weights[s], default=None)
        if story is None or story == known.country or weights[story] <= max(weights.get(known.country, 0), 0):
            continue
        state = registry.actors.get(story)
        state_name = genitive(state.name) if state is not None else None
        if not state_name:
            continue
        name = f"{mentions[0].text} {state_name}"
        new_id = unknown_actor_id("ORG", name)
        for mention in mentions:
            mention.actor_id = new_id
        names[new_id] = name
    return names


# Bodies every state has, by their bare names (alias keys): "Верховный суд" alone in a Pakistan
# story is Pakistan's.  A closed list: "посольство" (whose, where?) and descriptors ("компания") are not here.
STATE_BODIES = (BODY_ABBREVIATIONS | GENERIC_BODIES | frozenset({
    "верховный суд", "конституционный суд", "правительство", "парламент", "генеральная прокуратура",
    "генеральный штаб", "центральный банк", "национальный банк", "кабинет министров",
    "министерство иностранных дел", "министерство обороны", "министерство здравоохранения",
    "министерство финансов", "министерство юстиции",
})) - EVENT_HOME_BODIES
# The story's state must outweigh the next one this many times over (and have this many mentions).
STORY_STATE_MARGIN = 2
STORY_STATE_MIN = 3


def _adjective_state(doc: Doc, registry: Registry, mention: Mention) -> RegistryActor | None:
    """The registry state of a geo adjective right before `mention` ("британского | МИД")."""
    before = next((m for m in doc.mentions if m.type == "GEO_ADJ" and m.actor_id and m.stop <= mention.start
                   and not doc.text[m.stop:mention.start].strip()), None)
    state = registry.actors.get(before.actor_id) if before is not None else None
    return state if state is not None and state.type == "GPE" else None


def _story_state(doc: Doc, registry: Registry) -> RegistryActor | None:
    """The state the story is clearly about: the most mentions (of itself and of registry actors
    that belong to it), at least STORY_STATE_MIN and more than STORY_STATE_MARGIN times the next."""
    states = state_weights(doc, registry)
    ranked = sorted(states.values(), reverse=True)
    if not ranked or ranked[0] < STORY_STATE_MIN or (len(ranked) > 1 and ranked[0] <= STORY_STATE_MARGIN * ranked[1]):
        return None
    return registry.actors.get(max(states, key=lambda s: states[s]))


def localise_bare_bodies(doc: Doc, registry: Registry, genitive: Callable[[str], str | None]) -> dict[str, str]:
    """Name an unknown bare state body ("Верховный суд", "МИД") as the body of the state a geo
    adjective right before it names ("британского МИД" → МИД Великобритании), else of the state
    the story is clearly about ("Верховный суд" in a Pakistan story → "Верховный суд Пакистана";
    the registry's body when it has one: "МИД России"), so that it is not one actor with every
    other story's bare "МИД".  With neither it stays as it is.  Returns the new actors' names by id."""
    story: list[RegistryActor | None] = []
    names: dict[str, str] = {}
    moved: dict[str, set[str]] = {}
    for mention in doc.mentions:
        if mention.type not in ORG_NAMES or not mention.actor_id or not mention.actor_id.startswith(UNKNOWN_PREFIX) \
                or alias_key(mention.normal or mention.text) not in STATE_BODIES:
            continue
        actor = doc.actor(mention.actor_id)
        if actor is None or alias_key(actor.name) not in STATE_BODIES:
            continue  # joined to a body named in full ("МИД" → "МИД Литвы"): that says whose
        state = _adjective_state(doc, registry, mention)
        if state is None:
            if not story:
                story.append(_story_state(doc, registry))
            state = story[0]
        state_name = genitive(state.name) if state is not None else None
        if not state_name:
            moved.setdefault(mention.actor_id, set()).add(mention.actor_id)
            continue
        name = f"{actor.name} {state_name}"
        known = registry.lookup(name)
        new_id = known.id if known is not None and known.type in ORG_NAMES else unknown_actor_id("ORG", name)
        moved.setdefault(mention.actor_id, set()).add(new_id)
        names[new_id] = known.name if new_id == getattr(known, "id", None) else name
        mention.actor_id = new_id
    # Other mentions of a body all of whose names moved to one body ("ведомство" after "МИД") follow it.
    for mention in doc.mentions:
        targets = moved.get(mention.actor_id or "")
        if targets is not None and len(targets) == 1 and mention.actor_id not in targets:
            mention.actor_id = next(iter(targets))
    return names


def _rebuild(doc: Doc, registry: Registry) -> list[Actor]:
    # Mentions were re-sorted: rebuild indices, keep roles found so far.
    roles = {a.id: a.roles for a in doc.actors}
    actors = build_actors(doc, registry)
    for actor in actors:
        actor.roles = roles.get(actor.id, [])
    return actors


def actor_at(doc: Doc, start: int, stop: int) -> Actor | None:
    """The actor of the longest mention overlapping text[start:stop] — e.g. the
    speaker span a quote rule found ("пресс-секретарь Кремля Дмитрий Песков")."""
    best = None
    for mention in doc.mentions:
        if mention.actor_id and mention.start < stop and start < mention.stop:
            if best is None or mention.stop - mention.start > best.stop - best.start:
                best = mention
    return doc.actor(best.actor_id) if best else None


# ---- (round 19) ----
# A relative named by the first name after the person they are related to: "жена Павла Мамаева
# Алана", "Сын … Рамзана Кадырова Адам".  The gold guide names actors by the full name the document implies
# (Алана Мамаева, Адам Кадыров); the tagger either merges the two names into one three-word person ("Павел
# Мамаев Алан") or leaves the relative a bare first name.  Here the merged mention is split and the relative's
# mention gets the family name in the relative's gender.

MALE_KIN = frozenset({"сын", "брат", "отец", "муж", "супруг"})
FEMALE_KIN = frozenset({"дочь", "сестра", "мать", "жена", "супруга"})
# Spouses may keep their own family names: they take the relative's only when the document names them so too.
SPOUSES = frozenset({"муж", "супруг", "жена", "супруга"})
# A middle word of a patronymic makes a three-word name one person ("Вячеслава Степановича Тимченко").
PATRONYMIC_ENDS = ("вич", "вича", "вичу", "вичем", "вна", "вны", "вне", "вной", "вну", "ична", "ичны", "ичне", "ичной", "ичну")
# Family names that change with the sex ("Мамаев" / "Мамаева"): only they are split off a three-word name.
RUSSIAN_SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына")
# How far after the kin noun its relative's name may stand ("сын руководителя Республики Чечня Рамзана Кадырова").
KIN_WINDOW = 8


def gendered_surname(surname: str, female: bool) -> str | None:
    """A Russian family name in the other sex's form (-ов/-ев/-ин ↔ -ова/-ева/-ина), else None."""
    is_female = surname.endswith(("ова", "ева", "ёва", "ина", "ына"))
    if female == is_female:
        return surname
    if is_female:
        return surname[:-1]
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    return None


def _kin_gender(doc: Doc, first: int) -> bool | None:
    """Whether the kin noun before token `first` (within KIN_WINDOW, same sentence) is female; None: no kin noun."""
    found = _kin_noun(doc, first)
    return None if found is None else found[0]


def _kin_noun(doc: Doc, first: int) -> tuple[bool, str] | None:
    """(female, lemma) of the kin noun before token `first` (within KIN_WINDOW, same sentence), else None."""
    for k in range(first - 1, max(-1, first - 1 - KIN_WINDOW), -1):
        token = doc.tokens[k]
        if token.text in ".!?;":
            return None
        lemma = token.lemma.lower()
        if lemma in FEMALE_KIN | MALE_KIN:
            # the tag's gender first: "супруга" lemmatises as "супруг"
            gender = token.feats.get("Gender")
            return (gender == "Fem" if gender in ("Fem", "Masc") else lemma in FEMALE_KIN), lemma
    return None


def split_kin_first_names(doc: Doc) -> None:
    """Split "Павла Мамаева Алана" after a kin noun into the relative ("Павел Мамаев") and the kin person
    ("Алана Мамаева"); name a bare first name apposed right after a kin noun's relative ("Рамзана Кадырова
    Адам") the same way."""
    added: list[Mention] = []
    persons = [m for m in doc.mentions if m.type == "PER"]
    for mention in persons:
        first, last = doc.token_span(mention.start, mention.stop)
        words = mention.normal.split()
        if last - first == 3 and len(words) == 3 and not doc.tokens[first + 1].text.lower().endswith(PATRONYMIC_ENDS) \
                and words[1].lower().endswith(RUSSIAN_SURNAME_ENDS):  # ("Марин Ле Пен", "Кэтрин Жермен Джексон": one name)
            female = _kin_gender(doc, first)
            kin_token = doc.tokens[last - 1]
            surname = gendered_surname(words[1], bool(female)) if female is not None else None
            full = f"{_first_name(kin_token.text, bool(female))} {surname}"
            if surname is not None and _spouse(doc, first) and not _named_so(doc, full):
                full = kin_token.text  # a spouse's own family name is unknown
            if surname is None or doc.tokens[first].feats.get("Case") != "Gen" or not kin_token.text[:1].isupper():
                continue
            relative_stop = doc.tokens[first + 1].stop
            added.append(Mention(kin_token.start, kin_token.stop, kin_token.text, "PER",
                                 full, None, mention.source))
            mention.stop, mention.text, mention.normal = relative_stop, doc.text[mention.start:relative_stop], " ".join(words[:2])
            mention.actor_id = None if mention.actor_id and mention.actor_id.startswith("x:") else mention.actor_id
        elif last - first == 1 and len(words) == 1:
            previous = next((m for m in persons if m is not mention and m.type == "PER" and m.stop <= mention.start
                             and not doc.text[m.stop:mention.start].strip()), None)
            if previous is None:
                continue
            p_first, p_last = doc.token_span(previous.start, previous.stop)
            p_words = previous.normal.split()
            female = _kin_gender(doc, p_first)
            # (the first name's own case tag is no guide: "Алана" reads as the genitive of "Алан")
            if female is None or len(p_words) != 2 or doc.tokens[p_first].feats.get("Case") != "Gen":
                continue
            surname = gendered_surname(p_words[1], female)
            if surname is not None and (not _spouse(doc, p_first)
                                        or _named_so(doc, f"{_first_name(mention.text, female)} {surname}")):
                mention.normal = f"{_first_name(mention.text, female)} {surname}"
                mention.actor_id = None if mention.actor_id and mention.actor_id.startswith("x:") else mention.actor_id
    if added:
        doc.mentions = sorted(doc.mentions + added, key=lambda m: (m.start, -m.stop))


def _spouse(doc: Doc, first: int) -> bool:
    found = _kin_noun(doc, first)
    return found is not None and found[1] in SPOUSES


def _named_so(doc: Doc, full: str) -> bool:
    """Some person mention of the document is written (or normalised) as `full`."""
    key = full.lower().replace("ё", "е")
    return any(m.type == "PER" and key in (m.text.lower().replace("ё", "е"), m.normal.lower().replace("ё", "е"))
               for m in doc.mentions)


def split_relative(doc_text: str, mention: Mention, head: Mention | None) -> bool:
    """A one-word mention named here with its relative's family name and still hung by the parser on the
    relative's name ("Павла(nmod) Мамаева Алана(flat:name → Павла)")."""
    return head is not None and head is not mention and head.type == "PER" and " " not in mention.text.strip() \
        and len(mention.normal.split()) == 2 and head.stop <= mention.start and not doc_text[head.stop:mention.start].strip()


def _first_name(text: str, female: bool) -> str:
    # The first name as written: after a nominative kin noun it is nominative already ("жена … Алана").
    return text
