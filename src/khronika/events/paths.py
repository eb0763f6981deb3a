"""Role paths over the dependency parse ("subj", "obj.gen", "prep:от"): from an
event trigger to the tokens that fill its roles, including light-verb
constructions ("провели переговоры"), carried and stray subjects, and headline
source prefixes ("Би-би-си: ...") that are never actors.
"""
from __future__ import annotations

from khronika.events.agreement import agent_of_nearer_passive, agreeing_head, stray_agents
from khronika.events.discourse import salient_subject
from khronika.events.latter import stray_latter
from khronika.events.recovery import (
    active_after_passive, agrees, carried_patient, joiner, reporting_verb, shared_patient, where_subject,
)
from khronika.events.messages import addressees, senders
from khronika.events.reasons import prompting_authors
from khronika.events.tree import NOMINAL, Tree, VERBAL


# "в ходе / во время / в рамках [визита]": the visit of the clause's subject.
DURING_NOUNS = frozenset({"ход", "время", "рамка"})
# Nouns a participant phrase passes through: "в рамках Совета", "в формате".
FRAME_NOUNS = frozenset({"рамка", "формат"})
NP_RELS = frozenset({"appos", "nmod", "flat", "flat:name", "flat:foreign", "amod", "conj", "nummod"})
STRAY_SUBJECT_WINDOW = 12
# Nouns that make a subject a court ("Окружной суд Амстердама", "арбитраж").
COURT_WORDS = frozenset({"суд", "трибунал", "арбитраж", "судья"})
# "совместный с X": the partner of a joint act attaches to the adjective.
JOINT_ADJECTIVES = frozenset({"совместный"})
JOINT_REACH = 12  # tokens before the noun a stray "совместный" phrase may start
# Target prepositions of directed acts that may sink into the trigger's complement, and how deep.
SINKING_PREPS = frozenset({"в_отношение", "в_адрес", "против", "на", "с", "к"})
SINK_DEPTH = 2
# (round 8) A partner "с" and an addressee "к" or in the dative sink only one noun deep, into the
# trigger's own object or complement ("заключил [соглашение] с X", "разорвал [отношения] с X",
# "высказал [претензии] к X", "нота [протеста] Польше"); deeper they belong to someone else ("подписал
# указ о встрече с X").
SHALLOW_SINKING = frozenset({"с", "к", "iobj", "dat"})
# (round 12) Prepositions of time and cause: a noun they introduce beside the light verb's own object
# is a circumstance, not its act ("провели пикет после [приговора] X" is no sentence passed by the
# picketers; "объявил об уходе из-за [несогласия] с X" is the subject's own disagreement).
CIRCUMSTANCE_PREPS = frozenset({"после", "до", "перед", "из-за", "благодаря", "вследствие"})
# Steps that also read the light verb's dependents for a nominal trigger
# ("передали России [ответ]", "[обыски] проходят у журналистов").
LIGHT_STEPS = ("iobj", "dat", "prep:")


# (round 23) Impersonal verbs of success whose infinitive's subject is their dative experiencer ("ей удалось
# заручиться"); not those of necessity ("Джонсону придётся вести переговоры" is no act told).
DATIVE_CONTROLLERS = frozenset({"удаться", "удаваться", "довестись", "доводиться"})


