"""Slovnet's morph tagger, syntax parser and news NER run over a whole document at once.

Slovnet's own `map` pads every batch of 8 sentences to its longest one, runs one
forward pass per batch and builds Python records for every token; its NER
decodes the CRF with a dozen numpy calls per token.  The models are three
convolutions (kernel 3, zero padding 1) over word + shape embeddings, so the
sentences of a document can be laid end to end with one zero row between them:
each convolution then sees exactly the zeros it sees at a sentence edge (the
embeddings of slovnet's pad word and pad shape are zero too) and a layer costs
a few matrix products over real tokens only.  Each distinct word of a document
goes through the first convolution once; the words are encoded and looked up in
navec once for all three models (they share one navec and one vocabulary).

The weights and operations are slovnet's; only the order of float additions
differs, as it does inside slovnet when the same sentence lands in another batch.
On the bundled example pages the morph tags and NER spans are slovnet's to the token
and the syntax heads agree on at least 99.8% of tokens (tests/nlp/test_slovnet_packed.py:
near-ties may fall the other way, as they do in slovnet when it batches differently) wherever slovnet's
heads form a tree; a sentence whose argmax heads do not (a cycle, a token heading itself: ~12 % of news
sentences) gets the maximum spanning tree over the same arc scores (`tree_decode`).  Like `natasha_adapter`,
this module sits at the library edge: nothing slovnet leaves it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from khronika.nlp.tree_decode import max_spanning_tree, sentences_not_trees

# Words whose (word id, shape id) are kept: the vocabulary of a few hundred articles.
_ENCODE_CACHE = 50_000


@dataclass(frozen=True)
class _ConvLayer:
    by_offset: tuple[np.ndarray, ...]   # (in_dim, filters) weight of the previous, own and next position
    bias: np.ndarray
    mean: np.ndarray     # batch norm
    std: np.ndarray
    scale: np.ndarray
    shift: np.ndarray

    def __call__(self, rows: np.ndarray, gaps: np.ndarray) -> np.ndarray:
        """`rows`: (n, in_dim), first and last row and every row in `gaps` zero."""
        previous, own, following = self.by_offset
        # Three products over shifted views instead of slovnet's im2col copy.
        x = np.matmul(rows[:-2], previous)
        x += np.matmul(rows[1:-1], own)
        x += np.matmul(rows[2:], following)
        x += self.bias
        x = x.clip(0)
        x = (x - self.mean) / self.std * self.scale + self.shift
        out = np.empty((len(rows), x.shape[1]), dtype=x.dtype)
        out[0] = 0
        out[-1] = 0
        out[1:-1] = x
        out[gaps] = 0  # slovnet zeroes padded positions after every layer
        return out


def _conv_layers(model: Any) -> list[_ConvLayer]:
    layers = []
    for layer in model.encoder.layers:
        conv, norm = layer.conv, layer.norm
        if conv.padding != 1 or conv.weight.shape[2] != 3:
            raise ValueError("slovnet_packed expects kernel 3, padding 1 convolutions")
        weight = conv.weight.array   # (filters, in_dim, offset)
        by_offset = tuple(np.ascontiguousarray(weight[:, :, k].T) for k in range(3))
        layers.append(_ConvLayer(
            by_offset, conv.bias.array, norm.mean.array, norm.std.array, norm.weight.array, norm.bias.array,
        ))
    return layers


@dataclass(frozen=True)
class PackedInput:
    """The sentences of one document laid end to end."""

    shape_ids: np.ndarray      # (tokens,)
    token_rows: np.ndarray     # row of each token in the packed layout
    gap_rows: np.ndarray       # zero rows between sentences (not the first and last row)
    lengths: list[int]         # tokens per sentence
    rows: int
    distinct_vectors: np.ndarray  # (distinct words, navec dim): each word of the document once
    word_index: np.ndarray        # (tokens,): row of each token's word in `distinct_vectors`
    sentence_firsts: np.ndarray   # token index of each sentence's first token
    sentence_lasts: np.ndarray    # ... and of its last


def _same_array(a: np.ndarray, b: np.ndarray) -> bool:
    # natasha hands every model the one navec: no 25 MB comparison then.
    return a is b or np.array_equal(a, b)


class WordEncoder:
    """Word ids, shape ids and navec vectors, shared by the three models."""

    def __init__(self, infer: Any) -> None:
        from slovnet.shape import word_shape

        words, shapes = infer.encoder.words_vocab, infer.encoder.shapes_vocab
        # A tuple, which the garbage collector stops visiting once it has seen only strings
        # in it; a list of 250k words is walked again at every full collection.
        words.items = tuple(words.items)
        self.words_vocab, self.shapes_vocab = words, shapes
        self.navec = infer.model.emb.word
        qdims, centroids, chunk = self.navec.codes.array.shape
        self.navec_chunks = self.navec.codes.array.reshape(qdims * centroids, chunk)
        self.navec_offsets = np.arange(qdims, dtype=np.intp) * centroids
        self._last: tuple[list[str], tuple[np.ndarray, np.ndarray, np.ndarray]] | None = None

        def encode(word: str) -> tuple[int, int]:
            return words.encode(word.lower()), shapes.encode(word_shape(word))

        self.encode = lru_cache(maxsize=_ENCODE_CACHE)(encode)

    def serves(self, infer: Any) -> bool:
        """True when `infer` reads words exactly as this encoder does (same vocabularies, same navec)."""
        other, navec = infer.encoder, infer.model.emb.word
        return (tuple(other.words_vocab.items) == self.words_vocab.items
                and other.shapes_vocab.items == self.shapes_vocab.items
                and _same_array(navec.codes.array, self.navec.codes.array)
                and _same_array(navec.indexes.array, self.navec.indexes.array))

    def adopt(self, infer: Any) -> None:
        """Give `infer` (which `serves` checked) this encoder's vocabularies: one copy of
        the 250k words and their index in memory instead of one per model (~27 MB each)."""
        infer.encoder.words_vocab, infer.encoder.shapes_vocab = self.words_vocab, self.shapes_vocab

    def pack(self, sentences: list[list[str]]) -> PackedInput:
        """`sentences` laid end to end: row 0 zero, then each sentence followed by one zero row."""
        words = [word for sentence in sentences for word in sentence]
        # Morph, syntax and NER read the same words of a document one after the other.
        last = self._last  # one read: another thread may replace it meanwhile
        if last is None or last[0] != words:
            last = (words, self._read(words))
            self._last = last
        shape_ids, distinct_vectors, word_index = last[1]
        lengths = np.array([len(s) for s in sentences], dtype=np.int64)
        ends = np.cumsum(lengths)
        order = np.arange(len(sentences), dtype=np.int64)
        token_rows = np.arange(len(words), dtype=np.int64) + np.repeat(order, lengths) + 1
        gap_rows = ends + order + 1
        filled = lengths > 0
        return PackedInput(shape_ids, token_rows, gap_rows[:-1], lengths.tolist(), len(words) + len(sentences) + 1,
                           distinct_vectors, word_index, (ends - lengths)[filled], (ends - 1)[filled])

    def _read(self, words: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Shape ids, the navec vectors of the distinct words, each token's row among them."""
        word_ids, shape_ids = zip(*map(self.encode, words)) if words else ((), ())
        distinct, word_index = np.unique(np.array(word_ids, dtype=np.int64), return_inverse=True)
        # navec's product-quantised lookup (codes[qdims, indexes[ids]]) as one flat `take`: the same values, ~5x faster.
        chunks = self.navec_chunks.take(self.navec.indexes.array[distinct] + self.navec_offsets, axis=0)
        return np.array(shape_ids, dtype=np.int64), chunks.reshape(len(distinct), self.navec.dim), word_index.reshape(-1)


