"""Text features for duplicate and same-story decisions, and for search lemmas.

`Analyzer` holds the two models this room needs (the NLP pipeline's morph
dictionary — pymorphy2 through natasha — for lemmas, the navec news embedding
shipped inside natasha for word vectors); build it once per process with
`Analyzer.load()`, or over a pipeline's models with `Analyzer.shared(pipeline.resources)`
so that both parse each word once, and pass it around.

Features of one article (`TextFeatures`) are plain data so the store can
keep them and compare a new article with old ones without re-reading
texts:

- content lemmas (function words dropped by part of speech) and their
  counts, for a tf-idf cosine (word overlap weighted by rarity);
- proper-name lemmas (actor ids from the Doc when the NER layer ran,
  otherwise pymorphy's Name/Surn/Geox/Orgn tags and capitalised words);
- numbers ("33-летнего", "2016"), which separate same-topic stories;
- an idf-weighted mean of navec word vectors over title + first words of
  the body (the semantic signal: "встреча" ~ "переговоры");
- days named in the headline ("на 8 ноября").

Pair features (`PAIR_FEATURES`) compare two such records.  Besides overlap
they measure conflicting specifics, which is what separates "same topic,
other event" from "same story": headline names the other article never
mentions, how much of each headline the other text covers, headlines that
name different days.  All of them read only fields the store keeps.
"""
from __future__ import annotations

import base64
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Collection, Iterable

import numpy as np

from khronika.stories.semantic import paraphrase_similarity, semantic_similarity

WORD_PATTERN = r"[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*"
WORD_RE = re.compile(WORD_PATTERN)
NUMBER_RE = re.compile(r"\d")
# In the gap before a word, any of these means the word opens a sentence (or a quote),
# so its capital letter says nothing about it being a name.
SENTENCE_GAP = r"[.!?\n«\"]"
SENTENCE_GAP_RE = re.compile(SENTENCE_GAP)
# Words and sentence-gap marks in one scan (`findall` gives (mark, word) pairs).  The two
# character sets are disjoint, so the words are exactly WORD_RE's.
WORD_OR_GAP_RE = re.compile(f"({SENTENCE_GAP})|({WORD_PATTERN})")
# Parts of speech that carry no topic (pymorphy / OpenCorpora tags).
STOP_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "PRED"})
PROPER_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")
PROPER_SET = frozenset(PROPER_TAGS)
# Terms per article in the soft overlap: the 40 with the highest tf-idf.
SOFT_TERMS = 40
# How many content words of the body feed the vector: the lead and first
# paragraphs say what the story is; long tails drift into background.
VECTOR_WORDS = 120
VECTOR_DIM = 300
MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря")
# "8 ноября", "16-го мая": a day of a named month (the event's or forecast's date).
DAY_MONTH_RE = re.compile(r"\b([0-3]?\d)(?:-?го)?\s+(" + "|".join(MONTHS) + r")\b", re.I)
# Lemma vectors kept by an analyser (~1.2 kB each); the cache starts over when full.
VECTOR_CACHE = 200_000
# BM25 term-frequency saturation (the usual 1.2).
BM25_K1 = 1.2


def normalise_word(word: str) -> str:
    return word.lower().replace("ё", "е")


def vector_to_text(vector: np.ndarray) -> str:
    """A float32 vector as base64 text, for the features JSON."""
    return base64.b64encode(np.asarray(vector, dtype=np.float32).tobytes()).decode("ascii")


def vector_from_text(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype=np.float32)


# Slots: one is made for every word new to an analyser's cache (~50 a page of an ingest), and a
# frozen dataclass sets each field through `object.__setattr__`, which costs less without an
# instance dict (and the collector then tracks one object per word, not two).
@dataclass(frozen=True, slots=True)
class WordInfo:
    lemma: str          # first-parse normal form
    lemmas: tuple[str, ...]  # every distinct normal form (search index)
    stop: bool
    proper: bool
    name_lemma: str = ""     # normal form of the first proper-name parse ("Пескова" -> "песков", not "песок")
    norm: str = ""           # the normalised word itself (`normalise_word` of any of its surfaces)
    number: bool = False     # it holds a digit (a number, not a content word)
    index: str = ""          # `lemmas` joined by spaces (its part of an index text)


