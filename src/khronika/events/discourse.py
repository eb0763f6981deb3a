"""Discourse referents for event arguments the sentence leaves implicit, through the
document's salience model (`nlp/salience.py`, Lappin–Leass style):

- a 3rd person pronoun the local rules (`pronouns.py`) could not resolve;
- an institution noun standing alone ("ведомство составило протокол", "компания
  отказалась") → the most salient organisation introduced with or named by a
  compatible class noun;
- a 1st person pronoun inside a quote ("я попросил его", "меня задержали") → the
  quote's speaker;
- the zero subject of a singular finite verb → the most salient actor that was a
  subject and agrees with the verb in gender.

Everything here returns `Found` actors or token indices the coder already knows how
to read; the salience model is built once per document, on first use.
"""
from __future__ import annotations

from bisect import bisect_right

from khronika.events.lexicon import fold
from khronika.events.tree import N_FORMS, Found, Tree
from khronika.nlp.salience import Agreement, Antecedent, Salience

# How far back (sentences) an implicit argument may reach: a referent the text has not
# named in the last two sentences is no longer what a bare noun or a missing subject means.
PRONOUN_WINDOW = 3
INSTITUTION_WINDOW = 3
ZERO_SUBJECT_WINDOW = 2
# A referent must stand out: its score at least this share above the runner-up's (else the
# anaphor is ambiguous and the event is better dropped than given the wrong actor).
MARGIN = 1.5

FIRST_PERSON = frozenset({"я", "мы"})
# Institution nouns by the kind of organisation they can refer back to.  Nouns that name a
# specific institution type (a court, a party) only take an antecedent introduced or named
# with that noun; generic ones ("ведомство", "компания") take the salient organisation.
GENERIC_INSTITUTIONS = frozenset({"ведомство", "компания", "корпорация", "концерн", "холдинг", "фирма",
                                  "организация", "регулятор", "учреждение", "монополист", "гигант"})
SPECIFIC_INSTITUTIONS = frozenset({"министерство", "суд", "прокуратура", "партия", "служба", "агентство",
                                   "авиакомпания", "банк", "комитет", "комиссия", "издание", "телеканал",
                                   "газета", "профсоюз", "посольство", "правительство", "администрация",
                                   "мэрия", "парламент", "управление", "департамент", "инспекция"})
INSTITUTION_NOUNS = GENERIC_INSTITUTIONS | SPECIFIC_INSTITUTIONS
ORG_TYPES = frozenset({"ORG", "MEDIA"})
AGENT_TYPES = frozenset({"PER", "ORG", "MEDIA"})


def salience_of(tree: Tree) -> Salience:
    if tree.salience is None:
        tree.salience = Salience.build(tree.doc)
    return tree.salience


def _speakers(tree: Tree) -> list[tuple[int, str, int]]:
    out = []
    for quote in tree.doc.quotes:
        speaker = quote.speaker
        if speaker is not None and speaker.actor_id:
            out.append((quote.start, speaker.actor_id, speaker.start if speaker.start is not None else quote.start))
    return out


def _reported(tree: Tree):
    spans = [(q.start, q.stop) for q in tree.doc.quotes]
    return lambda offset: any(a <= offset < b for a, b in spans)


def _rank(tree: Tree, want: Agreement, i: int, window: int) -> list[Antecedent]:
    start = tree.tok(i).start
    return salience_of(tree).rank(want, start, _speakers(tree), _reported(tree), window=window)


def _clear_winner(ranked: list[Antecedent]) -> Antecedent | None:
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[0].score < MARGIN * ranked[1].score:
        return None
    return ranked[0]


def _found(tree: Tree, antecedent: Antecedent, i: int) -> list[Found]:
    actor = tree.doc.actor(antecedent.actor_id)
    if actor is None:
        return []
    return tree.from_id(actor.id, i, actor.type, actor.name)


def token_at(tree: Tree, offset: int) -> int | None:
    starts = [t.start for t in tree.doc.tokens]
    k = bisect_right(starts, offset) - 1
    return k if k >= 0 else None


def quote_speaker(tree: Tree, i: int) -> list[Found]:
    """"Я попросил его", "меня задержали" inside someone's quote: the speaker."""
    if tree.lemma(i) not in FIRST_PERSON or tree.tok(i).pos != "PRON":
        return []
    offset = tree.tok(i).start
    for quote in tree.doc.quotes:
        if quote.start <= offset < quote.stop and quote.speaker is not None:
            speaker = quote.speaker
            if speaker.actor_id:
                actor = tree.doc.actor(speaker.actor_id)
                type_ = actor.type if actor is not None else "PER"
                return tree.from_id(speaker.actor_id, i, type_, speaker.name)
            return []
    return []


