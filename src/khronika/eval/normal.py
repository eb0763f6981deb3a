"""`khronika eval normal`: normal forms of gold spans (RuNormAS layout).

Normalisation is scored apart from NER: each gold span of
`texts_and_ann/ID.ann` is normalised by Khronika (`nlp.mentions.syntactic_normal`
picks head-only inflection when a common noun heads the span; "ё" kept from
the dictionary; gender relaxed when the tagger guesses it wrong) and by
plain Natasha (`natasha.norm.normalize`, every word to the nominative), on
the same morph tags, and compared with `norm/ID.norm` exactly (case
matters, as in the shared task).  The rules were tuned on the first 150
documents: report with `--offset 150`.
Discontinuous spans are scored on their pieces joined by a space.

`persons=True` (`--persons`) also scores the path person names take in the pipeline:
the gold spans the NER tags exactly as PER, against those mentions' normal forms
(`mention.normal`, the whole name read in one case and gender: the canonical names
of actors come from it).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from khronika.eval.ner import doc_for_text
from khronika.nlp import natasha_adapter as nat
from khronika.nlp.mentions import syntactic_normal
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


def _pieces_tokens(doc: Any, pieces: list[tuple[int, int]]) -> list[list[Any]]:
    out = []
    for start, stop in pieces:
        first, last = doc.token_span(start, stop)
        out.append((first, doc.tokens[first:last]))
    return out


def khronika_normal(doc: Any, vocab: Any, pieces: list[tuple[int, int]]) -> str:
    parts = _pieces_tokens(doc, pieces)
    indices = {first + i for first, tokens in parts for i in range(len(tokens))}
    syntactic = syntactic_normal("", [t for _, tokens in parts for t in tokens], indices)
    return " ".join(w for w in (nat.normalize(vocab, tokens, first, syntactic) for first, tokens in parts) if w)


def natasha_normal(doc: Any, vocab: Any, pieces: list[tuple[int, int]]) -> str:
    return " ".join(w for w in (nat.natasha_normalize(vocab, tokens) for _, tokens in _pieces_tokens(doc, pieces)) if w)


def evaluate_normal(path: Path, limit: int | None = None, resources: Resources | None = None,
                    offset: int = 0, persons: bool = False) -> dict:
    resources = resources or Resources()
    pipeline = Pipeline.build(NORMAL_COMPONENTS + (["ner"] if persons else []), resources=resources)
    vocab = nat.morph_vocab(resources)
    right = {"khronika": 0, "natasha": 0}
    total = documents = 0
    person_spans = person_right = 0
    for n, (_name, text, spans, norms) in enumerate(read_runormas(path)):
        if n < offset:
            continue
        if limit is not None and n >= offset + limit:
            break
        documents += 1
        doc = pipeline.run(doc_for_text(text))
        named = {(m.start, m.stop): m.normal for m in doc.mentions if m.type == "PER"} if persons else {}
        for pieces, gold in zip(spans, norms):
            total += 1
            ours = khronika_normal(doc, vocab, pieces)
            plain = natasha_normal(doc, vocab, pieces)
            right["khronika"] += ours == gold
            right["natasha"] += plain == gold
            if len(pieces) == 1 and tuple(pieces[0]) in named:
                person_spans += 1
                person_right += named[tuple(pieces[0])] == gold
    result = {
        "documents": documents, "spans": total,
        "accuracy": {system: round(count / total, 4) if total else 0.0 for system, count in right.items()},
    }
    if persons:
        result["persons"] = {"spans": person_spans,
                             "accuracy": round(person_right / person_spans, 4) if person_spans else 0.0}
    return result