@dataclass
class TextFeatures:
    terms: dict[str, int]            # content lemma -> count (title counted twice)
    title_terms: dict[str, int]
    names: set[str]                  # proper names / actor ids
    numbers: set[str]
    vector: np.ndarray               # unit float32, VECTOR_DIM
    title_vector: np.ndarray
    published: str | None = None     # ISO date (day) the article speaks of
    title_names: set[str] = field(default_factory=set)
    title_numbers: set[str] = field(default_factory=set)
    # Days named in the headline as "MM-DD" ("на 8 ноября" -> "11-08"); empty
    # in stores written before it existed, which reads as "no clash".
    title_dates: set[str] = field(default_factory=set)
    # Unit sentence embedding of headline + lead (`semantic.SemanticEncoder`), only for
    # articles enriched with the opt-in `semantic` component; None otherwise.
    semantic: np.ndarray | None = field(default=None, repr=False, compare=False)
    # Unit word vectors of the most telling terms and their tf-idf weights
    # (`Analyzer.attach_term_vectors`), for the soft semantic overlap.
    term_matrix: np.ndarray | None = field(default=None, repr=False, compare=False)
    term_weights: np.ndarray | None = field(default=None, repr=False, compare=False)
    # tf-idf weights, computed once per article against the idf of that moment (or, for an
    # article a store kept with `weights_at_write`, the ones made at its write).
    _weights: dict[str, float] | None = field(default=None, repr=False, compare=False)
    _title_weights: dict[str, float] | None = field(default=None, repr=False, compare=False)
    _bm25_weights: dict[str, float] | None = field(default=None, repr=False, compare=False)
    # The weights a store kept (`weights_at_write`), as stored: decoded on first use (most
    # candidates are ruled out before their weights are read).
    _kept_weights: str | None = field(default=None, repr=False, compare=False)
    _kept_title_weights: str | None = field(default=None, repr=False, compare=False)

    def weights(self, idf: "Idf") -> dict[str, float]:
        if self._weights is None:
            kept = _weights_from_text(self.terms, self._kept_weights) if self._kept_weights is not None else None
            self._weights = kept if kept is not None else tfidf_weights(self.terms, idf)
        return self._weights

    def title_weights(self, idf: "Idf") -> dict[str, float]:
        if self._title_weights is None:
            kept = (_weights_from_text(self.title_terms, self._kept_title_weights)
                    if self._kept_title_weights is not None else None)
            self._title_weights = kept if kept is not None else tfidf_weights(self.title_terms, idf)
        return self._title_weights

    def bm25(self, idf: "Idf") -> dict[str, float]:
        if self._bm25_weights is None:
            self._bm25_weights = bm25_weights(self.terms, idf)
        return self._bm25_weights

    def to_json(self) -> dict[str, Any]:
        return {
            "terms": self.terms, "title_terms": self.title_terms,
            "names": sorted(self.names), "numbers": sorted(self.numbers),
            "published": self.published,
            "title_names": sorted(self.title_names), "title_numbers": sorted(self.title_numbers),
            "title_dates": sorted(self.title_dates),
            **({"semantic": vector_to_text(self.semantic)} if self.semantic is not None else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], vector: np.ndarray) -> "TextFeatures":
        """Inverse of `to_json` (the vector is stored apart); fields added
        later are optional, so features of older stores still load.  Weights kept at the
        write (`weights_at_write`) are taken as they are, not made again with a later idf."""
        features = cls(
            dict(data["terms"]), dict(data["title_terms"]), set(data["names"]), set(data["numbers"]),
            vector, np.zeros_like(vector), data.get("published"),
            set(data.get("title_names") or ()), set(data.get("title_numbers") or ()),
            set(data.get("title_dates") or ()),
            vector_from_text(data["semantic"]) if data.get("semantic") else None,
        )
        features._kept_weights = data.get("weights")
        features._kept_title_weights = data.get("title_weights")
        return features