def _subject(tree: Tree, i: int, light_verbs: frozenset[str], depth: int = 0) -> list[int]:
    token = tree.tok(i)
    if depth > 3:
        return []
    if token.pos in VERBAL | {"ADJ"} or token.feats.get("VerbForm") in ("Part", "Inf", "Fin"):
        # (ADJ: predicative short adjectives, "намерены провести", "готов подписать")
        if tree.is_passive(i):
            return _agent(tree, i)
        swapped = swapped_core(tree, i)
        if swapped is not None:
            return [swapped[0]]
        subj = [c for c in tree.kids(i, "nsubj") if _agrees_in_number(tree, i, c) and not past_relative(tree, i, c)
                and not before_subordinator(tree, i, c)]
        nominative = [c for c in subj if tree.case(c) != "Gen"]
        if nominative:
            # a second "subject" in the genitive belongs to some phrase before it ("Кадыров на фоне
            # конфликта Тимати и бойца X записал": the parser made "Тимати" a subject too)
            return nominative
        if subj:
            return subj
        if fronted_conjunct(tree, i):
            return []  # "… и Биби арестовали": an indefinite-personal verb, its name the object
        head = tree.head(i)
        if head is not None and token.rel == "conj":
            # "власти приговорили её, однако суд оправдал": a subject the parser hung on the first verb
            # that only the second one agrees with is the second one's
            stray = [c for c in tree.kids(head, "nsubj") if head < c < i and not _agrees_in_number(tree, head, c)]
            if stray:
                return stray
        if head is not None and active_after_passive(tree, i, head):
            # an active verb coordinated with a passive one has not its agent: the passive's patient
            # ("Документ был подписан и вступил в силу"), else the subject of the speech verb whose
            # clause the parser hung it in ("X заявил, что обвинения сняты, и попросил ...")
            patients = [c for c in tree.kids(head, "nsubj:pass", "nsubj") if agrees(tree, i, c)]
            speech = reporting_verb(tree, head)
            if patients or speech is None:
                return patients
            return [c for c in _subject(tree, speech, light_verbs, depth + 1) if c < speech and agrees(tree, i, c)]
        if head is not None and token.rel in ("csubj", "xcomp") and tree.lemma(head) in DATIVE_CONTROLLERS:
            # (round 23) "Ей удалось заручиться поддержкой": an impersonal verb of success lends
            # the infinitive its dative experiencer as the subject
            experiencers = [c for c in tree.kids(head, "iobj", "obl") if tree.case(c) == "Dat" and tree.prep(c) is None]
            if experiencers:
                return experiencers
        if head is not None and token.rel in ("conj", "xcomp") and tree.tok(head).pos in VERBAL | {"ADJ"}:
            return _subject(tree, head, light_verbs, depth + 1)
        if head is not None and token.rel == "acl" and token.feats.get("VerbForm") == "Part" \
                and token.feats.get("Voice") == "Act":
            return [head]
        if head is not None and token.feats.get("VerbForm") == "Conv":
            return _converb_subject(tree, head, light_verbs, depth)
        if head is not None and token.feats.get("VerbForm") == "Inf" and token.rel in ("acl", "xcomp", "nmod") \
                and tree.tok(head).pos == "NOUN":
            return _subject(tree, head, light_verbs, depth + 1)  # "приняла решение запретить"
        governing = where_subject(tree, i)
        if governing is not None:
            # "прибыл в Москву, где провёл переговоры": the clause on the place shares the visitor
            return [j for j in _subject(tree, governing, light_verbs, depth + 1) if j < governing]
        return _stray_subject(tree, i) or _carried_subject(tree, i) or _zero_subject(tree, i)
    # a noun: subject of the light verb governing it ("провели переговоры", "нанесли удар")
    head = tree.head(i)
    # ... or the agent of a light-verb participle modifying it ("авиаудар, нанесённый ВВС ЛНА")
    for c in tree.kids(i, "acl", "amod"):
        if tree.lemma(c) in light_verbs and tree.is_passive(c) and _agent(tree, c):
            return _agent(tree, c)
    relative = relative_light(tree, i, light_verbs)
    if relative is not None:
        return [j for j in _subject(tree, relative, light_verbs, depth + 1) if tree.lemma(j) != "который"]
    if head is None:
        # a predicate the tagger read as a noun ("милиция начала их задерживать": "начала" as the
        # genitive of "начало") keeps its subject
        return tree.kids(i, "nsubj") if token.rel == "root" and depth > 0 else []
    if token.rel == "conj":
        return _subject(tree, head, light_verbs, depth + 1)
    if token.rel in ("obj", "nsubj:pass", "obl", "nsubj") and tree.lemma(head) in light_verbs \
            and not (tree.prep(i) in CIRCUMSTANCE_PREPS and tree.kids(head, "obj")):
        return _subject(tree, head, light_verbs, depth + 1)
    return []


def _converb_subject(tree: Tree, head: int, light_verbs: frozenset[str], depth: int) -> list[int]:
    """A gerund has the subject of the clause it hangs from ("Петров выступил, обвинив Германию",
    "Активисты перекрыли дорогу, требуя отставки"); of a passive clause, its grammatical subject, the
    patient ("был задержан, пытаясь пересечь границу").  A gerund on a noun or an impersonal clause
    names no one."""
    if tree.tok(head).pos not in VERBAL | {"ADJ"}:
        return []
    if tree.is_passive(head):
        return tree.kids(head, "nsubj:pass", "nsubj")
    return _subject(tree, head, light_verbs, depth + 1)


def fronted_patient(tree: Tree, verb: int, subject: int) -> bool:
    """(round 12) A lone person's name in the singular before an indefinite-personal plural verb is
    its object, whatever case the tagger guessed for a name that does not decline ("Биби арестовали",
    "Гарсию обвиняли"): a singular person cannot be the subject of a plural verb unless coordinated
    ("Иванов и Петров пришли", "Иванов с женой пришли")."""
    mention = tree.mention_of[subject]
    return mention is not None and mention.type == "PER" and tree.tok(subject).pos == "PROPN" \
        and tree.tok(subject).feats.get("Number") == "Sing" and tree.tok(verb).feats.get("Person", "3") == "3" \
        and not tree.kids(subject, "conj") and not any(tree.prep(c) == "с" for c in tree.children[subject])


