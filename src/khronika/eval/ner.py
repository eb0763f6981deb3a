"""`khronika eval ner`: P/R/F1 per type for Khronika and plain Natasha.

Both systems run on the dataset's own text, unchanged, so gold offsets
apply directly.  Counting:
- `span`: exact (start, stop, type) matches;
- `token`: naeval-style — every razdel token, per type, is inside a span of
  that type or not; gold and system token labels are compared.

Type mapping (datasets disagree on conventions; Khronika emits richer
types and each dataset's scorer maps them):
- Khronika: PER → PER; ORG, MEDIA → ORG; LOC, GPE → LOC; FAC → LOC for
  factRuEval (its "Location" covers buildings and streets), dropped for
  NEREL (FACILITY is not scored) and SlavicNER (LOC covers facilities);
  GEO_ADJ ("российский") → LOC for NEREL only (it tags them COUNTRY/CITY/...,
  factRuEval and SlavicNER do not); ORG_CORE (the short name inside an
  organisation extended by its place, "МВД" in "МВД Киргизии") → ORG for
  NEREL only, which annotates both; ROLE is never scored.
- factRuEval: Person → PER, Org → ORG, Location and LocOrg → LOC; an
  object's span runs from its first to its last span (as naeval does).
- NEREL: PERSON → PER, ORGANIZATION → ORG, COUNTRY/CITY/STATE_OR_PROVINCE/
  LOCATION/DISTRICT → LOC; nested entities are all kept (a flat tagger
  cannot find both "Совет Россия — НАТО" and "Россия" inside it).
- SlavicNER: PER, ORG, LOC as given (EVT, PRO not scored).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from khronika.extract.article import Article
from khronika.nlp.doc import Doc, Part
from khronika.nlp.pipeline import Pipeline, Resources

SCORED = ("PER", "ORG", "LOC")
NER_COMPONENTS = ["segment", "morph", "syntax", "ner", "actors"]

KHRONIKA_MAP = {
    "factrueval": {"PER": "PER", "ORG": "ORG", "MEDIA": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC"},
    "nerel": {"PER": "PER", "ORG": "ORG", "ORG_CORE": "ORG", "MEDIA": "ORG", "LOC": "LOC", "GPE": "LOC",
              "GEO_ADJ": "LOC"},
    "slavicner": {"PER": "PER", "ORG": "ORG", "MEDIA": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC"},
}
NEREL_MAP = {
    "PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "LOC", "CITY": "LOC",
    "STATE_OR_PROVINCE": "LOC", "LOCATION": "LOC", "DISTRICT": "LOC",
}
FACTRU_MAP = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}

Span = tuple[int, int, str]


@dataclass
class GoldDoc:
    name: str
    text: str
    spans: list[Span]


@dataclass
class Counts:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, gold: set, pred: set, type_of) -> None:
        for item in gold & pred:
            self.tp[type_of(item)] += 1
        for item in pred - gold:
            self.fp[type_of(item)] += 1
        for item in gold - pred:
            self.fn[type_of(item)] += 1

    def scores(self) -> dict[str, dict[str, float]]:
        out = {}
        for type_ in SCORED:
            tp, fp, fn = self.tp[type_], self.fp[type_], self.fn[type_]
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out[type_] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                          "tp": tp, "fp": fp, "fn": fn}
        return out


@dataclass
class NerResult:
    documents: int
    scores: dict[str, dict[str, dict[str, float]]]


# ---- dataset readers (each in the dataset's own layout) ----

def read_factrueval(path: Path) -> Iterator[GoldDoc]:
    folder = path / "devset" if (path / "devset").is_dir() else path
    for txt in sorted(folder.glob("*.txt"), key=lambda p: _number(p.stem)):
        text = txt.read_text(encoding="utf-8")
        spans = {}
        for line in txt.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) >= 4:
                spans[fields[0]] = (int(fields[2]), int(fields[2]) + int(fields[3]))
        gold = set()
        for line in txt.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) >= 3 and fields[1] in FACTRU_MAP:
                parts = [spans[s] for s in fields[2:] if s in spans]
                if parts:
                    gold.add((min(p[0] for p in parts), max(p[1] for p in parts), FACTRU_MAP[fields[1]]))
        yield GoldDoc(txt.stem, text, sorted(gold))


def read_nerel(path: Path) -> Iterator[GoldDoc]:
    folder = next((p for p in (path / "dev", path / "train", path / "test") if p.is_dir()), path)
    for txt in sorted(folder.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        gold = set()
        for line in txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
            if not line.startswith("T"):
                continue
            _, info, _surface = line.split("\t", 2)
            type_, _, offsets = info.partition(" ")
            if type_ in NEREL_MAP and ";" not in offsets:
                start, stop = map(int, offsets.split())
                gold.add((start, stop, NEREL_MAP[type_]))
        yield GoldDoc(txt.stem, text, sorted(gold))


def read_slavicner(path: Path) -> Iterator[GoldDoc]:
    for tsv in sorted((path / "ner").glob("*/ru/*.tsv")):
        raw = path / "raw" / tsv.parent.parent.name / "ru" / (tsv.stem + ".txt")
        if not raw.exists():
            continue
        text = raw.read_text(encoding="utf-8")
        gold = set()
        for line in tsv.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) >= 5 and fields[4] in SCORED:
                gold.add((int(fields[0]), int(fields[1]), fields[4]))
        yield GoldDoc(tsv.stem, text, sorted(gold))


READERS = {"factrueval": read_factrueval, "nerel": read_nerel, "slavicner": read_slavicner}


def _number(stem: str) -> int:
    digits = re.sub(r"\D", "", stem)
    return int(digits) if digits else 0


# ---- systems ----

def doc_for_text(text: str, name: str = "") -> Doc:
    """A Doc over raw text, offsets unchanged: one part per non-empty line."""
    parts = []
    for index, match in enumerate(re.finditer(r"[^\n]+", text)):
        if match.group(0).strip():
            parts.append(Part("title" if index == 0 else "paragraph", index, match.start(), match.end()))
    article = Article(id=name, source=name, title="", published=None, language="ru", lead="", paragraphs=[])
    return Doc(article=article, text=text, parts=parts)


def khronika_spans(pipeline: Pipeline, text: str, dataset: str) -> set[Span]:
    doc = pipeline.run(doc_for_text(text))
    mapping = KHRONIKA_MAP[dataset]
    return {(m.start, m.stop, mapping[m.type]) for m in doc.mentions if m.type in mapping}


def natasha_spans(resources: Resources, text: str) -> set[Span]:
    """Plain Natasha: NewsNERTagger over the whole text, no rules."""
    from khronika.nlp.natasha_adapter import ner_tagger, tag_ner

    return {(s, e, t) for s, e, t in tag_ner(ner_tagger(resources), [text])[0] if t in SCORED}


# ---- counting ----

def _token_labels(text: str, spans: set[Span]) -> set[tuple[int, str]]:
    from khronika.nlp.natasha_adapter import tokens

    labels = set()
    for start, stop, _ in tokens(text):
        for s_start, s_stop, type_ in spans:
            if s_start <= start and stop <= s_stop:
                labels.add((start, type_))
    return labels


def evaluate_ner(path: Path, dataset: str, counting: str = "span", limit: int | None = None,
                 resources: Resources | None = None) -> NerResult:
    resources = resources or Resources()
    pipeline = Pipeline.build(NER_COMPONENTS, resources=resources)
    counts = {"khronika": Counts(), "natasha": Counts()}
    n = 0
    for gold_doc in READERS[dataset](path):
        if limit is not None and n >= limit:
            break
        n += 1
        gold = set(gold_doc.spans)
        predicted = {"khronika": khronika_spans(pipeline, gold_doc.text, dataset),
                     "natasha": natasha_spans(resources, gold_doc.text)}
        for system, pred in predicted.items():
            if counting == "token":
                counts[system].add(_token_labels(gold_doc.text, gold), _token_labels(gold_doc.text, pred),
                                   lambda item: item[1])
            else:
                counts[system].add(gold, pred, lambda item: item[2])
    return NerResult(n, {system: c.scores() for system, c in counts.items()})
