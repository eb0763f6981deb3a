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


def normalize(vocab: Any, span_tokens: Iterable[Token], first_index: int, syntactic: bool) -> str:
    """Natasha's normal form of a span: nominative of each word, or (for
    organisations, `syntactic=True`) only of the head and its adjectives, so
    "Совета по правам человека" → "Совет по правам человека"."""
    from natasha.norm import normalize as plain, syntax_normalize

    items = [
        _NormToken(first_index + i, t.head, t.start, t.stop, t.text, t.pos, t.feats)
        for i, t in enumerate(span_tokens)
    ]
    if not items:
        return ""
    method = syntax_normalize if syntactic else plain
    return method(vocab, items)


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