def fronted_conjunct(tree: Tree, verb: int) -> list[int]:
    """(round 14) "Было инициировано расследование и Биби арестовали": a lone singular person's name right
    before an indefinite-personal plural verb that has neither subject nor object, which the parser
    coordinated with a noun of the clause before, is the verb's object (as in `fronted_patient`)."""
    token = tree.tok(verb)
    if token.feats.get("VerbForm") != "Fin" or token.feats.get("Number") != "Plur" \
            or token.feats.get("Person", "3") != "3" or tree.kids(verb, "nsubj", "obj", "nsubj:pass"):
        return []
    j = verb - 1
    if j >= 0 and tree.tok(j).rel in ("flat", "flat:name") and tree.head(j) is not None:
        j = tree.head(j)  # "Асию Биби арестовали": the name's first word carries the relation
    mention = tree.mention_of[j] if j >= 0 else None
    head = tree.head(j) if j >= 0 else None
    if mention is None or mention.type != "PER" or tree.tok(j).pos != "PROPN" \
            or tree.tok(j).feats.get("Number") != "Sing" or tree.tok(j).rel != "conj" \
            or head is None or head >= j or tree.tok(head).pos in VERBAL or tree.kids(j, "conj"):
        return []
    return [j]


def _agrees_in_number(tree: Tree, verb: int, subject: int) -> bool:
    """A plural finite verb does not take a lone singular noun after it as its subject: "мужчину
    лишили звания «капитан запаса»" (the parser made "капитан" the subject of "лишили").  Subjects
    before the verb are left alone: there the parser's coordination ("правительство, федерация
    профсоюзов и Союз подписали") is often incomplete, not wrong."""
    if tree.tok(verb).feats.get("Number") != "Plur" or tree.tok(verb).feats.get("VerbForm") != "Fin":
        return True
    if subject < verb:
        return not fronted_patient(tree, verb, subject)
    token = tree.tok(subject)
    return not (token.pos == "NOUN" and token.feats.get("Number") == "Sing" and not tree.kids(subject, "conj"))


def swapped_core(tree: Tree, verb: int) -> tuple[int, int] | None:
    """(round 17) "«Слуга народа» исключила Скороход и Полякова": the parser made the coordination after a singular
    verb its subject and the name before it the object.  A singular finite verb takes no coordination as its
    subject; with an object before the verb, the two are swapped.  Returns (subject, object) or None."""
    token = tree.tok(verb)
    if token.pos not in VERBAL or token.feats.get("Number") != "Sing" or token.feats.get("VerbForm") != "Fin" \
            or tree.is_passive(verb):
        return None
    subjects = [c for c in tree.kids(verb, "nsubj") if c > verb and tree.kids(c, "conj")]
    objects = [c for c in tree.kids(verb, "obj") if c < verb and tree.case(c) in ("Nom", "Acc")]
    if len(subjects) != 1 or len(objects) != 1 or len(tree.kids(verb, "nsubj")) != 1:
        return None
    return objects[0], subjects[0]


# Words that open a relative or subordinate clause.
CLAUSE_OPENERS = frozenset({"который", "что", "чтобы", "если"})


def past_relative(tree: Tree, verb: int, subject: int) -> bool:
    """A "subject" after the verb beyond the start of a relative or subordinate clause belongs to
    that clause: "в России обвиняют в атаке, в результате которой погибли двое журналистов" (the
    parser made "журналистов" the subject of "обвиняют"), "грозят столько бед, что многие эксперты
    не берутся …"."""
    return subject > verb and any(tree.lemma(k) in CLAUSE_OPENERS for k in range(verb + 1, subject))


# Conjunctions that open a subordinate clause: a subject before one is the main clause's.
SUBORDINATORS = frozenset({"что", "чтобы"})


def before_subordinator(tree: Tree, verb: int, subject: int) -> bool:
    """A "subject" before the verb with a "что"/"чтобы" conjunction between them belongs to the
    clause that conjunction hangs from: "Песков дал понять, что Путин не выпустит девушку" (the
    parser gave "выпустит" both "Песков" and "Путин")."""
    if subject > verb:
        return False
    inside = set(tree.subtree(subject))
    return any(tree.lemma(k) in SUBORDINATORS and tree.tok(k).pos == "SCONJ" and k not in inside
               for k in range(subject + 1, verb))


def _stray_subject(tree: Tree, i: int) -> list[int]:
    """A finite verb the parser left without a subject: the nearest nominative noun before it in
    the same clause that agrees in number ("посол ... Виторио Сандали встретился", with "посол"
    attached elsewhere).  Stops at another finite verb or a clause boundary."""
    token = tree.tok(i)
    if token.feats.get("VerbForm") != "Fin" or token.feats.get("Person") in ("1", "2"):
        return []
    sentence = tree.doc.sentence_at(token.start)
    first = tree.doc.sentences[sentence].token_start if sentence is not None else 0
    for j in range(i - 1, max(first, i - STRAY_SUBJECT_WINDOW) - 1, -1):
        t = tree.tok(j)
        if t.feats.get("VerbForm") == "Fin" or t.text in (":", ";", "—") or t.lemma in ("который", "что"):
            return []
        if t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Nom" and tree.prep(j) is None:
            number = token.feats.get("Number")
            if number and t.feats.get("Number") and t.feats["Number"] != number and not tree.kids(j, "conj"):
                continue
            return [j]
    return []