def weights_at_write(features: TextFeatures, terms: dict[str, int], idf: "Idf") -> dict[str, str]:
    """The tf-idf weights of an article's kept `terms` and of its headline, made with the idf
    of its write, as features-JSON fields (float32 in the terms' order, base64).  A store keeps
    them with the article, as it keeps the idf-weighted `vector`: the article then scores
    the same whether a later article meets it in the writer's cache or read back by another
    process, whatever the idf has become (review rev24_B M1).  Weights the story decision
    made with this idf are taken as they are (kept terms = all terms when there are no more)."""
    weights = features.weights(idf) if len(terms) == len(features.terms) else tfidf_weights(terms, idf)
    return {"weights": _weights_to_text(terms, weights),
            "title_weights": _weights_to_text(features.title_terms, features.title_weights(idf))}


def _weights_to_text(terms: dict[str, int], weights: dict[str, float]) -> str:
    # In the terms' sorted order, not the JSON object's: a tool that rewrites the column with its
    # keys reordered (a `jsonb` copy) must not shift weights onto other terms (review rev25_B L1).
    return vector_to_text(np.array([weights.get(t, 0.0) for t in sorted(terms)], dtype=np.float32))


def _weights_from_text(terms: dict[str, int], text: str) -> dict[str, float] | None:
    """Weights stored by `_weights_to_text`, made unit-length again (float32 rounding moved
    the norm by ~1e-7; the cosines' ranges assume 1).  None when they do not fit the terms:
    made again on use then."""
    values = vector_from_text(text).astype(np.float64)
    if len(values) != len(terms):
        return None
    norm = float(np.sqrt(values @ values))
    if not norm:
        return {}
    by_term = dict(zip(sorted(terms), (values / norm).tolist()))
    return {term: by_term[term] for term in terms}  # (in the terms' own order, as made on use)


@dataclass
class TextAnalysis:
    """An article's same-story features and its full-text index texts (title, body)."""

    features: TextFeatures
    title_index: str
    body_index: str


def _index_text(words: list[tuple[str, WordInfo, bool]]) -> str:
    """`Analyzer.index_text` of already analysed words."""
    return " ".join([info.index for _, info, _ in words])


class Idf:
    """Document frequencies of lemmas; unseen lemmas count as rare."""

    def __init__(self, df: dict[str, int] | None = None, n_docs: int = 0) -> None:
        self.df: dict[str, int] = dict(df or {})
        self.n_docs = n_docs

    def add(self, terms: Iterable[str]) -> None:
        self.n_docs += 1
        for term in set(terms):
            self.df[term] = self.df.get(term, 0) + 1

    def __call__(self, term: str) -> float:
        return math.log((self.n_docs + 1) / (self.df.get(term, 0) + 1)) + 1.0

    def weigh(self, terms: dict[str, int]) -> dict[str, float]:
        """`{t: n * self(t)}` in one comprehension, the same float operations as calling
        `self` per term (one call per term was most of the tf-idf cost of a store write)."""
        log, df, total = math.log, self.df.get, self.n_docs + 1
        return {t: n * (log(total / (df(t, 0) + 1)) + 1.0) for t, n in terms.items()}

    def to_json(self) -> dict[str, Any]:
        return {"n_docs": self.n_docs, "df": self.df}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> "Idf":
        data = data or {}
        return cls(data.get("df") or {}, int(data.get("n_docs") or 0))


