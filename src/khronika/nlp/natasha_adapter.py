"""The only module that touches Natasha/Slovnet/razdel objects.

Models load through `Resources` (once per process, each on first use, so a
pipeline without syntax never loads the parser).  Every function here
returns Khronika records or plain tuples — Natasha types stop at this edge.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from khronika.nlp.doc import Token
from khronika.nlp.pipeline import Resources


def _embedding() -> Any:
    from natasha import NewsEmbedding

    return NewsEmbedding()


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
    from razdel import tokenize

    return [(t.start, t.stop, t.text) for t in tokenize(text)]


# ---- morphology and syntax (slovnet) ----

@dataclass
class MorphResult:
    pos: str
    feats: dict[str, str]


def tag_morph(tagger: Any, chunks: list[list[str]]) -> list[list[MorphResult]]:
    return [
        [MorphResult(t.pos, dict(t.feats)) for t in markup.tokens]
        for markup in tagger.map(chunks)
    ]


def parse_syntax(parser: Any, chunks: list[list[str]]) -> list[list[tuple[int, str]]]:
    """Per sentence, per token: (head index within the sentence or -1, relation)."""
    return [
        [(int(t.head_id) - 1, t.rel) for t in markup.tokens]
        for markup in parser.map(chunks)
    ]


def lemmatize(vocab: Any, token: Token) -> str:
    if not token.pos:
        return token.text.lower()
    return vocab.lemmatize(token.text, token.pos, token.feats)


# ---- NER (slovnet) ----

def tag_ner(tagger: Any, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """Per text, the (start, stop, type) spans of Slovnet's news NER (PER/LOC/ORG)."""
    return [[(s.start, s.stop, s.type) for s in markup.spans] for markup in tagger.map(texts)]


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
    return None


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
        return form.word
    inflected = form.inflect({"Nom"})
    return inflected.word if inflected else word


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
    chosen, stack = set(), [roots[0].id]
    while stack:
        current = stack.pop()
        chosen.add(current)
        stack.extend(t.id for t in items if t.head_id == current and t.pos in ("ADJ", "VERB"))
    return chosen


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
    words = [_nominative(vocab, t) if t.id in ids else t.text for t in items]
    return recover_spaces(list(recover_shapes(words, items)), items)


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