def _carried_subject(tree: Tree, i: int) -> list[int]:
    """An elided subject carried over from the previous sentence: "Климкин прибыл в Берлин.
    Вечером встретился с Маасом."  Only for the main verb of a sentence, finite, singular (a
    plural verb without a subject is indefinite-personal: "задержали"), when the previous
    sentence's main verb has a named subject agreeing in gender."""
    token = tree.tok(i)
    if token.feats.get("VerbForm") != "Fin" or token.feats.get("Number") != "Sing" \
            or token.feats.get("Person") in ("1", "2"):
        return []
    if token.rel != "root":
        return []
    sentence = tree.doc.sentence_at(token.start)
    if not sentence:
        return []
    previous = tree.doc.sentences[sentence - 1]
    for j in range(previous.token_start, previous.token_stop):
        if tree.tok(j).rel != "root":
            continue
        for c in tree.kids(j, "nsubj"):
            if tree.mention_of[c] is None or not tree.mention_of[c].actor_id:
                continue
            gender, c_gender = token.feats.get("Gender"), tree.tok(c).feats.get("Gender")
            if gender and c_gender and gender != c_gender:
                continue
            return [c]
    return []


def _zero_subject(tree: Tree, i: int) -> list[int]:
    """A clause-level finite verb with no subject at all ("Вечером встретился с Маасом", "..., а
    затем потребовал"): the salient actor of the discourse (`discourse.salient_subject`).  Not
    for verbs inside relative or participial clauses (their subject is the noun they modify)."""
    if tree.tok(i).rel not in ("root", "conj", "parataxis", "ccomp"):
        return []
    return salient_subject(tree, i)


def _during_subject(tree: Tree, i: int, light_verbs: frozenset[str]) -> list[int]:
    """"Эрдоган в ходе [визита] в Украину договорился ...": the subject of the verb that "в ходе /
    во время / в рамках" attaches the trigger to — only when the trigger names no one of its own
    ("во время визита Макрона Путин заявил" is Макрон's visit)."""
    if any(tree.case(c) == "Gen" and tree.prep(c) is None for c in tree.kids(i, "nmod")) or tree.kids(i, "amod", "det"):
        return []
    # the parser reads "в ходе" either as a fixed preposition of the trigger or as a noun governing it
    fixed = [f for c in tree.kids(i, "case") for f in tree.kids(c, "fixed") if tree.lemma(f) in DURING_NOUNS]
    frame = tree.head(i)
    if fixed:
        verb = frame
    elif frame is not None and tree.lemma(frame) in DURING_NOUNS and tree.prep(frame) in ("в", "во"):
        verb = tree.head(frame)
    else:
        return []
    # only a frame opening the clause ("Во время визита в Москву Маас встретился ..."); one after the verb
    # often belongs to someone else ("Он комментирует слова принца ... во время визита в Сингапур")
    if verb is None or tree.tok(verb).pos not in VERBAL or verb < i:
        return []
    return [j for j in _subject(tree, verb, light_verbs) if j < verb][:1]  # the subject opening the clause


def _at_subject(tree: Tree, i: int, light_verbs: frozenset[str]) -> list[int]:
    """"На [встрече] в Минске представители Киева и Донбасса не смогли договориться": what the
    subject does "at" a meeting it does as a participant.  Only for a trigger introduced by "на"
    that names no participant of its own ("на встрече Путина" is Путин's meeting)."""
    if tree.prep(i) != "на" or tree.kids(i, "amod", "det") \
            or any(tree.case(c) == "Gen" and tree.prep(c) is None for c in tree.kids(i, "nmod")):
        return []
    verb = tree.head(i)
    if verb is None or tree.tok(verb).pos not in VERBAL:
        return []
    return _subject(tree, verb, light_verbs)[:1]  # (conjoined subjects come with it as conjuncts)


def _agent(tree: Tree, i: int) -> list[int]:
    """The instrumental agent ("задержан полицией"), else "со стороны X" ("был избит со стороны
    полицейских", "критика со стороны ЕС"): the complex preposition names the one who acts.  (round ea) An
    instrumental the parser hung on an earlier passive belongs to the nearer passive without an agent of its own
    ("приговорённая …, однако оправданная Верховным судом", see `agreement.agent_of_nearer_passive`)."""
    return [c for c in tree.kids(i, "obl", "nmod", "obl:agent")
            if tree.case(c) == "Ins" and tree.prep(c) is None and agent_of_nearer_passive(tree, i, c) is None] \
        or (stray_agents(tree, i) if tree.is_passive(i) else []) or _with_prep(tree, [i], "с_сторона") \
        or [c for c in tree.kids(i, "xcomp") if tree.case(c) == "Ins" and tree.prep(c) is None and _body(tree, c)]