class Analyzer:
    """Lemmas, stop words and word vectors; models passed in or loaded once."""

    def __init__(self, morph: Any, embedding: Any | None) -> None:
        self.morph = morph
        self.embedding = embedding
        self.word = lru_cache(maxsize=400_000)(self._word)
        self._tags: dict[str, tuple[bool, bool]] = {}
        # Keyed by the word as written: no `normalise_word` per word of a text.
        self.surface = lru_cache(maxsize=400_000)(self._surface)
        # A store keys every mention, alias and speaker name: the same few thousand names again and again.
        self.name_key = lru_cache(maxsize=100_000)(self._name_key)
        # navec vectors are product-quantised: decoding costs ~30 µs, so keep them (None: no vector).
        self._vectors: dict[str, np.ndarray | None] = {}
        # (the product quantiser, its codebooks as one (qdim × centroids, subdim) table, each
        # codebook's first row there), made on the first decode (`_gather`).
        self._codebook: tuple[Any, np.ndarray, np.ndarray] | None = None

    @classmethod
    def load(cls, *, vectors: bool = True) -> "Analyzer":
        """An analyser with models of its own (a process that runs no NLP pipeline)."""
        from khronika.nlp.pipeline import Resources

        return cls.shared(Resources(), vectors=vectors)

    @classmethod
    def shared(cls, resources: Any, *, vectors: bool = True) -> "Analyzer":
        """An analyser over the models in `resources` (an `nlp.pipeline.Resources`, e.g. a
        `Pipeline`'s): the pipeline's morph dictionary and its parse cache, so a word the
        pipeline has parsed is not parsed again for the store (nlp/morph.py).

        One analyser per `resources` (and `vectors`), so its word and vector caches stay
        warm for every store that shares it.  Lemmas come from pymorphy2 (natasha's
        dictionary); stores written before used pymorphy3, whose normal forms differ on a
        handful of words (bench/RESULTS.md)."""
        from khronika.nlp.morph import embedding, morph_vocab

        if vectors:
            return resources.get("stories.analyzer", lambda: cls(morph_vocab(resources), embedding(resources)))
        return resources.get("stories.analyzer.words", lambda: cls(morph_vocab(resources), None))

    # -- words -------------------------------------------------------------
    def _word(self, word: str) -> WordInfo:
        parses = self.morph.parse(word)
        first = parses[0]
        lemmas: list[str] = []
        for parse in parses[:4]:
            lemma = parse.normal_form.lower().replace("ё", "е")  # `normalise_word`, inlined
            if lemma not in lemmas:
                lemmas.append(lemma)
        flags = self._tag_flags
        stop_pos, proper = flags(first.tag)
        stop = stop_pos or (len(word) < 2 and not word.isdigit())
        # The first proper-name parse (the first parse itself when it is one).
        name = first
        if not proper:
            for parse in parses:
                if flags(parse.tag)[1]:
                    name = parse
                    break
        return WordInfo(lemmas[0], tuple(lemmas), stop, proper, normalise_word(name.normal_form), word,
                        NUMBER_RE.search(word) is not None, " ".join(lemmas))

    def _tag_flags(self, tag: Any) -> tuple[bool, bool]:
        """(its part of speech carries no topic, it is a proper-name tag) of a pymorphy tag,
        kept by the tag's text: a few thousand tags, met by every word parsed."""
        text = str(tag)
        flags = self._tags.get(text)
        if flags is None:
            flags = self._tags[text] = (tag.POS in STOP_POS, bool(PROPER_SET & tag.grammemes))
        return flags

    def _surface(self, surface: str) -> WordInfo:
        return self.word(normalise_word(surface))

    def words(self, text: str) -> list[tuple[str, WordInfo, bool]]:
        """(surface, info, capitalised-not-at-sentence-start) for each word."""
        out = []
        append = out.append
        info_of = self.surface
        # A word opens a sentence when it is the first or a gap mark came since the last word.
        opens = True
        for mark, surface in WORD_OR_GAP_RE.findall(text):
            if mark:
                opens = True
                continue
            append((surface, info_of(surface), not opens and surface[0].isupper()))
            opens = False
        return out

    def index_text(self, text: str) -> str:
        """Text for the full-text index: every normal form of every word."""
        return " ".join(
            " ".join(self.word(normalise_word(m.group())).lemmas) for m in WORD_RE.finditer(text)
        )

    def _name_key(self, text: str) -> str:
        """Case-independent key of a name: proper-name lemmas of its words."""
        return " ".join(self.word(normalise_word(m.group())).name_lemma for m in WORD_RE.finditer(text))

    def query_lemmas(self, text: str) -> list[str]:
        """Lemmas of a query: first-parse normal form (the index holds all forms)."""
        return [self.word(normalise_word(m.group())).lemma for m in WORD_RE.finditer(text)]

    # -- features ----------------------------------------------------------
    def features(
        self,
        title: str,
        body: str,
        *,
        names: Iterable[str] | None = None,
        published: str | None = None,
        idf: Idf | None = None,
    ) -> TextFeatures:
        return self._features(title, self.words(title), self.words(body), names, published, idf)

    def analyse(
        self,
        title: str,
        body: str,
        *,
        names: Iterable[str] | None = None,
        published: str | None = None,
        idf: Idf | None = None,
        term_vectors: bool = True,
        title_vector: bool = True,
    ) -> TextAnalysis:
        """`features` and the two `index_text`s from one pass over the words
        (what a store writes for every article).  `term_vectors=False` skips the
        word vectors that only the `soft` pair feature reads, `title_vector=False`
        the headline vector only the `title_vector` feature reads (left at zeros)."""
        title_words, body_words = self.words(title), self.words(body)
        return TextAnalysis(
            self._features(title, title_words, body_words, names, published, idf, term_vectors, title_vector),
            _index_text(title_words), _index_text(body_words),
        )

    def _features(
        self,
        title: str,
        title_words: list[tuple[str, WordInfo, bool]],
        body_words: list[tuple[str, WordInfo, bool]],
        names: Iterable[str] | None,
        published: str | None,
        idf: Idf | None,
        term_vectors: bool = True,
        with_title_vector: bool = True,
    ) -> TextFeatures:
        terms: dict[str, int] = {}
        title_terms: dict[str, int] = {}
        found_names: set[str] = set()
        numbers: set[str] = set()
        title_names: set[str] = set()
        title_numbers: set[str] = set()
        # The title counts twice (as if read twice, before the body): its words are taken once
        # with a step of 2, in the same order, so `terms` and `ordered` are what reading
        # title + title + body word by word gives.
        title_lemmas: list[str] = []
        for surface, info, cap in title_words:
            if info.number:
                title_numbers.add(info.norm)
                if len(surface) >= 2:
                    numbers.add(info.norm)
                continue
            if info.stop:
                continue
            lemma = info.lemma
            terms[lemma] = terms.get(lemma, 0) + 2
            title_terms[lemma] = title_terms.get(lemma, 0) + 1
            title_lemmas.append(lemma)
            if info.proper or cap:
                found_names.add(lemma)
                # Headline names use the proper-name parse ("Пескова" -> "песков");
                # keep that form too so a headline name is found in the other text.
                found_names.add(info.name_lemma or lemma)
                title_names.add(info.name_lemma or lemma)
        body_lemmas: list[str] = []
        for surface, info, cap in body_words:
            if info.number:
                if len(surface) >= 2:
                    numbers.add(info.norm)
                continue
            if info.stop:
                continue
            lemma = info.lemma
            terms[lemma] = terms.get(lemma, 0) + 1
            body_lemmas.append(lemma)
            if info.proper or cap:
                found_names.add(lemma)
                found_names.add(info.name_lemma or lemma)
        ordered = title_lemmas + title_lemmas + body_lemmas
        if names is not None:
            found_names |= {n.lower() for n in names}
        title_count = sum(1 for _, i, _ in title_words if not i.stop) * 2
        vector = self.vector(ordered[: title_count + VECTOR_WORDS], idf)
        title_vector = (self.vector(list(title_terms), idf) if with_title_vector
                        else np.zeros(VECTOR_DIM, dtype=np.float32))
        features = TextFeatures(terms, title_terms, found_names, numbers, vector, title_vector, published,
                                title_names, title_numbers, headline_dates(title))
        if term_vectors and idf is not None and self.embedding is not None:
            self.attach_term_vectors(features, idf)
        return features

    def attach_term_vectors(self, features: TextFeatures, idf: Idf, k: int = SOFT_TERMS) -> TextFeatures:
        """Keep unit vectors of the k highest tf-idf terms (for `soft_overlap`)."""
        weighted = sorted(((n * idf(t), t) for t, n in features.terms.items()), reverse=True)
        rows, weights = [], []
        for weight, term in weighted:
            vec = self.lemma_vector(term)
            if vec is None:
                continue
            norm = float(np.linalg.norm(vec))
            if norm:
                rows.append(vec / norm)
                weights.append(weight)
            if len(rows) == k:
                break
        features.term_matrix = np.array(rows, dtype=np.float32).reshape(-1, VECTOR_DIM)
        features.term_weights = np.array(weights, dtype=np.float32)
        return features

    def _lemma_vector(self, lemma: str) -> np.ndarray | None:
        if self.embedding is None or lemma not in self.embedding:
            return None
        return np.asarray(self.embedding[lemma], dtype=np.float32)

    def vector(self, lemmas: list[str], idf: Idf | None = None) -> np.ndarray:
        if self.embedding is None:
            return np.zeros(VECTOR_DIM, dtype=np.float32)
        counts: dict[str, int] = {}
        for lemma in lemmas:
            counts[lemma] = counts.get(lemma, 0) + 1
        # Weights as `Idf.weigh` gives them (the same floats as n * idf(lemma)).
        weights = idf.weigh(counts) if isinstance(idf, Idf) else {
            lemma: n * (idf(lemma) if idf else 1.0) for lemma, n in counts.items()}
        factors, matrix = self._weighted_rows(weights)
        if matrix is None:
            return np.zeros(VECTOR_DIM, dtype=np.float32)
        # One product instead of an add per word (float32 sums in another order: the last bits differ).
        total = np.asarray(factors, dtype=np.float32) @ matrix
        norm = float(np.linalg.norm(total))
        return total / norm if norm else total

    def _weighted_rows(self, weights: dict[str, float]) -> tuple[list[float], np.ndarray | None]:
        """(weights, vectors as rows) of the lemmas the embedding knows, in `weights` order."""
        cache = self._vectors
        if len(cache) + len(weights) > VECTOR_CACHE:
            cache.clear()  # before the lookups below, so every lemma of `weights` stays cached
        missing = [lemma for lemma in weights if lemma not in cache]
        if missing:
            self._decode(missing)
        factors: list[float] = []
        rows: list[np.ndarray] = []
        for lemma, weight in weights.items():
            vec = cache[lemma]
            if vec is not None:
                rows.append(vec)
                factors.append(weight)
        return factors, (np.array(rows) if rows else None)

    def _decode(self, lemmas: list[str]) -> None:
        """Put the vectors of `lemmas` (None: not in the embedding) into the cache.  navec's
        product-quantised rows are decoded in one gather for all of them: the same floats as
        one lookup per lemma, which costs ~30 µs each."""
        cache = self._vectors
        pq = getattr(self.embedding, "pq", None)
        ids_of = getattr(getattr(self.embedding, "vocab", None), "word_ids", None)
        if pq is None or ids_of is None:
            for lemma in lemmas:
                cache[lemma] = self._lemma_vector(lemma)
            return
        known: list[str] = []
        ids: list[int] = []
        for lemma in lemmas:
            found = ids_of.get(lemma)
            if found is None:
                cache[lemma] = None
            else:
                known.append(lemma)
                ids.append(found)
        if ids:
            block = self._gather(pq, ids)
            for lemma, row in zip(known, block):
                cache[lemma] = row

    def _gather(self, pq: Any, ids: list[int]) -> np.ndarray:
        """The decoded rows of embedding rows `ids`: `pq.codes[pq.qdims, pq.indexes[ids]]`
        taken from the codebooks laid out as one table of sub-vectors (codebook q's centroid c
        at row q * centroids + c), so one `take` along its first axis gathers them, ~4× faster
        than the broadcast fancy index (the same floats)."""
        if self._codebook is None or self._codebook[0] is not pq:
            codes = np.ascontiguousarray(pq.codes)
            self._codebook = (pq, codes.reshape(-1, codes.shape[-1]),
                              np.asarray(pq.qdims, dtype=np.intp) * codes.shape[1])
        _, table, offsets = self._codebook
        return table.take((pq.indexes[ids] + offsets).ravel(), axis=0).reshape(len(ids), pq.dim)

    def lemma_vector(self, lemma: str) -> np.ndarray | None:
        """The embedding's vector of `lemma` (None if it has none), cached."""
        if lemma not in self._vectors:
            if len(self._vectors) >= VECTOR_CACHE:
                self._vectors.clear()
            self._decode([lemma])
        return self._vectors[lemma]


