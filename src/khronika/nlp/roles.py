"""Role phrases ("президент Франции", "пресс-секретарь президента России")
and the helpers that turn a role or a pronoun into an actor.

A role phrase is a role head noun (lemma listed in `roles.tsv`, or the head
of a role the registry records) optionally preceded by adjectives and
followed by genitive modifiers.  Its normal form puts the head (and the
adjectives) into the nominative and keeps the modifiers as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from khronika.nlp.doc import Actor, Doc, Token
from khronika.nlp.office_terms import Office, date_span, year_span
from khronika.nlp.registry import Registry, alias_key

MAX_MODIFIERS = 5  # "пресс-секретаря министерства иностранных дел России": 4
_MODIFIER_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_CONNECTORS = frozenset({"по", "и"})  # "министр по чрезвычайным ситуациям", "министр иностранных дел"
# Adjectives that date a role rather than name it; dropped when resolving.  The "former" ones say the
# role was held before the text's time ("бывший канцлер", "тогдашний президент"; mX30: one list for both uses).
FORMER_ADJ = frozenset({"бывший", "экс", "тогдашний", "прежний"})
TEMPORAL_ADJ = FORMER_ADJ | frozenset({"нынешний", "новый", "временно", "действующий", "будущий"})


def _nominative_forms(adjective: str) -> frozenset[str]:
    """A lemma's nominative forms in every gender and number ("бывший" -> "бывшая", "бывшие", …): a role's
    normal form puts its adjectives into the nominative but keeps their gender."""
    if not adjective.endswith(("ий", "ый")):
        return frozenset({adjective})
    stem = adjective[:-2]
    return frozenset(stem + ending for ending in ("ий", "ый", "ая", "яя", "ое", "ее", "ие", "ые"))


_FORMER_FORMS = frozenset(form for adjective in FORMER_ADJ for form in _nominative_forms(adjective))


def marks_former(word: str) -> bool:
    """A role phrase's word (normal form) saying the role was held before: "бывшая", "тогдашний", "экс-канцлер"."""
    key = alias_key(word)
    return key in _FORMER_FORMS or key.startswith("экс-")


def token_marks_former(token: Token) -> bool:
    """The same for a token, by its lemma ("бывшей", "тогдашнего", "экс-канцлера")."""
    return (token.lemma or token.text.lower()).replace("ё", "е") in FORMER_ADJ or token.text.lower().startswith("экс-")


@dataclass
class RoleLexicon:
    heads: set[str] = field(default_factory=set)  # lemmas of role head nouns
    # A word's dictionary readings, (normal form, POS, feats) each: lets `role_before` see that a
    # role and the name after it cannot agree in case.  None: the tagger's cases only decide.
    analyse: Callable[[str], list[tuple[str, str, dict]]] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def build(cls, registry: Registry, analyse: Callable[[str], list[tuple[str, str, dict]]],
              tokenize: Callable[[str], list[str]]) -> "RoleLexicon":
        """Heads from `roles.tsv` plus the head noun of every registry role."""
        heads = set(registry.role_words)
        for phrases in registry.by_role:
            for word in tokenize(phrases):
                parses = analyse(word)
                if parses and parses[0][1] == "NOUN":
                    heads.add(parses[0][0].replace("ё", "е"))
                    break
        return cls(heads, analyse)

    def is_head(self, token: Token) -> bool:
        return (token.lemma or token.text.lower()).replace("ё", "е") in self.heads and token.pos in ("NOUN", "")


@dataclass
class RolePhrase:
    first: int   # token indices [first, last)
    last: int
    head: int
    normal: str


def _is_modifier(token: Token) -> bool:
    if token.text.isupper() and len(token.text) > 1:
        return True  # США, МИД, ФРГ: indeclinable, often mis-tagged
    return token.pos in _MODIFIER_POS and token.feats.get("Case") == "Gen"


def role_normal(tokens: list[Token], head: int, first: int, last: int,
                inflect: Callable[[Token], str | None]) -> str:
    words = []
    for i in range(first, last):
        token = tokens[i]
        if i <= head and token.pos in ("NOUN", "ADJ", ""):
            word = inflect(token) or token.text
            words.append(word if token.text.isupper() else word.lower())
        else:
            words.append(token.text)
    return " ".join(words)


