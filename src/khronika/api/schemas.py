"""Response and request models of the JSON API.

They mirror the store's dataclasses (`khronika.store.base`) and the Doc
layers (`khronika.nlp.doc`) field by field, so the OpenAPI schema says
exactly what a client gets.  Layer models allow extra keys: a newer
pipeline may add a field before this module learns of it, and an old
record stays readable.
"""
from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class ErrorDetail(BaseModel):
    code: str = Field(description="Machine-readable code: not_found, bad_request, unauthorized, forbidden, …")
    message: str = Field(description="Human-readable explanation")


class ErrorBody(BaseModel):
    error: ErrorDetail


class Page(BaseModel, Generic[T]):
    """One page of a list; pass `next_cursor` back as `?cursor=` for the next page."""

    items: list[T]
    next_cursor: str | None = Field(None, description="Opaque cursor of the next page; null on the last page")


# -- Doc layers --------------------------------------------------------------

class _Layer(BaseModel):
    model_config = ConfigDict(extra="allow")


class Entity(_Layer):
    id: str
    name: str
    type: str
    qid: str | None = None
    roles: list[str] = []
    mentions: list[int] = Field([], description="Indices into `mentions`")
    known: bool = False


class Mention(_Layer):
    start: int
    stop: int
    text: str
    type: str
    normal: str = ""
    actor_id: str | None = None
    source: str = "ner"


class TimeExpr(_Layer):
    start: int
    stop: int
    text: str
    value: str | None = None
    granularity: str = "day"
    end: str | None = None
    anchored: bool = True


class SpeakerRef(_Layer):
    actor_id: str | None = None
    name: str
    text: str = ""
    start: int | None = None
    stop: int | None = None


class Quote(_Layer):
    text: str
    kind: str = Field(description="direct, indirect or mixed")
    start: int
    stop: int
    sentence: int = 0
    cue: str = ""
    speaker: SpeakerRef | None = None
    addressee: SpeakerRef | None = None
    source_chain: list[str] = []
    negated: bool = False
    hedged: bool = False
    confidence: float = Field(0.5, description="fitted probability that the speaker is right (docs/records.md)")


class EventActor(_Layer):
    actor_id: str | None = None
    name: str


class Event(_Layer):
    type: str = Field(description="PLOVER event type")
    mode: str | None = None
    cameo: str = Field("", description="CAMEO root code")
    source_actors: list[EventActor] = []
    target_actors: list[EventActor] = []
    trigger: str = ""
    start: int
    stop: int
    sentence: int = 0
    date: str | None = None
    date_granularity: str | None = None
    date_from_article: bool = False
    location: EventActor | None = None
    negated: bool = False
    hypothetical: bool = False
    reported_by: str | None = None
    quote: int | None = None
    confidence: float = 0.5


class RelatedItem(_Layer):
    title: str
    time_text: str | None = None
    published: str | None = None
    url: str | None = None
    mentions: list[Mention] = []
    events: list[Event] = []


class TextPart(BaseModel):
    kind: Literal["title", "lead", "paragraph"]
    index: int
    start: int
    stop: int


# -- store records -----------------------------------------------------------

class ArticleSummary(BaseModel):
    id: int
    title: str
    outlet: str
    published: str | None
    crawled_at: str | None
    url: str | None
    input: str
    version: int
    is_current: bool
    story_id: int | None
    canonical_id: int | None = Field(description="Set when this article is a reprint of another")
    duplicate: str | None = Field(description="exact, near or null")
    duplicate_score: float | None = None
    last_crawled_at: str | None = Field(None, description="The latest crawl that saw this version "
                                        "(crawled_at is the first): a re-crawl finding it unchanged raises it")


class ArticleDetail(ArticleSummary):
    text: str = Field(description="Title, lead and paragraphs joined by blank lines; every offset points here")
    parts: list[TextPart]
    lead: str = ""
    paragraphs: list[str]
    credits: list[str] = []
    authors: list[str] = []
    language: str = "ru"
    entities: list[Entity]
    mentions: list[Mention]
    times: list[TimeExpr]
    quotes: list[Quote]
    events: list[Event]
    related: list[RelatedItem] = Field(description="Other headlines shown on the page, kept apart from the text")
    versions: list[ArticleSummary]
    duplicates: list[ArticleSummary]


class SearchHit(ArticleSummary):
    score: float
    snippet: str


class SearchFacet(BaseModel):
    value: str
    label: str
    count: int


class SearchPage(Page[SearchHit]):
    query: str
    facets: dict[str, list[SearchFacet]] = Field(
        {}, description="Counts over the hits of this page (not over all matches) by source (outlet), month and story")


class ActorSummary(BaseModel):
    id: str
    name: str
    type: str
    qid: str | None
    known: bool
    aliases: list[str] = []
    n_articles: int = 0
    n_mentions: int = 0
    n_quotes: int = 0
    n_events: int = 0


class Aliases(BaseModel):
    actor_id: str
    aliases: list[str]


