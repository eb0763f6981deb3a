"""The `quotes` pipeline component: fills `doc.quotes`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from khronika.nlp.doc import Doc, Token
from khronika.nlp.pipeline import Resources, register
from khronika.quotes.confidence import load_model as load_confidence
from khronika.quotes.cues import Lexicon
from khronika.quotes.context import QuoteContext
from khronika.quotes.extract import extract_all, extract_headline
from khronika.quotes.period import dated_out_actors, registry_roles_hold
from khronika.quotes.ranker import SpeakerChoice, SpeakerRanker, load_ranker
from khronika.quotes.speakers import SpeakerResolver


@dataclass
class Quotes:
    """Reported speech: direct, indirect and mixed quotes with their speakers."""

    lexicon: Lexicon
    registry: Any = None
    nominative: Callable[[Token], str | None] = lambda token: None
    genitive: Callable[[str], str] = lambda name: name
    name_nominative: Callable[[str, str], str] = lambda name, gender: name
    relational: Callable[[str], bool] = lambda adjective: False
    ranker: SpeakerRanker | None = None
    token_genitive: Callable[[Token], str | None] = lambda token: None
    future_form: Callable[[str], bool] = lambda word: True
    confidence: Any = None   # the quote confidence model (`quotes.confidence`); None: every quote keeps 0.5
    name: str = "quotes"
    requires: frozenset[str] = frozenset({"sentences", "tokens", "mentions", "actors"})
    assigns: frozenset[str] = frozenset({"quotes"})

    def __call__(self, doc: Doc) -> None:
        doc.quotes = extract_quotes(doc, self.lexicon, self.registry, self.nominative, self.genitive,
                                    self.name_nominative, self.relational, self.ranker,
                                    token_genitive=self.token_genitive, future_form=self.future_form,
                                    confidence=self.confidence)
        # Sidebar headlines (light Docs, when `related` ran first) keep their own quotes.
        for light in doc.related:
            light.quotes = headline_quotes(light, self.lexicon, self.registry, self.nominative, self.confidence)

    def confidence_features(self, doc: Doc) -> list[dict[str, float]]:
        """Fill `doc.quotes` and return every quote's confidence features, in the order of
        `doc.quotes` (the confidence model's fitting data; `bench/quote_confidence.py`)."""
        features: list[dict[str, float]] = []
        doc.quotes = extract_quotes(doc, self.lexicon, self.registry, self.nominative, self.genitive,
                                    self.name_nominative, self.relational, self.ranker,
                                    token_genitive=self.token_genitive, future_form=self.future_form,
                                    confidence=self.confidence,
                                    features=features)
        return features

    def speaker_choices(self, doc: Doc) -> list[SpeakerChoice]:
        """Fill `doc.quotes` and return every quote's candidate speakers as the rules
        left them (the ranker's fitting data; `bench/speaker_fit.py`)."""
        choices: list[SpeakerChoice] = []
        doc.quotes = extract_quotes(doc, self.lexicon, self.registry, self.nominative, self.genitive,
                                    self.name_nominative, self.relational, self.ranker, choices,
                                    token_genitive=self.token_genitive, future_form=self.future_form)
        return choices


def extract_quotes(doc: Doc, lexicon: Lexicon, registry: Any = None,
                   nominative: Callable[[Token], str | None] = lambda token: None,
                   genitive: Callable[[str], str] = lambda name: name,
                   name_nominative: Callable[[str, str], str] = lambda name, gender: name,
                   relational: Callable[[str], bool] = lambda adjective: False,
                   ranker: SpeakerRanker | None = None, choices: list[SpeakerChoice] | None = None,
                   token_genitive: Callable[[Token], str | None] = lambda token: None,
                   future_form: Callable[[str], bool] = lambda word: True,
                   confidence: Any = None, features: list[dict[str, float]] | None = None) -> list:
    """Quotes of an already parsed Doc (sentences, tokens with syntax, mentions, actors).
    With `choices`, every quote's candidate speakers are appended to it; with `confidence` (a
    `quotes.confidence` model) every quote gets its P(right); with `features`, every quote's
    confidence features are appended to it."""
    from khronika.nlp.roles import office_holder, resolve_role

    dated_out = dated_out_actors(doc, registry)
    # a registry holder of a role is read into the article only within the registry's period; an office's
    # holder by his term (data/role_terms.tsv) at any date
    roles_registry = registry if registry_roles_hold(doc) else None
    # (an office's holder only with the phrase's offset: without it the office's guards cannot read its sentence)
    resolver = SpeakerResolver(doc, lambda role, at=None: resolve_role(doc, roles_registry, role, at)
                               or (office_holder(doc, registry, role, at) if at is not None else None),
                               nominative, genitive,
                               name_nominative=name_nominative, dated_out=dated_out, relational=relational,
                               known_spelling=lambda name: registry_spelling(registry, name),
                               known_actor=lambda name: registry_id(registry, name),
                               known_named=lambda name: registry_named(registry, name),
                               known_country=lambda actor_id: registry_country(registry, actor_id),
                               known_outlet=lambda site: registry_outlet(registry, site),
                               token_genitive=token_genitive, future_form=future_form)
    return extract_all(QuoteContext(doc, lexicon, resolver, ranker, choices, confidence, features))


def registry_id(registry: Any, name: str) -> str | None:
    """The id of the one registry actor named (or aliased) `name`; None without a registry."""
    known = registry.lookup(name) if registry is not None else None
    return known.id if known is not None else None


def registry_named(registry: Any, name: str) -> tuple[str, str] | None:
    """(id, canonical name) of the one registry actor named (or aliased) `name`; None without a registry."""
    known = registry.lookup(name) if registry is not None else None
    return (known.id, known.name) if known is not None else None


def registry_country(registry: Any, actor_id: str) -> str | None:
    """The canonical name of the registry country of a registry actor ("per:theresa-may" -> "Великобритания")."""
    actor = registry.actors.get(actor_id) if registry is not None else None
    country = registry.actors.get(actor.country) if actor is not None and actor.country else None
    return country.name if country is not None else None


def registry_outlet(registry: Any, site: str) -> tuple[str, str] | None:
    """(nm25) (id, name) of the registry outlet whose web address `site` is ("bbc.com"); None without a registry."""
    known = registry.lookup_outlet_site(site) if registry is not None else None
    return (known.id, known.name) if known is not None else None


def registry_spelling(registry: Any, name: str) -> tuple[str, str] | None:
    """(id, name) of the one registry person a two-word name misspells in its first name only:
    the same surname, a first name of the same first letter one letter changed or two adjacent
    letters swapped ("Дональт Туск" -> Дональд Туск); None without a registry or when not exactly one."""
    words = name.split()
    if registry is None or len(words) != 2 or len(words[0]) < 4:
        return None
    first, surname = words[0].lower().replace("ё", "е"), words[1].lower().replace("ё", "е")
    found = [actor for known, actor in registry.by_surname.get(surname, ())
             if known != first and _one_slip(first, known)]
    return (found[0].id, found[0].name) if len(found) == 1 else None


def _one_slip(a: str, b: str) -> bool:
    """One letter changed or two adjacent letters swapped, the first letter kept."""
    if len(a) != len(b) or a[0] != b[0]:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
        and a[diff[1]] == b[diff[0]]


def headline_quotes(light: Doc, lexicon: Lexicon, registry: Any = None,
                    nominative: Callable[[Token], str | None] = lambda token: None, confidence: Any = None) -> list:
    """Quotes of one related headline's light Doc (segment, morph, NER, actors;
    no syntax needed): "Песков: переговоры продолжатся" gives a quote of Песков,
    kept apart from the article's quotes.  `Quotes` calls this on each related
    Doc when `related` ran before it (the default order)."""
    from khronika.nlp.roles import resolve_role

    resolver = SpeakerResolver(light, lambda role, at=None: resolve_role(light, registry, role, at), nominative)
    return extract_headline(QuoteContext(light, lexicon, resolver, confidence=confidence))


def speech_lexicon(resources: Resources) -> Lexicon:
    return resources.get("speech_lexicon", Lexicon.load)


@register("quotes")
def _quotes(resources: Resources) -> Quotes:
    from khronika.nlp import natasha_adapter as nat
    from khronika.nlp.components import registry
    from khronika.nlp.roles import inflector

    vocab = nat.morph_vocab(resources)
    return Quotes(speech_lexicon(resources), registry(resources), inflector(vocab), name_genitive(vocab),
                  name_nominative(vocab), relational_adjective(vocab), resources.get("speaker_ranker", load_ranker),
                  token_genitive(vocab), future_form(vocab), resources.get("quote_confidence", load_confidence))


def name_genitive(vocab: Any) -> Callable[[str], str]:
    """A person's name in the genitive ("Мария Захарова" -> "Марии Захаровой") for
    descriptive speakers ("дочь Марии Захаровой"); words the dictionary does not
    know as names stay as they are."""

    def word_genitive(word: str) -> str:
        forms = [p for p in vocab.parse(word) if {"nomn", "sing"} <= set(p.tag.grammemes)
                 and {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
        form = forms[0].inflect({"Gen"}) if forms else None
        if form is None:
            # A woman's "-ия" name the dictionary lacks declines like "Мария" ("Асия" -> "Асии").
            return word[:-2] + "ии" if word[:1].isupper() and word.endswith("ия") and len(word) > 3 else word
        return form.word[:1].upper() + form.word[1:] if word[:1].isupper() else form.word

    return lambda name: " ".join(word_genitive(w) for w in name.split())


def token_genitive(vocab: Any) -> Callable[[Token], str | None]:
    """A word of an institution's name put in the genitive, its number kept ("Верховный"
    -> "Верховного", "суд" -> "суда", "Вести" -> "Вестей"), for a description completed by
    the institution ("судьи Верховного суда"); None when the dictionary has no such form."""
    from khronika.nlp.natasha_adapter import inflect

    def genitive(token: Token) -> str | None:
        if not token.pos or not re.fullmatch(r"[А-ЯЁа-яё-]+", token.text):
            return None  # (a Latin or quoted-mark token does not decline)
        return inflect(vocab, token.text, token.pos, token.feats, {"Gen"})

    return genitive


def future_form(vocab: Any) -> Callable[[str], bool]:
    """(dvQ) Whether the dictionary's first verb reading of a word form is a future ("расскажут"), not a
    present ("клянутся") or a past one ("поиронизировал"): the tagger calls some of those future.  Asked
    only of cue verbs the tagger calls future."""

    @lru_cache(maxsize=4096)
    def future(word: str) -> bool:
        readings = [p for p in vocab.parse(word.lower()) if p.tag.POS == "VERB"]
        return bool(readings) and readings[0].tag.tense == "futr"

    return future


def relational_adjective(vocab: Any) -> Callable[[str], bool]:
    """Whether an adjective lemma is relational - it says what kind of thing its
    noun is ("промоутерская компания", "надзорная служба") - rather than
    qualitative ("влиятельное издание", "крупная компания"), participial or
    pronominal: the dictionary's first adjective reading has no Qual, Subx, Supr,
    Apro or Anum mark."""

    def relational(lemma: str) -> bool:
        parses = [p for p in vocab.parse(lemma) if p.tag.POS == "ADJF"]
        return bool(parses) and not {"Qual", "Subx", "Supr", "Apro", "Anum"} & set(parses[0].tag.grammemes)

    return relational


GRAMMEME_GENDER = {"Masc": "masc", "Fem": "femn"}
# Endings no nominative name has ("Соной", "Захаровой", "Фридкином"); "-а" is left
# alone: "Дана Уайт" is a man's nominative, not the genitive of "Дан".
OBLIQUE_ENDINGS = ("ой", "ей", "ом", "ым", "им", "ем", "ому", "ему", "ого", "его", "ую", "юю")


def name_nominative(vocab: Any) -> Callable[[str, str], str]:
    """A person's name seen only in oblique cases, put in the nominative for the
    gender the text shows ("Соной Ованнисян" + Fem -> "Сона Ованнисян", "Кисина"
    + Masc -> "Кисин").  A word that can already be a nominative of that gender,
    or that the dictionary does not know as an animate noun of it, stays."""

    def word_nominative(word: str, gender: str) -> str:
        if not word[:1].isupper() or not re.fullmatch(r"[А-ЯЁа-яё-]+", word) or not word.lower().endswith(OBLIQUE_ENDINGS):
            return word
        parses = [p for p in vocab.parse(word) if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes
                  and gender in p.tag.grammemes and "sing" in p.tag.grammemes]
        if not parses or any("nomn" in p.tag.grammemes for p in parses):
            return word
        form = parses[0].inflect({"Nom"})
        return form.word[:1].upper() + form.word[1:] if form is not None else word

    def convert(name: str, gender: str) -> str:
        grammeme = GRAMMEME_GENDER.get(gender)
        return " ".join(word_nominative(w, grammeme) for w in name.split()) if grammeme else name

    return convert