def _body(tree: Tree, c: int) -> bool:
    """(round 30) An instrumental the parser made a predicate ("оправданной Верховным судом Пакистана" as xcomp) is
    the passive's agent when it names an organisation or a state, not a role ("назначен министром")."""
    mention = tree.mention_of[c]
    return mention is not None and mention.type in ("ORG", "GPE")


def _object(tree: Tree, i: int) -> list[int]:
    token = tree.tok(i)
    if tree.is_passive(i):
        if token.rel in ("acl", "amod") and tree.head(i) is not None:
            return [agreeing_head(tree, i) or tree.head(i)]  # (round ea) the noun it agrees with
        # "X вернулся и был задержан", "X руководил партией. Позже арестован": the patient the
        # coordination or the previous sentence gives
        return tree.kids(i, "nsubj:pass", "nsubj") or shared_patient(tree, i) or carried_patient(tree, i)
    swapped = swapped_core(tree, i)
    if swapped is not None:
        return [swapped[1]]
    objs = tree.kids(i, "obj")
    if len(objs) > 1:
        # (round 19) "покалечить американца X в предстоящем … бою": a second "object" under a preposition is a
        # circumstance the parser mislabelled, not a patient
        objs = [c for c in objs if tree.prep(c) is None] or objs
    if objs or token.pos not in VERBAL:
        return objs
    latter = stray_latter(tree, i)
    if latter:
        return latter  # (round 20) "назвал последнюю «ничтожеством»" with "последнюю" hung on the epithet
    fronted = [c for c in tree.kids(i, "nsubj") if c < i and not _agrees_in_number(tree, i, c)]
    if fronted:
        return fronted  # "Биби арестовали": the name the parser made a subject is the patient
    conjunct = fronted_conjunct(tree, i)
    if conjunct:
        return conjunct  # "Было инициировано расследование и Биби арестовали"
    # Coordinated verbs share one object: "задержали, допросили и выпустили его" (the object
    # on the first verb), "задержали и допросили журналиста" (on the last one).
    head = tree.head(i)
    if token.rel == "conj" and head is not None and head < i and tree.tok(head).pos in VERBAL \
            and not tree.is_passive(head):
        return tree.kids(head, "obj")
    shared = [o for c in tree.kids(i, "conj") if tree.tok(c).pos in VERBAL and not tree.is_passive(c)
              for o in tree.kids(c, "obj") if o > c]
    return shared or _stray_object(tree, i)


def _stray_object(tree: Tree, i: int) -> list[int]:
    """(round 15) "принимает в Белом доме [коллегу] Николя Саркози": an accusative noun without a
    preposition that the parser hung under the verb's prepositional phrase is the verb's object (a
    noun's own modifier there would be a genitive); "призывает [демонстрантов] разойтись": an animate
    accusative the parser made an adverbial is too (an inanimate one may be a time: "всю ночь")."""
    adverbial = [c for c in tree.kids(i, "advmod", "obl") if c > i and tree.case(c) == "Acc" and tree.prep(c) is None
                 and tree.tok(c).pos in ("NOUN", "PROPN") and tree.tok(c).feats.get("Animacy") == "Anim"]
    return adverbial[:1] or [
        n for c in tree.kids(i, "obl") if c > i and tree.prep(c) is not None and tree.case(c) != "Acc"
        for n in tree.kids(c, "nmod") if n > c and tree.case(n) == "Acc" and tree.prep(n) is None
        and tree.tok(n).pos in ("NOUN", "PROPN")][:1]


def accused(tree: Tree, accusation: int) -> list[int]:
    """Whom an accusing verb or participle accuses: its object ("обвинила [Россию]"), a passive's
    subject or the noun a participle modifies ("[Ягудина], которого обвинили" via "который")."""
    return _object(tree, accusation)


def _prep(tree: Tree, i: int, prep: str) -> list[int]:
    """Dependents introduced by a preposition; "в_отношение" / "в_адрес" name a complex
    preposition (в + noun lemma) whose genitive is the argument ("в отношении Twitter")."""
    # participles and "совместный" modifying a nominal trigger carry its arguments too:
    # "санкции, введённые против X", "на совместной с X пресс-конференции"
    hosts = [i] + [c for c in tree.kids(i, "acl", "amod")
                   if tree.tok(c).feats.get("VerbForm") == "Part" or tree.lemma(c) in JOINT_ADJECTIVES]
    return _with_prep(tree, hosts + _stray_joint_adjective(tree, i), prep)


