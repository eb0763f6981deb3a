"""Antecedents of 3rd person pronouns ("он", "её", "они"): the nearest agreeing
named person (or body) in this or the previous sentences, skipping the
pronoun's own co-arguments; the story's protagonist as a last resort.
"""
from __future__ import annotations

from khronika.events.discourse import salient_antecedent
from khronika.events.focus import topic_person
from khronika.events.lexicon import fold
from khronika.events.tree import N_FORMS, Tree


PRONOUN_LOOKBACK = 2  # previous sentences searched for a pronoun's antecedent


def antecedent(tree: Tree, i: int) -> int | None:
    """A 3rd person singular pronoun ("он", "её", "ему") → the nearest earlier named person
    (or, for the neuter/feminine of a body, organisation or state) agreeing in gender, in this
    or the previous PRONOUN_LOOKBACK sentences.  A candidate that is a co-argument of the
    pronoun's own verb is skipped ("Путин встретился с ним" is not Путин with himself)."""
    token = tree.tok(i)
    gender, number = N_FORMS.get(fold(token.text)) or (token.feats.get("Gender"), token.feats.get("Number"))
    if gender is None and token.rel == "det" and fold(token.text) == "ее":
        gender, number = "Fem", "Sing"  # (round 12) the possessive "её" carries no features: feminine singular
    if number == "Plur" or tree.lemma(i) == "они":
        return _plural_antecedent(tree, i)
    owner = _coordinated_owner(tree, i)
    if owner is not None:
        return owner
    sentence = tree.doc.sentence_at(token.start)
    if sentence is None:
        return None
    first = tree.doc.sentences[max(0, _before_quote(tree, i, sentence) - PRONOUN_LOOKBACK)].token_start
    own_head = tree.head(i)
    if token.rel == "det" and own_head is not None and tree.head(own_head) is not None:
        # a possessive ("не согласилась с его доводами"): its owner is not the verb's own subject
        own_head = tree.head(own_head)
    if token.rel in ("nsubj", "nsubj:pass"):
        # a subject pronoun continues the topic: prefer an earlier subject ("Климкин призывает ...
        # Он назвал его ...": он = Климкин, его = the nearest other person)
        for j in range(i - 1, first - 1, -1):
            if _in_subject(tree, j) and _agrees(tree, j, gender, own_head):
                return j
            if _same_subject_pronoun(tree, j, gender):
                # (round 20) "«…», – сказал он. Он призвал власти …": the earlier "он" continues the same
                # topic, across the quote that pushed its own antecedent out of reach
                return antecedent(tree, j)
    else:
        # an object pronoun: a participant, not a possessor ("проекты Владимира Путина")
        for j in range(i - 1, first - 1, -1):
            if not _possessor(tree, j) and _agrees(tree, j, gender, own_head):
                return j
    seen: set[int] = set()
    for j in range(i - 1, first - 1, -1):
        mention = tree.mention_of[j]
        if mention is None or not mention.actor_id or id(mention) in seen:
            continue
        seen.add(id(mention))
        actor = tree.doc.actor(mention.actor_id)
        type_ = actor.type if actor else mention.type
        if own_head is not None and (tree.head(j) == own_head or j == own_head):
            continue
        if type_ == "PER" and gender in ("Masc", "Fem", None):
            j_gender = tree.tok(j).feats.get("Gender")
            if gender and j_gender and j_gender != gender:
                continue
            return j
        if type_ in ("ORG", "GPE", "MEDIA") and gender in ("Fem", "Neut") and not _possessor(tree, j):
            # (not a state named only as the owner of a title: "пресс-секретарь президента России")
            j_gender = tree.tok(j).feats.get("Gender")
            # a singular pronoun: not a plural name ("Власти Перу" is feminine too)
            if j_gender == gender and tree.tok(j).feats.get("Number") != "Plur":
                return j
    # nothing agrees locally: the discourse model, which knows an organisation's gender from its
    # class noun ("компания Odebrecht ... она согласилась")
    salient = salient_antecedent(tree, i)
    if salient is not None:
        return salient
    # the morph layer often guesses the gender of foreign names wrongly ("Асию" Masc): the nearest
    # person, gender ignored
    for j in range(i - 1, first - 1, -1):
        if not _possessor(tree, j) and _agrees(tree, j, None, own_head):
            return j
    return _topic_person(tree, i, own_head)