def tfidf_weights(terms: dict[str, int], idf: Idf) -> dict[str, float]:
    """Unit-length tf-idf weights of a term-count dict."""
    weights = idf.weigh(terms) if isinstance(idf, Idf) else {t: n * idf(t) for t, n in terms.items()}
    norm = math.sqrt(sum([w * w for w in weights.values()]))
    return {t: w / norm for t, w in weights.items()} if norm else {}


def weighted_cosine(wa: dict[str, float], wb: dict[str, float]) -> float:
    if len(wa) > len(wb):
        wa, wb = wb, wa
    # A list, not a generator, under `sum` (faster; the same additions in the same order).
    return sum([w * wb[t] for t, w in wa.items() if t in wb])


def soft_overlap(a: TextFeatures, b: TextFeatures) -> float:
    """Weighted mean, both ways, of each telling term's best vector match in
    the other article: "скончался" meets "смерть", "инфицированных" meets
    "заражения" where plain word overlap sees nothing."""
    if a.term_matrix is None or b.term_matrix is None or not len(a.term_matrix) or not len(b.term_matrix):
        return 0.0
    sims = a.term_matrix @ b.term_matrix.T
    left = float((sims.max(axis=1) * a.term_weights).sum() / a.term_weights.sum())
    right = float((sims.max(axis=0) * b.term_weights).sum() / b.term_weights.sum())
    return 0.5 * (left + right)