def _stray_joint_adjective(tree: Tree, i: int) -> list[int]:
    """(round 12) "на совместной с X [пресс-конференции]" where the parser hung "совместной" on the verb:
    a "совместный" right before the noun, its own phrase filling the gap, agreeing in gender and number,
    is the noun's."""
    feats = tree.tok(i).feats
    for k in range(i - 1, max(-1, i - JOINT_REACH), -1):
        if tree.lemma(k) in JOINT_ADJECTIVES and tree.head(k) != i \
                and set(range(k, i)) <= set(tree.subtree(k, 30)) \
                and all(tree.tok(k).feats.get(f) == feats.get(f) for f in ("Gender", "Number")):
            return [k]
    return []


def _with_prep(tree: Tree, hosts: list[int], prep: str) -> list[int]:
    simple, _, noun = prep.partition("_")
    found = [c for h in hosts for c in tree.children[h] if tree.prep(c) == simple]
    if not noun:
        return found
    # the parser builds a complex preposition either as a noun with its genitive ("в [отношении]
    # Twitter") or as a fixed expression on the argument ("в отношении [Twitter]", "со стороны [ЕС]")
    nested = [g for c in found if tree.lemma(c) == noun for g in tree.kids(c, "nmod") if tree.prep(g) is None]
    fixed = [c for c in found if any(tree.lemma(f) == noun for k in tree.kids(c, "case") for f in tree.kids(k, "fixed"))]
    return nested + fixed


def _sunk_prep(tree: Tree, i: int, prep: str) -> list[int]:
    """A target phrase the parser attached one or two nouns too deep, inside the trigger's own
    complement ("составило протокол об [правонарушении] в отношении Twitter", "возлагала
    ответственность за [гибель] журналистов на сепаратистов"): the PP attachment is ambiguous,
    and a directed act's target preposition belongs to the act.  Only for target prepositions
    (`SINKING_PREPS`); the rightmost such phrase is taken."""
    seen = _own_complement(tree, i) if prep in SHALLOW_SINKING else _complements(tree, i, SINK_DEPTH)
    found = _with_prep(tree, seen, prep)
    found = [j for j in found if j not in tree.children[i]]
    return [max(found)] if found else []


def _complements(tree: Tree, i: int, depth: int) -> list[int]:
    """The nouns of the trigger's complement down to `depth` nouns deep (its objects and nominal
    modifiers, then theirs)."""
    frontier = [c for c in tree.kids(i, "obj", "nmod", "obl") if tree.tok(c).pos in NOMINAL]
    seen: list[int] = []
    for _ in range(depth):
        seen.extend(frontier)
        frontier = [g for c in frontier for g in tree.kids(c, "nmod") if tree.tok(g).pos in NOMINAL]
    return seen


def _own_complement(tree: Tree, i: int) -> list[int]:
    """The trigger's own complement noun: a verb's direct object ("заключил [соглашение]") or a noun's
    bare genitive ("нота [протеста]"); not an oblique phrase ("сотрудничать в [борьбе] с X": X is
    the adversary, not a partner)."""
    return [c for c in tree.kids(i, "obj", "nmod") if tree.tok(c).pos in NOMINAL and tree.prep(c) is None
            and (tree.tok(c).rel == "obj" or tree.case(c) == "Gen")]


def _sunk_dative(tree: Tree, i: int) -> list[int]:
    """A dative addressee the parser attached to the trigger's own complement noun ("направил ноту
    [протеста] Польше", "выдвинули [обвинения] X")."""
    return [c for n in _own_complement(tree, i) for c in tree.kids(n, "iobj", "nmod")
            if tree.case(c) == "Dat" and tree.prep(c) is None]


def _clause_subject(tree: Tree, i: int) -> list[int]:
    out = []
    for c in tree.kids(i, "ccomp", "advcl", "xcomp", "csubj"):
        marks = {tree.lemma(m) for m in tree.kids(c, "mark")}
        if "чтобы" in marks:
            out.extend(tree.kids(c, "nsubj", "nsubj:pass"))
    return out


def _receiver(tree: Tree, i: int, light_verbs: frozenset[str]) -> list[int]:
    head = tree.head(i)
    if head is None or tree.tok(i).rel not in ("obj", "nsubj:pass"):
        return []
    return _subject(tree, head, light_verbs)


def _speaker(tree: Tree, i: int, speech_verbs: frozenset[str]) -> list[int]:
    """Who announces the act: "В СБУ заявили о [задержании]", "МВД сообщило об [аресте]";
    or, for a relative clause, the announcer of its noun ("..., которого [подозревают]")."""
    head = tree.head(i)
    if head is None:
        return []
    if tree.tok(i).rel.startswith("acl") and tree.head(head) is not None:
        return _speaker(tree, head, speech_verbs)
    if tree.lemma(head) in speech_verbs and tree.prep(i) == "о":
        subj = tree.kids(head, "nsubj")
        return subj or [c for c in tree.kids(head, "obl") if tree.prep(c) == "в"]
    return []