def role_before(doc: Doc, index: int, lexicon: RoleLexicon,
                inflect: Callable[[Token], str | None]) -> RolePhrase | None:
    """The role phrase ending right before token `index` ("госсекретаря США | Энтони Блинкена")."""
    sentence = doc.sentence_at(doc.tokens[index].start) if doc.tokens else None
    floor = doc.sentences[sentence].token_start if sentence is not None else 0
    k = index - 1
    modifiers = 0
    head = None
    while k >= floor and modifiers <= MAX_MODIFIERS:
        token = doc.tokens[k]
        if lexicon.is_head(token):
            head = k
            # "пресс-секретаря | президента России": a genitive head may itself
            # modify an earlier head; keep walking and take the outermost.
            if token.feats.get("Case") != "Gen":
                break
        elif not (_is_modifier(token) or token.text.lower() in _CONNECTORS):
            break
        k -= 1
        modifiers += 1
    if head is None:
        return None
    head_case, name_case = doc.tokens[head].feats.get("Case"), doc.tokens[index].feats.get("Case")
    if name_case == "Gen" and head_case not in (None, "Gen"):
        return None  # "адвокат | Петрова": a genitive name after the role is whose, not who
    if head_case not in (None, "Gen") and _person_genitive_between(doc, head, index, lexicon) \
            and _inflected_name(doc, index):
        return None  # (dvN) "адвокат христианки | Асии Биби" (tagged nominative): the genitive person's name
    if _whose_plural(doc, head, index, floor):
        return None  # "ближайших советников | Путина", "кабинете министров | Мэй": whose, not who
    if _whose_government(doc, head, index):
        return None  # "министра иностранных дел правительства | Терезы Мэй": the government's head, not who
    phrase = _phrase(doc, head, index, floor, inflect)
    if _other_case(doc, head, index, lexicon.analyse) and not _acting(doc, phrase.first, floor):
        return None  # "поинтересовался у губернатора | Путин", "министру | Лавров": two people
    return phrase


# Words before a genitive role that make its holder the name after it ("врио губернатора области
# Павел Малков", "исполняющий обязанности руководителя НАСА Роберт Лайтфут", "на посту министра Джонсон").
ACTING_WORDS = frozenset({"врио", "обязанности", "посту"})


def _acting(doc: Doc, first: int, floor: int) -> bool:
    before = [t.text.lower() for t in doc.tokens[max(floor, first - 4):first]]
    return bool(before) and before[-1] in ACTING_WORDS or before[-4:] == ["и", ".", "о", "."]


_CONSONANT_END = tuple("бвгджзйклмнпрстфхцчшщь")


def _other_case(doc: Doc, head: int, index: int,
                analyse: Callable[[str], list[tuple[str, str, dict]]] | None) -> bool:
    """A singular role noun in an oblique case before a name written in the nominative is no
    apposition of it: an apposition agrees with its name in case ("губернатора Андрея Воробьева",
    "губернатор Андрей Воробьев"), so "у губернатора Путин", "министру Лавров" are two people.
    Said only when every sign agrees: the tagger reads the name nominative, the pipeline's normal
    form of the name is the name as written, the role word has no nominative reading, and the words
    of the name - every one of them known to the dictionary as a person's (animate, singular) -
    share no reading in a case the role word can take ("Светлана Петрова": "Петрова" may be a
    genitive, "Светлана" may not).
    An indeclinable "Шойгу", "Тимошенко", "Меркель" agrees with any case; a woman's name ending in
    a consonant is indeclinable too ("главы МВФ Кристин Лагард")."""
    role, name = doc.tokens[head], doc.tokens[index]
    if analyse is None or role.feats.get("Number") == "Plur" or name.feats.get("Case") != "Nom":
        return False
    if _of_a_thing(doc, head, index):
        return False
    mention = next((m for m in doc.mentions if m.type == "PER" and m.start == name.start), None)
    if mention is None or _folded(mention.normal) != _folded(mention.text):
        return False
    lemma = (role.lemma or "").replace("ё", "е")
    role_cases = {f.get("Case") for normal, pos, f in analyse(role.text)
                  if pos == "NOUN" and normal.replace("ё", "е") == lemma and f.get("Number", "Sing") == "Sing"}
    role_cases.add(role.feats.get("Case"))
    if None in role_cases or "Nom" in role_cases:
        return False
    first, last = doc.token_span(mention.start, mention.stop)
    shared: set[str | None] | None = None  # the role's cases every word of the name can be read in
    unknown = False  # a word of the name the dictionary does not know as a person's
    for token in doc.tokens[first:last]:
        if token.feats.get("Gender") == "Fem" and token.text.lower().endswith(_CONSONANT_END):
            return False
        cases = {f.get("Case") for _, pos, f in analyse(token.text)
                 if pos == "NOUN" and f.get("Animacy") == "Anim" and f.get("Number", "Sing") == "Sing"}
        if not cases:
            # a word the dictionary does not know as a person's may be a foreign name the writer left
            # undeclined ("президента Турции Реджеп Тайип Эрдоган"): it agrees with any case; the
            # name's other, known words still show its case ("губернатору Сергей Шнуров": "Сергей"
            # is nominative only), and a name with no known word agrees with any case
            unknown = True
            continue
        shared = (role_cases if shared is None else shared) & cases
    if unknown and not _governed_oblique(doc, head):
        # (with such a word, a bare genitive role is as likely the writer's slip for the nominative -
        # "в отставку подал министра финансов Андрей Бертончель" - as another person; a dative or a
        # preposition's role - "губернатору Сергей Шнуров", "у губернатора Сергей Шнуров" - is not)
        return False
    return shared is not None and not shared


