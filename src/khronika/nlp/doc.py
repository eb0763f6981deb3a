"""Doc: an Article with its text laid out once and span layers on top.

Every span keeps `start`/`stop` character offsets into `Doc.text`.  The text
is laid out as title, lead (only when the page marks it apart from the body)
and paragraphs, joined by a blank line; `Doc.parts` records where each
piece sits.  Components of the pipeline (nlp/, quotes/, events/) fill the
layers; nothing here knows about Natasha or any other library.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Literal

from khronika.extract.article import Article
from khronika.plain import plain

PART_SEPARATOR = "\n\n"
PartKind = Literal["title", "lead", "paragraph"]


@dataclass
class Part:
    kind: PartKind
    index: int  # paragraph number for paragraphs, 0 otherwise
    start: int
    stop: int


@dataclass
class Token:
    start: int
    stop: int
    text: str
    lemma: str = ""
    pos: str = ""
    feats: dict[str, str] = field(default_factory=dict)
    head: int = -1  # index into Doc.tokens of the syntactic head, -1 for the root
    rel: str = ""   # dependency relation to the head (UD)


# The key bisect reads a token by (`Doc.token_span`): a C getter, not a Python function.
_token_start = attrgetter("start")


@dataclass
class Sentence:
    start: int
    stop: int
    text: str
    token_start: int  # index into Doc.tokens of the first token
    token_stop: int   # one past the last token


@dataclass
class Mention:
    """A named-entity (or role/pronoun) mention resolved, when possible, to an actor."""

    start: int
    stop: int
    text: str
    type: str            # PER, ORG, LOC, GPE, MEDIA, FAC, GEO_ADJ, ORG_CORE (short name nested in an ORG), ROLE, PRON ...
    normal: str          # normal form: "Энтони Блинкен", "Елисейский дворец"
    actor_id: str | None = None
    source: str = "ner"  # ner, gazetteer, role, pronoun, rule


@dataclass
class Actor:
    """One real-world actor of the document, with all its mentions."""

    id: str                      # registry id ("per:vladimir-putin") or "x:<normal-form-slug>"
    name: str                    # canonical name
    type: str                    # PER, ORG, GPE, LOC, MEDIA
    qid: str | None = None
    roles: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)  # indices into Doc.mentions
    known: bool = False          # found in the registry


@dataclass
class TimeExpr:
    start: int
    stop: int
    text: str
    value: str | None        # ISO date "2022-01-26", "2022-01", "1997", week "2022-W04", decade "1980" (None when unresolvable)
    granularity: str         # day, month, year, week, decade
    end: str | None = None   # for ranges "с 10 по 12 февраля"
    anchored: bool = True    # resolved against the article date


# The name of a quote's unnamed source kept by its mention ("По словам одного из источников": text "одного из
# источников", no actor), as the quote gold norms it.
UNNAMED_SPEAKER = "unknown"


def named_speaker(name: str | None) -> str | None:
    """A stored speaker name that names someone; None for no speaker and for an unnamed source."""
    return None if name in (None, "", UNNAMED_SPEAKER) else name


@dataclass
class SpeakerRef:
    actor_id: str | None
    name: str                 # canonical name of the speaker
    text: str                 # surface mention as in the text ("он", "пресс-секретарь Кремля")
    start: int | None = None
    stop: int | None = None

    @property
    def unnamed(self) -> bool:
        """An unnamed source kept only by its mention (`UNNAMED_SPEAKER`)."""
        return self.actor_id is None and self.name == UNNAMED_SPEAKER


@dataclass
class Quote:
    text: str
    kind: Literal["direct", "indirect", "mixed"]
    start: int
    stop: int
    sentence: int
    cue: str
    speaker: SpeakerRef | None
    addressee: SpeakerRef | None = None
    source_chain: list[str] = field(default_factory=list)  # outlet -> reporting source -> speaker
    negated: bool = False
    hedged: bool = False
    confidence: float = 0.5   # P(the speaker is right), `quotes.confidence`; 0.5 when no model is shipped


@dataclass
class EventActor:
    actor_id: str | None
    name: str


@dataclass
class Event:
    type: str                     # PLOVER type
    mode: str | None
    cameo: str                    # CAMEO root code, e.g. "04"
    source_actors: list[EventActor]
    target_actors: list[EventActor]
    trigger: str
    start: int                    # trigger offsets
    stop: int
    sentence: int
    date: str | None = None
    date_granularity: str | None = None
    date_from_article: bool = False
    location: EventActor | None = None
    negated: bool = False
    hypothetical: bool = False
    reported_by: str | None = None   # speaker name when the event is someone's claim
    quote: int | None = None         # index into Doc.quotes
    confidence: float = 0.5


@dataclass
class Doc:
    article: Article
    text: str
    parts: list[Part]
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    related: list["Doc"] = field(default_factory=list)  # one light Doc per related headline
    # Unit embedding of headline + lead (float32 array) from the opt-in `semantic` component.
    semantic: Any = None
    layers: set[str] = field(default_factory=set)       # names of layers filled so far

    @classmethod
    def from_article(cls, article: Article) -> "Doc":
        pieces: list[tuple[PartKind, int, str]] = []
        if article.title:
            pieces.append(("title", 0, article.title))
        if article.lead_is_separate:
            pieces.append(("lead", 0, article.lead))
        pieces.extend(("paragraph", i, p) for i, p in enumerate(article.paragraphs))
        parts, chunks, offset = [], [], 0
        for kind, index, piece in pieces:
            if chunks:
                offset += len(PART_SEPARATOR)
            parts.append(Part(kind, index, offset, offset + len(piece)))
            chunks.append(piece)
            offset += len(piece)
        return cls(article=article, text=PART_SEPARATOR.join(chunks), parts=parts)

    def part_at(self, offset: int) -> Part | None:
        for part in self.parts:
            if part.start <= offset < part.stop:
                return part
        return None

    def sentence_at(self, offset: int) -> int | None:
        for i, sentence in enumerate(self.sentences):
            if sentence.start <= offset < sentence.stop:
                return i
        return None

    def sentence_tokens(self, index: int) -> list[Token]:
        sentence = self.sentences[index]
        return self.tokens[sentence.token_start:sentence.token_stop]

    def token_span(self, start: int, stop: int) -> tuple[int, int]:
        """Indices [first, last+1) of the tokens overlapping text[start:stop]."""
        first = bisect_right(self.tokens, start, key=_token_start) - 1
        if first < 0 or self.tokens[first].stop <= start:
            first += 1
        last = bisect_left(self.tokens, stop, key=_token_start)
        return first, max(first, last)

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_record(self) -> dict[str, Any]:
        """The article record plus the enrichment layers (the `enrich` JSON)."""
        record = self.article.to_json()
        record["entities"] = [plain(a) for a in self.actors]
        record["mentions"] = [plain(m) for m in self.mentions]
        record["times"] = [plain(t) for t in self.times]
        record["quotes"] = [plain(q) for q in self.quotes]
        record["events"] = [plain(e) for e in self.events]
        for item, related_doc in zip(record["related"], self.related):
            item["mentions"] = [plain(m) for m in related_doc.mentions]
            item["quotes"] = [plain(q) for q in related_doc.quotes]
            item["events"] = [plain(e) for e in related_doc.events]
        return record