def _frame(tree: Tree, i: int) -> list[int]:
    return [g for c in tree.children[i] if tree.lemma(c) in FRAME_NOUNS
            for g in tree.kids(c, "nmod") if tree.case(g) == "Gen" or tree.prep(g) is None]


def _np(tree: Tree, i: int) -> list[int]:
    out, stack = [], [(i, 0)]
    while stack:
        cur, depth = stack.pop()
        if cur in out:
            continue  # the parser may return a cycle
        out.append(cur)
        if depth < 3:
            stack.extend((c, depth + 1) for c in tree.children[cur]
                         if tree.tok(c).rel in NP_RELS and tree.prep(c) is None)
    return out


def open_relative_verb(tree: Tree, i: int, head: int) -> int:
    """(round 15) "сменил Джонсона, который подал в отставку из-за [разногласий] с Мэй": a phrase the parser
    hung on the main verb across a relative clause that no comma has closed belongs to that clause's verb."""
    for j in range(i - 1, head, -1):
        if tree.tok(j).text in (",", ";", ":", "—", "–"):
            return head
        if tree.tok(j).pos in VERBAL and tree.tok(j).rel.startswith("acl"):
            return j
    return head


def light_head(tree: Tree, i: int, light_verbs: frozenset[str]) -> int | None:
    """The light verb a nominal trigger is the object or subject of ("передали [ответ]")."""
    head = tree.head(i)
    if head is None or tree.tok(i).pos in VERBAL or tree.lemma(head) not in light_verbs:
        return relative_light(tree, i, light_verbs)
    return head if tree.tok(i).rel in ("obj", "nsubj", "nsubj:pass", "obl") else relative_light(tree, i, light_verbs)


def relative_light(tree: Tree, i: int, light_verbs: frozenset[str]) -> int | None:
    """(round 18) "[прошение], которое Ходорковский подал президенту", "[санкции], которые ввела Россия": the light
    verb of a relative clause on the nominal trigger whose object is the relative pronoun."""
    if tree.tok(i).pos not in NOMINAL - {"PRON"}:
        return None
    for c in tree.kids(i, "acl:relcl"):
        if tree.lemma(c) in light_verbs and not tree.is_passive(c) \
                and any(tree.lemma(k) == "который" for k in tree.kids(c, "obj")):
            return c
    return None


def is_attribution(tree: Tree, j: int) -> bool:
    """A headline's "Би-би-си: ..." / "Astra: ..." prefix names the source of the news, not an actor."""
    sentence = tree.doc.sentence_at(tree.tok(j).start)
    if sentence is None:
        return False
    first = tree.doc.sentences[sentence].token_start
    for k in range(first, min(first + 6, len(tree.doc.tokens))):
        if tree.tok(k).text == ":":
            return j < k
    return False


# Prepositions of the topic of someone's words ("Эрдоган об ударе по Идлибу: …").
TOPIC_PREPS = frozenset({"о", "об", "обо", "про"})


def is_attributed_topic(tree: Tree, trigger: int) -> bool:
    """(review rev19_A 14) A trigger in a headline's prefix that is the topic of the attributed words, under
    "о/об" itself or through a head in the prefix ("Эрдоган об ударе по Идлибу: Турция ответит", "Песков о
    решении ударить по …: …"): part of the attribution, not the headline's own clause."""
    k, seen = trigger, set()
    while k is not None and k not in seen and is_attribution(tree, k):
        if tree.prep(k) in TOPIC_PREPS:
            return True
        seen.add(k)
        k = tree.head(k)
    return False