def _governed_oblique(doc: Doc, head: int) -> bool:
    """The role word stands in a case no slip for the nominative makes: under a preposition, or
    a dative, instrumental or locative."""
    role = doc.tokens[head]
    if role.feats.get("Case") in ("Dat", "Ins", "Loc"):
        return True
    return any(t.head == head and t.rel == "case" for t in doc.tokens[max(0, head - 3):head])


def _of_a_thing(doc: Doc, head: int, index: int) -> bool:
    """"Заявление премьер-министра Пакистана Имран Хан опубликовали": a genitive role that
    depends on a thing noun before it ("заявление", "визит"), itself under no preposition, while
    the name after it is no clause's subject - the name can stand for no one but the role's
    holder, left undeclined (a foreign name); "После отставки губернатора Петров ушел",
    "кандидат на пост президента Светлана Петрова" and "замруководителя администрации
    президента Сергей Кириенко" keep two people."""
    role, name = doc.tokens[head], doc.tokens[index]
    if role.feats.get("Case") != "Gen" or role.rel != "nmod" or not 0 <= role.head < head:
        return False
    owner = doc.tokens[role.head]
    # (not under a preposition: "кандидат на пост президента Светлана Петрова" is the candidate)
    prepositional = any(t.head == role.head and t.rel == "case" for t in doc.tokens[max(0, role.head - 3):role.head])
    # (nor a genitive of another noun: "замруководителя администрации президента Сергей Кириенко")
    if not (owner.pos == "NOUN" and owner.feats.get("Animacy") == "Inan" and not prepositional
            and owner.rel != "nmod" and not name.rel.startswith("nsubj")):
        return False
    # The name may still be the subject of the clause the parse hung it as the thing's apposition
    # in ("Вопрос журналиста Дмитрий Песков оставил без ответа"): only a thing that is itself the
    # subject ("Визит министра … Зариф завершился"), or a verb that agrees with no one person
    # ("Заявление … Имран Хан опубликовали"), leaves the name no clause of its own.
    if owner.rel.startswith("nsubj"):
        return True
    verb = doc.tokens[owner.head] if 0 <= owner.head < len(doc.tokens) else None
    return verb is not None and verb.pos in ("VERB", "AUX") and verb.feats.get("Number") == "Plur"


def _person_genitive_between(doc: Doc, head: int, index: int, lexicon: RoleLexicon) -> bool:
    """(dvN) A person noun in the genitive that is no role of its own stands between the role head
    and the name ("адвокат христианки …", "муж певицы …"): the name may be that person's.  A role
    in the genitive is the head's own office ("врио губернатора …", "пресс-секретарь президента …")."""
    return any(t.pos == "NOUN" and t.feats.get("Case") == "Gen" and t.feats.get("Animacy") == "Anim"
               and not lexicon.is_head(t) for t in doc.tokens[head + 1:index])


def _inflected_name(doc: Doc, index: int) -> bool:
    """(dvN) The person name at token `index` is written in an oblique case whatever its tag: its
    normal form differs from its text ("Асии Биби" → "Асия Биби"), as a nominative's never does."""
    name = doc.tokens[index]
    mention = next((m for m in doc.mentions if m.type == "PER" and m.start == name.start), None)
    return mention is not None and _folded(mention.normal) != _folded(mention.text)


def _folded(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split())


# "один из", "одной из", …: a partitive before a plural role names one of them ("один из
# командиров ополчения Арсен Павлов").
_ONE = frozenset({"один", "одна", "одно", "одного", "одной", "одному", "одним", "одну", "одном"})


def _whose_plural(doc: Doc, head: int, index: int, floor: int) -> bool:
    """A plural role head before one person's name in the genitive (or in another case than the
    head's) names that person's people ("советников Путина", "членов семьи Биби"), not the person.
    It is an apposition when it agrees with the name ("сенаторы Алексей Пушков"), when the name is
    the first of a list ("его заместителей Руслана Давыдова и Андрея Струкова") and after a
    partitive ("одного из заместителей главы Центра Сергея Михайлова").  (A person mention is one
    person: the tagger's number for the name is no guide, "Асии" reads plural.)"""
    role, name = doc.tokens[head], doc.tokens[index]
    if role.feats.get("Number") != "Plur":
        return False
    name_case, head_case = name.feats.get("Case"), role.feats.get("Case")
    if not (name_case == "Gen" or (name_case is not None and head_case is not None and name_case != head_case)):
        return False
    before = [t.text.lower() for t in doc.tokens[max(floor, head - 2):head]]
    if len(before) == 2 and before[1] == "из" and before[0] in _ONE:
        return False
    person = next((m for m in doc.mentions if m.type == "PER" and m.start == name.start), None)
    if person is not None:
        rest = doc.text[person.stop:]
        following = rest.lstrip()
        gap = len(rest) - len(following)
        if following[:1] == "," or following[:2] == "и ":
            skip = gap + (1 if following[:1] == "," else 2)
            nxt = person.stop + skip + len(rest[skip:]) - len(rest[skip:].lstrip())
            if any(m.type == "PER" and m.start == nxt for m in doc.mentions):
                return False
    return True