# (mx26) The possessive pronouns of one owner and the genders of the owners each may stand for.
POSSESSIVE_GENDERS = {"его": ("Masc", "Neut"), "ее": ("Fem",)}


def _coordinated_owner(tree: Tree, i: int) -> int | None:
    """(mx26, rv26_Q L3) A possessive in the second conjunct of a coordination refers to the first conjunct, a
    name agreeing with it ("критика в адрес ЕС и его лидеров", "Россия и ее союзники"): the owner is named
    right there, whoever the clause's subject is."""
    genders = POSSESSIVE_GENDERS.get(fold(tree.tok(i).text))
    noun = tree.head(i)
    if genders is None or tree.tok(i).rel not in ("nmod", "det") or noun is None or tree.tok(noun).rel != "conj":
        return None
    first = tree.head(noun)
    mention = tree.mention_of[first] if first is not None and first < i else None
    if mention is None or not mention.actor_id or tree.tok(first).feats.get("Number") == "Plur":
        return None
    gender = tree.tok(first).feats.get("Gender")
    return first if gender is None or gender in genders else None


def _topic_person(tree: Tree, i: int, own_head: int | None) -> int | None:
    """No person nearby: "он"/"она" further on in a story is its protagonist (`topic_person`),
    at its latest mention before i."""
    topic = topic_person(tree.doc)
    if topic is None:
        return None
    for j in range(i - 1, -1, -1):
        mention = tree.mention_of[j]
        if mention is not None and mention.actor_id == topic:
            return j if _agrees(tree, j, None, own_head) else None
    return None


def _before_quote(tree: Tree, i: int, sentence: int) -> int:
    """(round 20) The sentence a speaker pronoun's lookback counts from: for "«…. …. …», – сказал он" the
    sentence where the quote opened (the quote's own sentences say nothing about who "он" is)."""
    start = tree.doc.sentences[sentence].token_start
    k = i - 1
    while k >= start and tree.tok(k).text not in ("»", "”"):
        if tree.tok(k).text in (".", "!", "?", "«"):
            return sentence
        k -= 1
    if k < start:
        return sentence
    depth = 0
    while k >= 0:
        text = tree.tok(k).text
        depth += text in ("»", "”")
        depth -= text in ("«", "“")
        if depth == 0:
            opened = tree.doc.sentence_at(tree.tok(k).start)
            return opened if opened is not None else sentence
        k -= 1
    return sentence


def _same_subject_pronoun(tree: Tree, j: int, gender: str | None) -> bool:
    token = tree.tok(j)
    if tree.mention_of[j] is not None or token.rel not in ("nsubj", "nsubj:pass") or token.pos != "PRON":
        return False
    forms = N_FORMS.get(fold(token.text)) or (token.feats.get("Gender"), token.feats.get("Number"))
    return fold(token.text) in ("он", "она") and forms[1] != "Plur" and gender is not None and forms[0] == gender


def _in_subject(tree: Tree, j: int) -> bool:
    """Token j lies in the subject phrase of its clause (itself a subject, or a name or modifier of one)."""
    cur: int | None = j
    for _ in range(3):
        if cur is None:
            return False
        if tree.tok(cur).rel in ("nsubj", "nsubj:pass"):
            return True
        if tree.tok(cur).rel not in ("flat", "flat:name", "appos", "nmod", "amod", "conj"):
            return False
        cur = tree.head(cur)
    return False