def follow(tree: Tree, path: str, trigger: int, light_verbs: frozenset[str],
           speech_verbs: frozenset[str], sinking: bool = False) -> list[int]:
    """Tokens reached from the trigger by a role path.  `sinking`: a target preposition may have
    been attached inside the trigger's complement (`_sunk_prep`)."""
    current = [trigger]
    for n, step in enumerate(path.split(".")):
        # (round 15) "prep:в~Acc": only dependents in that case ("стрелял [в него]", not "в спортивном центре")
        step, _, case = step.partition("~")
        sinking = sinking and n == 0
        nxt: list[int] = []
        hosts = list(current)
        if n == 0 and step.startswith(LIGHT_STEPS):
            light = light_head(tree, trigger, light_verbs)
            hosts += [light] if light is not None else []
        if n == 0 and step == "prep:от" and tree.tok(trigger).rel == "obj" and tree.head(trigger) is not None:
            # "получила от США ответ": the giver attaches to the receiving verb
            hosts.append(tree.head(trigger))
        for i in hosts:
            if step == "subj":
                nxt += _subject(tree, i, light_verbs)
            elif step == "obj":
                nxt += _object(tree, i)
            elif step == "iobj":
                nxt += tree.kids(i, "iobj") or (_sunk_dative(tree, i) if sinking else [])
            elif step == "dat":
                nxt += [c for c in tree.kids(i, "nmod", "obl", "iobj") if tree.case(c) == "Dat" and tree.prep(c) is None] \
                    or (_sunk_dative(tree, i) if sinking else [])
            elif step == "gen":
                nxt += [c for c in tree.kids(i, "nmod") if tree.case(c) == "Gen" and tree.prep(c) is None]
                # a possessive pronoun: "её [освобождения]", "его [задержание]" (resolved in actors_at)
                nxt += [c for c in tree.kids(i, "det") if tree.tok(c).pos in ("PRON", "DET") and tree.lemma(c) in ("он", "она")]
            elif step == "adj":
                nxt += [c for c in tree.kids(i, "amod") if tree.hints.adjective(tree.tok(c).lemma or tree.tok(c).text)]
            elif step.startswith("prep:"):
                nxt += _prep(tree, i, step[5:]) or (
                    _sunk_prep(tree, i, step[5:]) if sinking and step[5:] in SINKING_PREPS else [])
            elif step == "agent":
                nxt += _agent(tree, i)
            elif step == "hagent":
                # "подвергся [нападению] со стороны X": the agent phrase may hang on the governing verb
                head = tree.head(i)
                nxt += _agent(tree, head) if head is not None and tree.tok(i).pos in NOMINAL \
                    and tree.tok(head).pos in VERBAL else []
            elif step == "clsubj":
                nxt += _clause_subject(tree, i)
            elif step == "during":
                nxt += _during_subject(tree, i, light_verbs)
            elif step == "at":
                nxt += _at_subject(tree, i, light_verbs)
            elif step == "join":
                verb = joiner(tree, i) if tree.tok(i).pos in NOMINAL else None
                nxt += [j for j in _subject(tree, verb, light_verbs) if j < verb] if verb is not None else []
            elif step == "hsubj":
                head = tree.head(i)
                nxt += _subject(tree, head, light_verbs) if head is not None and tree.tok(i).pos in NOMINAL else []
            elif step == "basis":
                # "по [иску] X суд наложил арест": a court acting on a claim is the one it was filed with
                # (not "ЦБ выступит третьей стороной по иску")
                head = tree.head(i)
                nxt += [j for j in (_subject(tree, head, light_verbs) if head is not None and tree.prep(i) == "по" else [])
                        if COURT_WORDS & {tree.lemma(k) for k in [j] + tree.kids(j, "amod", "nmod", "flat", "flat:name")}]
            elif step == "cause":
                # "уехал из-за [угроз] X": whoever acts because of the act is the one it was aimed at
                head = tree.head(i)
                head = open_relative_verb(tree, i, head) if head is not None else None
                nxt += _subject(tree, head, light_verbs) if head is not None and tree.prep(i) == "из-за" \
                    and tree.tok(head).pos in VERBAL else []
            elif step == "after":
                # (round 18) "принёс извинения после [критики] со стороны X": whoever acts after criticism is
                # the one it was aimed at
                head = tree.head(i)
                nxt += _subject(tree, head, light_verbs) if head is not None \
                    and tree.prep(i) == "после" and tree.tok(head).pos in VERBAL else []
            elif step == "reason":
                nxt += prompting_authors(tree, i)
            elif step == "recv":
                nxt += _receiver(tree, i, light_verbs)
            elif step == "sender":
                # (round 32) "его письма компаниям с [угрозами]": the sender of the letter the act is carried by
                nxt += senders(tree, i, lambda t, j: _subject(t, j, light_verbs))
            elif step == "addressee":
                nxt += addressees(tree, i)
            elif step == "speaker":
                nxt += _speaker(tree, i, speech_verbs)
            elif step == "frame":
                nxt += _frame(tree, i)
            elif step == "np":
                nxt += _np(tree, i)
            else:
                raise ValueError(f"unknown role step {step!r} in {path!r}")
        # (round ep) "prep:на~!Loc": any case but that one ("нападение [на Храмовой горе]" is where, not whom)
        current = list(dict.fromkeys(c for c in nxt if not case or (tree.case(c) != case[1:] if case.startswith("!")
                                                                     else tree.case(c) == case)))
    # (session 19, en) a prefix holding the trigger itself is the headline's own clause, not a source of the news
    # ("Встреча Байдена и Путина: главное", "Захарова обвинила Запад: подробности")
    # (review rev19_A 14) not when the trigger is the topic of the attributed words ("Эрдоган об ударе по Идлибу: …")
    attributed = not is_attribution(tree, trigger) or is_attributed_topic(tree, trigger)
    return [j for j in current if j != trigger and not (attributed and is_attribution(tree, j))]
