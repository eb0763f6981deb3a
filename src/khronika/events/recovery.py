"""Arguments the parse leaves unattached or the text leaves implicit, found by general rules
(round 8).  Each rule states the syntactic condition it needs; none reads a particular word of a
particular story.

- `active_after_passive`, `reporting_verb`  an active verb coordinated with a passive one ("X
                       заявил, что обвинения сняты, и попросил ..."): `paths._subject` takes the
                       passive's patient if it agrees, else the speech verb's subject
- `shared_patient`     a passive coordinated with an active verb ("X вернулся и был задержан"):
                       the active verb's subject is the patient
- `carried_patient`    a sentence-level passive without a subject ("X руководил партией. В 2015
                       году арестован."): the previous sentence's main-clause subject
- `where_subject`      a relative clause on a place ("прибыл в Москву, где провёл переговоры"):
                       the subject of the verb the place depends on
- `relative_antecedent` "X, который ..." when the parser made the relative clause a root: the
                       noun before the comma that agrees with "который"
- `title_authority`    a speaker introduced by a title with an authority in the genitive ("глава
                       МВД X заявил, что обвинения сняты"): that authority
- `decision_author`    a protest against a decision or verdict ("против решения суда"): its author
- `staff_body`         "сотрудники ФСБ задержали": staff of a named authority acting as agent are it
- `joiner`             "вышли на акцию", "выступили с акцией": the subject joins the protest
- `accusation_of`      "обвинила X в [обстреле] Y": the accused is the act's agent (reported by the accuser)
- `visited_place`      "визит в Москву": the city a visit's host state was named by is its place
"""
from __future__ import annotations

from khronika.events.lexicon import fold
from khronika.events.tree import NOMINAL, VERBAL, Tree
from khronika.nlp.doc import EventActor

# Words in an organisation's name that make it a state authority (folded).
AUTHORITY_WORDS = frozenset({"мвд", "фсб", "сбу", "ск", "кгб", "фбр", "полиция", "милиция", "прокуратура",
                             "генпрокуратура", "суд", "министерство", "минюст", "минобороны", "мид", "комитет",
                             "служба", "управление", "ведомство", "правительство", "кабмин", "кабинет",
                             "корпус", "гвардия", "росгвардия", "роскомнадзор", "налоговый", "таможня"})
# Nouns naming a decision whose author a protest is aimed at (genitive or agent of the noun).
DECISION_NOUNS = frozenset({"решение", "приговор", "вердикт", "постановление", "указ", "политика",
                            "действие", "запрет", "распоряжение"})
# Relative adverbs of place that open a clause on a place noun.
PLACE_RELATIVES = frozenset({"где", "куда"})
# Titles that make a person speak for the body in their genitive ("глава МВД", "руководитель СК").
HEAD_TITLES = frozenset({"глава", "руководитель", "начальник", "министр", "директор", "председатель",
                         "представитель", "пресс-секретарь", "официальный"})
# Staff who act as the authority they serve ("сотрудники ФСБ задержали" → ФСБ; the gold names the body).
AUTHORITY_STAFF = frozenset({"сотрудник", "агент", "офицер", "оперативник", "следователь"})
# Verbs of joining an action: their subject takes part in the action noun they govern ("вышли на
# акцию", "присоединились к забастовке", "участвовали в митинге").
JOIN_VERBS = frozenset({"выйти", "выходить", "прийти", "собраться", "участвовать", "присоединиться",
                        "примкнуть", "выступить", "выступать"})
# How far back, in tokens, the antecedent of a detached "который" may stand.
RELATIVE_WINDOW = 6


def agrees(tree: Tree, verb: int, noun: int) -> bool:
    """A verb form and a noun agree in number, and in gender when both show it (singular past)."""
    v, n = tree.tok(verb).feats, tree.tok(noun).feats
    plural_noun = n.get("Number") == "Plur" or bool(tree.kids(noun, "conj"))
    if v.get("Number") and n.get("Number") and (v["Number"] == "Plur") != plural_noun:
        return False
    if v.get("Number") == "Sing" and v.get("Gender") and n.get("Gender") and v["Gender"] != n["Gender"]:
        return False
    return True


def active_after_passive(tree: Tree, i: int, head: int) -> bool:
    """An active verb the parser coordinated with a passive one (`head`): it has not the passive's
    agent ("обвинения сняты и ходатайствовал", "был подписан и вступил в силу")."""
    return tree.tok(i).rel == "conj" and tree.is_passive(head) and not tree.is_passive(i) \
        and tree.tok(i).pos in VERBAL


