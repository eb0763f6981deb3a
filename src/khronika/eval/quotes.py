"""`khronika eval quotes`: quote attribution against the gold in gold/quotes/.

Matching is by strings, so it does not depend on how a document is laid out:
- content, exact: equal after lower-casing, dropping quotation marks and
  collapsing whitespace and final punctuation (`normal_text`);
- content, overlap: the word tokens two contents share (as multisets) cover
  at least `OVERLAP_THRESHOLD` of the shorter one.  Half is enough to say two
  annotators meant the same stretch of speech - a gold quote cut at the
  clause the system ran past still counts, a quote sharing a few words with
  another does not;
- speaker: both unknown, or the canonical names are equal after
  lemmatising and lower-casing, or both resolve to the same registry id, or
  one is the surname of the other ("Песков" / "Дмитрий Песков"), or the
  shorter name of two words or more runs inside the longer one ("Вальдемар
  Цисло" / "ксендз Вальдемар Цисло", "представитель профсоюза X" / "представитель
  профсоюза пилотов X"), or the two names hold the same words in another order
  once a place adjective counts as its place ("пресс-служба британского
  правительства" = "пресс-служба правительства Великобритании").  Ministry
  abbreviations are spelled out first ("Минобороны" = "министерство обороны",
  "МИД" = "министерство иностранных дел").
Gold and system quotes are paired one-to-one, greedily, best overlap first.

Attributes (`score_attributes`) are scored over the attributed/overlap pairs only, so
they say how right the fields are of quotes that were found with the right speaker:
- kind: a confusion matrix, gold kind x system kind;
- addressee: P over pairs whose system quote names one, R over pairs whose gold quote
  names one; a hit is both named and equal under the speaker matcher;
- source: the gold `source` against the reporting sources of the system's source chain
  (what stands between the outlet and the speaker: "сообщение Кремля", "ТАСС"); a hit is
  one of them equal to the gold source under the speaker matcher;
- negated, hedged: how many pairs agree, and P/R of the flag.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from khronika.eval.shared_docs import load_gold_document
from khronika.nlp.doc import Quote, SpeakerRef

OVERLAP_THRESHOLD = 0.5
# Institution abbreviations written as words in the other name ("представитель МИД Пакистана").
MINISTRY_ABBREVIATIONS = {"МИД": "министерство иностранных дел", "МВД": "министерство внутренних дел",
                          "МЧС": "министерство по чрезвычайным ситуациям"}
_QUOTES = "«»„“”\"'‘’‹›"
_WORD = re.compile(r"\w+")
UNKNOWN = "unknown"


@dataclass
class GoldQuote:
    text: str
    kind: str
    speaker_norm: str
    speaker: str | None = None
    cue: str | None = None
    addressee: str | None = None
    source: str | None = None
    negated: bool = False
    hedged: bool = False


@dataclass
class GoldDoc:
    file: str
    ref: dict[str, str]
    quotes: list[GoldQuote]


def load_gold(path: Path) -> list[GoldDoc]:
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    docs = []
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        quotes = [GoldQuote(q["text"], q.get("kind", "direct"), q.get("speaker_norm") or UNKNOWN,
                            q.get("speaker"), q.get("cue"), q.get("addressee") or None, q.get("source") or None,
                            bool(q.get("negated")), bool(q.get("hedged"))) for q in data.get("quotes", [])]
        docs.append(GoldDoc(file.name, data["doc"], quotes))
    return docs


def split_of(name: str) -> str:
    """"even"/"odd" by a stable hash of the gold file name (tuning vs held-out halves)."""
    return "even" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "odd"


def normal_text(text: str) -> str:
    text = text.lower().replace("ё", "е")
    text = "".join(" " if ch in _QUOTES else ch for ch in text)
    text = " ".join(text.split())
    return text.strip(" .,;:!?…—–-")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("ё", "е"))


def overlap(a: str, b: str, longer: bool = False) -> float:
    """Shared word tokens over the length of the shorter (or the longer) text."""
    wa, wb = Counter(words(a)), Counter(words(b))
    sizes = (sum(wa.values()), sum(wb.values()))
    size = max(sizes) if longer else min(sizes)
    return sum((wa & wb).values()) / size if size and min(sizes) else 0.0


@dataclass
class SpeakerMatcher:
    """Speaker equality under lemmatisation, registry ids and surnames."""

    lemmatize: Callable[[str], str]
    lookup: Callable[[str], str | None] = lambda name: None
    place: Callable[[str], str | None] = lambda lemma: None   # place id of a place name or adjective lemma
    cache: dict[str, str] = field(default_factory=dict)

    def key(self, name: str) -> str:
        if name not in self.cache:
            # "Минобороны" -> "министерство обороны": ministry abbreviations are spelled out.
            spelled = re.sub(r"(?i)\bмин(?!ист|ск|ус|ут|им|ер|а\b)(\w{3,})", r"министерство \1", name)
            spelled = re.sub(r"\b(?:МИД|МВД|МЧС)\b", lambda m: MINISTRY_ABBREVIATIONS[m.group(0)], spelled)
            self.cache[name] = " ".join(self.lemmatize(w) for w in words(spelled))
        return self.cache[name]

    def same_words(self, a: str, b: str) -> bool:
        """The same words in the same order once the one place (name or adjective) is set
        aside, and the same place: "посол России в США" is not "посол США в России"."""
        def parts(key: str) -> tuple[list[str], list[str]]:
            places = [self.place(w) for w in key.split()]
            return [p for p in places if p], [w for w, p in zip(key.split(), places) if not p]
        (places_a, rest_a), (places_b, rest_b) = parts(a), parts(b)
        return len(a.split()) > 1 and len(places_a) == 1 and places_a == places_b and rest_a == rest_b

    def __call__(self, gold: str, system: Quote) -> bool:
        return self.same(gold, system.speaker)

    def same(self, gold: str, speaker: SpeakerRef | None) -> bool:
        """The gold name and a system reference (speaker, addressee) name the same one."""
        gold_unknown = not gold or gold.lower() == UNKNOWN
        if speaker is None or not speaker.name or speaker.name == UNKNOWN:
            return gold_unknown
        if gold_unknown:
            return False
        a, b = self.key(gold), self.key(speaker.name)
        if a == b or (a and b and (a.split()[-1] == b or b.split()[-1] == a)):
            return True
        gold_id = self.lookup(gold)
        if gold_id and gold_id in (speaker.actor_id, self.lookup(speaker.name)):
            return True
        if _contiguous(a.split(), b.split()) or self.same_words(a, b):
            return True
        surface = self.key(speaker.text or "")
        return bool(surface) and (surface == a or surface.split()[-1:] == a.split()[-1:] and len(a.split()) == 1)


def _contiguous(a: list[str], b: list[str]) -> bool:
    """The shorter name (two words or more) runs inside the longer one
    ("Вальдемар Цисло" in "ксендз Вальдемар Цисло"), or runs through it in order
    from its first word to its last with words inserted between ("представитель
    профсоюза Vereinigung Cockpit" in "представитель профсоюза пилотов Vereinigung Cockpit")."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 2:
        return False
    if any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1)):
        return True
    if short[0] != long_[0] or short[-1] != long_[-1]:
        return False
    rest = iter(long_[1:-1])
    return all(word in rest for word in short[1:-1])