def tfidf_cosine(a: dict[str, int], b: dict[str, int], idf: Idf) -> float:
    return weighted_cosine(tfidf_weights(a, idf), tfidf_weights(b, idf))


def jaccard(a: set[str], b: set[str]) -> float:
    # |a ∪ b| counted, not built.
    shared = len(a & b)
    union = len(a) + len(b) - shared
    return shared / union if union else 0.0


def days_apart(a: str | None, b: str | None) -> float | None:
    if not a or not b:
        return None
    first, second = _day_ordinal(a[:10]), _day_ordinal(b[:10])
    return None if first is None or second is None else abs(first - second)


@lru_cache(maxsize=4096)
def _day_ordinal(day: str) -> int | None:
    """Ordinal of an ISO day (None if it is not one); cached: a store compares every
    candidate's day with the new article's."""
    from datetime import date

    try:
        return date.fromisoformat(day).toordinal()
    except ValueError:
        return None


def bm25_weights(terms: dict[str, int], idf: Idf, k1: float = BM25_K1) -> dict[str, float]:
    """Unit-length BM25-saturated weights: the tenth mention of a word adds
    little, so one long background paragraph cannot swamp the cosine."""
    weights = {t: idf(t) * n * (k1 + 1) / (n + k1) for t, n in terms.items()}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()} if norm else {}