# A government, a cabinet or an administration named by its head ("правительство Мэй", "администрация
# Трампа"); and the nouns that lead one, whose genitive role names its head ("председателя правительства
# Михаила Мишустина", "главы администрации Антона Вайно"), also through its staff ("руководителя аппарата
# правительства …").
_GOVERNMENTS = frozenset({"правительство", "кабинет", "администрация"})
_GOVERNMENT_LEADERS = frozenset({"глава", "председатель", "руководитель", "премьер", "премьер-министр",
                                 "вице-премьер", "зампред", "зампредседатель", "начальник",
                                 # (ra, review rev20_A L2) the officers who run the body itself: "генерального
                                 # секретаря кабинета Ёсихидэ Суги", "управляющего делами администрации …"
                                 "секретарь", "генсекретарь", "управляющий"})
_GOVERNMENT_PARTS = frozenset({"аппарат"})


def _whose_government(doc: Doc, head: int, index: int) -> bool:
    """A genitive name right after a genitive "правительства", "кабинета" or "администрации" that
    closes a role phrase names the government's head, not the role's holder, unless the role leads
    that government: "министра иностранных дел правительства Терезы Мэй" is Мэй's foreign minister,
    "советника администрации Трампа" Трамп's adviser, while "председателя правительства Михаила
    Мишустина" and "заместителя главы администрации Сергея Кириенко" are the name's own roles."""
    name = doc.tokens[index]
    if index - 1 <= head or name.feats.get("Case") != "Gen":
        return False
    owner = doc.tokens[index - 1]
    if (owner.lemma or "").replace("ё", "е") not in _GOVERNMENTS or owner.feats.get("Case") != "Gen":
        return False
    k = index - 2
    if doc.tokens[k].pos == "ADJ":
        return False  # "министра открытого правительства Михаила Абызова": a programme's name, his own post
    while k > head and (doc.tokens[k].lemma or "") in _GOVERNMENT_PARTS:
        k -= 1
    return (doc.tokens[k].lemma or doc.tokens[k].text.lower()).replace("ё", "е") not in _GOVERNMENT_LEADERS


def role_after(doc: Doc, index: int, lexicon: RoleLexicon, stop: int,
               inflect: Callable[[Token], str | None]) -> RolePhrase | None:
    """A role phrase headed at token `index` ("президент России заявил"), modifiers up to `stop`."""
    if not lexicon.is_head(doc.tokens[index]):
        return None
    last = index + 1
    while last < stop and last - index <= MAX_MODIFIERS and (
        _is_modifier(doc.tokens[last]) or (doc.tokens[last].text.lower() in _CONNECTORS and last + 1 < stop)
    ):
        last += 1
    while last > index + 1 and doc.tokens[last - 1].text.lower() in _CONNECTORS:
        last -= 1
    sentence = doc.sentence_at(doc.tokens[index].start)
    floor = doc.sentences[sentence].token_start if sentence is not None else 0
    return _phrase(doc, index, last, floor, inflect)


def _phrase(doc: Doc, head: int, last: int, floor: int, inflect: Callable[[Token], str | None]) -> RolePhrase:
    first = head
    while first - 1 >= floor and doc.tokens[first - 1].pos == "ADJ" and first > head - 2:
        first -= 1
    return RolePhrase(first, last, head, role_normal(doc.tokens, head, first, last, inflect))


def role_keys(role: str) -> list[str]:
    """Lookup keys for a role, most specific first: with and without dating adjectives."""
    words = role.split()
    trimmed = [w for w in words if alias_key(w) not in TEMPORAL_ADJ]
    keys = [alias_key(role)]
    if trimmed and trimmed != words:
        keys.append(alias_key(" ".join(trimmed)))
    return keys


def resolve_role(doc: Doc, registry: Registry | None, role: str, at: int | None = None) -> str | None:
    """Actor id for a role phrase in nominative ("президент России", "глава МИД").

    Prefers an actor of this document who was given that role (appositive
    "президент Франции Эммануэль Макрон"), then the registry's holder.
    Dated roles ("бывший президент") never resolve through the registry.
    A role that names no state ("глава государства") means the office of the
    state the story is about: see `_state_relative_holder`.  A person the article
    introduces with one of the registry holder's own roles naming the same office holds
    it here (`_named_office_holder`), and the registry's holder is used only while he
    holds the office (`registry_roles_valid`; `at` is the phrase's offset) or when the
    article names him.  A role with no registry holder that names an office whose holder
    changed ("президент США") is the holder of the article's time (`office_holder`).
    """
    keys = role_keys(role)
    # (in a dated article, a person introduced with the role only in sentences dated before it held
    # it then, not at the role's own time; an undated text's time is too loose for that)
    dated = doc.article is not None and bool(doc.article.published)
    past = not dated or (at is not None and _dated_past(doc, at))
    for actor in doc.actors:
        if any(alias_key(r) in keys for r in actor.roles) and (past or not _introduced_only_in_past(doc, actor, keys)):
            return actor.id
    if registry is None or any(alias_key(w) in TEMPORAL_ADJ for w in role.split()):
        return None
    heads = next((STATE_RELATIVE_ROLES[k] for k in keys if k in STATE_RELATIVE_ROLES), None)
    for key in keys:
        found = registry.lookup_role(key)
        if found:
            named = _named_office_holder(doc, found)
            if named is not None:
                return named or None
            holder = found.id if heads is None else _state_relative_holder(doc, registry, found, heads)
            if holder == found.id and not _named_by_name(doc, holder) and (
                    not registry_roles_valid(doc, found, at) or (not dated and _names_holder_before(doc, found))):
                return None
            return holder
    return office_holder(doc, registry, role, at)


