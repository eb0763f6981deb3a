"""Salience of a document's actors: which earlier actor an anaphor ("он",
"она", "они", "компания", "ведомство", "министр") most likely means.

A Lappin–Leass-style model.  Every earlier mention of an actor adds weight
to that actor; the weight halves with each sentence back, so an actor the
text keeps returning to outweighs one named once in passing, and the latest
mention still counts most.  A mention weighs more when it is the subject of
its clause (news sentences keep their topic in subject position), when the
actor already spoke (a report is organised around its speakers), and when it
was introduced with the anaphor's own head noun ("компания «Совкомфлот»" …
"компания заявила").  A mention inside reported content weighs less: the
actor someone talked about is less in focus than the one who talked.  Only
candidates that agree with the anaphor count: actor type, grammatical gender
(a person's from the morphology of the mentions and of the verbs they are
subjects of; an organisation's from the noun that names or introduces it:
"компания" is feminine, so "она" can be the company), and number.

The model is built once per document from the `mentions` and `actors`
layers and knows nothing of quotes; callers pass what they know of the
discourse (earlier speakers, reported spans) to `rank`.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Callable, Iterable

from khronika.nlp.doc import Doc, Mention, Token

# Actor types that can be anaphors' antecedents.
REFERENT_TYPES = frozenset({"PER", "ORG", "MEDIA", "GPE"})
# Parts of speech no one-word personal name has ("Нежно", "При", "Однако" taken by NER for a name).
NOT_NAME_POS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "PART", "INTJ", "PRON", "DET"})
# Weights (Lappin & Leass 1994 use 100 / 80 / 50 for recency, subject and
# existential emphasis; the speaker and head-noun factors play the part of
# their discourse-topic factors here).
RECENCY = 100.0
SUBJECT = 80.0
OBJECT = 50.0          # direct object
OBLIQUE = 40.0         # indirect object, prepositional argument
NOT_EMBEDDED = 80.0    # not inside another noun phrase ("рабочие компании X" embeds X)
SPEAKER = 60.0
HEAD_MATCH = 100.0
DECAY = 0.5            # per sentence back
REPORTED_FACTOR = 0.5  # a mention inside someone's reported words
WINDOW = 6             # sentences looked back
# (mA30) Nouns of what someone said or did in words, whose genitive owner is the sentence's topic
# when the noun is its subject ("Заявление Картера стало ответом на …").
STATEMENT_NOUNS = frozenset({"заявление", "слово", "выступление", "высказывание", "ответ", "интервью",
                             "речь", "комментарий", "обращение", "признание", "призыв", "предложение"})
# Tokens allowed between an introducing noun and the name: adjectives,
# genitive nouns, opening quotes ("компания «Совкомфлот»", "профсоюз пилотов X").
INTRO_GAP = 3
# (mC28) the farthest a role noun the parse apposes a name to may stand before it, in tokens
APPOSED_INTRO_REACH = 15
# Personal pronouns resolved while the model is built (subjects only: the
# antecedent of an oblique "его" is less certain and weighs less anyway).
SUBJECT_PRONOUNS = {"он": "Masc", "она": "Fem"}
# Suffixes that derive a noun for a woman from one for a person or a verb.
WOMAN_SUFFIXES = ("ка", "ица", "иня", "есса", "исса")  # ("ница" ends in "ица")
# Class nouns an organisation is introduced or referred back with.  Only these
# count as an organisation's head (and give it a grammatical gender): "в письме
# Microsoft" does not make Microsoft a "письмо".
ORG_CLASS_NOUNS = frozenset({
    "компания", "корпорация", "концерн", "холдинг", "группа", "фирма", "предприятие", "завод", "производитель",
    "авиакомпания", "банк", "фонд", "биржа", "оператор", "ритейлер", "сеть", "стартап", "медиахолдинг",
    "ведомство", "министерство", "агентство", "служба", "управление", "департамент", "комитет", "комиссия",
    "инспекция", "прокуратура", "суд", "регулятор", "правительство", "администрация", "мэрия", "парламент",
    "палата", "совет", "организация", "учреждение", "институт", "университет", "центр", "партия", "движение",
    "профсоюз", "союз", "ассоциация", "федерация", "клуб", "команда", "посольство", "миссия", "штаб", "альянс",
    "коалиция", "блок", "издание", "газета", "журнал", "телеканал", "канал", "радиостанция", "портал", "сайт",
    "информагентство", "редакция", "театр", "музей", "больница", "клиника", "лаборатория", "телекомпания",
    "киностудия", "студия", "телесеть", "радио", "издательство", "академия", "лига", "кабинет", "кабмин",
    "инвестхолдинг", "агрохолдинг", "инвесткомпания"})


@dataclass(frozen=True)
class Agreement:
    """What the anaphor requires of its antecedent."""

    types: frozenset[str]
    gender: str | None = None   # "Masc", "Fem", "Neut"; None: any
    head: str | None = None     # the anaphor's head noun lemma ("компания")
    require_head: bool = False  # only actors introduced with (or named by) `head`


@dataclass(frozen=True)
class Occurrence:
    """One mention of an actor, as the model sees it."""

    actor_id: str
    start: int
    sentence: int
    subject: bool
    emphasis: float = 0.0  # grammatical-role weight beyond recency
    inferred: bool = False  # a pronoun this model resolved, not a mention of the text's layers


@dataclass(frozen=True)
class Profile:
    """What agreement needs to know of an actor."""

    actor_id: str
    type: str
    gender: str | None
    heads: frozenset[str]
    gender_sure: bool = False  # the gender signals agree at least two to one


@dataclass(frozen=True)
class Antecedent:
    actor_id: str
    score: float
    last_start: int     # offset of its latest mention before the anaphor
    last_sentence: int


@dataclass
class Salience:
    occurrences: list[Occurrence]
    profiles: dict[str, Profile]
    sentence_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [o.start for o in self.occurrences]

    @classmethod
    def build(cls, doc: Doc) -> "Salience":
        kinds = {a.id: a.type for a in doc.actors}
        # role and pronoun mentions the actors layer resolved to a person the text
        # names count as mentions of that person (a role resolved only through the
        # registry may name today's holder in an old article; links of descriptors
        # to organisations are guesses by proximity: both left out)
        named = {m.actor_id for m in doc.mentions if m.type == "PER" and not spurious_name(doc, m)}
        mentions = sorted((m for m in doc.mentions if m.actor_id and kinds.get(m.actor_id) in REFERENT_TYPES
                           and not spurious_name(doc, m)
                           and (m.type in REFERENT_TYPES or m.type in ("ROLE", "PRON") and m.actor_id in named)),
                          key=lambda m: m.start)
        starts = [s.start for s in doc.sentences]
        occurrences = []
        for mention in mentions:
            first, last = doc.token_span(mention.start, mention.stop)
            sentence = max(0, bisect_right(starts, mention.start) - 1)
            tokens = doc.tokens[first:last]
            occurrences.append(Occurrence(mention.actor_id or "", mention.start, sentence,
                                          _is_subject(tokens), _emphasis(doc.tokens, first, last)))
        by_actor: dict[str, list[Mention]] = {}
        for mention in mentions:
            by_actor.setdefault(mention.actor_id or "", []).append(mention)
        profiles = {a.id: _profile(doc, a.id, a.type, a.roles, by_actor.get(a.id, []))
                    for a in doc.actors if a.type in REFERENT_TYPES}
        salience = cls(occurrences, profiles, starts)
        salience._resolve_subject_pronouns(doc)
        return salience

    def _resolve_subject_pronouns(self, doc: Doc) -> None:
        """"Он планировал атаку": every subject "он"/"она" is resolved in text order
        and becomes a mention of its antecedent, so an actor the text keeps talking
        about stays salient even when it is no longer named."""
        for token in doc.tokens:
            gender = SUBJECT_PRONOUNS.get(token.text.lower())
            if gender is None or not token.rel.startswith("nsubj"):
                continue
            ranked = self.rank(Agreement(frozenset({"PER"}), gender), token.start)
            if not ranked:
                continue
            at = bisect_left(self._starts, token.start)
            self.occurrences.insert(at, Occurrence(ranked[0].actor_id, token.start, self.sentence_of(token.start),
                                                   True, SUBJECT + NOT_EMBEDDED, inferred=True))
            self._starts.insert(at, token.start)

    def subject_since(self, actor_id: str, sentence: int, before: int) -> bool:
        """The actor is the subject of a clause after sentence `sentence` and before offset `before`."""
        i = bisect_left(self._starts, before) - 1
        while i >= 0 and self.occurrences[i].sentence > sentence:
            occ = self.occurrences[i]
            if occ.actor_id == actor_id and occ.subject:
                return True
            i -= 1
        return False

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect_right(self.sentence_starts, offset) - 1)

    def rank(self, want: Agreement, before: int,
             speakers: Iterable[tuple[int, str, int]] = (),
             reported: Callable[[int], bool] = lambda offset: False,
             skip: Callable[[int], bool] = lambda offset: False,
             window: int = WINDOW, overrule: bool = False) -> list[Antecedent]:
        """Actors agreeing with `want`, mentioned within `window` sentences
        before offset `before`, best first.  `speakers`: (quote offset, actor
        id, offset of the speaker's own mention) of earlier quotes; `reported`:
        whether an offset lies inside reported content; `skip`: offsets that
        cannot hold an antecedent (the content being attributed)."""
        here = self.sentence_of(before)
        floor = here - window
        scores: dict[str, float] = {}
        latest: dict[str, Occurrence] = {}
        speakers = list(speakers)
        # (mQ34) with `overrule`: a subject pronoun the quote layer resolved, as a speaker, to another
        # person than `_resolve_subject_pronouns` guessed ("Он утверждает, что … Пономарева …" is
        # Бутусов's) is no occurrence of the guessed one
        said_at = {surface: actor_id for _, actor_id, surface in speakers} if overrule else {}
        overruled = {o.start for o in self.occurrences if o.inferred and said_at.get(o.start, o.actor_id) != o.actor_id}
        i = bisect_left(self._starts, before) - 1
        while i >= 0 and self.occurrences[i].sentence > floor:
            occ = self.occurrences[i]
            i -= 1
            profile = self.profiles.get(occ.actor_id)
            if profile is None or skip(occ.start) or not agrees(profile, want) or occ.start in overruled:
                continue
            weight = RECENCY + occ.emphasis
            if want.head and want.head in profile.heads:
                weight += HEAD_MATCH
            if reported(occ.start):
                weight *= REPORTED_FACTOR
            scores[occ.actor_id] = scores.get(occ.actor_id, 0.0) + weight * DECAY ** (here - occ.sentence)
            if occ.actor_id not in latest or latest[occ.actor_id].inferred and not occ.inferred:
                latest[occ.actor_id] = occ  # where the actor was last named (or, failing that, resolved)
        named = set(self._starts)
        for offset, actor_id, surface in speakers:
            profile = self.profiles.get(actor_id)
            sentence = self.sentence_of(offset)
            if profile is None or offset >= before or sentence <= floor or not agrees(profile, want):
                continue
            # a speaker is salient; one named by a pronoun or a description is also a
            # mention of the actor that the mention layer does not hold
            weight = SPEAKER if surface in named else RECENCY + SUBJECT + NOT_EMBEDDED + SPEAKER
            scores[actor_id] = scores.get(actor_id, 0.0) + weight * DECAY ** (here - sentence)
            if actor_id not in latest or latest[actor_id].start < surface or latest[actor_id].inferred:
                latest[actor_id] = Occurrence(actor_id, surface, sentence, True)
        ranked = [Antecedent(a, s, latest[a].start, latest[a].sentence) for a, s in scores.items()]
        # ties: the later mention wins
        return sorted(ranked, key=lambda c: (-c.score, -c.last_start))


def spurious_name(doc: Doc, mention: Mention) -> bool:
    """A one-word person name that the morphology reads as a function word or adverb
    ("Нежно", "При" opening a line): NER took an ordinary word for a name."""
    if mention.type != "PER":
        return False
    first, last = doc.token_span(mention.start, mention.stop)
    return last - first == 1 and doc.tokens[first].pos in NOT_NAME_POS


def agrees(profile: Profile, want: Agreement) -> bool:
    if profile.type not in want.types:
        return False
    if want.require_head and (not want.head or want.head not in profile.heads):
        return False
    if want.gender is None or profile.gender == want.gender:
        return True
    # a person whose gender signals disagree (the tagger often guesses the gender of
    # foreign indeclinable surnames) is not ruled out
    return profile.type == "PER" and not profile.gender_sure


def _is_subject(tokens: list[Token]) -> bool:
    return any(t.rel.startswith("nsubj") or (t.feats.get("Case") == "Nom" and t.rel in ("appos", "root"))
               for t in tokens)


def _emphasis(all_tokens: list[Token], first: int, last: int) -> float:
    """Lappin–Leass role weights of a mention: the relation of its top token (the
    one whose head lies outside it), climbing through appositions and names
    ("министр Иван Петров заявил": the name stands in for the subject; "рабочие
    компании «X»": X is embedded in another noun phrase) and coordinations
    ("сестра и тренер X поздравили": X is a subject too)."""
    top = next((k for k in range(first, last) if not first <= all_tokens[k].head < last), None)
    seen = 0
    while top is not None and 0 <= all_tokens[top].head < len(all_tokens) and seen < 3 and (
            all_tokens[top].rel in ("appos", "flat", "flat:name", "flat:foreign")
            or all_tokens[top].rel == "conj" and all_tokens[all_tokens[top].head].pos in ("NOUN", "PROPN", "PRON")):
        # (a conjunct shares its coordination's role: "поздравили сестра и тренер X")
        top, seen = all_tokens[top].head, seen + 1
    if top is None:
        return 0.0
    rel = all_tokens[top].rel.split(":")[0]
    if rel == "nsubj" or rel == "root" and all_tokens[top].feats.get("Case") == "Nom":
        return SUBJECT + NOT_EMBEDDED
    if rel == "obj":
        return OBJECT + NOT_EMBEDDED
    if rel in ("iobj", "obl"):
        return OBLIQUE + NOT_EMBEDDED
    if _statement_owner_of_subject(all_tokens, top):
        return SUBJECT + NOT_EMBEDDED + SPEAKER  # (the owner of a statement spoke)
    return 0.0  # nmod and the rest: embedded in another noun phrase


def _statement_owner_of_subject(all_tokens: list[Token], top: int) -> bool:
    """(mA30, rv30_Q cause 5) "Заявление Картера стало ответом на …": the genitive owner of a
    statement noun that is the subject is whom the sentence is about (the next "по его словам"
    goes on with Картер), as much as a subject of its own."""
    token = all_tokens[top]
    if token.rel != "nmod" or token.feats.get("Case") != "Gen" or not 0 <= token.head < top:
        return False
    owner_of = all_tokens[token.head]
    return owner_of.rel.startswith("nsubj") and _lemma(owner_of) in STATEMENT_NOUNS \
        and not any(all_tokens[k].rel == "nmod" for k in range(token.head + 1, top))


def _lemma(token: Token) -> str:
    return (token.lemma or token.text.lower()).replace("ё", "е")


def _profile(doc: Doc, actor_id: str, kind: str, roles: list[str], mentions: list[Mention]) -> Profile:
    heads: set[str] = {w.lower().replace("ё", "е") for role in roles if role for w in role.split()[:3]}
    votes: dict[str, int] = {}
    agreement: dict[str, int] = {}  # a verb's agreement with the name: stronger than the name's own tags
    for mention in mentions:
        first, last = doc.token_span(mention.start, mention.stop)
        tokens = doc.tokens[first:last]
        intro = _introducing_noun(doc.tokens, first, _is_person_noun if kind == "PER" else _is_org_noun)
        if intro is None and kind == "PER" and first < last:
            intro = _apposed_intro(doc.tokens, first, _is_person_noun)
        if intro is not None and kind == "PER" and intro.feats.get("Case") == "Gen" and tokens \
                and tokens[0].feats.get("Case") != "Gen":
            intro = None  # "директор актрисы Стас Христов": the genitive noun is the owner, not the name's class
        if intro is not None and kind == "PER" and tokens and tokens[0].feats.get("Case") == "Gen" \
                and intro.feats.get("Case") not in (None, "Gen", "Acc"):
            intro = None  # "сын Ефремова", "с адвокатом Петрова": the name is the noun's owner, the noun another person
        if intro is not None:
            heads.add(_lemma(intro))
            heads |= {_lemma(t) for t in _conjoined_before(doc.tokens, intro, first,
                                                           _is_person_noun if kind == "PER" else _is_org_noun)}
            if kind == "PER":
                apposed = _apposed_heads(doc.tokens, intro, _is_person_noun)
                heads |= {_lemma(t) for t in apposed} | _former_heads(doc.tokens, [intro] + apposed)
        if kind == "PER":
            for k, token in enumerate(tokens):
                # a given name shows the gender better than a (possibly foreign) surname
                _vote(votes, token.feats.get("Gender"), weight=2 if k < len(tokens) - 1 else 1)
            _vote(agreement, _predicate_gender(doc.tokens, first, last))
            if intro is not None and _names_a_woman(intro) and tokens and tokens[0].feats.get("Gender") == "Fem":
                # "христианка Асия Биби": a derived feminine person noun says the sex as surely as a
                # verb does, which the tagger's guesses at a foreign name's later forms may outvote
                _vote(agreement, "Fem")
        else:
            # "Министерство обороны", "Федеральная таможенная служба": the name's own class noun
            own = next((t for t in tokens if t.pos in ("NOUN", "PROPN") and _lemma(t) in ORG_CLASS_NOUNS), None)
            if own is not None:
                heads.add(_lemma(own))
                _vote(votes, own.feats.get("Gender"), weight=2)
            elif tokens and tokens[0].pos == "NOUN" and tokens[0].feats.get("Animacy") == "Inan":
                # "Полиция Малайзии": a name that opens with a common noun is named by it
                heads.add(_lemma(tokens[0]))
            if intro is not None:
                _vote(votes, intro.feats.get("Gender"), weight=3)
    decisive = agreement or votes
    gender = max(decisive, key=lambda g: decisive[g]) if decisive else None
    # sure: the signals agree at least two to one (one stray parse does not unsettle it)
    sure = gender is not None and decisive[gender] >= 2 * (sum(decisive.values()) - decisive[gender])
    return Profile(actor_id, kind, gender, frozenset(heads), sure)


def _apposed_intro(tokens: list[Token], first: int, is_class: Callable[[Token], bool]) -> Token | None:
    """(mC28) The class noun the parse apposes a name to when other words stand between them:
    "Бывший министр финансов России, глава Центра стратегических разработок (ЦСР) Алексей
    Кудрин" - the name is introduced as the "министр" of the phrase (same case, same sentence)."""
    name = tokens[first]
    if name.rel != "appos" or not 0 <= name.head < first:
        return None
    head = tokens[name.head]
    if head.pos != "NOUN" or not is_class(head) or head.feats.get("Case") != name.feats.get("Case") \
            or first - name.head > APPOSED_INTRO_REACH \
            or any(t.text in ".!?" and t.pos == "PUNCT" for t in tokens[name.head:first]):
        return None
    return head


def _apposed_heads(tokens: list[Token], intro: Token, is_class: Callable[[Token], bool]) -> list[Token]:
    """(mC28) The class noun the introducing noun is apposed to after a comma: "Бывший министр
    финансов России, глава ЦСР Алексей Кудрин" introduces the name as "министр" too (the first
    role may have complements of its own, so it is found by the parse, not by adjacency)."""
    if intro.rel != "appos" or intro.head < 0:
        return []
    head = tokens[intro.head]
    if head.start >= intro.start or head.pos != "NOUN" or not is_class(head) \
            or head.feats.get("Case") != intro.feats.get("Case") \
            or not any(t.text == "," for t in tokens[intro.head + 1:_index_of(tokens, intro)]):
        return []
    return [head]


def _former_heads(tokens: list[Token], intros: list[Token]) -> set[str]:
    """(mC28) "бывший министр" is an "экс-министр": the prefixed noun names the same introduction.
    The adjective stands among the few words before its noun (cr28 M4: not a scan of the document)."""
    out = set()
    for intro in intros:
        at = _index_of(tokens, intro)
        if intro.pos == "NOUN" and any(other.head == at and _lemma(other) == "бывший"
                                       for other in tokens[max(0, at - FORMER_REACH):at]):
            out.add("экс-" + _lemma(intro))
    return out


# (mC28) Words "бывший" may stand before its noun ("бывший первый вице-премьер правительства").
FORMER_REACH = 4


def _index_of(tokens: list[Token], token: Token) -> int:
    """The position of `token` in the document's tokens (ordered by their start)."""
    return bisect_left(tokens, token.start, key=lambda t: t.start)


def _conjoined_before(tokens: list[Token], intro: Token, first: int, is_class: Callable[[Token], bool]) -> list[Token]:
    """Class nouns conjoined before the introducing noun ("Врач и телеведущий X",
    "Актриса, певица X"): the name is introduced with each of them."""
    k = next((i for i in range(first - 1, max(-1, first - INTRO_GAP - 3), -1) if tokens[i] is intro), None)
    found: list[Token] = []
    while k is not None and k >= 2 and tokens[k - 1].text.lower() in ("и", ","):
        noun = tokens[k - 2]
        if noun.pos != "NOUN" or not is_class(noun) or noun.feats.get("Case") != intro.feats.get("Case"):
            break
        found.append(noun)
        k -= 2
    return found


def _is_person_noun(token: Token) -> bool:
    return token.feats.get("Animacy") == "Anim"


def _names_a_woman(token: Token) -> bool:
    """A feminine person noun derived to name a woman ("христианка", "певица", "княгиня",
    "поэтесса"); not a feminine noun that names anyone ("звезда", "жертва", "легенда", "судья")."""
    return _is_person_noun(token) and token.feats.get("Gender") == "Fem" \
        and _lemma(token).endswith(WOMAN_SUFFIXES)


def _is_org_noun(token: Token) -> bool:
    return _lemma(token) in ORG_CLASS_NOUNS


def _vote(votes: dict[str, int], gender: str | None, weight: int = 1) -> None:
    if gender in ("Masc", "Fem", "Neut"):
        votes[gender] = votes.get(gender, 0) + weight


def _predicate_gender(tokens: list[Token], first: int, last: int) -> str | None:
    """"Ованнисян сообщила": a past-tense verb agrees with its subject in gender,
    which indeclinable surnames do not show."""
    for k in range(first, last):
        token = tokens[k]
        if token.rel.startswith("nsubj") and 0 <= token.head < len(tokens) and not first <= token.head < last:
            verb = tokens[token.head]
            if verb.feats.get("Number") == "Sing" and verb.feats.get("Tense") == "Past":
                return verb.feats.get("Gender")
    return None


def _opens_sentence(tokens: list[Token], k: int) -> bool:
    return k == 0 or tokens[k - 1].text in (".", "!", "?", "…")


def _introducing_noun(tokens: list[Token], first: int, is_class: Callable[[Token], bool]) -> Token | None:
    """The class noun a name is introduced with: "компания «Совкомфлот»",
    "британский регулятор MHRA", "представитель профсоюза пилотов Vereinigung
    Cockpit" (adjectives and other genitive nouns may stand between)."""
    k, gap = first - 1, 0
    while k >= 0 and gap <= INTRO_GAP:
        token = tokens[k]
        if token.pos == "PUNCT" and token.text in "«\"„“":
            k -= 1
            continue
        if is_class(token) and (token.pos == "NOUN" or token.pos in ("PROPN", "X") and _opens_sentence(tokens, k)):
            return token  # (a sentence's first noun may be parsed as a name: "Инвестхолдинг X купил")
        if not (token.pos == "ADJ" or token.feats.get("VerbForm") == "Part"
                or token.pos == "NOUN" and token.feats.get("Case") == "Gen"):
            return None  # (a participle is an adjective here: "дочь погибшей Мария")
        k, gap = k - 1, gap + 1
    return None