def headline_dates(title: str) -> set[str]:
    """"MM-DD" of every "day month" in a headline."""
    out = set()
    for day, month in DAY_MONTH_RE.findall(title):
        if 1 <= int(day) <= 31:
            out.add(f"{MONTHS.index(month.lower()) + 1:02d}-{int(day):02d}")
    return out


def title_dates_clash(a: TextFeatures, b: TextFeatures) -> float:
    """Both headlines name a day and share none: "Прогноз погоды на 8 ноября"
    / "на 16 ноября" are two forecasts, however alike the texts."""
    return 1.0 if a.title_dates and b.title_dates and not (a.title_dates & b.title_dates) else 0.0


def missing_share(items: set[str], other: set[str]) -> float:
    """Share of `items` absent from `other` (0 when `items` is empty)."""
    return len(items - other) / len(items) if items else 0.0


def unmentioned_share(names: set[str], other: TextFeatures) -> float:
    """Share of `names` that `other` uses nowhere (as a name or any lemma)."""
    if not names:
        return 0.0
    missing = sum(1 for n in names if n not in other.names and n not in other.terms and n not in other.title_names)
    return missing / len(names)


def title_names_missing(a: TextFeatures, b: TextFeatures) -> float:
    """Conflicting specifics: the share, averaged both ways, of names in one
    headline that the other article never mentions ("Погода в Бресте" /
    "в Гомеле").  The mean, not the worse direction: one stray capitalised
    word ("ДТП") in a short headline should not count as a clash."""
    return 0.5 * (unmentioned_share(a.title_names, b) + unmentioned_share(b.title_names, a))


