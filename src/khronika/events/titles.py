"""Described persons: a common noun the document used as the title of a named
person ("журналиста Ивана Голунова ... журналиста отпустили") stands for that
person.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from khronika.events.focus import dominant, topic_person
from khronika.events.tree import Found, Tree
from khronika.nlp.doc import EventActor


def described_person(tree: Tree, i: int) -> Found | None:
    """A singular common noun the document used earlier as the title of a named person
    ("журналиста Ивана Голунова ... обвинения против журналиста сняты", "президент Египта Мухаммед
    Мурси ... экс-президента приговорили") → that person; of several, the dominant one (see
    `dominant`).  Modifiers may only be adjectives ("бывший", "36-летний"); a noun with its own
    genitive or name is another actor; a relative clause may follow."""
    token = tree.tok(i)
    if token.pos != "NOUN" and not is_common_noun_name(tree, i) or token.feats.get("Animacy") == "Inan" \
            or token.feats.get("Number") == "Plur" and not singular_form(tree, i):
        return None
    # (a relative or participle clause says more about the same person: "британского посла, который ...",
    # (round 31) "христианку, приговоренную к казни"; a participle in another case is a misparsed clause of
    # someone else: "женщины, …, обвиняющие Россию")
    others = [c for c in tree.children[i]
              if tree.tok(c).rel not in ("amod", "case", "punct", "det", "acl:relcl")
              and not (tree.tok(c).rel == "acl" and tree.tok(c).feats.get("VerbForm") == "Part"
                       and tree.case(c) is not None and tree.case(c) == tree.case(i))]
    title = _title_lemma(tree.lemma(i))
    if others:
        # "экс-лидера боснийских сербов" after "лидер боснийских сербов Радован Караджич": a genitive
        # is allowed when the title was given with that same genitive
        genitives = [c for c in others if _bare_genitive(tree, c)]
        if len(genitives) != 1 or len(others) != 1:
            return None
        title = f"{title} {tree.lemma(genitives[0])}"
    titles = _titles(tree)
    # (round 13) a headline names by title whom the body names in full ("Освободили христианку" over
    # "христианка Асия Биби"): in the first sentence the title may be given in a later one (not in the
    # headline itself: "ребёнка Мобил" is a photo caption fused with it)
    headline = (tree.doc.sentence_at(token.start) or 0) == 0
    people = [actor_id for actor_id, first in titles.get(title, {}).items()
              if first < i or (headline and (tree.doc.sentence_at(tree.tok(first).start) or 0) > 0)]
    if not people:
        # (round ep) a title the sentence gives its bearer only further on: "Премьер благодарит Бориса за работу, —
        # говорится в сообщении канцелярии премьер-министра Терезы Мэй"; only when one person bears it
        here = tree.doc.sentence_at(token.start) or 0
        later = {actor_id for actor_id, first in titles.get(title, {}).items()
                 if first > i and (tree.doc.sentence_at(tree.tok(first).start) or 0) - here <= CATAPHORA_WINDOW
                 # ("… и ещё одного преступника, Горана Хаджича": "ещё один" brings in someone else)
                 and not any(tree.lemma(c) in INDEFINITE for c in tree.children[first])
                 # (mend ge) only the owner of a reporting frame's teller or message, outside the title's own
                 # clause ("…, — говорится в сообщении канцелярии премьер-министра Терезы Мэй"): a bearer inside it
                 # is the other party of the same event ("Президент встретился с президентом Франции Эммануэлем
                 # Макроном")
                 and _reports_on(tree, first, i)}
        people = list(later) if len(later) == 1 and len(titles.get(title, {})) == 1 else []
    if not people and tree.lemma(i) in SEX_NOUNS:
        return _protagonist(tree, i)
    actor_id = dominant({p: len(a.mentions) if (a := tree.doc.actor(p)) else 0 for p in people}, minimum=0)
    if actor_id is None:
        return None
    return Found(EventActor(actor_id, tree.name_of(actor_id, actor_id)), i, "PER")


def _clause_head(tree: Tree, j: int) -> int | None:
    """The nearest verb above token `j` (its clause's head), or None."""
    k, steps = tree.head(j), 0
    while k is not None and k >= 0 and steps < 50:
        if tree.tok(k).pos in ("VERB", "AUX"):
            return k
        k, steps = tree.head(k), steps + 1
    return None


def _reports_on(tree: Tree, bearer: int, i: int) -> bool:
    """(mend ge) The title token `bearer` stands in a reporting frame (a speech verb's clause) that reports the
    clause of the title `i`: the two clauses differ and one hangs on the other as parataxis or a complement, so
    the bearer is no argument or conjunct of `i`'s verb; and the bearer owns the frame's teller or message
    ("…, — сообщил пресс-секретарь премьер-министра Терезы Мэй") rather than being the teller."""
    mine, theirs = _clause_head(tree, i), _clause_head(tree, bearer)
    if mine is None or theirs is None or mine == theirs or tree.lemma(theirs) not in _speech_verbs():
        return False
    if tree.head(bearer) == theirs:
        # the frame's own teller ("…, заявил президент Франции Эммануэль Макрон") speaks of another holder of the
        # title; the bearer is the owner of the teller or of the message ("пресс-секретарь премьер-министра X",
        # "в сообщении канцелярии премьер-министра X")
        return False
    # (the parser may leave a frame after a comma as a second root: "…, говорится в сообщении …")
    return tree.tok(theirs).rel == "parataxis" and tree.head(theirs) == mine \
        or tree.tok(mine).rel in ("parataxis", "ccomp") and tree.head(mine) == theirs \
        or tree.tok(mine).rel == tree.tok(theirs).rel == "root" and mine < theirs


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    from khronika.events.lexicon import load_speech_verbs
    return load_speech_verbs()


# "женщина"/"мужчина" (and "девушка"/"юноша" …) as a definite description: the story's protagonist of that sex.
SEX_NOUNS = frozenset({"женщина", "мужчина", "девушка", "юноша", "парень", "девочка", "мальчик"})
PROTAGONIST_WINDOW = 3  # sentences back the protagonist must have been named
# (round ep) sentences ahead a bare title's bearer may be named: only its own sentence (naming round 1 pins that a
# bare role is not linked to a holder a later sentence introduces)
CATAPHORA_WINDOW = 0
# Modifiers that introduce a new, unknown person ("неизвестный мужчина", "другая женщина").
INDEFINITE = frozenset({"неизвестный", "некий", "один", "какой-то", "неустановленный", "другой", "второй",
                        "вооруженный", "молодой", "пожилой"})


def _protagonist(tree: Tree, i: int) -> Found | None:
    """"Суд оправдал 47-летнюю женщину", "запретили женщине покидать страну" after the story has
    named its protagonist: she is meant (a definite description).  Only the story's dominant person
    (`topic_person`), named before the noun, whose name agrees with the noun in gender."""
    if any(tree.lemma(c) in INDEFINITE for c in tree.kids(i, "amod", "det")):
        return None  # "застрелен неизвестным мужчиной": someone else
    if tree.tok(i).rel.startswith("nsubj"):
        return None  # a subject "мужчина" usually brings a new person into the story ("мужчина убил")
    actor_id = topic_person(tree.doc)
    if actor_id is None:
        return None
    tokens = [j for j, m in enumerate(tree.mention_of) if m is not None and m.actor_id == actor_id]
    here = tree.doc.sentence_at(tree.tok(i).start) or 0
    recent = [j for j in tokens if j < i and here - (tree.doc.sentence_at(tree.tok(j).start) or 0) <= PROTAGONIST_WINDOW]
    if not recent:
        return None
    genders = Counter(tree.tok(j).feats.get("Gender") for j in tokens if tree.tok(j).feats.get("Gender"))
    if not genders or genders.most_common(1)[0][0] != tree.tok(i).feats.get("Gender"):
        return None
    return Found(EventActor(actor_id, tree.name_of(actor_id, actor_id)), i, "PER")


# (round 31) Endings of the singular forms of a noun of the a-declension ("христианка": "христианку",
# "христианке", "христианкой"): none is a plural form of such a noun, whatever the tagger says.
A_DECLENSION_SINGULAR = ("у", "ю", "е", "ой", "ей", "ою", "ею")


def _titles(tree: Tree) -> dict:
    """The document's person titles (`_person_titles`), worked out once per tree."""
    if tree.titles is None:
        tree.titles = _person_titles(tree)
    return tree.titles


def singular_form(tree: Tree, i: int) -> bool:
    """(round 31) A noun in "-а/-я" written in one of its singular forms ("христианку" tagged plural)."""
    lemma, text = tree.lemma(i) or "", tree.tok(i).text.lower()
    # ("судей", "статей": the genitive plural of a noun in "-ья" ends like a singular form)
    return lemma.endswith(("а", "я")) and text != lemma and text.endswith(A_DECLENSION_SINGULAR) \
        and not (lemma.endswith("ья") and text.endswith("ей"))


def is_common_noun_name(tree: Tree, i: int) -> bool:
    """(round 31) A capitalised common noun at the start of a sentence the recogniser took for a one-word
    person's name ("Христианку приговорили …", "Экс-кандидат … Анна Петрова обжаловала"): unresolved, one
    word, first in its sentence, and either a title the document gives a named person elsewhere or followed by
    a person's name in apposition."""
    mention = tree.mention_of[i]
    if mention is None or mention.type != "PER" or not (mention.actor_id or "x:").startswith("x:") \
            or len(mention.text.split()) != 1 or tree.tok(i).pos not in ("NOUN", "PROPN"):
        return False
    here = tree.doc.sentence_at(tree.tok(i).start)
    if here is None or any(tree.tok(k).pos != "PUNCT" for k in range(tree.doc.sentences[here].token_start, i)):
        return False
    if any(tree.mention_of[c] is not None and tree.mention_of[c].type == "PER" and tree.mention_of[c] is not mention
           for c in tree.kids(i, "appos")):
        return True
    return _title_lemma((tree.lemma(i) or "").lower()) in _titles(tree)


def _title_lemma(lemma: str) -> str:
    """"экс-президент" is titled like "президент"."""
    return lemma[4:] if lemma.startswith("экс-") else lemma


def _person_titles(tree: Tree) -> dict[str, dict[str, int]]:
    """Common nouns the document puts right before or over a person's name ("журналиста Ивана
    Голунова", "президент Египта Мухаммед Мурси", "певец Джон Смит"), with the first token where
    the pair occurs: title lemma -> person id -> token."""
    titles: dict[str, dict[str, int]] = {}
    seen: set[int] = set()
    for j, mention in enumerate(tree.mention_of):
        if mention is None or id(mention) in seen or not mention.actor_id or mention.type != "PER":
            continue
        seen.add(id(mention))
        candidates = [tree.head(j)] if tree.tok(j).rel in ("appos", "flat:name", "nmod") else []
        # the noun just before the name, past the role's own genitive ("президент Египта Мурси")
        k = j - 1
        while k >= 0 and tree.mention_of[k] is not None and tree.mention_of[k] is not mention \
                and tree.mention_of[k].type in ("GPE", "ORG", "LOC", "ORG_CORE"):
            k -= 1
        candidates.append(k if k >= 0 else None)
        if k >= 0 and _bare_genitive(tree, k) and tree.head(k) is not None and tree.head(k) < k:
            # "лидер боснийских сербов Радован Караджич": the title is the genitive's head
            candidates.append(tree.head(k))
        for c in candidates:
            if c is None or tree.tok(c).feats.get("Animacy") != "Anim":
                continue
            # a common noun (the tagger calls a capitalised one at a sentence start PROPN), not a name
            if tree.mention_of[c] is not None and tree.mention_of[c].type != "ROLE":
                continue
            if tree.tok(c).pos != "NOUN" and not (tree.tok(c).pos == "PROPN" and tree.mention_of[c] is None):
                continue
            lemma = _title_lemma(tree.lemma(c))
            # "журналист-расследователь" also titles its bearer a "журналист"; "лидер боснийских
            # сербов" also titles him with the genitive ("лидер сербов")
            keys = {lemma, lemma.split("-")[0]}
            keys |= {f"{lemma} {tree.lemma(g)}" for g in tree.children[c] if _bare_genitive(tree, g) and g != j}
            for title in keys:
                titles.setdefault(title, {}).setdefault(mention.actor_id, c)
    return titles


def _bare_genitive(tree: Tree, c: int) -> bool:
    """A genitive noun modifier without a preposition, not itself a name ("лидер [сербов]")."""
    return tree.tok(c).rel == "nmod" and tree.case(c) == "Gen" and tree.prep(c) is None \
        and tree.tok(c).pos == "NOUN" and (tree.mention_of[c] is None or tree.mention_of[c].type == "ROLE")
