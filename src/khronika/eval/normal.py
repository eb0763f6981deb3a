"""`khronika eval normal`: normal forms of gold spans (RuNormAS layout).

Normalisation is scored apart from NER: each gold span of
`texts_and_ann/ID.ann` is normalised by Khronika (Natasha's inflection on
our morph tags and syntax, the ORG-style head-only rule when the span looks
like an organisation) and by plain Natasha (its `DocSpan.normalize` with
the PER/LOC rule, i.e. every word to the nominative), and compared with
`norm/ID.norm` exactly (case matters, as in the shared task).
Discontinuous spans are scored on their pieces joined by a space.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from khronika.eval.ner import doc_for_text
from khronika.nlp import natasha_adapter as nat
from khronika.nlp.pipeline import Pipeline, Resources

NORMAL_COMPONENTS = ["segment", "morph", "syntax"]


def read_runormas(path: Path) -> Iterator[tuple[str, str, list[list[tuple[int, int]]], list[str]]]:
    texts = path / "texts_and_ann"
    for txt in sorted(texts.glob("*.txt")):
        ann = txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines()
        norms = (path / "norm" / (txt.stem + ".norm")).read_text(encoding="utf-8").splitlines()
        spans = []
        for line in ann:
            numbers = [int(x) for x in line.split()]
            spans.append(sorted(zip(numbers[::2], numbers[1::2])))
        yield txt.stem, txt.read_text(encoding="utf-8"), spans, norms


def _span_normal(doc: Any, vocab: Any, pieces: list[tuple[int, int]], syntactic: bool) -> str:
    words = []
    for start, stop in pieces:
        first, last = doc.token_span(start, stop)
        words.append(nat.normalize(vocab, doc.tokens[first:last], first, syntactic))
    return " ".join(w for w in words if w)


def _looks_syntactic(doc: Any, pieces: list[tuple[int, int]]) -> bool:
    # Multi-word spans whose first word is a common noun or adjective
    # ("Совета по правам человека", "улице Фонтанной") inflect only the head
    # and its adjectives; names of people and places inflect every word.
    first, last = doc.token_span(pieces[0][0], pieces[-1][1])
    return last - first > 1 and doc.tokens[first].text[:1].islower() or (
        last - first > 2 and doc.tokens[first].pos == "NOUN"
    )


def evaluate_normal(path: Path, limit: int | None = None, resources: Resources | None = None) -> dict:
    resources = resources or Resources()
    pipeline = Pipeline.build(NORMAL_COMPONENTS, resources=resources)
    vocab = nat.morph_vocab(resources)
    right = {"khronika": 0, "natasha": 0}
    total = documents = 0
    for n, (_name, text, spans, norms) in enumerate(read_runormas(path)):
        if limit is not None and n >= limit:
            break
        documents += 1
        doc = pipeline.run(doc_for_text(text))
        for pieces, gold in zip(spans, norms):
            total += 1
            ours = _span_normal(doc, vocab, pieces, _looks_syntactic(doc, pieces))
            plain = _span_normal(doc, vocab, pieces, False)
            right["khronika"] += ours == gold
            right["natasha"] += plain == gold
    return {
        "documents": documents, "spans": total,
        "accuracy": {system: round(count / total, 4) if total else 0.0 for system, count in right.items()},
    }
