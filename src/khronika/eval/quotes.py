"""`khronika eval quotes`: quote attribution against the gold in gold/quotes/.

Matching is by strings, so it does not depend on how a document is laid out:
- content, exact: equal after lower-casing, dropping quotation marks and
  collapsing whitespace and final punctuation (`normal_text`);
- content, overlap: the word tokens two contents share (as multisets) cover
  at least `OVERLAP_THRESHOLD` of the shorter one.  Half is enough to say two
  annotators meant the same stretch of speech - a gold quote cut at the
  clause the system ran past still counts, a quote sharing a few words with
  another does not;
- speaker: both unknown, or the canonical names are equal after
  lemmatising and lower-casing, or both resolve to the same registry id, or
  one is the surname of the other ("Песков" / "Дмитрий Песков"), or the
  shorter name of two words or more runs inside the longer one ("Вальдемар
  Цисло" / "ксендз Вальдемар Цисло", "представитель профсоюза X" / "представитель
  профсоюза пилотов X"), or the two names hold the same words in another order
  once a place adjective counts as its place ("пресс-служба британского
  правительства" = "пресс-служба правительства Великобритании").  Ministry
  abbreviations are spelled out first ("Минобороны" = "министерство обороны",
  "МИД" = "министерство иностранных дел").
  A surname or contained name counts only in the longer name's own case: "Дуда" is not
  "дочь Анджея Дуды", "США" not "Палата представителей США"; nor after a relation noun
  that may govern it ("сын Кадырова", "офис Мэй", "посол США"; but "президент Путин"), nor
  in the other gender ("Зеленская" is not "Владимир Зеленский"); one of a list of names is
  not the list.  Also the same: a body and its members ("следствие" / "следователи"), "власти X" /
  "правительство X", an adjective and any place it may name ("английский" = Англия or
  Великобритания), a press service and its institution (the gold guide's author institution),
  a Latin name with two letters swapped (a source's misspelling), and the gold name heading
  the very mention the system took when the system's name is drawn from that mention.
  A gold `unknown` (an unnamed source) is met by no speaker, or by the system naming it with the
  very mention the gold keeps for it («Наблюдатели», «источник»), nothing resolved from it.
  `SpeakerMatcher.rule` names the rule that matched.
Gold and system quotes are paired one-to-one, greedily, best overlap first.

Attributes (`score_attributes`) are scored over the attributed/overlap pairs only, so
they say how right the fields are of quotes that were found with the right speaker:
- kind: a confusion matrix, gold kind x system kind;
- addressee: P over pairs whose system quote names one, R over pairs whose gold quote
  names one; a hit is both named and equal under the speaker matcher;
- source: the gold `source` against the reporting sources of the system's source chain
  (what stands between the outlet and the speaker: "сообщение Кремля", "ТАСС"); a hit is
  one of them equal to the gold source under the speaker matcher;
- negated, hedged: how many pairs agree, and P/R of the flag.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from khronika.eval.shared_docs import load_gold_document
from khronika.nlp.doc import Quote, SpeakerRef

OVERLAP_THRESHOLD = 0.5
BOOTSTRAP_DRAWS = 1000  # resamples of the documents behind a score's 95 % interval
# Institution abbreviations written as words in the other name ("представитель МИД Пакистана").
MINISTRY_ABBREVIATIONS = {"МИД": "министерство иностранных дел", "МВД": "министерство внутренних дел",
                          "МЧС": "министерство по чрезвычайным ситуациям"}
_QUOTES = "«»„“”\"'‘’‹›"
_WORD = re.compile(r"\w+")
UNKNOWN = "unknown"


@dataclass
class GoldQuote:
    text: str
    kind: str
    speaker_norm: str
    speaker: str | None = None
    cue: str | None = None
    addressee: str | None = None
    source: str | None = None
    negated: bool = False
    hedged: bool = False


@dataclass
class GoldDoc:
    file: str
    ref: dict[str, str]
    quotes: list[GoldQuote]


def load_gold(path: Path) -> list[GoldDoc]:
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    docs = []
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        quotes = [GoldQuote(q["text"], q.get("kind", "direct"), q.get("speaker_norm") or UNKNOWN,
                            q.get("speaker"), q.get("cue"), q.get("addressee") or None, q.get("source") or None,
                            bool(q.get("negated")), bool(q.get("hedged"))) for q in data.get("quotes", [])]
        docs.append(GoldDoc(file.name, data["doc"], quotes))
    return docs


def split_of(name: str) -> str:
    """"even"/"odd" by a stable hash of the gold file name (tuning vs held-out halves)."""
    return "even" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "odd"


def normal_text(text: str) -> str:
    text = text.lower().replace("ё", "е")
    text = "".join(" " if ch in _QUOTES else ch for ch in text)
    text = " ".join(text.split())
    return text.strip(" .,;:!?…—–-")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("ё", "е"))


def overlap(a: str, b: str, longer: bool = False) -> float:
    """Shared word tokens over the length of the shorter (or the longer) text."""
    wa, wb = Counter(words(a)), Counter(words(b))
    sizes = (sum(wa.values()), sum(wb.values()))
    size = max(sizes) if longer else min(sizes)
    return sum((wa & wb).values()) / size if size and min(sizes) else 0.0


# A body and the people who speak as it: "следователи" report what "следствие" found.
MEMBERS_AS_BODY = {"следователь": "следствие", "адвокат": "защита", "прокурор": "обвинение"}
# "Власти X" and "правительство X" both name X's government; only with the X, since a bare
# "власти" may be a city's or a region's.
AUTHORITIES = {"власть": "правительство"}
# "Премьер Великобритании" is the prime minister; as written, since the lemmatiser reads
# "премьера" as the premiere of a show.
PREMIER = re.compile(r"премьер(?:а|у|ом|е|ы|ов|ам|ами|ах)?")
# A statement by an institution's press service is the institution's statement: the gold
# guide gives a statement's speaker as its author institution, and its own example names
# "передает пресс-служба Кремля" as Кремль.  Not an office, administration or spokesman,
# which the gold keeps as speakers of their own ("офис премьер-министра Великобритании").
PRESS_SERVICES = (("пресс", "служба"), ("пресс", "центр"))
LATIN_WORD = re.compile(r"[a-z]+")
# A list of names: a comma or "и" before a capitalised word ("Петер Ааби и Кристина Бенн",
# "Валерий Сюткин, Сергей Шнуров"; not "Министерство связи и массовых коммуникаций", nor a
# description's clause after a comma: "жители Эквадора, разводящие розы").
SEVERAL = re.compile(r"(?:,|\sи)\s*[A-ZА-ЯЁ«\"]")
# Nouns whose genitive dependent is another referent, so a name after them that may be a
# genitive is not theirs.  A relative, a spokesman or an office is someone's ("сын Кадырова",
# "пресс-секретарь Путина", "офис Мэй"); a post is a place's or a body's ("президент США",
# "генсек НАТО") and stands before its holder's own name ("министр Шойгу").  Not writers
# ("автор Bloomberg"): the gold gives an outlet's writer's words as the outlet's (speaker
# "автор", normalised "Bloomberg").
RELATIVES = frozenset({
    "сын", "дочь", "жена", "муж", "супруга", "супруг", "вдова", "вдовец", "мать", "отец", "брат", "сестра",
    "внук", "внучка", "дед", "бабушка", "племянник", "племянница", "родственник", "родственница", "родитель",
    "друг", "подруга", "секретарь", "представитель", "спикер", "советник", "помощник", "заместитель",
    "адвокат", "защитник", "соратник", "сторонник", "окружение", "офис", "канцелярия", "аппарат",
    "администрация", "штаб",
})
POSTS = frozenset({
    "посольство", "посол", "глава", "генсек", "руководитель", "руководство", "председатель", "президент",
    "премьер", "министр", "директор", "лидер", "член", "участник", "сотрудник", "работник", "пилот",
    "бортпроводник", "эксперт", "аналитик", "специалист",
})
# pymorphy's grammemes of a name's readings: a person's, a place's, a body's, an abbreviation
NAME_GRAMMEMES = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Fixd"})
MIN_TYPO_WORD = 6   # a swapped pair of letters in a shorter word may be another name ("Karl", "Kral")


@dataclass(frozen=True)
class NameWords:
    """A name as words: `raw` as written (lower case) and `key` lemmatised, one to one."""

    raw: tuple[str, ...]
    key: tuple[str, ...]
    several: bool = False   # names more than one ("Петер Ааби и Кристина Бенн", "Сюткин, Шнуров")


@dataclass
class SpeakerMatcher:
    """Speaker equality under lemmatisation, registry ids and surnames."""

    lemmatize: Callable[[str], str]
    lookup: Callable[[str], str | None] = lambda name: None
    # the numbers ("sing", "plur") in which the word may be a nominative
    nominative: Callable[[str], frozenset[str]] = lambda word: frozenset({"sing", "plur"})
    place: Callable[[str], frozenset[str]] = lambda lemma: frozenset()   # place ids a place name or adjective may name
    # the word as written may be a name's genitive (an indeclinable or unknown word may be any case)
    genitive: Callable[[str], bool] = lambda word: True
    # the genders in which the word as written reads as a person's nominative surname or first name
    person_genders: Callable[[str], frozenset[str]] = lambda word: frozenset()
    # the word is a given name the dictionary knows (two known names are two names: "Марина", "Карина")
    known_given_name: Callable[[str], bool] = lambda word: False
    cache: dict[str, NameWords] = field(default_factory=dict)

    def words_of(self, name: str) -> NameWords:
        if name not in self.cache:
            # "Минобороны" -> "министерство обороны": ministry abbreviations are spelled out.
            spelled = re.sub(r"(?i)\bмин(?!ист|ск|ус|ут|им|ер|а\b)(\w{3,})", r"министерство \1", name)
            spelled = re.sub(r"\b(?:МИД|МВД|МЧС)\b", lambda m: MINISTRY_ABBREVIATIONS[m.group(0)], spelled)
            raw, key = [], []
            for word in words(spelled):
                premier = bool(PREMIER.fullmatch(word)) and not re.search(rf"(?i){word}-министр", spelled)
                raw.extend([word, "министр"] if premier else [word])
                key.extend(["премьер", "министр"] if premier else [self.lemmatize(word)])
            several = bool(SEVERAL.search(name))
            if several:
                # (mP34) "A, B и C" and "A, B, C" list the same speakers: the conjunction is a separator
                kept = [k for k, word in enumerate(raw) if word != "и"]
                raw, key = [raw[k] for k in kept], [key[k] for k in kept]
            self.cache[name] = NameWords(tuple(raw), tuple(key), several)
        return self.cache[name]

    def key(self, name: str) -> str:
        return " ".join(self.words_of(name).key)

    def same_words(self, a: str, b: str) -> bool:
        """The same words in the same order once the one place (name or adjective) is set
        aside, and a place both may name: "посол России в США" is not "посол США в России";
        "английский" may name England or Britain, and is "Англии" either way."""
        def parts(key: str) -> tuple[list[frozenset[str]], list[str]]:
            places = [self.place(w) for w in key.split()]
            return [p for p in places if p], [w for w, p in zip(key.split(), places) if not p]
        (places_a, rest_a), (places_b, rest_b) = parts(a), parts(b)
        return (len(a.split()) > 1 and len(places_a) == 1 == len(places_b) and bool(places_a[0] & places_b[0])
                and rest_a == rest_b)

    def __call__(self, gold: str, system: Quote, gold_mention: str | None = None) -> bool:
        return self.same(gold, system.speaker, gold_mention)

    def same(self, gold: str, speaker: SpeakerRef | None, gold_mention: str | None = None) -> bool:
        """The gold name and a system reference (speaker, addressee) name the same one."""
        return self.rule(gold, speaker, gold_mention) is not None

    def rule(self, gold: str, speaker: SpeakerRef | None, gold_mention: str | None = None) -> str | None:
        """The name of the first rule by which the two are the same one, or None."""
        gold_unknown = not gold or gold.lower() == UNKNOWN
        if speaker is None or not speaker.name or speaker.name == UNKNOWN:
            return "unknown" if gold_unknown else None
        if gold_unknown:
            return self.unnamed_rule(gold_mention, speaker)
        a, b = self.words_of(gold), self.words_of(speaker.name)
        if a.key == b.key:
            return "lemmas"
        if self.surname(a, b) or self.surname(b, a):
            return "surname"
        gold_id = self.lookup(gold)
        if gold_id and gold_id in (speaker.actor_id, self.lookup(speaker.name)):
            return "registry"
        if not (a.several or b.several) and _contiguous(a, b):   # one of several is not all of them
            return "contained"
        if self.same_words(" ".join(a.key), " ".join(b.key)):
            return "places"
        if _body_words(a.key) == _body_words(b.key):   # the keys differ: a head was said as its body
            return "body"
        if _latin_typo(a.key, b.key):
            return "typo"
        if _given_name_spelling(a, b) and not (self.known_given_name(a.raw[0]) and self.known_given_name(b.raw[0])):
            return "spelling"
        if self.press_service(a, b) or self.press_service(b, a):
            return "press service"
        return self.surface_rule(a, b, self.words_of(speaker.text or ""))

    def unnamed_rule(self, gold_mention: str | None, speaker: SpeakerRef) -> str | None:
        """An unnamed source the gold keeps as `unknown` with its mention («Наблюдатели»,
        «источник», «Дежурный»): the system names it by that very mention, and by nothing it
        resolved the mention to (a pronoun's antecedent, an owner's name is another claim)."""
        if not gold_mention or not speaker.text:
            return None
        mention, surface = self.words_of(gold_mention), self.words_of(speaker.text)
        named = self.words_of(speaker.name)
        if mention.key and surface.key == mention.key and set(named.key) <= set(surface.key):
            return "unnamed mention"
        return None

    def surface_rule(self, a: NameWords, b: NameWords, surface: NameWords) -> str | None:
        """The mention the system took names the gold's speaker, and the system's name is
        drawn from that mention (not an antecedent it replaced the mention with: "Ryanair"
        for "авиакомпании" is another referent): the same mention, another normal form."""
        if not surface.key or not set(b.key) <= set(surface.key):
            return None
        if surface.key == a.key or len(a.key) == 1 and self.surname(surface, a):
            return "surface"
        if len(a.key) > 1 and surface.key[:len(a.key)] == a.key:
            # The gold's name heads the mention ("официального представителя премьера
            # Великобритании Терезы Мэй"), the rest in apposition.
            return "surface head"
        return None

    def surname(self, long_: NameWords, short: NameWords) -> bool:
        """`short` is one word, the last of a longer name in the same form ("Песков" of
        "Дмитрий Песков", "Мадонна" of "поп-звезда Мадонна"); not a dependent of the longer
        name ("Дуда" of "дочь Анджея Дуды"; an indeclinable "США" of "Палата представителей
        США", told by the genitive before it; "США" of "посол США", "Мэй" of "офис Мэй", told
        by a relation noun before a word that may be a genitive), nor a person of the other
        gender ("Зеленская" of "Владимир Зеленский"; "Кадыров" of "сын Кадырова", where
        "Кадырова" as a nominative is a woman's surname)."""
        return (len(short.key) == 1 < len(long_.key) and not long_.several and long_.key[-1] == short.key[0]
                and (long_.raw[-1] == short.raw[0] or "sing" in self.nominative(long_.raw[-1]))
                and bool(self.nominative(long_.raw[-2]))
                and not self.governed(long_.key[-2], long_.raw[-1])
                and self.same_gender(long_.raw[-1], short.raw[0]))

    def governed(self, head: str, word: str) -> bool:
        """`word` may be the genitive dependent of the noun `head` before it (see RELATIVES, POSTS)."""
        if not self.genitive(word):
            return False
        return head in RELATIVES or head in POSTS and not self.person_genders(word)

    def same_gender(self, a: str, b: str) -> bool:
        """Two written surnames may name one person: not a woman's and a man's ("Зеленская",
        "Зеленский"), whose lemmas are one.  Words not read as a person's say nothing."""
        genders_a, genders_b = self.person_genders(a), self.person_genders(b)
        return not (genders_a and genders_b) or bool(genders_a & genders_b)

    def press_service(self, a: NameWords, b: NameWords) -> bool:
        """`a` is the press service of `b` ("пресс-служба Кремля" / "Кремль"), see PRESS_SERVICES."""
        if a.key[:2] not in PRESS_SERVICES or len(a.key) < 3:
            return False
        rest = " ".join(a.key[2:])
        return rest == " ".join(b.key) or self.same_words(rest, " ".join(b.key))


# (mP34) Adjectives that qualify a post without making it another one.
POST_QUALIFIERS = frozenset({"официальный"})


def _contiguous(a: NameWords, b: NameWords) -> bool:
    """The shorter name (two words or more) runs inside the longer one in the same form
    ("Вальдемар Цисло" in "ксендз Вальдемар Цисло"; not "Анджей Дуда" in "дочь Анджея
    Дуды", another person), or runs through it in order from its first word to its last
    with words inserted between ("представитель профсоюза Vereinigung Cockpit" in
    "представитель профсоюза пилотов Vereinigung Cockpit")."""
    short, long_ = (a, b) if len(a.key) <= len(b.key) else (b, a)
    n = len(short.key)
    if n < 2:
        return False
    for i in range(len(long_.key) - n + 1):
        # From the first word the shorter is the head; further on, only as written - or (mP34) after words
        # that only qualify the same post ("официальный представитель премьер-министра" is the "представитель
        # премьера"), where the shorter is the head all the same.
        if long_.key[i:i + n] == short.key and (i == 0 or long_.raw[i:i + n] == short.raw
                                                 or set(long_.key[:i]) <= POST_QUALIFIERS):
            return True
    if short.key[0] != long_.key[0] or short.key[-1] != long_.key[-1]:
        return False
    rest = iter(long_.key[1:-1])
    return all(word in rest for word in short.key[1:-1])


def _body_words(key: tuple[str, ...]) -> tuple[str, ...]:
    """The key with its head said as the body its members speak for ("следователи" →
    "следствие"), or "власти X" as "правительство X"; else the key itself."""
    if not key:
        return key
    head = MEMBERS_AS_BODY.get(key[0]) or (AUTHORITIES.get(key[0]) if len(key) > 1 else None)
    return (head,) + key[1:] if head else key


def _latin_typo(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two Latin-script names equal but for two neighbouring letters swapped in one long
    word: a source's misspelling ("Correire Dello Sport" for "Corriere dello Sport")."""
    if len(a) != len(b) or not all(LATIN_WORD.fullmatch(w) for w in a + b):
        return False
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    if len(x) != len(y) or len(x) < MIN_TYPO_WORD:
        return False
    at = [i for i in range(len(x)) if x[i] != y[i]]
    return len(at) == 2 and at[1] == at[0] + 1 and x[at[0]] == y[at[1]] and x[at[1]] == y[at[0]]


CYRILLIC_WORD = re.compile(r"[а-яё]+")
MIN_SPELLING_WORD = 6   # one letter more or less in a shorter given name may be another name ("Юрий", "Юлий")


def _given_name_spelling(a: NameWords, b: NameWords) -> bool:
    """One person whose Cyrillic given name is spelled two ways by the text's sources
    ("Брижит Бардо" / "Бриджит Бардо"): the same surname as written, and given names one
    letter inserted, dropped or changed inside the word.  Not at its last two letters,
    where Russian marks gender ("Евгений" / "Евгения" Петровы are two people); the matcher
    also refuses two given names the dictionary knows ("Марина" / "Карина" Ивановы)."""
    if len(a.raw) != 2 or len(b.raw) != 2 or a.raw[1] != b.raw[1] or a.several or b.several:
        return False
    x, y = a.raw[0], b.raw[0]
    if x == y or not (CYRILLIC_WORD.fullmatch(x) and CYRILLIC_WORD.fullmatch(y)):
        return False
    if max(len(x), len(y)) < MIN_SPELLING_WORD or abs(len(x) - len(y)) > 1 or x[-2:] != y[-2:]:
        return False
    start = 0
    while start < min(len(x), len(y)) and x[start] == y[start]:
        start += 1
    # one edit: the rest after the first difference is equal once that one letter is skipped
    return x[start + 1:] == y[start + 1:] or x[start + 1:] == y[start:] or x[start:] == y[start + 1:]


def default_matcher() -> SpeakerMatcher:
    import pymorphy3

    from khronika.events.lexicon import load_hints
    from khronika.nlp.components import geo_adjectives
    from khronika.nlp.registry import load_registry
    from khronika.nlp.pipeline import Resources

    morph = pymorphy3.MorphAnalyzer()
    registry = load_registry()
    hints = load_hints()
    geo = geo_adjectives(Resources())

    def lemmatize(word: str) -> str:
        return morph.parse(word)[0].normal_form.replace("ё", "е")

    def nominative(word: str) -> frozenset[str]:
        if not morph.word_is_known(word):
            return frozenset({"sing", "plur"})   # Latin words, abbreviations the dictionary lacks: the form says nothing
        numbers = set()
        for parse in morph.parse(word):
            # A plural first name ("Асии" as "the Asiys") is no reading of a name's word.
            if "Fixd" in parse.tag or "nomn" in parse.tag and not {"Name", "plur"} <= parse.tag.grammemes:
                numbers.add("plur" if "plur" in parse.tag else "sing")
        return frozenset(numbers)

    def genitive(word: str) -> bool:
        # Of a name only ("Путин" is no genitive of "путина", a fishing season); a word the
        # dictionary lacks (Latin, "Мэй") may be any case, an indeclinable ("США") is every case.
        return not morph.word_is_known(word) or any(
            "gent" in parse.tag and NAME_GRAMMEMES & parse.tag.grammemes for parse in morph.parse(word))

    def person_genders(word: str) -> frozenset[str]:
        # A surname declined as an adjective ("Навальная") may be read as an adjective only; a
        # word read as a surname or a first name in any case is read so only ("Водонаевой" is no
        # man's nominative).
        tags = [parse.tag for parse in morph.parse(word)]
        names = [tag for tag in tags if {"Surn", "Name"} & tag.grammemes]
        surnames = [tag for tag in names or [tag for tag in tags if "ADJF" in tag] if {"nomn", "sing"} <= tag.grammemes]
        # "ms-f": a surname of either gender ("Шойгу")
        return frozenset(gender for tag in surnames
                         for gender in ({"masc", "femn"} if "ms-f" in tag else {tag.gender} - {None}))

    def known_given_name(word: str) -> bool:
        return any("Name" in parse.tag for parse in morph.parse(word) if parse.is_known)

    def lookup(name: str) -> str | None:
        found = registry.lookup(name)
        return found.id if found else None

    def place(lemma: str) -> frozenset[str]:
        adjective = hints.adjective(lemma)
        if len(adjective) == 1:
            return frozenset(adjective) | geo.readings(lemma)
        found = registry.lookup(lemma)
        if found and found.type in ("GPE", "LOC"):
            return frozenset({found.id})
        return geo.readings(lemma)

    return SpeakerMatcher(lemmatize, lookup, nominative, place, genitive=genitive,
                          person_genders=person_genders, known_given_name=known_given_name)


@dataclass
class Counts:
    tp: int = 0
    system: int = 0
    gold: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.system += other.system
        self.gold += other.gold

    def scores(self) -> dict[str, float]:
        p = self.tp / self.system if self.system else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "system": self.system, "gold": self.gold}


@dataclass
class KindCounts(Counts):
    """Counts for one kind: `tp` pairs a gold quote of the kind, `tp_system` a system one."""

    tp_system: int = 0

    def add(self, other: "Counts") -> None:
        super().add(other)
        self.tp_system += getattr(other, "tp_system", 0)

    def scores(self) -> dict[str, float]:
        p = self.tp_system / self.system if self.system else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "system": self.system, "gold": self.gold}