def office_holder(doc: Doc, registry: Registry | None, role: str, at: int | None = None) -> str | None:
    """(ot29) Who holds the office a role phrase names (data/role_offices.tsv) in this text: a person
    the text introduces with any of the office's phrases ("президент Соединённых Штатов Дональд Трамп …
    президент США"); nobody for a phrase naming the office itself ("кресло британского премьера"); else,
    in a dated article, the one holder whose term (data/role_terms.tsv) contains its date,
    or for a sentence dated in the past ("в 2014 году"), the one holder of the single year it writes;
    in an undated text, the one of the office's holders the text names by name, never a guessed date.
    Dated roles ("бывший президент США") resolve to nobody, and a feminine predicate to no man."""
    if registry is None or any(alias_key(w) in TEMPORAL_ADJ for w in role.split()):
        return None
    office = next((o for o in map(registry.lookup_office, role_keys(role)) if o is not None), None)
    if office is None or (at is not None and _the_office_itself(doc, at)):
        return None
    introduced = _office_introduced(doc, office, at)
    if introduced:
        return introduced[0] if len(introduced) == 1 else None
    holder = _term_holder(doc, office, at)
    if holder is not None and at is not None and _predicate_gender(doc, at) == "f" and office.gender_of(holder) == "m":
        return None  # "Британский премьер уверена": a woman, not the man the date gives
    return holder


def _term_holder(doc: Doc, office: Office, at: int | None) -> str | None:
    """The office's holder by the article's date, or by the text's own naming when it has none."""
    published = doc.article.published if doc.article is not None else None
    span = date_span(published) if published else None
    if span is None:
        return _named_term_holder(doc, office, at)
    if at is not None and _dated_past(doc, at):
        return _written_year_holder(doc, office, at)
    return _only(office.holders_between(*span))


def _phrase_head(doc: Doc, at: int) -> int | None:
    """The head noun of the role phrase starting at offset `at` (after its adjectives)."""
    index, _ = doc.token_span(at, at + 1)
    if index >= len(doc.tokens) or doc.tokens[index].start != at:
        return None
    while index + 1 < len(doc.tokens) and doc.tokens[index].pos == "ADJ":
        index += 1
    return index


def _predicate_gender(doc: Doc, at: int) -> str | None:
    """"m" or "f": the gender of the verb or short adjective the role phrase at `at` is the subject of
    ("премьер заявила", "премьер уверена").  A feminine one names a woman; a masculine one may still be said of a
    woman ("канцлер заявил"), so only "f" is evidence."""
    head = _phrase_head(doc, at)
    if head is None or not doc.tokens[head].rel.startswith("nsubj"):
        return None
    governor = doc.tokens[head].head
    if not 0 <= governor < len(doc.tokens) or doc.tokens[governor].pos not in ("VERB", "AUX", "ADJ"):
        return None
    return {"Masc": "m", "Fem": "f"}.get(doc.tokens[governor].feats.get("Gender", ""))


# Words that take a role phrase as the office itself, not its holder ("кресло британского премьера", "кандидат на пост
# президента США", "выборы президента Украины"), and verbs of choosing its holder ("президента США мог выбирать каждый").
_OFFICE_NOUNS = frozenset({"пост", "должность", "кресло", "кандидат", "кандидатура", "претендент", "выборы", "выбор"})
_CHOOSING_VERBS = frozenset({"выбирать", "избирать", "выбрать", "избрать"})


def _the_office_itself(doc: Doc, at: int) -> bool:
    """The role phrase starting at offset `at` names the office, not the person holding it: it follows an office
    noun, or its head is the object of a verb of choosing."""
    head = _phrase_head(doc, at)
    if head is None:
        return False
    first, _ = doc.token_span(at, at + 1)
    if first > 0 and (doc.tokens[first - 1].lemma or "").lower() in _OFFICE_NOUNS:
        return True
    governor = doc.tokens[head].head
    if not 0 <= governor < len(doc.tokens):
        return False
    # (also through a verb's infinitive: "президента США мог выбирать", whichever of the two the parse hangs it on)
    verbs = [governor] + [i for i in range(governor + 1, min(len(doc.tokens), governor + 4))
                          if doc.tokens[i].head == governor and doc.tokens[i].rel == "xcomp"]
    return any((doc.tokens[v].lemma or "").lower() in _CHOOSING_VERBS for v in verbs)