def default_matcher() -> SpeakerMatcher:
    import pymorphy3

    from khronika.events.lexicon import load_hints
    from khronika.nlp.registry import load_registry

    morph = pymorphy3.MorphAnalyzer()
    registry = load_registry()
    hints = load_hints()

    def lemmatize(word: str) -> str:
        return morph.parse(word)[0].normal_form.replace("ё", "е")

    def lookup(name: str) -> str | None:
        found = registry.lookup(name)
        return found.id if found else None

    def place(lemma: str) -> str | None:
        adjective = hints.adjective(lemma)
        if len(adjective) == 1:
            return adjective[0]
        found = registry.lookup(lemma)
        return found.id if found and found.type in ("GPE", "LOC") else None

    return SpeakerMatcher(lemmatize, lookup, place)


@dataclass
class Counts:
    tp: int = 0
    system: int = 0
    gold: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.system += other.system
        self.gold += other.gold

    def scores(self) -> dict[str, float]:
        p = self.tp / self.system if self.system else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "system": self.system, "gold": self.gold}


@dataclass
class KindCounts(Counts):
    """Counts for one kind: `tp` pairs a gold quote of the kind, `tp_system` a system one."""

    tp_system: int = 0

    def add(self, other: "Counts") -> None:
        super().add(other)
        self.tp_system += getattr(other, "tp_system", 0)

    def scores(self) -> dict[str, float]:
        p = self.tp_system / self.system if self.system else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "system": self.system, "gold": self.gold}


