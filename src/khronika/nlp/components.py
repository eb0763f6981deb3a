"""The nlp/ pipeline components: segment, morph, syntax, ner, actors, times, related.

Each is a small class with `name`, `requires`, `assigns`, built by a
registered factory from the shared `Resources`.  Models come from
`natasha_adapter`, so no Natasha type reaches a `Doc`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from khronika.extract.article import Article
from khronika.nlp import natasha_adapter as nat
from khronika.nlp.actors import resolve_actors
from khronika.nlp.doc import Doc, Sentence, Token
from khronika.nlp.gazetteer import Gazetteer
from khronika.nlp.geo import GeoAdjectives
from khronika.nlp.initial_words import drop_common_initials
from khronika.nlp.mentions import add_geo_adjectives, add_nested_places, make_mentions, merge_gazetteer
from khronika.nlp.ner_rules import RawSpan, apply_rules, persons_by_name_grammar, trim_leading_titles
from khronika.nlp.org_descriptors import descriptor_orgs, drop_places_in_descriptors
from khronika.nlp.pipeline import Resources, register
from khronika.nlp.registry import Registry, load_registry
from khronika.nlp.roles import RoleLexicon, inflector
from khronika.nlp.sentence_splits import refine
from khronika.nlp.surname_variants import subject_surnames
from khronika.nlp.times import find_times, outside_names, parse_anchor, verb_tense_future


def registry(resources: Resources) -> Registry:
    return resources.get("registry", load_registry)


def _lemma_of(vocab: Any):
    def lemma_of(word: str, alone: bool = False) -> str:
        parses = nat.parse_word(vocab, word)
        # Names only: a surname read as a verb form ("Умеров" → "умереть")
        # would make the verb "Умер" match it.
        if not parses or parses[0][1] not in ("NOUN", "PROPN", "ADJ"):
            return word.lower()
        if alone and (word.isupper() or vocab.word_is_known(word.lower())):
            # (rv21_Q M1) A one-word alias is a name in the nominative, so its lemma is that of a
            # nominative reading, else the word itself.  The lemma of an oblique reading is another word,
            # all of whose forms would find the name: "Трасс", the genitive plural of "трасса", made
            # "Трасса протяженностью 336 км" Liz Truss ("Стрелков" → "Стрелок", "Газа" → "Газ").  An
            # abbreviation is no word form at all ("САР" read as "Сар" made "Сара" Syria).  A word the
            # dictionary does not know keeps its guessed lemma: the guesser reads the name's oblique forms
            # in the text ("Хезболлы") the same way.
            nominative = [p for p in parses if p[1] in ("NOUN", "PROPN", "ADJ") and p[2].get("Case") == "Nom"]
            return nominative[0][0].replace("ё", "е") if nominative and not word.isupper() else word.lower()
        return parses[0][0].replace("ё", "е")
    return lemma_of


def _words(text: str) -> list[str]:
    return [t for _, _, t in nat.tokens(text)]


def gazetteer(resources: Resources) -> Gazetteer:
    vocab = nat.morph_vocab(resources)
    return resources.get("gazetteer", lambda: Gazetteer.build(registry(resources), _lemma_of(vocab), _words,
                                                                _dictionary_reading(vocab)))


# Grammemes of a word the dictionary reads as a name of its own.
_NAME_GRAMMEMES = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn", "Trad"})


def _dictionary_reading(vocab: Any) -> Callable[[str], int]:
    """For the gazetteer: 2 = the dictionary reads the word as a name, 1 = as a common word, 0 = unknown."""
    def reading(word: str) -> int:
        if not vocab.word_is_known(word):
            return 0
        return 2 if any(_NAME_GRAMMEMES & set(p.tag.grammemes) for p in vocab.parse(word)) else 1
    return reading


def _patronymic_reading(vocab: Any) -> Callable[[str, str], bool]:
    """For the actors: whether the dictionary knows `word` as a patronymic of the gender of a first-name reading
    of `first` ("Михаил Сергеевич"; not "Светлана Алексиевич", a woman's surname, nor "Александр Баханович", a
    surname the dictionary does not know)."""
    def genders(word: str, grammeme: str) -> set[str]:
        return {g for p in vocab.parse(word) if grammeme in p.tag.grammemes for g in ("masc", "femn")
                if g in p.tag.grammemes}

    def reading(first: str, word: str) -> bool:
        word, first = word.lower(), first.lower()
        return vocab.word_is_known(word) and bool(genders(word, "Patr") & genders(first, "Name"))
    return reading


def geo_adjectives(resources: Resources) -> GeoAdjectives:
    vocab = nat.morph_vocab(resources)
    return resources.get(
        "geo_adjectives", lambda: GeoAdjectives.build(registry(resources), lambda w: nat.parse_word(vocab, w), _words)
    )


def role_lexicon(resources: Resources) -> RoleLexicon:
    vocab = nat.morph_vocab(resources)
    return resources.get(
        "role_lexicon", lambda: RoleLexicon.build(registry(resources), lambda w: nat.parse_word(vocab, w), _words)
    )


class Segment:
    """Sentences and tokens, per part (a title never runs into the lead)."""

    name = "segment"
    requires = frozenset({"article"})
    assigns = frozenset({"sentences", "tokens"})

    def __call__(self, doc: Doc) -> None:
        doc.sentences, doc.tokens = [], []
        for part in doc.parts:
            text = doc.text[part.start:part.stop]
            for start, stop in refine(text, nat.sentences(text)):
                first = len(doc.tokens)
                for t_start, t_stop, t_text in nat.tokens(text[start:stop]):
                    offset = part.start + start
                    doc.tokens.append(Token(offset + t_start, offset + t_stop, t_text))
                s_start, s_stop = part.start + start, part.start + stop
                doc.sentences.append(Sentence(s_start, s_stop, doc.text[s_start:s_stop], first, len(doc.tokens)))


def _chunks(doc: Doc) -> list[list[str]]:
    return [[t.text for t in doc.sentence_tokens(i)] for i in range(len(doc.sentences))]


@dataclass
class Morph:
    """POS, UD features and lemma of every token (Slovnet morph + pymorphy)."""

    tagger: nat.MorphTagger
    lemmatizer: nat.Lemmatizer
    name: str = "morph"
    requires: frozenset[str] = frozenset({"tokens"})
    assigns: frozenset[str] = frozenset({"morph"})

    def __call__(self, doc: Doc) -> None:
        results = nat.tag_morph(self.tagger, _chunks(doc)) if doc.sentences else []
        lemma = self.lemmatizer
        for sentence, readings in zip(doc.sentences, results):
            for token, reading in zip(doc.tokens[sentence.token_start:sentence.token_stop], readings):
                token.pos, token.feats = reading.pos, dict(reading.feats)
                token.lemma = lemma(token.text, reading)


@dataclass
class Syntax:
    """Dependency head (index into doc.tokens, -1 for roots) and UD relation."""

    parser: Any
    name: str = "syntax"
    requires: frozenset[str] = frozenset({"tokens"})
    assigns: frozenset[str] = frozenset({"syntax"})

    def __call__(self, doc: Doc) -> None:
        results = nat.parse_syntax(self.parser, _chunks(doc)) if doc.sentences else []
        for sentence, parsed in zip(doc.sentences, results):
            for token, (head, rel) in zip(doc.tokens[sentence.token_start:sentence.token_stop], parsed):
                token.head = sentence.token_start + head if head >= 0 else -1
                token.rel = rel


@dataclass
class Ner:
    """Slovnet NER per part, post-rules, registry gazetteer, normal forms."""

    tagger: Any
    vocab: Any
    gazetteer: Gazetteer | None
    registry: Registry
    geo: GeoAdjectives | None = None
    normal_forms: nat.NormalForms | None = None   # None: a `NormalForms(vocab)` of this component's own
    name: str = "ner"
    requires: frozenset[str] = frozenset({"tokens"})
    assigns: frozenset[str] = frozenset({"mentions"})

    def __post_init__(self) -> None:
        if self.normal_forms is None and self.vocab is not None:
            self.normal_forms = nat.NormalForms(self.vocab)

    def __call__(self, doc: Doc) -> None:
        # The whole text in one pass: a name opening a paragraph ("Бхутто
        # заявила...") is found far more often with the previous paragraph as
        # context.  Spans are then clipped to the part they start in.
        raw = []
        if doc.text.strip():
            sentences = [(s.start, s.stop, doc.sentence_tokens(i)) for i, s in enumerate(doc.sentences)]
            for start, stop, type_ in nat.tag_ner_text(self.tagger, doc.text, sentences):
                part = doc.part_at(start)
                if part is not None:
                    raw.append(RawSpan(start, min(stop, part.stop), type_))
        spans = apply_rules(doc, raw)
        if "morph" in doc.layers:
            spans = persons_by_name_grammar(doc, spans, self.vocab)
        starts = frozenset(s.token_start for s in doc.sentences)
        hits = self.gazetteer.find(doc.tokens, starts=starts) if self.gazetteer else []
        merged = merge_gazetteer(doc, spans, hits, self.registry)
        if "morph" in doc.layers:
            merged = drop_common_initials(doc, merged, self.vocab)
        if self.gazetteer:
            merged = add_nested_places(doc, merged, self.gazetteer, self.registry)
        # Tagger spans and registry aliases ("папа римский Франциск") alike: the mention is the name.
        trim_leading_titles(doc, [span for span, _ in merged])
        if self.geo is not None and "morph" in doc.layers:
            merged = add_geo_adjectives(doc, merged, self.geo.find(doc.tokens))
        if "morph" in doc.layers:
            extra = descriptor_orgs(doc, merged)
            merged = drop_places_in_descriptors(doc, merged, extra)
            merged = sorted(merged + [(span, None) for span in extra], key=lambda p: (p[0].start, -p[0].stop))
        doc.mentions = make_mentions(doc, merged, self.normal_forms)
        if "syntax" in doc.layers:
            doc.mentions = subject_surnames(doc, doc.mentions)


@dataclass
class Actors:
    """Canonical actors: registry ids, in-document coreference, roles."""

    registry: Registry
    vocab: Any
    lexicon: RoleLexicon
    name: str = "actors"
    requires: frozenset[str] = frozenset({"mentions", "morph"})
    assigns: frozenset[str] = frozenset({"actors"})

    def __call__(self, doc: Doc) -> None:
        resolve_actors(doc, self.registry, self.lexicon, inflector(self.vocab), _genitive(self.vocab),
                       _patronymic_reading(self.vocab))


def _genitive(vocab: Any) -> Callable[[str], str | None]:
    """A place name in the genitive, word by word, keeping each word's capitals
    ("Южная Корея" → "Южной Кореи"; "США" stays); None when a word will not inflect."""

    def genitive(name: str) -> str | None:
        words = []
        for word in name.split():
            parses = nat.parse_word(vocab, word)
            form = nat.inflect(vocab, word, parses[0][1], parses[0][2], {"Gen"}) if parses else None
            if not form:
                return None
            words.append(word if word.isupper() else form[:1].upper() + form[1:] if word[:1].isupper() else form)
        return " ".join(words)

    return genitive


class Times:
    """Time expressions resolved against the article's publication day."""

    name = "times"
    requires = frozenset({"article"})
    assigns = frozenset({"times"})

    def __call__(self, doc: Doc) -> None:
        future = verb_tense_future(doc) if "morph" in doc.layers else None
        times = find_times(doc.text, parse_anchor(doc.article.published), future)
        if "mentions" in doc.layers:
            times = outside_names(times, doc.mentions)
        doc.times = times