class _FirstLayer:
    """The first convolution taken apart by input: a token's word and shape feed its
    own position and both neighbours through fixed weights, so each distinct word
    of the document is multiplied once (a news text repeats ~45% of its tokens)
    and each shape comes from a table made at load time."""

    def __init__(self, layer: _ConvLayer, word_dim: int, shape_table: np.ndarray) -> None:
        filters = layer.bias.shape[0]
        # (in_dim, offset * filters): column k * filters + f is filter f at offset k.
        by_input = np.concatenate(layer.by_offset, axis=1)
        self.word_weight = np.ascontiguousarray(by_input[:word_dim])
        self.shape_part = np.matmul(shape_table, by_input[word_dim:])   # (shapes, offset * filters)
        self.filters = filters
        self.layer = layer

    def __call__(self, packed: PackedInput) -> np.ndarray:
        f, layer = self.filters, self.layer
        parts = np.matmul(packed.distinct_vectors, self.word_weight)[packed.word_index]
        parts += self.shape_part[packed.shape_ids]
        # Offset 0 reads the previous token, 2 the next one, never across a sentence edge.
        parts[packed.sentence_lasts, :f] = 0
        parts[packed.sentence_firsts, 2 * f:] = 0
        x = parts[:, f:2 * f] + layer.bias
        x[1:] += parts[:-1, :f]
        x[:-1] += parts[1:, 2 * f:]
        x = x.clip(0)
        x = (x - layer.mean) / layer.std * layer.scale + layer.shift
        rows = np.zeros((packed.rows, f), dtype=x.dtype)
        rows[packed.token_rows] = x
        return rows


