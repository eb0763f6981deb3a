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

from functools import cache, lru_cache, partial
from typing import Any, Callable

from khronika.nlp.pipeline import Resources

# Resources keys; nlp/natasha_adapter.py loads the same models under the same names.
MORPH_VOCAB = "natasha.morph_vocab"
EMBEDDING = "natasha.emb"
# Parsed words kept (~4 KB each): the words of the last few dozen articles, so the
# store finds every word of the article the pipeline has just enriched, even when a
# batch is enriched before it is written.  The store keeps its own longer cache of
# the small per-word records it derives (`Analyzer.word`).
PARSE_CACHE = 20_000
# (parse, grammemes) inflections kept: the names and roles of a few hundred articles.
INFLECT_CACHE = 20_000


class _kept_when_read:
    """functools.cached_property without its lock (Python 3.11 takes one at every
    first read, ~1 µs; a parse's forms are read by one thread at a time, and two
    threads reading at once would store the same value)."""

    def __init__(self, compute: Callable[[Any], Any]) -> None:
        self.compute, self.name = compute, compute.__name__

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


@cache
def _vocab_class() -> type:
    # natasha is imported only when a model is actually loaded (`import khronika` stays light);
    # the classes are made once (cached), like an import.
    from natasha import MorphVocab as NatashaVocab
    from natasha.morph.vocab import MorphForm as NatashaForm, PymorphyParse, ud_feats, ud_pos
    from pymorphy2.analyzer import MorphAnalyzer as PymorphyAnalyzer

    class MorphForm(NatashaForm):
        """natasha's MorphForm whose UD part of speech and features are looked up when
        first read, in the analyser's table of tags (`MorphVocab.reading`): the store reads
        only the pymorphy tags, and the same tag always means the same UD reading."""

        def __new__(cls, *args: Any) -> "MorphForm":
            return PymorphyParse.__new__(cls, *args)

        @property
        def normal(self) -> str:
            return self.normal_form

        @_kept_when_read
        def pos(self) -> str:
            return self._morph.reading(self.tag)[0]

        @_kept_when_read
        def feats(self) -> dict[str, str]:
            # Shared by every form with this tag (as a cached parse's were by all its readers): read only.
            return self._morph.reading(self.tag)[1]

    def ud_reading(tag: Any) -> tuple[str, dict[str, str]]:
        return ud_pos(tag), dict(ud_feats(tag))

    class MorphVocab(NatashaVocab):
        """natasha's MorphVocab with a parse cache of its own (natasha's is one
        10,000-word cache for all instances) that any reader of this instance shares,
        and the UD reading of each pymorphy tag worked out once."""

        def __init__(self, cache_size: int = PARSE_CACHE) -> None:
            PymorphyAnalyzer.__init__(self, result_type=MorphForm)
            self.parse = lru_cache(maxsize=cache_size)(partial(PymorphyAnalyzer.parse, self))
            # Keyed by the tag's value: pymorphy's dictionary tags are a fixed set.
            self.reading = cache(ud_reading)
            self._inflected = lru_cache(maxsize=INFLECT_CACHE)(partial(PymorphyAnalyzer._inflect, self))

        def __call__(self, word: str) -> list:
            return self.parse(word)

        def _inflect(self, form: Any, required_grammemes: Any) -> list:
            # pymorphy builds the word's whole lexeme to inflect it (~40 µs), and names,
            # places and roles are put into the same cases again and again.  Parse.inflect
            # reads the first item of the (shared) answer.
            return self._inflected(form, frozenset(required_grammemes))

    return MorphVocab


def load_vocab(cache_size: int = PARSE_CACHE) -> Any:
    """A new morph dictionary (pymorphy2 through natasha) with its own parse cache."""
    return _vocab_class()(cache_size)


def load_embedding() -> Any:
    """natasha's navec news embedding.  Its vocabulary's two 250k-entry lists become
    tuples, which the garbage collector stops visiting once it has seen only strings
    and ints in them (as lists they cost ~10 ms of every full collection here)."""
    from natasha import NewsEmbedding

    emb = NewsEmbedding()
    emb.vocab.words, emb.vocab.counts = tuple(emb.vocab.words), tuple(emb.vocab.counts)
    return emb


def morph_vocab(resources: Resources) -> Any:
    """The process's morph dictionary: loaded once into `resources`, shared by every reader."""
    return resources.get(MORPH_VOCAB, load_vocab)


def embedding(resources: Resources) -> Any:
    """natasha's navec news embedding, loaded once into `resources`."""
    return resources.get(EMBEDDING, load_embedding)