def reporting_verb(tree: Tree, head: int) -> int | None:
    """The verb whose complement clause `head` is ("заявил, что обвинения [сняты]")."""
    speech = tree.head(head)
    if tree.tok(head).rel == "ccomp" and speech is not None and tree.tok(speech).pos in VERBAL:
        return speech
    return None


def shared_patient(tree: Tree, i: int) -> list[int]:
    """"X вернулся в Москву и был задержан": a passive with no subject coordinated after an active
    verb takes that verb's subject as its patient (when they agree)."""
    head = tree.head(i)
    if tree.tok(i).rel != "conj" or head is None or head > i or tree.is_passive(head) \
            or tree.tok(head).pos not in VERBAL:
        return []
    return [c for c in tree.kids(head, "nsubj") if agrees(tree, i, c)]


# (round 14) 3rd person pronouns a carried patient may be: they stand for someone named before.
CARRIED_PRONOUNS = frozenset({"он", "она"})


def carried_patient(tree: Tree, i: int) -> list[int]:
    """A sentence's main passive with no subject and no nominative in its clause ("После отставки
    арестован полицией"): the named subject of the previous sentence's main clause, agreeing in
    number and gender (the same condition as the active `paths._carried_subject`)."""
    token = tree.tok(i)
    if token.rel != "root" or not tree.is_passive(i) or token.feats.get("Variant") != "Short":
        return []
    sentence = tree.doc.sentence_at(token.start)
    if not sentence:
        return []
    here = tree.doc.sentences[sentence]
    if any(tree.case(k) == "Nom" and tree.tok(k).pos in NOMINAL and agrees(tree, i, k)
           for k in range(here.token_start, here.token_stop)):
        return []  # a nominative the parser attached elsewhere may be the patient: not carried over
    previous = tree.doc.sentences[sentence - 1]
    for j in range(previous.token_start, previous.token_stop):
        if tree.tok(j).rel != "root":
            continue
        for c in tree.kids(j, "nsubj", "nsubj:pass"):
            mention = tree.mention_of[c]
            # (not the outlet a report is credited to: "..., передаёт Reuters")
            if mention is not None and mention.actor_id and mention.type != "MEDIA" and agrees(tree, i, c):
                return [c]
            if mention is None and tree.tok(c).pos == "PRON" and tree.lemma(c) in CARRIED_PRONOUNS \
                    and agrees(tree, i, c):
                # (round 14) "Он управлял страной до переворота. После отстранения арестован": the pronoun
                # carries its own antecedent (resolved where the actor is read)
                return [c]
    return []


def where_subject(tree: Tree, i: int) -> int | None:
    """The verb whose subject a clause "..., где <verb>" on a place noun shares: "Макрон прибыл в
    Москву, где провёл переговоры" → прибыл.  None when the clause is not one."""
    token = tree.tok(i)
    place = tree.head(i)
    if not token.rel.startswith("acl") or place is None \
            or not (any(tree.lemma(c) in PLACE_RELATIVES for c in tree.kids(i, "advmod")) or _in_own_text(tree, i, place)):
        return None
    verb = tree.head(place)
    if verb is None or tree.tok(verb).pos not in VERBAL or verb > place:
        return None
    return verb


# (round 18) Texts a person puts out: "обнародовал обращение, в котором выразил благодарность X" — the author
# of the text is the one who speaks in it.
OWN_TEXTS = frozenset({"обращение", "видеообращение", "письмо", "заявление", "статья", "пост", "видео", "ролик",
                       "интервью", "сообщение", "публикация", "твит", "колонка", "выступление", "речь", "запись"})


def _in_own_text(tree: Tree, i: int, noun: int) -> bool:
    """Clause i is "…, в котором <verb>" on a text noun, with no subject of its own."""
    return tree.lemma(noun) in OWN_TEXTS and tree.tok(noun).rel == "obj" and not tree.kids(i, "nsubj", "nsubj:pass") \
        and any(tree.lemma(c) == "который" and tree.prep(c) == "в" for c in tree.kids(i, "obl"))


def relative_antecedent(tree: Tree, i: int) -> int | None:
    """"Иван Петров, который встретился ..." parsed with the clause as a second root: the noun
    right before the comma that agrees with "который" in number (and gender in the singular),
    climbing from a name's last part to its first."""
    verb = tree.head(i)
    if verb is not None and tree.tok(verb).rel.startswith("acl"):
        return None  # the regular case (`actors.own_actors`)
    if i < 2 or tree.tok(i - 1).text != ",":
        return None
    j = i - 2
    while tree.tok(j).rel in ("flat", "flat:name", "appos") and tree.head(j) is not None \
            and i - RELATIVE_WINDOW <= tree.head(j) < j:
        j = tree.head(j)
    if tree.tok(j).pos not in ("NOUN", "PROPN"):
        return None
    mine, theirs = tree.tok(i).feats, tree.tok(j).feats
    if mine.get("Number") != theirs.get("Number"):
        return None
    if mine.get("Number") == "Sing" and mine.get("Gender") != theirs.get("Gender"):
        return None
    return j


