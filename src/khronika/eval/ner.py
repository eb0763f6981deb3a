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
  organisation extended by its place or an official tail, "МВД" in "МВД
  Киргизии", "МВД по Башкирии") → ORG for NEREL, which annotates both, and
  for factRuEval, which scores the name part; ROLE is never scored.
- factRuEval, read as naeval reads it (its published tables use this):
  a Person is its whole object; an Org only its `org_name` parts, a
  Location/LocOrg only its `loc_name` parts; overlapping spans are
  flattened.  Khronika's organisations are scored by their name part
  (`factrueval_names`): "МИД | России" → ORG "МИД" + LOC "России",
  "ОАО «Газпром»" → "Газпром", descriptor organisations ("российское
  правительство") not at all.  This reading reproduces the plain-Natasha
  figures quoted in the issue (exact spans PER 0.926 / LOC 0.906 / ORG 0.730).
- Flat-gold datasets (factRuEval, SlavicNER): system spans are flattened
  (outermost first) before counting; NEREL keeps nesting.
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
from typing import Iterable, Iterator

from khronika.extract.article import Article
from khronika.extract.text import LINE_SEPARATORS, PARAGRAPH_SEPARATORS
from khronika.nlp.doc import Doc, Mention, Part
from khronika.nlp.org_descriptors import ORG_HEADS
from khronika.nlp.pipeline import Pipeline, Resources

SCORED = ("PER", "ORG", "LOC")
NER_COMPONENTS = ["segment", "morph", "syntax", "ner", "actors"]

KHRONIKA_MAP = {
    "factrueval": {"PER": "PER", "ORG": "ORG", "ORG_CORE": "ORG", "MEDIA": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC"},
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
# Datasets whose gold is flat (naeval's reading of factRuEval, SlavicNER):
# system spans are flattened the same way (outermost first) before
# counting.  NEREL keeps nested entities, so a token may be ORG and LOC.
FLAT_GOLD = frozenset({"factrueval", "slavicner"})


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
    """factRuEval as naeval reads it for the published tables: a Person is
    its whole object, an Org only its `org_name` parts, a Location/LocOrg
    only its `loc_name` parts ("миде Грузии" is ORG "миде" + LOC "Грузии");
    a span overlapping an earlier, longer one is dropped, and so is one
    whose edges are not razdel token edges."""
    # The repository's layout has devset/ and testset/; naeval pools whatever is there.
    folders = [p for p in (path / "devset", path / "testset") if p.is_dir()] or [path]
    for txt in (t for folder in folders for t in sorted(folder.glob("*.txt"), key=lambda p: _number(p.stem))):
        text = txt.read_text(encoding="utf-8")
        parts: dict[str, tuple[int, int, str]] = {}
        for line in txt.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) >= 4:
                parts[fields[0]] = (int(fields[2]), int(fields[2]) + int(fields[3]), fields[1])
        gold: list[Span] = []
        for line in txt.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) < 3 or fields[1] not in FACTRU_MAP:
                continue
            type_ = FACTRU_MAP[fields[1]]
            own = [parts[s] for s in fields[2:] if s in parts]
            if type_ == "PER" and own:
                gold.append((min(p[0] for p in own), max(p[1] for p in own), type_))
            elif type_ != "PER":
                name_part = "org_name" if type_ == "ORG" else "loc_name"
                gold.extend(flat((start, stop, type_) for start, stop, kind in own if kind == name_part))
        yield GoldDoc(txt.stem, text, sorted(on_token_edges(text, flat(gold))))


def flat(spans: Iterable[Span]) -> list[Span]:
    """Spans without overlaps: by start, longer first; a span overlapping
    the last kept one is dropped (naeval's rule, applied to gold and to
    both systems under token counting)."""
    kept: list[Span] = []
    for span in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if not kept or kept[-1][1] <= span[0]:
            kept.append(span)
    return kept


def on_token_edges(text: str, spans: Iterable[Span]) -> list[Span]:
    from khronika.nlp.natasha_adapter import tokens

    edges = list(tokens(text))
    starts, stops = {t[0] for t in edges}, {t[1] for t in edges}
    return [s for s in spans if s[0] in starts and s[1] in stops]


def read_nerel(path: Path) -> Iterator[GoldDoc]:
    splits = [p for p in (path / "dev", path / "train", path / "test") if p.is_dir()]
    if len(splits) > 1 and not any(path.glob("*.txt")):
        raise ValueError(f"{path}: holds several NEREL splits ({', '.join(p.name for p in splits)}); pass one of them")
    folder = splits[0] if splits else path
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

# A line ends at "\n" or at any other line or paragraph break Unicode has (RuNormAS ends its
# lines with U+2028 alone); the text itself is not touched, so gold offsets stay valid.
_LINE = re.compile("[^\n" + LINE_SEPARATORS + PARAGRAPH_SEPARATORS + "]+")


def doc_for_text(text: str, name: str = "") -> Doc:
    """A Doc over raw text, offsets unchanged: one part per non-empty line."""
    parts = []
    for index, match in enumerate(_LINE.finditer(text)):
        if match.group(0).strip():
            parts.append(Part("title" if index == 0 else "paragraph", index, match.start(), match.end()))
    article = Article(id=name, source=name, title="", published=None, language="ru", lead="", paragraphs=[])
    return Doc(article=article, text=text, parts=parts)


def khronika_spans(pipeline: Pipeline, text: str, dataset: str) -> set[Span]:
    doc = pipeline.run(doc_for_text(text))
    mapping = KHRONIKA_MAP[dataset]
    mentions = [m for m in doc.mentions if m.type in mapping]
    if dataset == "factrueval":
        return factrueval_names(doc, mentions, mapping)
    return {(m.start, m.stop, mapping[m.type]) for m in mentions}


_QUOTED_NAME = re.compile(r"«([^«»]+)»|„([^„“]+)“|\"([^\"]+)\"")
# A place after one of these is part of the organisation's name ("МЧС по Санкт-Петербургу").
_PREPOSITIONS = frozenset({"по", "при", "в", "во", "на", "для", "против", "с", "со", "из", "за", "от", "под"})


def factrueval_names(doc: Doc, mentions: list[Mention], mapping: dict[str, str]) -> set[Span]:
    """factRuEval, as naeval reads it, scores an organisation by its name
    part only (`org_name`), not its descriptive part (`org_descr`) nor a
    place that follows it in the genitive (`loc_name`):
    - "МИД | России" is ORG "МИД" + LOC "России" (Khronika emits the place
      nested, and ORG_CORE for the name when it extended it);
    - "МЧС по | Санкт-Петербургу" stays whole: a place after a preposition
      is part of the name;
    - "ОАО «Газпром»" is ORG "Газпром";
    - an organisation named only by common nouns ("российское правительство",
      source `descriptor`; "посольство | США") is not scored."""
    text = doc.text
    places = [m for m in mentions if mapping[m.type] == "LOC"]
    out: set[Span] = set()
    for m in mentions:
        start, stop = m.start, m.stop
        if mapping[m.type] == "ORG":
            if m.source == "descriptor":
                continue
            inner = [p for p in places if m.start < p.start and p.stop <= m.stop]
            if inner:
                place = min(inner, key=lambda p: p.start)
                before = text[m.start:place.start].split()
                if not before or before[-1].lower() not in _PREPOSITIONS:
                    stop = m.start + len(text[m.start:place.start].rstrip())
                    first, last = doc.token_span(start, stop)
                    if all(t.text.islower() or (t.lemma or "").lower() in ORG_HEADS for t in doc.tokens[first:last]):
                        continue  # "посольство | США", "Правительство | РФ": no name before the place
            quoted = _QUOTED_NAME.search(text, start, stop)
            if quoted and quoted.end() <= stop:
                group = next(g for g in range(1, 4) if quoted.group(g))
                start, stop = quoted.start(group), quoted.end(group)
        out.add((start, stop, mapping[m.type]))
    return out



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
    return evaluate_ner_countings(path, dataset, (counting,), limit, resources)[counting]


def evaluate_ner_countings(path: Path, dataset: str, countings: tuple[str, ...], limit: int | None = None,
                           resources: Resources | None = None) -> dict[str, NerResult]:
    """Both systems run once per document; each counting scores the same output."""
    resources = resources or Resources()
    pipeline = Pipeline.build(NER_COMPONENTS, resources=resources)
    counts = {(counting, system): Counts() for counting in countings for system in ("khronika", "natasha")}
    n = 0
    for gold_doc in READERS[dataset](path):
        if limit is not None and n >= limit:
            break
        n += 1
        gold = set(gold_doc.spans)
        predicted = {"khronika": khronika_spans(pipeline, gold_doc.text, dataset),
                     "natasha": natasha_spans(resources, gold_doc.text)}
        for system, pred in predicted.items():
            if dataset in FLAT_GOLD:
                pred = set(flat(pred))
            for counting in countings:
                if counting == "token":
                    # naeval's IO tags: gold spans off token edges are dropped; so are the system's.
                    aligned = set(on_token_edges(gold_doc.text, pred)) if dataset in FLAT_GOLD else pred
                    counts[counting, system].add(_token_labels(gold_doc.text, gold),
                                                 _token_labels(gold_doc.text, aligned), lambda item: item[1])
                else:
                    counts[counting, system].add(gold, pred, lambda item: item[2])
    return {counting: NerResult(n, {system: counts[counting, system].scores() for system in ("khronika", "natasha")})
            for counting in countings}
