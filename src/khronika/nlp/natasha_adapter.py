"""The only module that touches Natasha/Slovnet/razdel objects (with
`slovnet_packed`, which runs Slovnet's models over whole documents).

Models load through `Resources` (once per process, each on first use, so a
pipeline without syntax never loads the parser).  Every function here
returns Khronika records or plain tuples — Natasha types stop at this edge.
The pipeline runs the models through `packed_morph`/`packed_syntax`/`packed_ner`;
`ner_tagger` + `tag_ner` stay natasha's own path (the plain-Natasha baselines of
`eval ner` and `bench/enrich.py`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from khronika.nlp.doc import Token
from khronika.nlp.pipeline import Resources


def _embedding() -> Any:
    from khronika.nlp.morph import load_embedding

    return load_embedding()


def morph_vocab(resources: Resources) -> Any:
    from natasha import MorphVocab

    return resources.get("natasha.morph_vocab", MorphVocab)


def morph_tagger(resources: Resources) -> Any:
    from natasha import NewsMorphTagger

    emb = resources.get("natasha.emb", _embedding)
    return resources.get("natasha.morph", lambda: NewsMorphTagger(emb))


def syntax_parser(resources: Resources) -> Any:
    from natasha import NewsSyntaxParser

    emb = resources.get("natasha.emb", _embedding)
    return resources.get("natasha.syntax", lambda: NewsSyntaxParser(emb))


def _word_encoder(resources: Resources, infer: Any) -> Any:
    from khronika.nlp.slovnet_packed import WordEncoder

    return resources.get("slovnet.words", lambda: WordEncoder(infer))


def packed_morph(resources: Resources) -> Any:
    """The morph tagger run over whole documents (`slovnet_packed`), sharing word encoding with syntax."""
    from khronika.nlp.slovnet_packed import PackedMorph

    infer = morph_tagger(resources).infer
    return resources.get("slovnet.packed_morph", lambda: PackedMorph(infer, _word_encoder(resources, infer)))


def packed_syntax(resources: Resources) -> Any:
    """The syntax parser run over whole documents (`slovnet_packed`)."""
    from khronika.nlp.slovnet_packed import PackedSyntax

    infer = syntax_parser(resources).infer
    return resources.get("slovnet.packed_syntax", lambda: PackedSyntax(infer, _word_encoder(resources, infer)))


def packed_ner(resources: Resources) -> Any:
    """The news NER model run on known tokens (`slovnet_packed`); `ner_tagger` is natasha's own."""
    from khronika.nlp.slovnet_packed import PackedNer

    infer = ner_tagger(resources).infer
    return resources.get("slovnet.packed_ner", lambda: PackedNer(infer, _word_encoder(resources, infer)))


def ner_tagger(resources: Resources) -> Any:
    from natasha import NewsNERTagger

    emb = resources.get("natasha.emb", _embedding)
    return resources.get("natasha.ner", lambda: NewsNERTagger(emb))


# ---- segmentation (razdel) ----