def match(gold: list[GoldQuote], system: list[Quote], *, exact: bool,
          speaker: SpeakerMatcher | None) -> list[tuple[int, int]]:
    """One-to-one greedy pairs (gold index, system index), best overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if exact:
                score = 1.0 if normal_text(g.text) == normal_text(s.text) else 0.0
            else:
                score = overlap(g.text, s.text)
            if score >= (1.0 if exact else OVERLAP_THRESHOLD) and (speaker is None or speaker(g.speaker_norm, s, g.speaker)):
                pairs.append((score, overlap(g.text, s.text, longer=True), gi, si))
    used_g, used_s, out = set(), set(), []
    # Best overlap of the shorter first; ties go to the closer length.
    for _, _, gi, si in sorted(pairs, key=lambda p: (-p[0], -p[1], p[2], p[3])):
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gi, si))
    return out


KINDS = ("direct", "indirect", "mixed")


@dataclass
class AttributeCounts:
    """Attribute agreement over matched (gold, system) pairs; see the module docstring."""

    pairs: int = 0
    kinds: Counter = field(default_factory=Counter)          # (gold kind, system kind) -> pairs
    addressee: Counts = field(default_factory=Counts)
    source: Counts = field(default_factory=Counts)
    negated: Counts = field(default_factory=Counts)
    hedged: Counts = field(default_factory=Counts)
    agree: Counter = field(default_factory=Counter)          # "negated"/"hedged" -> pairs whose flags agree

    def add(self, other: "AttributeCounts") -> None:
        self.pairs += other.pairs
        self.kinds.update(other.kinds)
        for name in ("addressee", "source", "negated", "hedged"):
            getattr(self, name).add(getattr(other, name))
        self.agree.update(other.agree)

    def table(self) -> dict[str, Any]:
        same = sum(n for (g, s), n in self.kinds.items() if g == s)
        out: dict[str, Any] = {
            "pairs": self.pairs,
            "kind": {"agree": same, "rate": round(same / self.pairs, 4) if self.pairs else 0.0,
                     "confusion": {g: {s: self.kinds.get((g, s), 0) for s in KINDS} for g in KINDS}},
        }
        for name in ("addressee", "source"):
            out[name] = getattr(self, name).scores()
        for name in ("negated", "hedged"):
            out[name] = {**getattr(self, name).scores(), "agree": self.agree[name],
                         "rate": round(self.agree[name] / self.pairs, 4) if self.pairs else 0.0}
        return out


def reporting_sources(quote: Quote) -> list[str]:
    """The links of the source chain between the outlet and the speaker."""
    chain = quote.source_chain[1:]
    return chain[:-1] if quote.speaker is not None and chain else chain


def _hit(matcher: SpeakerMatcher, gold: str | None, system: list[SpeakerRef]) -> Counts:
    given = bool(gold and gold.lower() != UNKNOWN)
    return Counts(int(given and any(matcher.same(gold, ref) for ref in system)), int(bool(system)), int(given))


def attribute_counts(g: GoldQuote, s: Quote, matcher: SpeakerMatcher) -> AttributeCounts:
    """The attribute counts of one matched pair."""
    counts = AttributeCounts(pairs=1)
    counts.kinds[(g.kind, s.kind)] += 1
    counts.addressee = _hit(matcher, g.addressee, [s.addressee] if s.addressee else [])
    counts.source = _hit(matcher, g.source, [SpeakerRef(None, name, name) for name in reporting_sources(s) if name])
    for name in ("negated", "hedged"):
        flag_gold, flag_system = bool(getattr(g, name)), bool(getattr(s, name))
        setattr(counts, name, Counts(int(flag_gold and flag_system), int(flag_system), int(flag_gold)))
        counts.agree[name] += int(flag_gold == flag_system)
    return counts


def score_attributes(gold: list[GoldQuote], system: list[Quote], pairs: list[tuple[int, int]],
                     matcher: SpeakerMatcher) -> AttributeCounts:
    total = AttributeCounts()
    for gi, si in pairs:
        total.add(attribute_counts(gold[gi], system[si], matcher))
    return total


@dataclass
class DocResult:
    file: str
    gold: list[GoldQuote]
    system: list[Quote]
    pairs: dict[str, list[tuple[int, int]]]
    error: str | None = None
    attributes: AttributeCounts = field(default_factory=AttributeCounts)


@dataclass
class QuoteEval:
    documents: int = 0
    failed: list[str] = field(default_factory=list)
    counts: dict[str, Counts] = field(default_factory=dict)
    results: list[DocResult] = field(default_factory=list)
    attributes: AttributeCounts = field(default_factory=AttributeCounts)   # over attributed/overlap pairs

    def table(self) -> dict[str, dict[str, float]]:
        return {name: c.scores() for name, c in self.counts.items()}

    def intervals(self, mode: str = "attributed/overlap", draws: int = BOOTSTRAP_DRAWS,
                  seed: int = 0) -> dict[str, list[float]] | None:
        """95 % intervals of P, R and F1 with the documents resampled (None below two documents).

        Documents, not quotes, are resampled: errors cluster by document (one article's unnamed source or
        one speaker convention repeats over its quotes), so a quote-level interval would be too narrow."""
        per_document = [Counts(len(r.pairs[mode]), len(r.system), len(r.gold)) for r in self.results]
        if len(per_document) < 2:
            return None
        rng = random.Random(seed)
        samples: dict[str, list[float]] = {"precision": [], "recall": [], "f1": []}
        for _ in range(draws):
            total = Counts()
            for _ in per_document:
                total.add(rng.choice(per_document))
            for name, value in total.scores().items():
                if name in samples:
                    samples[name].append(value)
        return {name: _percentiles(values) for name, values in samples.items()}


def _percentiles(values: list[float]) -> list[float]:
    ordered = sorted(values)
    low = ordered[int(0.025 * (len(ordered) - 1))]
    high = ordered[int(round(0.975 * (len(ordered) - 1)))]
    return [round(low, 3), round(high, 3)]


def score_document(gold: list[GoldQuote], system: list[Quote], matcher: SpeakerMatcher) -> tuple[dict[str, Counts], dict[str, list[tuple[int, int]]]]:
    counts: dict[str, Counts] = {}
    pairs: dict[str, list[tuple[int, int]]] = {}
    for name, exact, with_speaker in (
        ("attributed/overlap", False, True), ("attributed/exact", True, True),
        ("span/overlap", False, False), ("span/exact", True, False),
    ):
        found = match(gold, system, exact=exact, speaker=matcher if with_speaker else None)
        pairs[name] = found
        counts[name] = Counts(len(found), len(system), len(gold))
    # Per kind, attributed/overlap: recall over gold quotes of the kind,
    # precision over system quotes of the kind (kinds need not agree).
    found = pairs["attributed/overlap"]
    for kind in ("direct", "indirect", "mixed"):
        gold_k = {i for i, g in enumerate(gold) if g.kind == kind}
        sys_k = {i for i, s in enumerate(system) if s.kind == kind}
        counts[f"kind={kind}"] = KindCounts(
            tp=sum(1 for gi, _ in found if gi in gold_k), system=len(sys_k), gold=len(gold_k),
            tp_system=sum(1 for _, si in found if si in sys_k),
        )
    return counts, pairs


def evaluate_quotes(path: Path, *, split: str = "all", pipeline: Any = None,
                    matcher: SpeakerMatcher | None = None, root: Path | None = None) -> QuoteEval:
    from khronika.nlp.pipeline import Pipeline

    pipeline = pipeline or Pipeline.build(disable=["events", "related"])
    matcher = matcher or default_matcher()
    result = QuoteEval()
    for gold_doc in load_gold(path):
        if split != "all" and split_of(gold_doc.file) != split:
            continue
        try:
            article = load_gold_document(gold_doc.ref, root)
            doc = pipeline(article)
        except Exception as error:  # one bad reference must not stop the run; the reason is kept
            result.failed.append(f"{gold_doc.file}: {type(error).__name__}: {error}")
            continue
        counts, pairs = score_document(gold_doc.quotes, doc.quotes, matcher)
        for name, c in counts.items():
            result.counts.setdefault(name, type(c)()).add(c)
        attributes = score_attributes(gold_doc.quotes, doc.quotes, pairs["attributed/overlap"], matcher)
        result.attributes.add(attributes)
        result.documents += 1
        result.results.append(DocResult(gold_doc.file, gold_doc.quotes, doc.quotes, pairs, attributes=attributes))
    return result


def misses(result: QuoteEval, mode: str = "attributed/overlap") -> Iterable[str]:
    """Lines describing false negatives and false positives, per document."""
    for doc in result.results:
        pairs = doc.pairs[mode]
        got_g = {g for g, _ in pairs}
        got_s = {s for _, s in pairs}
        for i, g in enumerate(doc.gold):
            if i not in got_g:
                yield f"{doc.file}\tFN\t{g.kind}\t{g.speaker_norm}\t{g.cue}\t{g.text[:160]}"
        for i, s in enumerate(doc.system):
            if i not in got_s:
                name = s.speaker.name if s.speaker else UNKNOWN
                yield f"{doc.file}\tFP\t{s.kind}\t{name}\t{s.cue}\t{s.text[:160]}"


def attribute_misses(result: QuoteEval, matcher: SpeakerMatcher | None = None) -> Iterable[str]:
    """Lines describing the attribute disagreements of attributed/overlap pairs, per document:
    file, attribute, gold value, system value, cue, text."""
    matcher = matcher or default_matcher()
    for doc in result.results:
        for gi, si in doc.pairs["attributed/overlap"]:
            g, s = doc.gold[gi], doc.system[si]
            one = attribute_counts(g, s, matcher)
            head = f"{doc.file}\t"
            tail = f"\t{s.cue}\t{s.text[:160]}"
            if g.kind != s.kind:
                yield f"{head}kind\t{g.kind}\t{s.kind}{tail}"
            for name, gold_value, system_value in (
                    ("addressee", g.addressee, s.addressee.name if s.addressee else None),
                    ("source", g.source, " → ".join(reporting_sources(s)) or None)):
                c = getattr(one, name)
                if c.gold != c.tp or c.system != c.tp:
                    yield f"{head}{name}\t{gold_value}\t{system_value}{tail}"
            for name in ("negated", "hedged"):
                if not one.agree[name]:
                    yield f"{head}{name}\t{getattr(g, name)}\t{getattr(s, name)}{tail}"