class MentionRow(BaseModel):
    article_id: int
    start: int
    stop: int
    text: str
    type: str
    normal: str
    actor_id: str | None
    title: str
    published: str | None


class TimelinePoint(BaseModel):
    date: str = Field(description="YYYY-MM-DD (publication day, else crawl day)")
    mentions: int = 0
    events: int = 0
    quotes: int = 0


class Timeline(BaseModel):
    actor_id: str
    points: list[TimelinePoint]
    truncated: bool = Field(description="True when the scan stopped at its bound before the oldest row")


class CoActor(BaseModel):
    actor_id: str
    name: str
    n_articles: int


class QuoteRow(BaseModel):
    id: int
    article_id: int
    text: str
    kind: str
    cue: str
    speaker_id: str | None
    speaker_name: str | None
    outlet: str
    published: str | None
    story_id: int | None
    story_quote_id: int | None
    negated: bool = False
    hedged: bool = False
    addressee_id: str | None = None
    addressee_name: str | None = None


class EventRow(BaseModel):
    id: int
    article_id: int
    type: str
    cameo: str
    mode: str | None
    trigger: str
    evidence: str
    date: str | None
    source_actors: list[EventActor]
    target_actors: list[EventActor]
    outlet: str
    published: str | None
    story_id: int | None
    story_event_id: int | None
    negated: bool = False
    hypothetical: bool = False
    reported_by: str | None = None
    location: str | None = None
    date_from_article: bool = Field(False, description="the date is the article's publication day: the text gives none")


class NetworkNode(BaseModel):
    id: str
    name: str
    weight: int
    linked: bool = Field(True, description="False for a party the events name without an actor id "
                                           "(`id` starts with `name:`): it has no actor page")


class NetworkEdge(BaseModel):
    source: str
    target: str
    weight: int
    types: list[str]


class Network(BaseModel):
    """Actors linked by events (source → target), around one actor."""

    center: str
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class StorySummary(BaseModel):
    id: int
    title: str
    first_seen: str | None
    last_seen: str | None
    n_articles: int
    n_sources: int
    outlets: list[str]


class MergedEvent(BaseModel):
    id: int
    type: str
    cameo: str
    source: str
    target: str
    date: str | None
    n_reports: int = Field(description="reports: the articles carrying it (an article repeating it is one report)")
    n_mentions: int = Field(0, description="its occurrences, the `reports` listed (an article repeating it counted each time)")
    reports: list[EventRow]


class MergedQuote(BaseModel):
    id: int
    speaker_id: str | None
    speaker_name: str | None
    text: str
    n_reports: int = Field(description="reports: the articles carrying it (an article repeating it is one report)")
    n_mentions: int = Field(0, description="its occurrences, the `reports` listed (an article repeating it counted each time)")
    reports: list[QuoteRow]


class SourceReport(BaseModel):
    outlet: str
    articles: list[ArticleSummary]
    first_published: str | None
    headline: str
    lead: str
    events: list[int]
    quotes: list[int]
    speakers: list[str]
    only_here_events: list[int]
    only_here_quotes: list[int]


class OriginalSource(BaseModel):
    """A source the outlets cite (a speaker or a reporting agency) and what each outlet carried from it."""

    name: str
    outlets: list[str]
    n_quotes: int
    quotes: list[int]
    n_sources: int = Field(0, description="sources carrying it: its outlets, each article of unknown outlet counted apart")


class StoryDetail(StorySummary):
    articles: list[ArticleSummary]
    events: list[MergedEvent]
    quotes: list[MergedQuote]
    by_source: list[SourceReport]
    by_original_source: list[OriginalSource] = []


class IngestPage(BaseModel):
    name: str = Field(description="File name or URL the page came from (decides HTML vs text)")
    content: str = Field(description="The page as text (HTML or a plain-text dump)")
    url: str | None = None
    crawled_at: str | None = None


class IngestRequest(BaseModel):
    pages: list[IngestPage] = Field([], max_length=500)
    urls: list[str] = Field([], max_length=100, description="Pages to fetch (http/https)")
    crawled_at: str | None = None


class IngestItem(BaseModel):
    input: str
    status: str = Field(description="new, version, unchanged, skipped or failed")
    reason: str | None = None
    article_id: int | None = None


class IngestResult(BaseModel):
    run_id: int | None = None
    counts: dict[str, int]
    items: list[IngestItem]


# Named pages, so the OpenAPI schema reads "ArticlePage" rather than "Page_ArticleSummary_".
class ArticlePage(Page[ArticleSummary]):
    pass


class ActorPage(Page[ActorSummary]):
    pass


class MentionPage(Page[MentionRow]):
    pass


class QuotePage(Page[QuoteRow]):
    pass


class EventPage(Page[EventRow]):
    pass


class StoryPage(Page[StorySummary]):
    pass


class Health(BaseModel):
    status: str
    counts: dict[str, int]


def model_dump(obj: Any) -> Any:
    """Dataclass/record → plain JSON-ready structure."""
    if hasattr(obj, "to_json"):
        return obj.to_json()
    return obj