def _only(holders: set[str]) -> str | None:
    return next(iter(holders)) if len(holders) == 1 else None


def _office_introduced(doc: Doc, office: Office, at: int | None) -> list[str]:
    """The persons this text introduces with one of the office's phrases (as `resolve_role` does for
    one phrase): in a dated article, not those introduced only in sentences dated in the past."""
    keys = [alias_key(p) for p in office.phrases]
    dated = doc.article is not None and bool(doc.article.published)
    past = not dated or (at is not None and _dated_past(doc, at))
    return [actor.id for actor in doc.actors if actor.type == "PER" and any(alias_key(r) in keys for r in actor.roles)
            and (past or not _introduced_only_in_past(doc, actor, keys))]


def _written_year_holder(doc: Doc, office: Office, at: int) -> str | None:
    """A sentence dated in the past by the one year it writes ("В 2014 году президент США …"): the one
    holder of that whole year; a year of a handover, or several years, leave it to nobody."""
    years = set(_written_years(_sentence_text(doc, at)))
    return _only(office.holders_between(*year_span(years.pop()))) if len(years) == 1 else None


# A span of years ("в 1989-1993 годы", "2009–2017"), which `_written_years` does not read: each end is a year of the
# sentence's time.
_YEAR_RANGE = re.compile(r"(?<![\d.,/№-])(1[89]\d\d|20\d\d)\s*[-–—]\s*(1[89]\d\d|20\d\d)(?![\d.,])")


def _named_term_holder(doc: Doc, office: Office, at: int | None) -> str | None:
    """An undated text: the one of the office's holders it names by name, unless the role's sentence
    writes a year outside his terms ("в 2010 году президент США" in a text naming Трамп)."""
    holder = _only({h for h in office.holders() if _named_by_name(doc, h) and not _introduced_as_former(doc, h, office)})
    if holder is None or at is None:
        return holder
    own = {term for term in office.terms if term.holder == holder}
    sentence = _sentence_text(doc, at)
    years = _written_years(sentence) + [int(y) for pair in _YEAR_RANGE.findall(sentence) for y in pair]
    if any(not any(term.overlaps(*year_span(year)) for term in own) for year in years):
        return None
    return holder


def _introduced_as_former(doc: Doc, holder: str, office: Office) -> bool:
    """(cr29 M1) The text calls the holder a former holder of the office ("Бывший канцлер Германии Ангела
    Меркель посетила Киев. Канцлер Германии заявил …"): in an undated text he is then not the one holding it.
    (mX30) Read by lemma, in a ROLE mention of his or in the words right before his name ("Экс-канцлер
    Германии Ангела Меркель", where "экс-канцлер" is no ROLE mention)."""
    phrases = {alias_key(p) for p in office.phrases}
    for mention in doc.mentions:
        if mention.actor_id != holder:
            continue
        if mention.type == "ROLE" and _former_role(mention.normal) in phrases:
            return True
        if mention.type == "PER" and phrases & _former_roles_before(doc, mention.start):
            return True
    return False


def _former_role(role: str) -> str | None:
    """The role a normal-form phrase names after its former-marker ("бывшая премьер-министр Великобритании"
    -> "премьер-министр великобритании", "экс-канцлер Германии" -> "канцлер германии"), None without one."""
    words = alias_key(role).split()
    if not words or not marks_former(words[0]):
        return None
    rest = [words[0][len("экс-"):]] + words[1:] if words[0].startswith("экс-") else words[1:]
    return " ".join(w for w in rest if w) or None


def _former_roles_before(doc: Doc, start: int) -> set[str]:
    """The roles a former-marked phrase right before a name names ("бывшего канцлера Германии | Ангелы
    Меркель" -> "канцлер германии"): words up to the head noun by lemma, its modifiers as written."""
    first, _ = doc.token_span(start, start + 1)
    sentence = doc.sentence_at(start)
    floor = doc.sentences[sentence].token_start if sentence is not None else 0
    begin = first
    while begin - 1 >= max(floor, first - MAX_MODIFIERS - 2) and (
            doc.tokens[begin - 1].pos in _MODIFIER_POS or doc.tokens[begin - 1].text.lower() in _CONNECTORS):
        begin -= 1
    roles = set()
    for marker in range(begin, first):
        if token_marks_former(doc.tokens[marker]):
            role = _role_after_marker(doc.tokens[marker:first])
            if role:
                roles.add(role)
    return roles


def _role_after_marker(tokens: list[Token]) -> str:
    """The role key of the words after a former-marker (`tokens[0]`): "экс-канцлера Германии" -> "канцлер германии"."""
    marker, rest = tokens[0], tokens[1:]
    words, headed = [], False
    if marker.text.lower().startswith("экс-"):
        lemma = (marker.lemma or marker.text).lower()
        words.append(lemma[len("экс-"):] if lemma.startswith("экс-") else marker.text.lower()[len("экс-"):])
        headed = True  # ("экс-" prefixes the head noun itself, which the tagger may call PROPN)
    for token in rest:
        words.append(token.text if headed else (token.lemma or token.text))
        headed = headed or token.pos == "NOUN"
    return alias_key(" ".join(words))