def salient_pronoun(tree: Tree, i: int) -> list[Found]:
    """A singular "он/она/оно" the local rules left unresolved: the clearly most salient
    agreeing person or organisation of the last sentences."""
    token = tree.tok(i)
    gender, number = N_FORMS.get(fold(token.text), (token.feats.get("Gender"), token.feats.get("Number")))
    if number == "Plur" or tree.lemma(i) == "они":
        return []
    types = frozenset({"PER"}) if gender == "Masc" or gender is None else AGENT_TYPES
    winner = _clear_winner(_rank(tree, Agreement(types, gender), i, PRONOUN_WINDOW))
    return _found(tree, winner, i) if winner is not None else []


def salient_antecedent(tree: Tree, i: int) -> int | None:
    """The token of the latest mention of `salient_pronoun`'s referent before token i."""
    found = salient_pronoun(tree, i)
    if not found:
        return None
    ranked = _rank(tree, Agreement(frozenset({found[0].type}) | AGENT_TYPES, None), i, PRONOUN_WINDOW)
    start = next((a.last_start for a in ranked if a.actor_id == found[0].actor.actor_id), None)
    j = token_at(tree, start) if start is not None else None
    return j if j is not None and tree.mention_of[j] is not None else None


def is_bare_institution(tree: Tree, i: int) -> bool:
    """An institution noun with nothing saying which one: no name, genitive or geo adjective of
    its own ("ведомство", "эта компания", "газовый монополист")."""
    token = tree.tok(i)
    if token.pos != "NOUN" or tree.lemma(i) not in INSTITUTION_NOUNS or token.feats.get("Number") == "Plur":
        return False
    if tree.mention_of[i] is not None:
        return False
    for c in tree.children[i]:
        rel = tree.tok(c).rel
        if rel in ("case", "punct", "cc", "acl", "acl:relcl"):
            continue
        if rel == "det" and tree.lemma(c) in ("этот", "тот", "данный", "сам"):
            continue
        if rel == "amod" and tree.tok(c).pos == "ADJ" and tree.mention_of[c] is None \
                and not tree.hints.adjective(tree.tok(c).lemma or tree.tok(c).text):
            continue  # an epithet ("газовый монополист"), not a nationality ("российская компания")
        return False
    return True


def salient_institution(tree: Tree, i: int) -> list[Found]:
    """"Ведомство составило протокол" → the organisation the text is talking about."""
    lemma = tree.lemma(i)
    want = Agreement(ORG_TYPES, None, lemma, require_head=lemma in SPECIFIC_INSTITUTIONS)
    winner = _clear_winner(_rank(tree, want, i, INSTITUTION_WINDOW))
    return _found(tree, winner, i) if winner is not None else []


def salient_subject(tree: Tree, i: int) -> list[int]:
    """The zero subject of a singular finite verb ("Вечером встретился с Маасом"): the
    clearly most salient person or organisation agreeing with the verb in gender, named as
    a subject in this or the previous sentence.  Returns the token of its latest mention."""
    token = tree.tok(i)
    if token.feats.get("VerbForm") != "Fin" or token.feats.get("Number") != "Sing" \
            or token.feats.get("Person") in ("1", "2"):
        return []
    gender = token.feats.get("Gender")
    types = frozenset({"PER"}) if gender == "Masc" else AGENT_TYPES
    ranked = [a for a in _rank(tree, Agreement(types, gender), i, ZERO_SUBJECT_WINDOW)
              if salience_of(tree).subject_since(a.actor_id, a.last_sentence - 1, tree.tok(i).start)]
    winner = _clear_winner(ranked)
    if winner is None:
        return []
    j = token_at(tree, winner.last_start)
    return [j] if j is not None and j != i else []


def salient_adversary(tree: Tree, i: int, exclude: set[str]) -> list[Found]:
    """Whom a mobilisation is against when the clause does not say: the clearly most salient
    other state of the last sentences ("обострение конфликта с Азербайджаном ... Армения объявила
    мобилизацию")."""
    ranked = [a for a in _rank(tree, Agreement(frozenset({"GPE"})), i, INSTITUTION_WINDOW) if a.actor_id not in exclude]
    winner = _clear_winner(ranked)
    return _found(tree, winner, i) if winner is not None else []