def title_authority(tree: Tree, actor_id: str, first: int, last: int, authority_words: frozenset[str]) -> int | None:
    """The authority a person speaks for, read off their title in tokens first..last: a title
    noun tagged as the person's role ("Глава МВД Иван Петров") with a genitive organisation whose
    name marks a state authority.  Returns the organisation's token."""
    for j in range(first, last):
        mention = tree.mention_of[j]
        if mention is None or mention.actor_id != actor_id or tree.lemma(j) not in HEAD_TITLES:
            continue
        for c in tree.kids(j, "nmod"):
            body = tree.mention_of[c]
            if tree.case(c) == "Gen" and tree.prep(c) is None and body is not None and body.type == "ORG" \
                    and set(fold(body.normal or body.text).split()) & authority_words:
                return c
    return None


def decision_author(tree: Tree, j: int) -> bool:
    """A protest "против решения суда" is aimed at the decision's author (read with `actors.owners`)."""
    return tree.lemma(j) in DECISION_NOUNS


def visited_place(tree: Tree, target: list) -> EventActor | None:
    """The city a visit's host state was named by ("визит в Москву" → target Россия, place Москва):
    the mention at the target's token when it is another actor than the target (a metonym)."""
    for found in target:
        mention = tree.mention_of[found.token]
        if mention is not None and mention.actor_id and mention.actor_id != found.actor.actor_id \
                and mention.type in ("LOC", "GPE"):
            return EventActor(mention.actor_id, tree.name_of(mention.actor_id, mention.normal or mention.text))
    return None


def staff_body(tree: Tree, i: int) -> int | None:
    """"сотрудники ФСБ задержали", "задержан сотрудниками ФСБ": plural staff of a named state
    authority acting as the subject or agent act as the authority.  Returns
    the authority's token (a genitive organisation whose name marks an authority)."""
    if tree.lemma(i) not in AUTHORITY_STAFF or tree.tok(i).feats.get("Number") != "Plur":
        return None
    if tree.tok(i).rel not in ("nsubj", "conj") and not (tree.case(i) == "Ins" and tree.prep(i) is None):
        return None  # as agents only: "расследования против сотрудников МВД" concern the staff
    for c in tree.kids(i, "nmod"):
        body = tree.mention_of[c]
        if tree.case(c) == "Gen" and tree.prep(c) is None and body is not None and body.type == "ORG" \
                and set(fold(body.normal or body.text).split()) & AUTHORITY_WORDS:
            return c
    return None


def joiner(tree: Tree, i: int) -> int | None:
    """The verb of joining that governs an action noun through a preposition ("вышли на [акцию]",
    "участвовали в [митинге]", "приняли участие в [забастовке]", "выступили с [акцией]"), whose
    subject takes part in it."""
    head = tree.head(i)
    if head is None or tree.prep(i) not in ("на", "в", "к", "с"):
        return None
    if tree.prep(i) == "с" and tree.lemma(head) not in ("выступить", "выступать"):
        return None  # "выступили с [акцией]"; "вышли с плакатами" is not a protest noun anyway
    if tree.lemma(head) == "участие" and tree.head(head) is not None:
        head = tree.head(head)  # "приняли участие в акции"
    elif tree.lemma(head) not in JOIN_VERBS:
        return None
    return head if tree.tok(head).pos in VERBAL else None


# Verbs and participles of accusing or suspecting someone "в <act>": the accused is the act's agent.
ACCUSATION_LEMMAS = frozenset({"обвинить", "обвинять", "подозревать", "заподозрить", "уличить", "обвиненный",
                               "подозреваемый", "обвиняемый"})


def accusation_of(tree: Tree, i: int) -> int | None:
    """The accusing verb or participle whose "в" complement the act noun i is ("обвинила Россию в
    [обстреле] Харькова", "которого обвинили в пьянстве и [избиении] журналистов"): its accused did
    the act, by the accuser's claim.  A later conjunct of the complement counts with the first."""
    first = i
    while tree.tok(first).rel == "conj" and tree.head(first) is not None and tree.head(first) < first:
        first = tree.head(first)
    head = tree.head(first)
    if tree.tok(i).pos != "NOUN" or tree.prep(first) != "в" or head is None:
        return None
    if tree.lemma(head) not in ACCUSATION_LEMMAS or tree.tok(head).pos not in VERBAL | {"ADJ"}:
        return None
    return head
