"""`khronika eval opinions`: an outside check of quote speakers on RuOpinionNE-2024.

RuOpinionNE marks opinion tuples in single news sentences: a holder (`Source`:
a span, `AUTHOR` or `NULL`), a polar expression and a target.  It marks no
quotes, so only one question can be asked of it: when Khronika finds a quote
that carries an opinion, does it give the quote the opinion's holder?

Definitions (one sentence = one paragraph of a one-paragraph article):
- an opinion is a **speaker case** when its holder is a span and a system quote's
  content covers every piece of its polar expression while the holder lies
  outside that content (the innermost such quote is taken);
- the system is **right** on a case when the quote's speaker mention, or any
  mention of the speaker's actor, overlaps the gold holder span;
- an opinion is **cued** (the coverage denominator) when its holder is a span
  outside the expression and a speech cue of the lexicon (`Lexicon`: a cue verb,
  or a frame noun such as "по словам", "по мнению") governs the expression from
  outside the holder's clause: either the cue verb is a syntactic ancestor of an
  expression token through a branch that is not its subject and does not hold
  the holder ("X заявил, что Y провалился" with holder X, not with holder Y), or
  - for frame nouns and "как"-clauses ("по словам X, …", "как считает X, …") -
  the word the cue hangs on is an ancestor of the expression and the holder
  lies in the cue's own phrase.  The parse is Khronika's own, so this is a
  simple, system-side reading of "a clause governed by a speech cue";
- the holder is a **name** when it overlaps a named-entity mention (PER, ORG,
  MEDIA, GPE, LOC from NER or the gazetteer), a **pronoun** when all its words
  are pronouns, else a **role/description**;
- opinions with holder `AUTHOR`/`NULL` whose expression a quote with a speaker
  covers are counted as possible false attributions (not necessarily wrong: the
  annotators mark the article's author for some reported statements).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from khronika.extract.article import Article
from khronika.nlp.doc import Doc, Quote, Token
from khronika.quotes.cues import Lexicon, lemma

NAME_TYPES = frozenset({"PER", "ORG", "MEDIA", "GPE", "LOC"})
NAME_SOURCES = frozenset({"ner", "gazetteer"})
PRONOUN_POS = frozenset({"PRON", "DET"})
# "как считает X", "как заявил X": the cue clause hangs on the verb of the content.
AS_MARKERS = frozenset({"как"})


@dataclass(frozen=True)
class Span:
    start: int
    stop: int
    text: str

    def overlaps(self, start: int, stop: int) -> bool:
        return self.start < stop and start < self.stop

    def inside(self, start: int, stop: int) -> bool:
        return start <= self.start and self.stop <= stop


@dataclass
class Opinion:
    holder: str                 # "span", "AUTHOR" or "NULL"
    holder_spans: list[Span]
    expression: list[Span]
    polarity: str


@dataclass
class OpinionSentence:
    sent_id: str
    text: str
    opinions: list[Opinion]


@dataclass
class SpeakerCase:
    """One opinion whose expression a system quote covers, holder outside it."""

    sent_id: str
    text: str
    holder: str
    holder_kind: str            # name, role, pronoun
    expression: str
    cue: str
    speaker: str | None         # the system's speaker mention (surface), None when unattributed
    right: bool


@dataclass
class CuedMiss:
    """A cued opinion no system quote turned into a speaker case."""

    sent_id: str
    text: str
    holder: str
    expression: str
    cue: str


@dataclass
class Attribution:
    """An AUTHOR/NULL opinion covered by a quote that names a speaker."""

    sent_id: str
    text: str
    holder: str
    expression: str
    speaker: str


@dataclass
class Tally:
    cases: int = 0
    right: int = 0

    def add(self, right: bool) -> None:
        self.cases += 1
        self.right += int(right)

    def accuracy(self) -> float:
        return round(self.right / self.cases, 4) if self.cases else 0.0


@dataclass
class OpinionEval:
    sentences: int = 0
    span_opinions: int = 0
    cued: int = 0
    cued_cases: int = 0           # cued opinions that are also speaker cases
    author_null: int = 0
    author_null_covered: int = 0  # covered by some quote
    cases: list[SpeakerCase] = field(default_factory=list)
    misses: list[CuedMiss] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)

    def right(self) -> int:
        return sum(c.right for c in self.cases)

    def by(self, key: str) -> dict[str, Tally]:
        tallies: dict[str, Tally] = {}
        for case in self.cases:
            tallies.setdefault(getattr(case, key), Tally()).add(case.right)
        return dict(sorted(tallies.items(), key=lambda kv: (-kv[1].cases, kv[0])))

    def summary(self) -> dict[str, Any]:
        cases = len(self.cases)
        return {
            "sentences": self.sentences,
            "opinions_span_holder": self.span_opinions,
            "speaker_cases": cases,
            "right": self.right(),
            "speaker_accuracy": round(self.right() / cases, 4) if cases else 0.0,
            "cued_opinions": self.cued,
            "cued_with_case": self.cued_cases,
            "coverage": round(self.cued_cases / self.cued, 4) if self.cued else 0.0,
            "author_null_opinions": self.author_null,
            "author_null_covered_by_quote": self.author_null_covered,
            "author_null_named_speaker": len(self.attributions),
            "by_cue": {k: {"cases": t.cases, "right": t.right} for k, t in self.by("cue").items()},
            "by_holder": {k: {"cases": t.cases, "right": t.right} for k, t in self.by("holder_kind").items()},
        }


def _spans(field_: list[list[str]]) -> list[Span]:
    surfaces, offsets = field_
    spans = []
    for surface, offset in zip(surfaces, offsets):
        if offset in ("NULL", "0:0"):
            continue
        start, stop = (int(x) for x in offset.split(":"))
        spans.append(Span(start, stop, surface))
    return spans


def load_opinions(path: Path, limit: int | None = None) -> Iterator[OpinionSentence]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                return
            if not line.strip():
                continue
            data = json.loads(line)
            opinions = []
            for raw in data.get("opinions", []):
                surface = raw["Source"][0][0] if raw["Source"][0] else "NULL"
                holder_spans = _spans(raw["Source"])
                holder = "span" if holder_spans else ("AUTHOR" if surface == "AUTHOR" else "NULL")
                opinions.append(Opinion(holder, holder_spans, _spans(raw["Polar_expression"]), raw.get("Polarity", "")))
            yield OpinionSentence(str(data["sent_id"]), data["text"], opinions)


def sentence_article(sentence: OpinionSentence) -> Article:
    return Article(id=f"ruopinionne-{sentence.sent_id}", source="ruopinionne", title="", published=None,
                   language="ru", lead="", paragraphs=[sentence.text])


def _shift(spans: list[Span], base: int) -> list[Span]:
    return [Span(s.start + base, s.stop + base, s.text) for s in spans]


def covering_quote(quotes: list[Quote], expression: list[Span]) -> Quote | None:
    """The innermost quote whose content holds every piece of the expression."""
    found = [q for q in quotes if expression and all(s.inside(q.start, q.stop) for s in expression)]
    return min(found, key=lambda q: q.stop - q.start) if found else None


def speaker_right(doc: Doc, quote: Quote, holder: list[Span]) -> bool:
    speaker = quote.speaker
    if speaker is None:
        return False
    if speaker.start is not None and any(h.overlaps(speaker.start, speaker.stop) for h in holder):
        return True
    if speaker.actor_id is None:
        return False
    return any(m.actor_id == speaker.actor_id and any(h.overlaps(m.start, m.stop) for h in holder)
               for m in doc.mentions)


def holder_kind(doc: Doc, holder: list[Span]) -> str:
    if any(m.type in NAME_TYPES and m.source in NAME_SOURCES and h.overlaps(m.start, m.stop)
           for m in doc.mentions for h in holder):
        return "name"
    tokens = [t for h in holder for t in doc.tokens if h.overlaps(t.start, t.stop) and t.pos != "PUNCT"]
    if tokens and all(t.pos in PRONOUN_POS for t in tokens):
        return "pronoun"
    return "role"


def _is_cue(lexicon: Lexicon, token: Token) -> bool:
    return lexicon.verb_class(token) is not None or any(lexicon.is_frame(token, k) for k in lexicon.frames)


def _ancestors(tokens: list[Token], index: int) -> Iterator[int]:
    seen = set()
    while 0 <= index < len(tokens) and index not in seen:
        seen.add(index)
        yield index
        index = tokens[index].head


def governing_cue(doc: Doc, lexicon: Lexicon, holder: list[Span], expression: list[Span]) -> str | None:
    """The lemma of a speech cue governing the expression with the holder outside
    the governed clause (see the module doc), else None."""
    tokens = doc.tokens
    inside = [i for i, t in enumerate(tokens) if any(e.overlaps(t.start, t.stop) for e in expression)]
    held = [i for i, t in enumerate(tokens) if any(h.overlaps(t.start, t.stop) for h in holder)]
    if not inside or not held:
        return None
    paths = {i: list(_ancestors(tokens, i)) for i in inside}
    for cue, token in enumerate(tokens):
        if not _is_cue(lexicon, token) or cue in inside or cue in held:
            continue
        # A cue verb above the expression: the branch below it holds the content, not the holder.
        branches = {path[path.index(cue) - 1] for path in paths.values() if cue in path[1:]}
        if branches and not any(tokens[b].rel.startswith(("nsubj", "appos")) for b in branches):
            below = {k for k in held for b in branches if b in _ancestors(tokens, k)}
            if not below:
                return lemma(token)
            continue
        # A frame noun ("по словам X") or a "как"-clause beside the content, holding the holder.
        beside = lexicon.verb_class(token) is None or any(
            tokens[c].head == cue and lemma(tokens[c]) in AS_MARKERS for c in range(len(tokens)))
        if beside and any(token.head in path for path in paths.values()) \
                and all(cue in _ancestors(tokens, k) for k in held):
            return lemma(token)
    return None


def score_sentence(result: OpinionEval, doc: Doc, sentence: OpinionSentence, lexicon: Lexicon) -> None:
    base = doc.parts[-1].start
    for opinion in sentence.opinions:
        expression = _shift(opinion.expression, base)
        quote = covering_quote(doc.quotes, expression)
        if opinion.holder != "span":
            result.author_null += 1
            if quote is not None:
                result.author_null_covered += 1
                if quote.speaker is not None and quote.speaker.name:
                    result.attributions.append(Attribution(sentence.sent_id, sentence.text, opinion.holder,
                                                           _joined(opinion.expression), quote.speaker.text or quote.speaker.name))
            continue
        result.span_opinions += 1
        holder = _shift(opinion.holder_spans, base)
        if any(h.overlaps(e.start, e.stop) for h in holder for e in expression):
            continue  # the holder inside its own expression: no speaker question
        cue = governing_cue(doc, lexicon, holder, expression)
        is_case = quote is not None and not any(h.overlaps(quote.start, quote.stop) for h in holder)
        if cue is not None:
            result.cued += 1
            result.cued_cases += int(is_case)
            if not is_case:
                result.misses.append(CuedMiss(sentence.sent_id, sentence.text, _joined(opinion.holder_spans),
                                              _joined(opinion.expression), cue))
        if is_case:
            assert quote is not None
            result.cases.append(SpeakerCase(
                sentence.sent_id, sentence.text, _joined(opinion.holder_spans), holder_kind(doc, holder),
                _joined(opinion.expression), quote.cue or "?",
                quote.speaker.text or quote.speaker.name if quote.speaker else None,
                speaker_right(doc, quote, holder)))


def _joined(spans: list[Span]) -> str:
    return " … ".join(s.text for s in spans)


def evaluate_opinions(path: Path, *, limit: int | None = None, pipeline: Any = None,
                      lexicon: Lexicon | None = None) -> OpinionEval:
    from khronika.nlp.pipeline import Pipeline

    pipeline = pipeline or Pipeline.build(disable=["events", "related"])
    lexicon = lexicon or Lexicon.load()
    result = OpinionEval()
    for sentence in load_opinions(path, limit):
        doc = pipeline(sentence_article(sentence))
        result.sentences += 1
        score_sentence(result, doc, sentence, lexicon)
    return result


def error_lines(result: OpinionEval) -> Iterable[str]:
    """Wrong speakers, cued opinions without a case, and AUTHOR/NULL attributions."""
    for case in result.cases:
        if not case.right:
            yield (f"WRONG\t{case.sent_id}\t{case.cue}\t{case.holder_kind}\tgold={case.holder}\t"
                   f"system={case.speaker}\texpr={case.expression}\t{case.text}")
    for miss in result.misses:
        yield f"MISS\t{miss.sent_id}\t{miss.cue}\tgold={miss.holder}\texpr={miss.expression}\t{miss.text}"
    for item in result.attributions:
        yield f"{item.holder}\t{item.sent_id}\tsystem={item.speaker}\texpr={item.expression}\t{item.text}"