def _possessor(tree: Tree, j: int) -> bool:
    """Token j names a possessor: a genitive modifier without preposition ("проекты Путина")."""
    cur, seen = j, {j}
    while tree.tok(cur).rel in ("flat", "flat:name") and tree.head(cur) is not None and tree.head(cur) not in seen:
        cur = tree.head(cur)  # (a head cycle of a faulty parse ends the walk)
        seen.add(cur)
    return tree.tok(cur).rel == "nmod" and tree.case(cur) == "Gen" and tree.prep(cur) is None


def _agrees(tree: Tree, j: int, gender: str | None, own_head: int | None) -> bool:
    """Token j is a named person agreeing in gender, not a co-argument of the pronoun's verb."""
    mention = tree.mention_of[j]
    if mention is None or not mention.actor_id:
        return False
    actor = tree.doc.actor(mention.actor_id)
    if (actor.type if actor else mention.type) != "PER":
        return False
    if own_head is not None and (tree.head(_phrase_head(tree, j)) == own_head or j == own_head):
        return False
    j_gender = tree.tok(j).feats.get("Gender")
    return not (gender and j_gender and j_gender != gender)


def _phrase_head(tree: Tree, j: int) -> int:
    """The noun a name belongs to: "Мэри Браун" in "Премьер-министр Мэри Браун" → "Премьер-министр";
    a conjunct belongs to the whole coordination ("Иванов и заместители Петров и Малых заподозрили
    его": его is none of them)."""
    for _ in range(6):
        head = tree.head(j)
        if head is None or tree.tok(j).rel not in ("flat", "flat:name", "appos", "conj"):
            break
        j = head
    return j


def _plural_antecedent(tree: Tree, i: int) -> int | None:
    """"Они требуют ...": the plural subject of the previous sentence's main verb
    ("Пилоты Ryanair начали забастовку. Они требуют ...").  Only a subject pronoun is resolved."""
    if tree.tok(i).rel not in ("nsubj", "nsubj:pass"):
        return _plural_object_antecedent(tree, i)
    sentence = tree.doc.sentence_at(tree.tok(i).start)
    if not sentence:
        return None
    previous = tree.doc.sentences[sentence - 1]
    for j in range(previous.token_start, previous.token_stop):
        if tree.tok(j).rel != "root":
            continue
        for c in tree.kids(j, "nsubj", "nsubj:pass"):
            if tree.tok(c).pos in ("NOUN", "PROPN") and (tree.tok(c).feats.get("Number") == "Plur" or tree.kids(c, "conj")):
                return c
    return None


def _plural_object_antecedent(tree: Tree, i: int) -> int | None:
    """"Милиция начала их задерживать": an object "их/им" → the nearest earlier plural noun (not in a
    «title», not a co-argument of the pronoun's own verb) in this or the previous sentence, when it
    names people (a group: "участников акции"); the nearest being a thing ("поправки ... одобрили
    их"), nothing."""
    if tree.tok(i).rel not in ("obj", "iobj", "obl"):
        return None
    sentence = tree.doc.sentence_at(tree.tok(i).start)
    if sentence is None:
        return None
    first = tree.doc.sentences[max(0, sentence - 1)].token_start
    verb = tree.head(i)
    for j in range(i - 1, first - 1, -1):
        token = tree.tok(j)
        if token.pos != "NOUN" or token.feats.get("Number") != "Plur" or _in_title(tree, j, first):
            continue
        if verb is not None and tree.head(j) == verb:
            continue  # a co-argument of the pronoun's own verb
        # the nearest plural noun is the antecedent: a thing ("поправки ... одобрили их") is no actor
        return j if token.feats.get("Animacy") == "Anim" else None
    return None


def _in_title(tree: Tree, j: int, first: int) -> bool:
    """Token j lies inside «…» (a title: "закон «О статусе военнослужащих»")."""
    for k in range(j - 1, first - 1, -1):
        text = tree.tok(k).text
        if text == "»":
            return False
        if text == "«":
            return True
    return False