def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence (start, stop) offsets within `text`."""
    from razdel import sentenize

    return [(s.start, s.stop) for s in sentenize(text)]


def tokens(text: str) -> list[tuple[int, int, str]]:
    """razdel's tokens of `text` as (start, stop, text).  razdel splits the text into
    atoms (a run of letters of one script, of digits, or one other character) and asks
    its rules whether two atoms with nothing between them make one token; atoms apart
    by white space never do.  The same atoms and razdel's own rules here, asked only
    about touching atoms that one of its rules could join, with their records made
    only then: the same tokens as `razdel.tokenize` (tests/nlp/test_razdel_tokens.py
    compares the two), with most records never made."""
    from razdel.segmenters.tokenize import ATOM, DASHES, INT, OTHER, PUNCT, Atom, TokenSplit, tokenize

    matches = list(ATOM.finditer(text))
    if not matches:
        return []
    atoms: list[Any] = [None] * len(matches)

    def atom(index: int) -> Any:
        if atoms[index] is None:
            match = matches[index]
            atoms[index] = Atom(match.start(), match.end(), match.lastgroup, match.group())
        return atoms[index]

    out = []
    start, stop = matches[0].span()
    left_type, left_text = matches[0].lastgroup, matches[0].group()
    for index in range(1, len(matches)):
        match = matches[index]
        right_type, right_text = match.lastgroup, match.group()
        # What each of razdel's rules (`razdel.segmenters.tokenize.RULES`) needs of two
        # touching atoms to join them: dash and underscore a dash or "_" on either side,
        # float and fraction ".,"/"/\" beside a number, punct two punctuation atoms,
        # other an OTHER atom, yahoo a "!".  Only a filter: razdel's rules decide.
        if match.start() == stop and (
            left_type == OTHER or right_type == OTHER or (left_type == PUNCT and right_type == PUNCT)
            or right_text == "!" or left_text in DASHES or right_text in DASHES or "_" in (left_text, right_text)
            or (right_type == INT and left_text in ".,/\\") or (left_type == INT and right_text in ".,/\\")
        ):
            # razdel's segmenter consults its rules with a window of three atoms each side.
            split = TokenSplit([atom(i) for i in range(max(0, index - 3), index)], "",
                               [atom(i) for i in range(index, min(index + 3, len(matches)))])
            split.buffer = text[start:stop]
            if tokenize.join(split):
                stop, left_type, left_text = match.end(), right_type, right_text
                continue
        out.append((start, stop, text[start:stop]))
        (start, stop), left_type, left_text = match.span(), right_type, right_text
    out.append((start, stop, text[start:stop]))
    return out


# ---- morphology and syntax (slovnet) ----

@dataclass(frozen=True)
class MorphResult:
    """One reading of the morph tagger: POS and UD features, and the tagger's tag id
    (the same id, the same reading).  One object per tag, shared by every token
    tagged so: read only."""

    pos: str
    feats: dict[str, str]
    tag: int


class MorphTagger:
    """The packed morph tagger (`slovnet_packed.PackedMorph`) answering with its shared readings."""

    def __init__(self, packed: Any) -> None:
        self.packed = packed
        self.readings = [MorphResult(pos, feats, i) for i, (pos, feats) in enumerate(packed.tags)]

    def __call__(self, chunks: list[list[str]]) -> list[list[MorphResult]]:
        readings = self.readings
        return [[readings[i] for i in ids] for ids in self.packed.tag_ids(chunks)]


def morph_readings(resources: Resources) -> MorphTagger:
    packed = packed_morph(resources)
    return resources.get("slovnet.morph_readings", lambda: MorphTagger(packed))


def tag_morph(tagger: MorphTagger, chunks: list[list[str]]) -> list[list[MorphResult]]:
    """`tagger`: `morph_readings(resources)`; one list of readings per sentence."""
    return tagger(chunks)


def parse_syntax(parser: Any, chunks: list[list[str]]) -> list[list[tuple[int, str]]]:
    """`parser`: `packed_syntax(resources)`.  Per sentence, per token: (head index
    within the sentence or -1, relation)."""
    return parser(chunks)


def lemmatize(vocab: Any, token: Token) -> str:
    if not token.pos:
        return token.text.lower()
    return vocab.lemmatize(token.text, token.pos, token.feats)


# (word, tag) pairs whose lemma is kept: the words of a few hundred articles.
_LEMMA_CACHE = 50_000


class Lemmatizer:
    """natasha's lemma of a word in a reading of the morph tagger, remembered per
    (word, tag id): news text repeats its words in the same readings, and a key of a
    string and an int is cheap to hash and invisible to the garbage collector.  For a
    new word, natasha's choice among the dictionary's forms depends only on the forms'
    tags and the reading, and is remembered per (forms' tags, tag id) too: many words
    share their tag sets."""

    def __init__(self, vocab: Any, readings: list[MorphResult], cache_size: int = _LEMMA_CACHE) -> None:
        self._vocab = vocab
        self._readings = readings
        self._lemma = lru_cache(maxsize=cache_size)(self._choose)
        self._choices: dict[tuple[tuple[str, ...], int], int] = {}
        self._cache_size = cache_size

    def __call__(self, word: str, reading: MorphResult) -> str:
        """`reading`: one of `readings` (the morph tagger's)."""
        return self._lemma(word, reading.tag)

    def _choose(self, word: str, tag: int) -> str:
        # natasha.morph.lemma.lemmatize: the normal form of natasha's best form, else the word.
        from natasha.morph.lemma import normal_word

        reading = self._readings[tag]
        if not reading.pos:
            return word.lower()
        word = normal_word(word)
        forms = self._vocab(word)
        key = (tuple(str(form.tag) for form in forms), tag)
        index = self._choices.get(key)
        if index is None:
            index = _best_form(forms, reading.pos, reading.feats)
            if len(self._choices) >= self._cache_size:
                self._choices.clear()   # start over rather than keep track of use
            self._choices[key] = index
        return normal_word(forms[index].normal) if index >= 0 else word


def _best_form(forms: list, pos: str, feats: dict[str, str]) -> int:
    """The index of natasha's `best_form` among `forms` (-1 for none): the first form
    with exactly this POS and these features, else the first of the most similar ones
    (natasha's `grams_sim`, above 0)."""
    from natasha.morph.lemma import grams_sim

    best, best_sim = -1, 0
    for index, form in enumerate(forms):
        if form.pos == pos and form.feats == feats:
            return index
        sim = grams_sim(form.pos, form.feats, pos, feats)
        if sim > best_sim:
            best, best_sim = index, sim
    return best


def lemmatizer(resources: Resources) -> Lemmatizer:
    vocab, tagger = morph_vocab(resources), morph_readings(resources)
    return resources.get("natasha.lemmatizer", lambda: Lemmatizer(vocab, tagger.readings))


# ---- NER (slovnet) ----

def tag_ner(tagger: Any, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """Per text, the (start, stop, type) spans of Slovnet's news NER (PER/LOC/ORG)."""
    return [[(s.start, s.stop, s.type) for s in markup.spans] for markup in tagger.map(texts)]


def tag_ner_text(tagger: Any, text: str,
                 sentences: list[tuple[int, int, list[Token]]] | None = None) -> list[tuple[int, int, str]]:
    """`tagger`: `packed_ner(resources)`.  The spans `tag_ner` finds in `text`, from
    the same razdel tokens and model, without natasha's per-call records.
    `sentences`: (start, stop, razdel tokens) of the sentences of `text`; their
    tokens are reused when they are provably what razdel makes of the whole text."""
    if sentences and all(words and words[0].start == start and words[-1].stop == stop for start, stop, words in sentences) \
            and same_as_text_tokens(text, [(start, stop) for start, stop, _ in sentences]):
        return tagger([(t.start, t.stop, t.text) for _, _, words in sentences for t in words])
    return tagger(tokens(text))


# razdel joins two atoms around these characters when no space separates them,
# looking one atom further: across a sentence edge that atom is missing.
_DIGIT_JOINERS = frozenset(".,/\\")


def same_as_text_tokens(text: str, sentences: list[tuple[int, int]]) -> bool:
    """True when tokenizing each sentence of `text` on its own gives razdel's tokens
    of the whole text: sentences apart by white space only, and no sentence edge
    where razdel's dash, underscore, decimal or fraction rules would look across."""
    from razdel.segmenters.punct import DASHES

    joiners = frozenset(DASHES) | {"_"}
    previous_stop = 0
    previous = ""
    for start, stop in sentences:
        gap = text[previous_stop:start]
        if previous and not gap or gap and not gap.isspace():
            return False
        current = text[start:stop]
        if not current:
            return False
        if previous:
            last, first = previous[-1], current[0]
            if last in joiners or first in joiners and len(current) > 1 and not current[1].isspace():
                return False
            if last in _DIGIT_JOINERS and previous[-2:-1].isdigit() and first.isdigit():
                return False
            if first in _DIGIT_JOINERS and current[1:2].isdigit() and last.isdigit():
                return False
        previous, previous_stop = current, stop
    rest = text[previous_stop:]
    return not rest or rest.isspace()


# ---- normal forms ----

@dataclass
class _NormToken:
    # The shape natasha.norm reads: id/head_id (for ORG syntax normalisation), text, pos, feats.
    id: int
    head_id: int
    start: int
    stop: int
    text: str
    pos: str
    feats: dict[str, str]


_INFLECTED_POS = frozenset({"PROPN", "NOUN", "ADJ", "VERB"})


def _select(forms: list, pos: str, feats: dict[str, str]) -> Any:
    # Natasha's exact match on gender, number and case first; then number and
    # case (the tagger often guesses the gender of foreign names wrong).
    from natasha.norm import feats_match, pos_match

    for form in forms:
        if pos_match(form.pos, pos) and feats_match(form.feats, feats):
            return form
    for form in forms:
        if pos_match(form.pos, pos) and all(form.feats.get(k) == feats.get(k) for k in ("Number", "Case")):
            return form
    if pos == "PROPN" and feats.get("Case") == "Acc":
        # A person's name in the accusative is spelt as the genitive ("Ортолана"): the
        # dictionary may know the word only as an inanimate noun's genitive.
        for form in forms:
            if pos_match(form.pos, pos) and form.feats.get("Case") == "Gen" \
                    and form.feats.get("Number") == feats.get("Number", "Sing"):
                return form
    return None


def _as_written_yo(word: str, form: Any, normal: str) -> str:
    """A "ё" the dictionary knows stays ("Соловьёв"); one the predictor made up for a
    word it does not know ("Гульденштерна" → "гульденштёрн") does not."""
    if form.is_known or "ё" in word:
        return normal
    return normal.replace("ё", "е")


def _nominative(vocab: Any, token: _NormToken) -> str:
    """Like natasha.norm.inflect_word, but keeps the dictionary's "ё"
    ("Соловьева" → "соловьёв"), as canonical names are written."""
    word = token.text.lower()
    if token.pos not in _INFLECTED_POS:
        return word
    form = _select(vocab(word), token.pos, token.feats)
    if form is None:
        return word
    if token.feats.get("Case") == "Nom":
        return _as_written_yo(word, form, form.word)
    inflected = form.inflect({"Nom"})
    return _as_written_yo(word, form, inflected.word) if inflected else word


def _inflectable(items: list[_NormToken]) -> set[int]:
    """The span's head and the adjectives/participles hanging on it.  When the
    parse splits the span into several roots, the first one is the head
    ("Совета | Федерации" with "Федерации" attached outside stays genitive)."""
    inside = {t.id for t in items}
    if all(t.head_id < 0 for t in items):
        return inside  # no parse (syntax switched off): inflect every word
    roots = [t for t in items if t.head_id not in inside]
    if not roots:
        return set()
    head = roots[0]
    if any(t.pos == "ADP" and t.head_id == head.id and t.id < head.id for t in items) and items[0].pos != "ADP":
        # A head governed by a preposition inside the span is no name's head: the parse hung the
        # name on its own tail ("Главного управления МВД | по Москве"); the first noun is the head.
        head = next((t for t in items if t.pos in ("NOUN", "PROPN")), head)
    chosen, stack = set(), [head.id]
    while stack:
        current = stack.pop()
        chosen.add(current)
        stack.extend(t.id for t in items if t.head_id == current and t.pos in ("ADJ", "VERB")
                     and _modifies(t, head))
    return chosen


# Oblique cases: an adjective in one of them cannot agree with a noun in the nominative (the tagger confuses the
# like forms of the oblique cases among themselves - "Центральной" read as a locative beside a genitive noun - and
# the nominative with the accusative, so those pairs say nothing).
_OBLIQUE_CASES = frozenset({"Gen", "Dat", "Ins", "Loc"})


def _modifies(word: _NormToken, head: _NormToken) -> bool:
    """(mC40, rv40_Q C4) An adjective in an oblique case hanging on a head in the nominative does not agree with it:
    it is a word of the name standing on its own, kept as written (Telegram-канал «Пул Первого»: "Первого" is no
    "Первый")."""
    return not (head.feats.get("Case") == "Nom" and word.feats.get("Case") in _OBLIQUE_CASES)


def normalize(vocab: Any, span_tokens: Iterable[Token], first_index: int, syntactic: bool) -> str:
    """Normal form of a span (Natasha's method): nominative of each word, or
    (`syntactic=True`, organisations) only of the head and its adjectives, so
    "Совета по правам человека" → "Совет по правам человека"."""
    from natasha.norm import recover_shapes, recover_spaces

    items = [
        _NormToken(first_index + i, t.head, t.start, t.stop, t.text, t.pos, t.feats)
        for i, t in enumerate(span_tokens)
    ]
    if not items:
        return ""
    ids = _inflectable(items) if syntactic else {t.id for t in items}
    words = [_acronym_stem(t.text) or (_nominative(vocab, t) if t.id in ids else t.text) for t in items]
    return recover_spaces(list(recover_shapes(words, items)), items)


# An acronym declined with a lower-case case ending ("МИДа", "ГУМе", "ЦИКом", "ВУЗов").
_DECLINED_ACRONYM = re.compile(r"([A-ZА-ЯЁ]{2,})(а|у|е|ом|ы|ов|ам|ами|ах)")


def _acronym_stem(word: str) -> str | None:
    """"МИДа" → "МИД": the acronym without its case ending (kept upper case; the word's
    own parse would lower-case it, "мид")."""
    match = _DECLINED_ACRONYM.fullmatch(word)
    return match.group(1) if match else None


def inflect(vocab: Any, word: str, pos: str, feats: dict[str, str], grams: set[str]) -> str | None:
    """`word` put into `grams` (natasha/UD names, e.g. {"Nom"}), or None."""
    from natasha.norm import select_form

    form = select_form(vocab(word.lower()), pos, feats)
    if form:
        form = form.inflect(grams)
        if form:
            return form.word
    return None


def parse_word(vocab: Any, word: str) -> list[tuple[str, str, dict[str, str]]]:
    """All (normal form, POS, feats) analyses of a word (pymorphy via natasha)."""
    return [(f.normal, f.pos, dict(f.feats)) for f in vocab(word.lower())]


def natasha_normalize(vocab: Any, span_tokens: Iterable[Token]) -> str:
    """Plain Natasha (`natasha.norm.normalize`, the PER/LOC rule) — the baseline of `eval normal`."""
    from natasha.norm import normalize as plain

    items = [_NormToken(i, t.head, t.start, t.stop, t.text, t.pos, t.feats) for i, t in enumerate(span_tokens)]
    return plain(vocab, items) if items else ""


# ---- person names: one case and gender for the whole name ----

_NAME_GRAMS = ("Name", "Surn", "Patr")
_CASES = ("Nom", "Gen", "Dat", "Acc", "Ins", "Loc")
_GENDERS = ("Masc", "Fem")
# Masculine surname endings by case, for surnames the dictionary only guesses
# ("Фридкином" → "Фридкин", not the predictor's neuter "фридкино").
_MASC_ENDINGS = {"Gen": ("а",), "Acc": ("а",), "Dat": ("у",), "Ins": ("ом", "ым"), "Loc": ("е",)}
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
# Soft-stem masculine surnames ("Кривопаля", "Гудем" → "Кривопаль", "Гудь"): the ending
# after a consonant that takes a soft sign in the nominative.
_MASC_SOFT_ENDINGS = {"Gen": ("я",), "Acc": ("я",), "Dat": ("ю",), "Ins": ("ем", "ём")}
_SOFT_CONSONANTS = frozenset("бвдзлмнпрстф")


def _name_weight(form: Any) -> float:
    # Why: the tagger often guesses case and gender of names wrong ("Соной"
    # tagged nominative masculine); the dictionary's name/surname readings
    # are the most trustworthy evidence, then animate nouns, then anything.
    # A first name the predictor guessed for a word the dictionary lacks ("Кассарану" as
    # the dative of a "Кассаран") copies a look-alike's grammemes: no better than a
    # noun, an indeclinable guess worse.  Its surnames ("-ов", "-ский") are
    # reliable (the dictionary lists few surnames: most are the predictor's).
    if any(g in form.tag for g in _NAME_GRAMS):
        if not form.is_known and "Surn" not in form.tag:
            return 0.75 if "Fixd" in form.tag else 1.0
        return 2.0 if "Fixd" in form.tag else 3.0
    return 1.0 if form.feats.get("Animacy") == "Anim" or form.pos == "ADJ" else 0.5


# The weight of the tagger's own reading of a word the dictionary does not know
# ("Кальдерану" read as nominative): above the predictor's guesses (1.0),
# below a dictionary name (2.0, 3.0).
_UNKNOWN_AS_TAGGED = 1.5


def _unknown_word(forms: list) -> bool:
    """No dictionary reading of the word, nor a surname the predictor recognises by its
    suffix: only the predictor's look-alike guesses.  (A word the dictionary knows as
    another part of speech, such as the particle "Ле" of "Бруно Ле Мэром", is known.)"""
    return not any(f.is_known or "Surn" in f.tag for f in forms)


def _agreeing(forms: list, case: str, gender: str) -> list:
    return [
        f for f in forms
        if f.pos in ("NOUN", "ADJ") and f.feats.get("Number", "Sing") == "Sing"
        and f.feats.get("Case") == case
        # An indeclinable word ("Рене", "Биби") says nothing about the gender.
        and (f.feats.get("Gender", gender) == gender or "Fixd" in f.tag and f.feats.get("Animacy") == "Anim")
    ]


def _name_agreement(table: list[list], hints: list[tuple[str, str]]) -> tuple[str, str]:
    """The (case, gender) the whole name is read in.  A reading the tagger gave
    one of its words stands when every word has a dictionary form in it (or is
    a word the dictionary does not know, read so by the tagger); otherwise the
    reading under which the words agree best (names and surnames weigh most),
    the tagger's votes breaking ties."""
    unknown = [_unknown_word(forms) for forms in table]

    def agrees(i: int, pair: tuple[str, str]) -> bool:
        return bool(_agreeing(table[i], *pair)) or (unknown[i] and hints[i] == pair)

    # The tagger's case is surer than its gender, which it often guesses masculine for
    # a woman's surname ("Шелестова" read as a nominative masculine): its case in the
    # other gender comes before any other case.
    swapped = [(case, "Fem" if gender == "Masc" else "Masc") for case, gender in hints]
    for pair in hints + swapped:
        if all(agrees(i, pair) for i in range(len(table))):
            return pair

    def weight(i: int, pair: tuple[str, str]) -> float:
        tagged = _UNKNOWN_AS_TAGGED if unknown[i] and hints[i] == pair else 0.0
        return max([_name_weight(f) for f in _agreeing(table[i], *pair)] + [tagged])

    def score(pair: tuple[str, str]) -> tuple[float, int, bool]:
        total = sum(weight(i, pair) for i in range(len(table)))
        return total, hints.count(pair), pair[0] == "Nom"
    # The tagger reads gender from the context (verb and adjective agreement),
    # which the dictionary lacks for names it does not know ("Асию" is only
    # the masculine "Асий" to it): the gender stays the tagger's — unless no word
    # has any form in it and a surname declined in the other gender reads the name
    # ("Вересковской" read as masculine; not a first name the dictionary reads in
    # another case and gender).
    genders = [g for g in _GENDERS if any(hint == g for _, hint in hints)] or list(_GENDERS)
    best = max(((c, g) for c in _CASES for g in genders), key=score)
    if score(best)[0] == 0:
        other = max(((c, g) for c in _CASES for g in _GENDERS), key=score)
        if any("Surn" in f.tag or f.pos == "ADJ" for forms in table for f in _agreeing(forms, *other)):
            best = other
    return best


def _strip_masc_ending(word: str, case: str) -> str:
    for ending in _MASC_ENDINGS.get(case, ()):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem[-1] in _CONSONANTS:
            return stem
    for ending in _MASC_SOFT_ENDINGS.get(case, ()):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem[-1] in _SOFT_CONSONANTS:
            return stem + "ь"
    return word


# Oblique endings of women's "-ина/-ова/-ева" surnames ("Родиной", "Родину") and their stems.
_FEM_SURNAME_OBLIQUE = {"Gen": "ой", "Dat": "ой", "Ins": "ой", "Loc": "ой", "Acc": "у"}
_FEM_SURNAME_STEMS = ("ин", "ын", "ов", "ев", "ёв")


def _name_word_nominative(word: str, forms: list, case: str, gender: str, anchored: bool) -> str:
    """One word of a name in the nominative.  `anchored`: the word is a
    surname after a first name the dictionary knows in this case and gender."""
    agreeing = _agreeing(forms, case, gender)
    if not agreeing:
        # Masculine names of the first declension ("Артёма Дзюбы") are listed as feminine.
        agreeing = [f for f in forms if gender == "Masc" and f.pos == "NOUN" and f.feats.get("Case") == case
                    and f.feats.get("Number", "Sing") == "Sing" and f.normal.endswith(("а", "я"))]
    if not agreeing and anchored and gender == "Fem" and "-" not in word:
        # A woman's "-ина/-ова" surname the dictionary knows only as a common noun ("Елены
        # Родиной" - "родиной" is "родина" in the instrumental) declines as a surname.
        ending = _FEM_SURNAME_OBLIQUE.get(case)
        if ending and word.endswith(tuple(stem + ending for stem in _FEM_SURNAME_STEMS)):
            return word[:-len(ending)] + "а"
    if not agreeing:
        # An indeclinable surname ("Анна Ованнисян") stays; a masculine surname
        # the dictionary does not know loses its case ending ("Фридкином").
        return _strip_masc_ending(word, case) if anchored and gender == "Masc" and "-" not in word else word
    # Among guesses, the predictor's surname over its adjective ("-овой" → "-ова", not "-овая").
    form = max(agreeing, key=lambda f: (_name_weight(f), any(g in f.tag for g in _NAME_GRAMS), f.score))
    if case == "Nom":
        return _as_written_yo(word, form, form.word)
    inflected = _inflect_pymorphy(form, {"nomn", "sing"})
    return _as_written_yo(word, form, inflected.word) if inflected else word


def _inflect_pymorphy(form: Any, grams: set[str]) -> Any:
    # pymorphy grammemes (not UD names): MorphForm.inflect would translate them.
    from natasha.morph.vocab import PymorphyParse

    return PymorphyParse.inflect(form, grams)


def person_normal(vocab: Any, span_tokens: list[Token], gender: str | None = None) -> str | None:
    """Nominative of a personal name read as one agreeing phrase ("Линасом
    Линкявичюсом" → "Линас Линкявичюс", "Юрию Долгорукому" → "Юрий
    Долгорукий"), or None when the span is not a plain Cyrillic name.  `gender`:
    the person's gender known from elsewhere in the document ("Fem"/"Masc"), which
    then replaces the tagger's guess on the span's own words ("Асии Биби")."""
    from natasha.norm import recover_shapes, recover_spaces

    if not span_tokens or len(span_tokens) > 4:
        return None
    if not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() and _cyrillic(t.text) for t in span_tokens):
        return None
    words = [t.text.lower() for t in span_tokens]
    table = [list(vocab(w)) for w in words]
    hints = [(t.feats.get("Case", "Nom"), gender or t.feats.get("Gender", "Masc")) for t in span_tokens]
    feminine = _feminine_ia_name(words[0], table[0], *hints[0])
    if gender == "Fem" and not feminine:
        # The document says she is a woman; the tagger's case may be off as well ("Асии" read as a nominative).
        for case in _FEMININE_IA_ENDINGS:
            feminine = _feminine_ia_name(words[0], table[0], case, gender)
            if feminine:
                hints = [(case, gender)] + hints[1:]
                break
    case, gender = hints[0] if feminine else _name_agreement(table, hints)
    named = [any(_name_weight(f) >= 2 for f in _agreeing(forms, case, gender)) for forms in table]
    # A lone surname declined as an adjective ("Заречному", "Вересковской") is read as one.
    adjectival = any(f.pos == "ADJ" for f in _agreeing(table[0], case, gender))
    undeclined = not feminine and _undeclined_first_name(words, table, case, gender)
    if not feminine and not undeclined and (not _agreeing(table[0], case, gender)
                                            or (len(words) == 1 and not named[0] and not adjectival)):
        return None  # no dictionary reading beyond the tagger's guess: word by word
    normal = [
        _name_word_nominative(w, forms, case, gender, named[0] and 0 < i == len(words) - 1)
        for i, (w, forms) in enumerate(zip(words, table))
    ]
    if _undeclined_surname(words, table, case):
        normal[-1] = words[-1]
    if feminine:
        normal[0] = feminine
    elif undeclined and normal[0] == words[0]:
        normal[0] = _strip_masc_ending(words[0], case)
    items = [_NormToken(i, -1, t.start, t.stop, t.text, t.pos, t.feats) for i, t in enumerate(span_tokens)]
    return recover_spaces(list(recover_shapes(normal, items)), items)


def _undeclined_surname(words: list[str], table: list[list], case: str) -> bool:
    """(mX35, rv35_Q) A man's foreign first name left as it is in an oblique case ("главы профсоюза Марио Росси",
    "Марио Драги"): a surname in "-и" after it with no man's reading in that case does not decline either - not
    the look-alike "-я"/"-а" noun whose oblique form it resembles ("Росся", "Драга", "Сальвиня").  A surname in
    "-ой", "-е", "-а" is declined ("Серджо Маттареллой", "Иржи Руснока"); a patronymic tells a woman the dictionary
    takes for a man ("Этери Георгиевны")."""
    last = table[-1]
    return (len(words) > 1 and case != "Nom" and words[-1].endswith("и") and _undeclined_man_name(table[0], case)
            and not _agreeing(last, case, "Masc") and not any("Patr" in f.tag for f in last))


def _undeclined_man_name(forms: list, case: str) -> bool:
    """The dictionary reads the word in this case only as an indeclinable masculine noun: a man's foreign first
    name ("Марио", "Джузеппе", "Маттео")."""
    readings = [f for f in forms if f.pos == "NOUN" and f.feats.get("Case") == case]
    # (the predictor may know "Маттео" only as an indeclinable place's name: still no declined reading)
    return (any(f.feats.get("Gender") == "Masc" for f in readings)
            and all("Fixd" in f.tag and f.feats.get("Gender", "Masc") == "Masc" for f in readings))


# Cases whose masculine ending a first name may lose when the surname vouches for the case;
# not the locative: "-е" ends a first-declension name too ("о Мустафе").
_FIRST_NAME_CASES = frozenset({"Gen", "Acc", "Dat", "Ins"})


def _undeclined_first_name(words: list[str], table: list[list], case: str, gender: str) -> bool:
    """A man's first name the dictionary does not know, left in an oblique case ("Артиса
    Пабрикса"): the predictor guessed only other cases for it, while the surname after it
    has a reading in the name's case and gender and none as a person in the nominative, so
    the first name declines like a consonant-stem masculine noun ("Артиса" → "Артис"; not
    "Анча Баранова", which may be a woman's name as it stands).  Only when it has such an
    ending: other unknown first words ("Риели", place names read as names) keep the old path."""
    return (len(words) > 1 and gender == "Masc" and case in _FIRST_NAME_CASES and "-" not in words[0]
            and _strip_masc_ending(words[0], case) != words[0]
            and _unknown_word(table[0]) and not _agreeing(table[0], case, gender)
            and bool(_agreeing(table[-1], case, gender))
            and not any(f.feats.get("Case") == "Nom" and f.feats.get("Animacy") == "Anim" for f in table[-1]))


# Oblique endings of feminine first names in "-ия" ("Асии", "Асию", "Асией").
_FEMININE_IA_ENDINGS = {"Gen": "ии", "Dat": "ии", "Loc": "ии", "Acc": "ию", "Ins": "ией"}


def _feminine_ia_name(word: str, forms: list, case: str, gender: str) -> str | None:
    """The nominative "-ия" of a first name the tagger reads as a woman's when the
    dictionary knows the word only as a man's "-ий" ("Асию": "Асий" in the dative)
    or not at all; None otherwise."""
    ending = _FEMININE_IA_ENDINGS.get(case)
    if gender != "Fem" or not ending or not word.endswith(ending) or len(word) < len(ending) + 2:
        return None
    if any(f.pos == "NOUN" and f.feats.get("Gender") == "Fem" and (f.is_known or "Name" in f.tag) for f in forms):
        return None   # the dictionary reads it as a woman's word: the ordinary path
    if not _unknown_word(forms) and not any("Name" in f.tag and f.is_known for f in forms):
        return None   # a known word that is no man's name either
    return word[: -len(ending)] + "ия"


def _cyrillic(text: str) -> bool:
    return all("а" <= c.lower() <= "я" or c.lower() == "ё" or c == "-" for c in text)


# ---- normal forms of name spans, remembered ----

# Spans whose normal form is kept: the names of a few hundred articles.
_NORMAL_CACHE = 20_000


class NormalForms:
    """The normal form of a name span: a person's name read as one agreeing phrase
    (dictionary names and surnames over the tagger's per-word guess, whatever the parse
    says: "Уильямом | Фридкином" parsed as nmod), anything else (or a person's name
    that is not a plain Cyrillic name) word by word (`normalize`).  Remembered per span
    as those functions read it: each word's text, POS, features, offset from the span's
    start and head (its place in the span, -1 none, -2 outside); news text names the
    same people and places in the same forms again and again (a third of the spans of
    200 RuNormAS articles repeat an earlier one)."""

    def __init__(self, vocab: Any, cache_size: int = _NORMAL_CACHE) -> None:
        self.vocab = vocab
        self._cache_size = cache_size
        self._known: dict[tuple, str] = {}

    def __call__(self, person: bool, span_tokens: list[Token], first_index: int, syntactic: bool,
                 gender: str | None = None) -> str:
        stop = first_index + len(span_tokens)
        origin = span_tokens[0].start if span_tokens else 0
        key = (person, syntactic, gender, tuple(
            (t.text, t.pos, tuple(t.feats.items()), t.start - origin,
             t.head - first_index if first_index <= t.head < stop else (-1 if t.head < 0 else -2))
            for t in span_tokens))
        normal = self._known.get(key)
        if normal is None:
            normal = (person and person_normal(self.vocab, span_tokens, gender)) or normalize(
                self.vocab, span_tokens, first_index, syntactic)
            if len(self._known) >= self._cache_size:
                self._known.clear()   # start over rather than keep track of use
            self._known[key] = normal
        return normal


def normal_forms(resources: Resources) -> NormalForms:
    vocab = morph_vocab(resources)
    return resources.get("nlp.normal_forms", lambda: NormalForms(vocab))