class PackedEncoder:
    """The CNN encoder of one slovnet tagging/parsing model over a packed document."""

    def __init__(self, infer: Any) -> None:
        self.shape_table = infer.model.emb.shape.weight.array
        first, *self.layers = _conv_layers(infer.model)
        self.first = _FirstLayer(first, infer.model.emb.word.dim, self.shape_table)

    def __call__(self, packed: PackedInput) -> np.ndarray:
        """Encoder output (tokens, dim) in token order."""
        rows = self.first(packed)
        for layer in self.layers:
            rows = layer(rows, packed.gap_rows)
        return rows[packed.token_rows]


def _linear(x: np.ndarray, linear: Any) -> np.ndarray:
    # slovnet's Linear on a 2-d input
    return np.matmul(x, linear.weight.array) + linear.bias.array


def _ff(x: np.ndarray, ff: Any) -> np.ndarray:
    return _linear(x, ff.proj).clip(0)


def _per_sentence(values: list[Any], lengths: list[int]) -> list[list[Any]]:
    """A flat per-token list cut back into sentences."""
    out, start = [], 0
    for length in lengths:
        out.append(values[start:start + length])
        start += length
    return out


class _PackedModel:
    """One slovnet model reading words through the shared encoder."""

    kind = "model"

    def __init__(self, infer: Any, words: WordEncoder) -> None:
        if not words.serves(infer):
            raise ValueError(f"the {self.kind} model reads words differently from the shared encoder")
        words.adopt(infer)
        self.words = words
        self.encoder = PackedEncoder(infer)


class PackedMorph(_PackedModel):
    """Slovnet morph tags (POS, UD features) of every token."""

    kind = "morph"

    def __init__(self, infer: Any, words: WordEncoder) -> None:
        super().__init__(infer, words)
        self.proj = infer.model.head.proj
        self.tags = [_parse_tag(tag) for tag in infer.decoder.tags_vocab.items]

    def __call__(self, sentences: list[list[str]]) -> list[list[tuple[str, dict[str, str]]]]:
        return [[(self.tags[i][0], dict(self.tags[i][1])) for i in ids] for ids in self.tag_ids(sentences)]

    def tag_ids(self, sentences: list[list[str]]) -> list[list[int]]:
        """Per sentence, per token: the index of its tag in `tags` (POS, UD features)."""
        packed = self.words.pack(sentences)
        if not len(packed.token_rows):
            return [[] for _ in sentences]
        return _per_sentence(_linear(self.encoder(packed), self.proj).argmax(-1).tolist(), packed.lengths)