# The period the registry's role phrases are valid for (data/README.md, "Roles are time-bound"):
# from 2017 on, until the holder's end date in data/role_ends.tsv when he has left.
REGISTRY_ROLE_FROM = 2017


# A year written as a date's year: "в 2010 году", "2010 г.", "28 декабря 2010", "1990-х".
_WRITTEN_YEAR = re.compile(
    r"(?<![\d.,/№-])(1[89]\d\d|20\d\d)(?:\s*(?:г\.|гг?\b|год)|-[хе]\b)"
    r"|(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+"
    r"(1[89]\d\d|20\d\d)(?!\d)", re.IGNORECASE)


def _written_years(text: str, dates_only: bool = False) -> list[int]:
    """Years written as dates; with `dates_only`, those of a day's date only ("16 ноября 2016")."""
    return [int(m.group(1) or m.group(2)) for m in _WRITTEN_YEAR.finditer(text) if m.group(2) or not dates_only]


def _sentence_text(doc: Doc, offset: int) -> str:
    index = doc.sentence_at(offset)
    if index is None:
        return ""
    sentence = doc.sentences[index]
    return doc.text[doc.tokens[sentence.token_start].start:doc.tokens[sentence.token_stop - 1].stop] \
        if sentence.token_stop > sentence.token_start else ""


def registry_roles_valid(doc: Doc, holder: Any = None, at: int | None = None) -> bool:
    """Whether the registry's holder holds his office at the article's time: from 2017 on
    ("генсек ООН" in 2010 is Пан Ги Мун, not the registry's Гутерриш), and not after his end
    date (`holder.roles_until`, data/role_ends.tsv).  A dated article by its date.  An undated
    one by the years it writes as dates: not when the sentence of the role (`at`) writes only
    years before 2017, nor when the text's latest day's date ("16 ноября 2016 года") is before
    2017, nor when it writes two or more different years, all before 2017 (a text of 2010), nor
    when it writes a year after the holder's end; one earlier year elsewhere ("В 2016 году
    стороны уже встречались") is a back-reference, not the text's time."""
    published = doc.article.published if doc.article is not None else None
    until = getattr(holder, "roles_until", None)
    if published and published[:4].isdigit():
        return int(published[:4]) >= REGISTRY_ROLE_FROM and (not until or published[:10] <= until)
    if at is not None:
        own = _written_years(_sentence_text(doc, at))
        if own and max(own) < REGISTRY_ROLE_FROM:
            return False
    days = _written_years(doc.text, dates_only=True)
    if days and max(days) < REGISTRY_ROLE_FROM:
        return False
    years = set(_written_years(doc.text))
    if len(years) >= 2 and max(years) < REGISTRY_ROLE_FROM:
        return False
    return not (until and years and max(years) > int(until[:4]))


def _dated_past(doc: Doc, offset: int) -> bool:
    """The sentence at `offset` writes a year before the article's own (in an undated text,
    before the latest year the text writes): "Ранее генеральный секретарь ООН Пан Ги Мун в
    2014 году …"."""
    years = _written_years(_sentence_text(doc, offset))
    if not years:
        return False
    published = doc.article.published if doc.article is not None else None
    now = int(published[:4]) if published and published[:4].isdigit() else max(_written_years(doc.text))
    return max(years) < now


def _names_holder_before(doc: Doc, holder: Any) -> bool:
    """(mx26, rv26_Q M1) The text names one of the persons who held the registry holder's offices before him
    (`holder.holders_before`, data/role_holders_before.tsv): "Инициативу Юрия Лужкова … замечания в адрес … мэра
    Москвы" is a text of Лужков's time, and an undated one gives the role to no registry person."""
    earlier = {alias_key(name) for name in getattr(holder, "holders_before", ())}
    return bool(earlier) and any(m.type == "PER" and (alias_key(m.normal) in earlier or alias_key(m.text) in earlier)
                                 for m in doc.mentions)


def _named_by_name(doc: Doc, actor_id: str) -> bool:
    """The document names the person itself (not only by a role): outside the registry's
    period that is the evidence the registry's holder still is the one meant (Путин, Лукашенко,
    Зюганов held their offices long before 2017)."""
    return any(m.actor_id == actor_id and m.type == "PER" for m in doc.mentions)


def _introduced_only_in_past(doc: Doc, actor: Actor, keys: list[str]) -> bool:
    """Every introduction of `actor` with one of the role `keys` lies in a sentence dated in the
    past ("В 2008 году президент России Дмитрий Медведев …"): he held it then, not now."""
    starts = [m.start for m in doc.mentions if m.type == "ROLE" and m.actor_id == actor.id
              and alias_key(m.normal) in keys]
    return bool(starts) and all(_dated_past(doc, start) for start in starts)