@dataclass
class Related:
    """One light Doc per related headline (no syntax): segment, morph, NER +
    gazetteer, actors, times anchored on the headline's own time when known."""

    steps: list[Any] = field(default_factory=list)
    name: str = "related"
    requires: frozenset[str] = frozenset({"article"})
    assigns: frozenset[str] = frozenset({"related"})

    def __call__(self, doc: Doc) -> None:
        doc.related = []
        for item in doc.article.related:
            light = Doc.from_article(Article(
                id="", source=doc.article.source, title=item.title, published=item.published or doc.article.published,
                language=doc.article.language, lead="", paragraphs=[],
            ))
            for step in self.steps:
                step(light)
                light.layers |= set(step.assigns)
            doc.related.append(light)


@register("segment")
def _segment(resources: Resources) -> Segment:
    return Segment()


@register("morph")
def _morph(resources: Resources) -> Morph:
    return Morph(nat.morph_readings(resources), nat.lemmatizer(resources))


@register("syntax")
def _syntax(resources: Resources) -> Syntax:
    return Syntax(nat.packed_syntax(resources))


@register("ner")
def _ner(resources: Resources) -> Ner:
    return Ner(nat.packed_ner(resources), nat.morph_vocab(resources), gazetteer(resources), registry(resources),
               geo_adjectives(resources), nat.normal_forms(resources))


@register("actors")
def _actors(resources: Resources) -> Actors:
    return Actors(registry(resources), nat.morph_vocab(resources), role_lexicon(resources))


@register("times")
def _times(resources: Resources) -> Times:
    return Times()


@register("related")
def _related(resources: Resources) -> Related:
    return Related([_segment(resources), _morph(resources), _ner(resources), _actors(resources), _times(resources)])