def _parse_tag(tag: str) -> tuple[str, dict[str, str]]:
    from slovnet.conll import parse_conll_tag

    return parse_conll_tag(tag)


# Longest run of tokens parsed as one sentence (news sentences stay far below it).
MAX_PARSE_TOKENS = 400

# A sentence decoded to a tree keeps slovnet's freedom of several root children (argmax gives
# them too); one root child is available (tree_decode) but changed no quote or event on the
# design sets or the unread sample and costs ~10x the decoding time (sy38).  Either way it
# applies only to the sentences that are decoded: argmax heads that are a tree are kept as
# they are, several root children included.
SINGLE_ROOT_TREES = False


class PackedSyntax(_PackedModel):
    """Slovnet dependency heads and relations of every token."""

    kind = "syntax"

    def __init__(self, infer: Any, words: WordEncoder, single_root: bool = SINGLE_ROOT_TREES) -> None:
        super().__init__(infer, words)
        self.single_root = single_root
        self.head = infer.model.head
        self.rel = infer.model.rel
        self.rels = list(infer.decoder.rels_vocab.items)

    def __call__(self, sentences: list[list[str]]) -> list[list[tuple[int, str]]]:
        """Per sentence, per token: (head index within the sentence or -1, relation).  A
        "sentence" longer than MAX_PARSE_TOKENS (an unpunctuated dump) is parsed in pieces:
        the arc scores of one sentence take memory and time quadratic in its length."""
        if all(len(sentence) <= MAX_PARSE_TOKENS for sentence in sentences):
            return self._parse(sentences)
        pieces: list[list[str]] = []
        spans: list[tuple[int, int]] = []  # per sentence: its first piece, number of pieces
        for sentence in sentences:
            chunked = [sentence[k:k + MAX_PARSE_TOKENS] for k in range(0, len(sentence), MAX_PARSE_TOKENS)] or [[]]
            spans.append((len(pieces), len(chunked)))
            pieces.extend(chunked)
        parsed = self._parse(pieces)
        out = []
        for first, count in spans:
            joined: list[tuple[int, str]] = []
            for piece in parsed[first:first + count]:
                offset = len(joined)
                joined.extend((head + offset if head >= 0 else -1, rel) for head, rel in piece)
            out.append(joined)
        return out

    @staticmethod
    def _arc_scores(arc_head: np.ndarray, arc_tail: np.ndarray, start: int, length: int) -> np.ndarray:
        """(length, length + 1): the score of each token of a sentence taking the root or a token as its head."""
        rows = np.arange(start, start + 1 + length)   # the root row, then the sentence's
        rows[0] = 0
        return np.matmul(arc_head[rows], arc_tail[rows].T)[1:]

    def _parse(self, sentences: list[list[str]]) -> list[list[tuple[int, str]]]:
        packed = self.words.pack(sentences)
        if not len(packed.token_rows):
            return [[] for _ in sentences]
        x = self.encoder(packed)
        head, rel = self.head, self.rel
        # Arc scores: biaffine over [root; tokens] of each sentence (slovnet's SyntaxHead).
        arc_head = np.matmul(_ff(np.concatenate((head.root.array[None], x)), head.head), head.kernel.array)
        arc_tail = _ff(np.concatenate((head.root.array[None], x)), head.tail)
        heads = np.empty(len(x), dtype=np.int64)
        firsts = np.cumsum([0] + packed.lengths[:-1]).tolist()
        for start, length in zip(firsts, packed.lengths):
            heads[start:start + length] = self._arc_scores(arc_head, arc_tail, start, length).argmax(-1)
        # Each token's best head need not make a tree (a cycle, a token heading itself): such a
        # sentence gets the best tree over its arc scores instead; the others keep their heads.
        for k in sentences_not_trees(heads, packed.lengths):
            start, length = firsts[k], packed.lengths[k]
            scores = self._arc_scores(arc_head, arc_tail, start, length).astype(np.float64)
            heads[start:start + length] = max_spanning_tree(scores, self.single_root)
        # Relations: biaffine between each token and its chosen head (slovnet's SyntaxRel).
        offsets = np.repeat(np.cumsum([0] + packed.lengths[:-1]), packed.lengths)
        with_root = np.concatenate((rel.root.array[None], x))
        gathered = with_root[np.where(heads > 0, offsets + heads, 0)]
        rel_head = _ff(gathered, rel.head)
        rel_tail = _ff(x, rel.tail)
        hidden, dim = rel.kernel.shape
        scores = np.matmul(rel_head, rel.kernel.array).reshape(len(x), dim // hidden, hidden)
        scores = np.matmul(scores, rel_tail.reshape(len(x), hidden, 1)).reshape(len(x), dim // hidden)
        rel_ids = scores.argmax(-1).tolist()
        return _per_sentence([(h - 1, self.rels[r]) for h, r in zip(heads.tolist(), rel_ids)], packed.lengths)


class PackedNer(_PackedModel):
    """Slovnet's news NER over one text whose tokens are already known."""

    kind = "NER"

    def __init__(self, infer: Any, words: WordEncoder) -> None:
        super().__init__(infer, words)
        self.proj = infer.model.head.proj
        self.transitions = infer.model.head.crf.transitions.array
        from slovnet.bio import parse_bio

        self.tags = [parse_bio(tag) for tag in infer.decoder.tags_vocab.items]   # (B/I/O, type)

    def __call__(self, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """(start, stop, type) spans over `tokens`, razdel's (start, stop, text) of the text."""
        if not tokens:
            return []
        packed = self.words.pack([[text for _, _, text in tokens]])
        emissions = _linear(self.encoder(packed), self.proj)
        return _bio_spans(tokens, [self.tags[i] for i in _viterbi(emissions, self.transitions)])


def _bio_spans(tokens: list[tuple[int, int, str]], tags: list[tuple[str, str | None]]) -> list[tuple[int, int, str]]:
    """slovnet.bio.bio_spans: a span opens at B, grows over I, closes at O or the next B."""
    spans: list[tuple[int, int, str]] = []
    current: str | None = None
    start = stop = 0
    for (token_start, token_stop, _), (part, type_) in zip(tokens, tags):
        if part == "O":
            if current:
                spans.append((start, stop, current))
                current = None
        elif part == "B":
            if current:
                spans.append((start, stop, current))
            current, start, stop = type_, token_start, token_stop
        elif part == "I":
            stop = token_stop
    if current:
        spans.append((start, stop, current))
    return spans


def _viterbi(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """slovnet's CRF.decode for one unpadded sequence, with its float32 arithmetic.

    slovnet's step is scores = (score[:, None] + transitions) + emission, then the
    argmax and max over the previous tag.  Rounding is monotone, so the max over the
    previous tag can be taken before the emission is added: the same float32 value
    with one array operation less per token.  The argmaxes are worked out afterwards
    for all steps at once, from the same sums in the same order."""
    maximum = np.maximum.reduce
    by_next = np.ascontiguousarray(transitions.T)   # [next tag, previous tag]
    score = emissions[0]
    scores = [score]
    for emission in emissions[1:]:
        score = maximum(score + by_next, axis=1) + emission
        scores.append(score)
    tag = int(score.argmax())
    path = [tag]
    if len(scores) > 1:
        steps = np.array(scores[:-1])[:, :, None] + transitions + emissions[1:, None, :]
        for best in reversed(steps.argmax(1).tolist()):
            tag = best[tag]
            path.append(tag)
    path.reverse()
    return path