def _named_office_holder(doc: Doc, holder: Any) -> str | None:
    """A person this article introduces with one of the registry holder's own role phrases
    that names his state or organisation ("Генеральный секретарь ООН Пан Ги Мун", "Президент
    России Дмитрий Медведев") holds that office here, whatever the registry says.  Generic
    phrases ("глава государства", "глава столицы", "пресс-секретарь главы государства") name
    any state's office and do not count, nor does an introduction in a sentence dated in the
    past ("в 2014 году").  The actor id; "" when several other persons are so introduced
    (nobody is sure); None when none is, or the holder himself is."""
    office = {alias_key(r) for r in holder.roles if _names_institution(r)}
    named = []
    for mention in doc.mentions:
        if mention.type != "ROLE" or not mention.actor_id or alias_key(mention.normal) not in office:
            continue
        actor = doc.actor(mention.actor_id)
        if actor is None or actor.type != "PER" or mention.normal not in actor.roles:
            continue
        if actor.id != holder.id and _dated_past(doc, mention.start):
            continue
        named.append(actor.id)
    if not named or holder.id in named:
        return None
    return named[0] if len(set(named)) == 1 else ""


# A national adjective names its state ("российский президент", "папа римский").
_NATIONAL_ADJ = re.compile(r"(?:ский|цкий|ской|цкой)$")


def _names_institution(role: str) -> bool:
    """A registry role phrase naming a state or organisation: a proper name ("президент России",
    "глава МИД РФ", "главный редактор RT") or a national adjective ("белорусский лидер")."""
    return any(w[:1].isupper() or w[:1].isascii() and w[:1].isalpha() or _NATIONAL_ADJ.search(w)
               for w in role.split())


# Roles that name an office of whichever state the story is about, with the role heads that
# name the same office in a given state ("президент Казахстана Касым-Жомарт Токаев").
STATE_RELATIVE_ROLES = {
    "глава государства": frozenset({"президент", "глава государства", "король", "королева", "монарх",
                                    "эмир", "султан", "председатель кнр"}),
    "верховный главнокомандующий": frozenset({"президент", "верховный главнокомандующий"}),
}
# The heads above of more than one word: a role is matched by them before its first word.
_MULTIWORD_HEADS = tuple(sorted({h for heads in STATE_RELATIVE_ROLES.values() for h in heads if " " in h}))


def _state_relative_holder(doc: Doc, registry: Registry, holder: Any, heads: frozenset[str]) -> str | None:
    """Who "глава государства" is in this document.  In a story about the registry holder's
    state, or one that names no state, the holder.  In a story about another state, the one
    person of the document holding a matching office there ("президент Казахстана Касым-Жомарт
    Токаев", or a registry row such as Macron's "президент Франции"); otherwise nobody, and the
    description stays unresolved rather than naming the wrong head of state."""
    states = state_weights(doc, registry)
    own_state = holder.country
    story_state = max(states, key=lambda s: (states[s], s == own_state)) if states else None
    if story_state is None or not own_state or story_state == own_state:
        return holder.id
    office_holders = []
    for actor in doc.actors:
        known = registry.actors.get(actor.id)
        roles = list(actor.roles) + (known.roles if known is not None else [])
        if actor.type == "PER" and actor.id != holder.id and any(_role_head(r) in heads for r in roles) \
                and (known is None or known.country in (None, story_state)):
            office_holders.append(actor.id)
    return office_holders[0] if len(office_holders) == 1 else None


def _role_head(role: str) -> str:
    key = alias_key(role)
    for head in _MULTIWORD_HEADS:
        if key.startswith(head):
            return head
    return key.split(" ", 1)[0]


def state_weights(doc: Doc, registry: Registry) -> dict[str, int]:
    """Mentions per state: of the state itself, and of the registry places, organisations and
    persons that belong to it (so "в Астане" speaks for Kazakhstan)."""
    weights: dict[str, int] = {}
    for actor in doc.actors:
        known = registry.actors.get(actor.id)
        if known is None:
            continue
        state = known.id if known.type == "GPE" else known.country
        if state:
            weights[state] = weights.get(state, 0) + max(1, len(actor.mentions))
    return weights


def antecedent(doc: Doc, offset: int, types: Iterable[str] = ("PER",)) -> Actor | None:
    """The actor of the nearest mention (of `types`) before `offset` — a
    plain recency rule for "он"/"она"/"глава ведомства" style references."""
    wanted = set(types)
    best = None
    for mention in doc.mentions:
        if mention.stop <= offset and mention.actor_id and (mention.type in wanted or not wanted):
            if best is None or mention.start > best.start:
                best = mention
    return doc.actor(best.actor_id) if best else None


def inflector(vocab: Any) -> Callable[[Token], str | None]:
    """Token → its nominative form (same number), using the morph analysis."""
    from khronika.nlp.natasha_adapter import inflect

    def to_nominative(token: Token) -> str | None:
        if token.feats.get("Case") == "Nom" or not token.pos:
            return token.text
        return inflect(vocab, token.text, token.pos, token.feats, {"Nom"})

    return to_nominative
