"""One morphological dictionary per process, shared by the NLP pipeline and the store.

The pipeline lemmatises every token with natasha's `MorphVocab` (pymorphy2, ё folded
into е and lower-cased — natasha's `normal_word`).  The store's
`stories.similarity.Analyzer` needs, for the same words, every normal form (full-text
index), the first parse's part of speech (stop words) and the proper-name tags.  An
unseen word costs ~170 µs to parse (≈ 40% of a store write at 100k articles when the
store parsed it again with an analyser of its own), so both read one analyser through
one parse cache: a word the pipeline has just parsed costs the store a cache lookup.

Both are reached through `Resources` under the keys `natasha_adapter` uses, so
`Pipeline.build` and `Analyzer.shared` hand out the same loaded objects.
"""
from __future__ import annotations

from functools import cache, cached_property, lru_cache, partial
from typing import Any

from khronika.nlp.pipeline import Resources

# Resources keys; nlp/natasha_adapter.py loads the same models under the same names.
MORPH_VOCAB = "natasha.morph_vocab"
EMBEDDING = "natasha.emb"
# Parsed words kept (~4 KB each): the words of the last few dozen articles, so the
# store finds every word of the article the pipeline has just enriched, even when a
# batch is enriched before it is written.  The store keeps its own longer cache of
# the small per-word records it derives (`Analyzer.word`).
PARSE_CACHE = 20_000


@cache
def _vocab_class() -> type:
    # natasha is imported only when a model is actually loaded (`import khronika` stays light);
    # the classes are made once (cached), like an import.
    from natasha import MorphVocab as NatashaVocab
    from natasha.morph.vocab import MorphForm as NatashaForm, PymorphyParse, ud_feats, ud_pos
    from pymorphy2.analyzer import MorphAnalyzer as PymorphyAnalyzer

    class MorphForm(NatashaForm):
        """natasha's MorphForm whose UD part of speech and features are worked out when
        first read: the store reads only the pymorphy tags (~10 µs less per parse)."""

        def __new__(cls, *args: Any) -> "MorphForm":
            return PymorphyParse.__new__(cls, *args)

        @cached_property
        def normal(self) -> str:
            return self.normal_form

        @cached_property
        def pos(self) -> str:
            return ud_pos(self.tag)

        @cached_property
        def feats(self) -> dict[str, str]:
            return dict(ud_feats(self.tag))

    class MorphVocab(NatashaVocab):
        """natasha's MorphVocab with a parse cache of its own (natasha's is one
        10,000-word cache for all instances) that any reader of this instance shares."""

        def __init__(self, cache_size: int = PARSE_CACHE) -> None:
            PymorphyAnalyzer.__init__(self, result_type=MorphForm)
            self.parse = lru_cache(maxsize=cache_size)(partial(PymorphyAnalyzer.parse, self))

        def __call__(self, word: str) -> list:
            return self.parse(word)

    return MorphVocab


def load_vocab(cache_size: int = PARSE_CACHE) -> Any:
    """A new morph dictionary (pymorphy2 through natasha) with its own parse cache."""
    return _vocab_class()(cache_size)


def _embedding() -> Any:
    from natasha import NewsEmbedding

    return NewsEmbedding()


def morph_vocab(resources: Resources) -> Any:
    """The process's morph dictionary: loaded once into `resources`, shared by every reader."""
    return resources.get(MORPH_VOCAB, load_vocab)


def embedding(resources: Resources) -> Any:
    """natasha's navec news embedding, loaded once into `resources`."""
    return resources.get(EMBEDDING, _embedding)