def title_numbers_missing(a: TextFeatures, b: TextFeatures) -> float:
    """The worse direction of "numbers in one headline absent from the other
    article" ("на 8 ноября" against a text that only says 18)."""
    return max(missing_share(a.title_numbers, b.numbers | b.title_numbers),
               missing_share(b.title_numbers, a.numbers | a.title_numbers))


def title_containment(title_weights: dict[str, float], terms: dict[str, int]) -> float:
    """Weighted share of a headline's words (tf-idf weights) found anywhere
    in the other article: a rewrite keeps the event words even when its
    headline differs."""
    total = sum(title_weights.values())
    return sum([w for t, w in title_weights.items() if t in terms]) / total if total else 0.0


def far_apart(a: TextFeatures, b: TextFeatures) -> float:
    """Stories last days, not weeks: more than 3 days apart counts against."""
    gap = days_apart(a.published, b.published)
    return 0.0 if gap is None else min(gap / 3.0, 3.0)


def title_numbers_clash(a: TextFeatures, b: TextFeatures) -> float:
    """Numbered headlines that share no number ("на 8 ноября" / "на 16 ноября")."""
    return 1.0 if a.title_numbers and b.title_numbers and not (a.title_numbers & b.title_numbers) else 0.0


def title_contain(a: TextFeatures, b: TextFeatures, idf: Idf) -> float:
    # The headline tf-idf weights are cached per article; the share is scale-free.
    return 0.5 * (title_containment(a.title_weights(idf), b.terms) + title_containment(b.title_weights(idf), a.terms))


# name -> feature of a pair.  Order is the store's and the shipped weights'
# contract: append, never reorder.
PAIR_FEATURES: dict[str, Callable[[TextFeatures, TextFeatures, Idf], float]] = {
    "vector": lambda a, b, idf: float(np.dot(a.vector, b.vector)),
    "title_vector": lambda a, b, idf: float(np.dot(a.title_vector, b.title_vector)),
    "tfidf": lambda a, b, idf: weighted_cosine(a.weights(idf), b.weights(idf)),
    "title_tfidf": lambda a, b, idf: weighted_cosine(a.title_weights(idf), b.title_weights(idf)),
    "names": lambda a, b, idf: jaccard(a.names, b.names),
    "numbers": lambda a, b, idf: jaccard(a.numbers, b.numbers),
    "far_apart": lambda a, b, idf: far_apart(a, b),
    "title_names": lambda a, b, idf: jaccard(a.title_names, b.title_names),
    "title_numbers_clash": lambda a, b, idf: title_numbers_clash(a, b),
    "soft": lambda a, b, idf: soft_overlap(a, b),
    "bm25": lambda a, b, idf: weighted_cosine(a.bm25(idf), b.bm25(idf)),
    "title_names_missing": lambda a, b, idf: title_names_missing(a, b),
    "title_numbers_missing": lambda a, b, idf: title_numbers_missing(a, b),
    "title_contain": title_contain,
    "title_dates_clash": lambda a, b, idf: title_dates_clash(a, b),
    # 0.0 unless both articles carry the opt-in embedding; the story model has a second
    # set of weights for such pairs (`cluster.SameStoryModel.semantic`).
    "semantic": lambda a, b, idf: semantic_similarity(a.semantic, b.semantic),
    # The same two embeddings through a similarity learnt on ParaPhraser (`semantic.ParaphraseMetric`):
    # "same happening" rather than "same topic"; 0.0 unless both articles carry an embedding.
    "semantic_paraphrase": lambda a, b, idf: paraphrase_similarity(a.semantic, b.semantic),
}
FEATURE_NAMES = tuple(PAIR_FEATURES)


def pair_features(a: TextFeatures, b: TextFeatures, idf: Idf, use: Collection[str] | None = None) -> list[float]:
    """The fixed-order feature vector scored by `cluster.SameStoryModel`;
    features not in `use` (when given) are left at 0 without computing them."""
    return [fn(a, b, idf) if use is None or name in use else 0.0 for name, fn in PAIR_FEATURES.items()]