def match(gold: list[GoldQuote], system: list[Quote], *, exact: bool,
          speaker: SpeakerMatcher | None) -> list[tuple[int, int]]:
    """One-to-one greedy pairs (gold index, system index), best overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if exact:
                score = 1.0 if normal_text(g.text) == normal_text(s.text) else 0.0
            else:
                score = overlap(g.text, s.text)
            if score >= (1.0 if exact else OVERLAP_THRESHOLD) and (speaker is None or speaker(g.speaker_norm, s)):
                pairs.append((score, overlap(g.text, s.text, longer=True), gi, si))
    used_g, used_s, out = set(), set(), []
    # Best overlap of the shorter first; ties go to the closer length.
    for _, _, gi, si in sorted(pairs, key=lambda p: (-p[0], -p[1], p[2], p[3])):
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gi, si))
    return out


KINDS = ("direct", "indirect", "mixed")


@dataclass
class AttributeCounts:
    """Attribute agreement over matched (gold, system) pairs; see the module docstring."""

    pairs: int = 0
    kinds: Counter = field(default_factory=Counter)          # (gold kind, system kind) -> pairs
    addressee: Counts = field(default_factory=Counts)
    source: Counts = field(default_factory=Counts)
    negated: Counts = field(default_factory=Counts)
    hedged: Counts = field(default_factory=Counts)
    agree: Counter = field(default_factory=Counter)          # "negated"/"hedged" -> pairs whose flags agree

    def add(self, other: "AttributeCounts") -> None:
        self.pairs += other.pairs
        self.kinds.update(other.kinds)
        for name in ("addressee", "source", "negated", "hedged"):
            getattr(self, name).add(getattr(other, name))
        self.agree.update(other.agree)

    def table(self) -> dict[str, Any]:
        same = sum(n for (g, s), n in self.kinds.items() if g == s)
        out: dict[str, Any] = {
            "pairs": self.pairs,
            "kind": {"agree": same, "rate": round(same / self.pairs, 4) if self.pairs else 0.0,
                     "confusion": {g: {s: self.kinds.get((g, s), 0) for s in KINDS} for g in KINDS}},
        }
        for name in ("addressee", "source"):
            out[name] = getattr(self, name).scores()
        for name in ("negated", "hedged"):
            out[name] = {**getattr(self, name).scores(), "agree": self.agree[name],
                         "rate": round(self.agree[name] / self.pairs, 4) if self.pairs else 0.0}
        return out


def reporting_sources(quote: Quote) -> list[str]:
    """The links of the source chain between the outlet and the speaker."""
    chain = quote.source_chain[1:]
    return chain[:-1] if quote.speaker is not None and chain else chain


def _hit(matcher: SpeakerMatcher, gold: str | None, system: list[SpeakerRef]) -> Counts:
    given = bool(gold and gold.lower() != UNKNOWN)
    return Counts(int(given and any(matcher.same(gold, ref) for ref in system)), int(bool(system)), int(given))


def attribute_counts(g: GoldQuote, s: Quote, matcher: SpeakerMatcher) -> AttributeCounts:
    """The attribute counts of one matched pair."""
    counts = AttributeCounts(pairs=1)
    counts.kinds[(g.kind, s.kind)] += 1
    counts.addressee = _hit(matcher, g.addressee, [s.addressee] if s.addressee else [])
    counts.source = _hit(matcher, g.source, [SpeakerRef(None, name, name) for name in reporting_sources(s) if name])
    for name in ("negated", "hedged"):
        flag_gold, flag_system = bool(getattr(g, name)), bool(getattr(s, name))
        setattr(counts, name, Counts(int(flag_gold and flag_system), int(flag_system), int(flag_gold)))
        counts.agree[name] += int(flag_gold == flag_system)
    return counts


def score_attributes(gold: list[GoldQuote], system: list[Quote], pairs: list[tuple[int, int]],
                     matcher: SpeakerMatcher) -> AttributeCounts:
    total = AttributeCounts()
    for gi, si in pairs:
        total.add(attribute_counts(gold[gi], system[si], matcher))
    return total


@dataclass
class DocResult:
    file: str
    gold: list[GoldQuote]
    system: list[Quote]
    pairs: dict[str, list[tuple[int, int]]]
    error: str | None = None
    attributes: AttributeCounts = field(default_factory=AttributeCounts)


@dataclass
class QuoteEval:
    documents: int = 0
    failed: list[str] = field(default_factory=list)
    counts: dict[str, Counts] = field(default_factory=dict)
    results: list[DocResult] = field(default_factory=list)
    attributes: AttributeCounts = field(default_factory=AttributeCounts)   # over attributed/overlap pairs

    def table(self) -> dict[str, dict[str, float]]:
        return {name: c.scores() for name, c in self.counts.items()}


def score_document(gold: list[GoldQuote], system: list[Quote], matcher: SpeakerMatcher) -> tuple[dict[str, Counts], dict[str, list[tuple[int, int]]]]:
    counts: dict[str, Counts] = {}
    pairs: dict[str, list[tuple[int, int]]] = {}
    for name, exact, with_speaker in (
        ("attributed/overlap", False, True), ("attributed/exact", True, True),
        ("span/overlap", False, False), ("span/exact", True, False),
    ):
        found = match(gold, system, exact=exact, speaker=matcher if with_speaker else None)
        pairs[name] = found
        counts[name] = Counts(len(found), len(system), len(gold))
    # Per kind, attributed/overlap: recall over gold quotes of the kind,
    # precision over system quotes of the kind (kinds need not agree).
    found = pairs["attributed/overlap"]
    for kind in ("direct", "indirect", "mixed"):
        gold_k = {i for i, g in enumerate(gold) if g.kind == kind}
        sys_k = {i for i, s in enumerate(system) if s.kind == kind}
        counts[f"kind={kind}"] = KindCounts(
            tp=sum(1 for gi, _ in found if gi in gold_k), system=len(sys_k), gold=len(gold_k),
            tp_system=sum(1 for _, si in found if si in sys_k),
        )
    return counts, pairs


def evaluate_quotes(path: Path, *, split: str = "all", pipeline: Any = None,
                    matcher: SpeakerMatcher | None = None, root: Path | None = None) -> QuoteEval:
    from khronika.nlp.pipeline import Pipeline

    pipeline = pipeline or Pipeline.build(disable=["events", "related"])
    matcher = matcher or default_matcher()
    result = QuoteEval()
    for gold_doc in load_gold(path):
        if split != "all" and split_of(gold_doc.file) != split:
            continue
        try:
            article = load_gold_document(gold_doc.ref, root)
            doc = pipeline(article)
        except Exception as error:  # one bad reference must not stop the run; the reason is kept
            result.failed.append(f"{gold_doc.file}: {type(error).__name__}: {error}")
            continue
        counts, pairs = score_document(gold_doc.quotes, doc.quotes, matcher)
        for name, c in counts.items():
            result.counts.setdefault(name, type(c)()).add(c)
        attributes = score_attributes(gold_doc.quotes, doc.quotes, pairs["attributed/overlap"], matcher)
        result.attributes.add(attributes)
        result.documents += 1
        result.results.append(DocResult(gold_doc.file, gold_doc.quotes, doc.quotes, pairs, attributes=attributes))
    return result


def misses(result: QuoteEval, mode: str = "attributed/overlap") -> Iterable[str]:
    """Lines describing false negatives and false positives, per document."""
    for doc in result.results:
        pairs = doc.pairs[mode]
        got_g = {g for g, _ in pairs}
        got_s = {s for _, s in pairs}
        for i, g in enumerate(doc.gold):
            if i not in got_g:
                yield f"{doc.file}\tFN\t{g.kind}\t{g.speaker_norm}\t{g.cue}\t{g.text[:160]}"
        for i, s in enumerate(doc.system):
            if i not in got_s:
                name = s.speaker.name if s.speaker else UNKNOWN
                yield f"{doc.file}\tFP\t{s.kind}\t{name}\t{s.cue}\t{s.text[:160]}"


def attribute_misses(result: QuoteEval, matcher: SpeakerMatcher | None = None) -> Iterable[str]:
    """Lines describing the attribute disagreements of attributed/overlap pairs, per document:
    file, attribute, gold value, system value, cue, text."""
    matcher = matcher or default_matcher()
    for doc in result.results:
        for gi, si in doc.pairs["attributed/overlap"]:
            g, s = doc.gold[gi], doc.system[si]
            one = attribute_counts(g, s, matcher)
            head = f"{doc.file}\t"
            tail = f"\t{s.cue}\t{s.text[:160]}"
            if g.kind != s.kind:
                yield f"{head}kind\t{g.kind}\t{s.kind}{tail}"
            for name, gold_value, system_value in (
                    ("addressee", g.addressee, s.addressee.name if s.addressee else None),
                    ("source", g.source, " → ".join(reporting_sources(s)) or None)):
                c = getattr(one, name)
                if c.gold != c.tp or c.system != c.tp:
                    yield f"{head}{name}\t{gold_value}\t{system_value}{tail}"
            for name in ("negated", "hedged"):
                if not one.agree[name]:
                    yield f"{head}{name}\t{getattr(g, name)}\t{getattr(s, name)}{tail}"
