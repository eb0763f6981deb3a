"""Read views composed from the public `Store` interface.

What the API and the web pages need beyond the store's own methods —
timelines, the event network around an actor, quote and event filters the
store does not index — written only against `khronika.store.base.Store`,
so both backends get them for free.  Every scan is bounded (`max_rows`)
and says so when it stops early.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, TypeVar

from khronika.plain import plain
from khronika.store.base import EventRow, QuoteRow, Store, StoryDetail
from khronika.nlp.doc import named_speaker
from khronika.store.sql import source_key

R = TypeVar("R")
SCAN_BATCH = 500


def scan(fetch: Callable[..., list[R]], *, max_rows: int, key: str = "id") -> Iterator[R]:
    """Walk a `before=`-paged store list newest first, at most `max_rows` rows."""
    before: int | None = None
    seen = 0
    while seen < max_rows:
        asked = min(SCAN_BATCH, max_rows - seen)
        batch = fetch(limit=asked, before=before)
        yield from batch
        seen += len(batch)
        if len(batch) < asked:
            return
        before = getattr(batch[-1], key)


def day_of(published: str | None) -> str | None:
    return published[:10] if published else None


# -- timeline ------------------------------------------------------------------

@dataclass
class TimelinePoint:
    date: str
    mentions: int = 0
    events: int = 0
    quotes: int = 0


@dataclass
class Timeline:
    actor_id: str
    points: list[TimelinePoint]
    truncated: bool


def actor_timeline(store: Store, actor_id: str, *, max_rows: int = 5000) -> Timeline:
    """Mentions, events and quotes of one actor per publication day.

    Read from the per-day aggregate the store keeps at write time (one row
    per active day); `max_rows` caps the number of days, latest kept.
    """
    days = store.actor_days(actor_id)
    truncated = len(days) > max_rows
    if truncated:
        days = days[-max_rows:]
    return Timeline(actor_id, [TimelinePoint(d.day, d.mentions, d.events, d.quotes) for d in days], truncated)


# -- network -------------------------------------------------------------------

@dataclass
class NetworkNode:
    id: str
    name: str
    weight: int
    # False for a party the events name but the store has no actor for ("экономист",
    # "участники акции"): it has no actor page to link to.
    linked: bool = True


@dataclass
class NetworkEdge:
    source: str
    target: str
    weight: int
    types: list[str]


@dataclass
class Network:
    center: str
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


# Keys of event parties with no actor id: a prefix no actor id has (ids are "type:slug",
# unknown actors "x:type:slug"), so such a node never passes for an actor.
UNLINKED_PREFIX = "name:"


def _key(actor: dict[str, Any]) -> str:
    return actor.get("actor_id") or UNLINKED_PREFIX + (actor.get("name") or "?").lower()


def actor_network(store: Store, actor_id: str, *, max_rows: int = 2000, max_nodes: int = 40,
                  depth: int = 2, neighbours: int = 8, neighbour_rows: int = 300,
                  name: str | None = None) -> Network:
    """Actors linked by events (source → target) around `actor_id`.

    Depth 1 is every event the actor takes part in; depth 2 adds the events of
    its `neighbours` busiest partners, so the graph shows how they relate to
    each other too.  Each scan is bounded.
    """
    names: dict[str, str] = {}
    weight: Counter[str] = Counter()
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    seen_events: set[int] = set()

    def take(events: Iterator[EventRow]) -> None:
        for event in events:
            if event.id in seen_events:
                continue
            seen_events.add(event.id)
            for actor in event.source_actors + event.target_actors:
                names.setdefault(_key(actor), actor.get("name") or _key(actor))
            for s in (_key(a) for a in event.source_actors):
                for t in (_key(a) for a in event.target_actors):
                    if s != t:
                        edges[(s, t)].append(event.type)
                        weight[s] += 1
                        weight[t] += 1

    take(scan(lambda **kw: store.events(actor=actor_id, **kw), max_rows=max_rows))
    if depth > 1:
        first = [a for a, _ in weight.most_common()
                 if a != actor_id and not a.startswith(("x:", UNLINKED_PREFIX))][:neighbours]
        for other in first:
            take(scan(lambda **kw: store.events(actor=other, **kw), max_rows=neighbour_rows))
    if name is None and actor_id not in names:
        center = store.get_actor(actor_id)
        name = center.name if center else actor_id
    if name:
        names[actor_id] = name
    weight[actor_id] += 0
    keep = _kept_nodes(actor_id, edges, weight, max_nodes)
    nodes = [NetworkNode(a, names.get(a, a), weight[a], linked=not a.startswith(UNLINKED_PREFIX))
             for a in sorted(keep, key=lambda a: (-weight[a], a))]
    out = [NetworkEdge(s, t, len(types), sorted(set(types)))
           for (s, t), types in edges.items() if s in keep and t in keep]
    out.sort(key=lambda e: (-e.weight, e.source, e.target))
    return Network(actor_id, nodes, out)


def _kept_nodes(center: str, edges: dict[tuple[str, str], list[str]], weight: Counter[str],
                max_nodes: int) -> set[str]:
    """The nodes a network keeps: those joined to the centre by its edges, nearest first (the
    centre's own partners, then theirs), the busiest first within a step.  Every kept node so has
    an edge to one kept before it: none is left alone when the rest are cut (the top nodes by
    weight alone kept a neighbour's partner whose edges all led to cut nodes, and the chart
    threw it, and every group not tied to the centre, far out)."""
    links: dict[str, set[str]] = defaultdict(set)
    for s, t in edges:
        links[s].add(t)
        links[t].add(s)
    distance = {center: 0}
    frontier = [center]
    while frontier:
        following = []
        for node in frontier:
            for other in links[node]:
                if other not in distance:
                    distance[other] = distance[node] + 1
                    following.append(other)
        frontier = following
    ranked = sorted(distance, key=lambda a: (distance[a], -weight[a], a))
    return set(ranked[:max(max_nodes, 1)])


# -- layers the store rows do not carry ------------------------------------------

class RecordCache:
    """The stored record of each article, fetched once per view."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._records: dict[int, dict[str, Any]] = {}

    def record(self, article_id: int) -> dict[str, Any]:
        if article_id not in self._records:
            detail = self.store.get_article(article_id)
            self._records[article_id] = detail.record if detail else {}
        return self._records[article_id]

    def quote_layer(self, row: QuoteRow) -> dict[str, Any] | None:
        """The quote's layer in its article's record: the one at the row's stored position
        (`quotes.idx`) when its text agrees; else (a row without a position) the first with its text."""
        quotes = self.record(row.article_id).get("quotes") or []
        return _layer_at(quotes, row.idx, lambda q: q.get("text") == row.text)

    def event_layer(self, row: EventRow) -> dict[str, Any] | None:
        """The event's layer in its article's record: the one at the row's stored position
        (`events.idx`) when its type and trigger agree — never the first event that shares them,
        which would give a second «забастовку» the first one's date, place and parties."""
        events = self.record(row.article_id).get("events") or []
        return _layer_at(events, row.idx, lambda e: e.get("type") == row.type and e.get("trigger") == row.trigger)


def _layer_at(layers: list[dict[str, Any]], idx: int | None,
              agrees: Callable[[dict[str, Any]], bool]) -> dict[str, Any] | None:
    """`layers[idx]` if it `agrees` with the row; with no position, the first that agrees; a
    position whose layer disagrees (the record was rewritten since): None."""
    if idx is None:
        return next((layer for layer in layers if agrees(layer)), None)
    if 0 <= idx < len(layers) and agrees(layers[idx]):
        return layers[idx]
    return None


def _looks_like_id(value: str) -> bool:
    # Registry ids ("per:vladimir-putin") and local ones ("x:…") need no lookup;
    # `get_actor` also counts mentions, which is slow for a big actor in a big store.
    return ":" in value and " " not in value


def _actor_keys(store: Store, wanted: str) -> set[str]:
    """An actor filter value → lower-cased ids and names it may appear under."""
    keys = {wanted.lower()}
    if _looks_like_id(wanted):
        return keys
    actor = store.get_actor(wanted)
    if actor:
        keys |= {actor.id.lower(), actor.name.lower(), *(a.lower() for a in actor.aliases)}
    return keys


@dataclass
class Filtered:
    rows: list[Any]
    next_before: int | None       # cursor for the next page, None when exhausted
    extra: dict[int, dict[str, Any]] = field(default_factory=dict)  # row id -> layer fields


def filtered_scan(fetch: Callable[..., list[Any]], keep: Callable[[Any], dict[str, Any] | None], *,
                  limit: int, before: int | None, batch: int, max_scan: int) -> Filtered:
    """Rows of a `before=`-paged list that `keep` accepts (it returns extra fields, or None to drop).

    `next_before` is set only when one more kept row exists, or when the scan
    stopped at `max_scan` (then the caller may continue from there).
    """
    rows: list[Any] = []
    extra: dict[int, dict[str, Any]] = {}
    cursor, scanned = before, 0
    while scanned < max_scan:
        page = fetch(limit=batch, before=cursor)
        for row in page:
            scanned += 1
            cursor = row.id
            info = keep(row)
            if info is None:
                continue
            if len(rows) == limit:
                return Filtered(rows, rows[-1].id, extra)
            rows.append(row)
            extra[row.id] = info
        if len(page) < batch:
            return Filtered(rows, None, extra)
    return Filtered(rows, cursor, extra)


def filter_quotes(store: Store, *, speaker: str | None = None, addressee: str | None = None,
                  text: str | None = None, date_from: str | None = None, date_to: str | None = None,
                  outlet: str | None = None, story_id: int | None = None, article_id: int | None = None,
                  limit: int = 50, before: int | None = None, max_scan: int = 5000) -> Filtered:
    """Quotes with the filters the store does not index applied on top of its own.

    The addressee comes from the article's quote layer (quote rows do not carry it).
    """
    speaker_id = speaker or None  # the store resolves ids, names and aliases itself
    addressee_keys = _actor_keys(store, addressee) if addressee else set()
    cache = RecordCache(store)
    needle = text.lower() if text else None

    def keep(row: QuoteRow) -> dict[str, Any] | None:
        day = day_of(row.published)
        if needle and needle not in row.text.lower():
            return None
        if date_from and (not day or day < date_from):
            return None
        if date_to and (not day or day > date_to):
            return None
        to = getattr(row, "addressee", None)
        if to is None:
            to = ((cache.quote_layer(row) or {}).get("addressee") or {})
        if isinstance(to, str):
            to = {"name": to}
        if addressee and not _side_match(to, addressee_keys):
            return None
        return {"addressee_id": to.get("actor_id"), "addressee_name": to.get("name")}

    def fetch(**kw: Any) -> list[QuoteRow]:
        return store.quotes(speaker=speaker_id, outlet=outlet, story_id=story_id, article_id=article_id, **kw)

    post = bool(addressee or text or date_from or date_to)
    return filtered_scan(fetch, keep, limit=limit, before=before,
                         batch=SCAN_BATCH if post else limit + 1, max_scan=max_scan)


def filter_events(store: Store, *, type: str | None = None, actor: str | None = None,
                  source: str | None = None, target: str | None = None, place: str | None = None,
                  date_from: str | None = None, date_to: str | None = None, story_id: int | None = None,
                  article_id: int | None = None, limit: int = 50, before: int | None = None,
                  max_scan: int = 5000, with_location: bool = True) -> Filtered:
    """Events by type, actor (either side, or as source/target), date and place."""
    with_location = with_location or bool(place)
    actor_id = actor or source or target or None  # resolved by the store (id, name or alias)
    source_keys = _actor_keys(store, source) if source else set()
    target_keys = _actor_keys(store, target) if target else set()
    place_l = place.lower() if place else None
    cache = RecordCache(store)

    def keep(row: EventRow) -> dict[str, Any] | None:
        if source and not any(_side_match(a, source_keys) for a in row.source_actors):
            return None
        if target and not any(_side_match(a, target_keys) for a in row.target_actors):
            return None
        location = getattr(row, "location", None)  # rows do not carry it yet: read the article's layer
        layer = (cache.event_layer(row) or {}) if with_location else {}
        if location is None:
            location = layer.get("location")
        if isinstance(location, dict):
            location = location.get("name")
        if place_l and not (location and place_l in location.lower()):
            return None
        # the publication day standing in for a date the text does not give (shown as such)
        return {"location": location, "date_from_article": bool(layer.get("date_from_article"))}

    def fetch(**kw: Any) -> list[EventRow]:
        return store.events(type=type, actor=actor_id, story_id=story_id, article_id=article_id,
                            date_from=date_from, date_to=date_to, **kw)

    post = bool(source or target or place)
    return filtered_scan(fetch, keep, limit=limit, before=before,
                         batch=SCAN_BATCH if post else limit + 1, max_scan=max_scan)


@dataclass
class EventReports:
    """One real-world event as a store knows it: the reports (event rows) of one story event,
    or a report no story event holds, alone.  `first` is the earliest report (by the article's
    publication time, then the row id): the one a per-event export describes the event by."""
    first: EventRow
    reports: int     # event rows: GDELT's NumMentions
    articles: int    # distinct articles: NumArticles
    sources: int     # distinct outlets; an article without an outlet is a source of its own: NumSources


def event_reports(rows: list[EventRow]) -> list[EventReports]:
    """`rows` grouped by their story event (honest counting: one event, N reports), in the order
    their first row comes in `rows`.  Only the given rows are counted: under a filter (a date, an
    outlet) an event's counts are those of its reports the filter selects."""
    groups: dict[tuple[str, int], list[EventRow]] = {}
    for row in rows:
        key = ("story", row.story_event_id) if row.story_event_id is not None else ("row", row.id)
        groups.setdefault(key, []).append(row)
    result = []
    for members in groups.values():
        first = min(members, key=lambda r: (r.published is None, r.published or "", r.id))
        outlets = {r.outlet or f"article {r.article_id}" for r in members}
        result.append(EventReports(first, len(members), len({r.article_id for r in members}), len(outlets)))
    return result


PAGE_BATCH = 500  # rows asked of the store per call when collecting a long listing


def collect(filter_rows: Callable[..., Any], store: Any, limit: int | None,
            **filters: Any) -> tuple[list[Any], dict[int, dict[str, Any]]]:
    """Every row `filter_rows` (a `views.filter_*`) keeps, up to `limit`, following its
    cursor: one call scans a bounded number of rows, a listing may need many calls."""
    rows: list[Any] = []
    extra: dict[int, dict[str, Any]] = {}
    before = None
    while limit is None or len(rows) < limit:
        want = PAGE_BATCH if limit is None else min(PAGE_BATCH, limit - len(rows))
        page = filter_rows(store, limit=want, before=before, **filters)
        rows.extend(page.rows)
        extra.update(page.extra)
        if page.next_before is None:
            break
        before = page.next_before
    return rows, extra


def _side_match(actor: dict[str, Any], keys: set[str]) -> bool:
    return bool({(actor.get("actor_id") or "").lower(), (actor.get("name") or "").lower()} & keys)


# -- stories ---------------------------------------------------------------------

@dataclass
class OriginalSource:
    name: str
    outlets: list[str]
    n_quotes: int
    quotes: list[int]
    n_sources: int = 0           # outlets carrying it, each article of unknown outlet one of its own (`sql.source_key`)


def original_sources(story: StoryDetail) -> list[OriginalSource]:
    """Who the outlets quote in a story, and which outlets carried each source."""
    outlets: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, set[str]] = defaultdict(set)
    quotes: dict[str, list[int]] = defaultdict(list)
    for merged in story.quotes:
        # (cr32 F5) an unnamed source kept by its mention is named "unknown": one row with the unnamed ones
        name = named_speaker(merged.speaker_name) or "неизвестный источник"
        quotes[name].append(merged.id)
        for report in merged.reports:
            outlets[name].add(report.outlet)
            sources[name].add(source_key(report.outlet, report.article_id))
    for report in (r for e in story.events for r in e.reports):
        if report.reported_by:
            outlets[report.reported_by].add(report.outlet)
            sources[report.reported_by].add(source_key(report.outlet, report.article_id))
            quotes.setdefault(report.reported_by, [])
    out = [OriginalSource(name, sorted(outlets[name]), len(quotes[name]), quotes[name], len(sources[name]))
           for name in quotes]
    out.sort(key=lambda s: (-s.n_sources, -s.n_quotes, s.name))
    return out


def story_record(store: Store, story_id: int) -> dict[str, Any] | None:
    """One story as the API (`GET /api/v1/stories/ID`), the web page and `khronika show story:ID`
    give it: its members, merged events and quotes with every report, the comparison by outlet
    and by original source.  Each event report carries its place and whether its date is the
    article's (`location`, `date_from_article`), each quote report its addressee, as the event and
    quote lists give them (read from the article's layers); each merged event or quote its
    `n_reports` (the articles carrying it) and `n_mentions` (its occurrences: the `reports`
    listed, an article repeating it counted each time).  None: no such story."""
    story = store.get_story(story_id)
    if story is None:
        return None
    cache = RecordCache(store)
    out = {**story.to_json(), "by_original_source": plain(original_sources(story))}
    for merged, data in zip(story.events, out["events"]):
        data["n_mentions"] = len(merged.reports)
        for row, report in zip(merged.reports, data["reports"]):
            layer = cache.event_layer(row) or {}
            location = layer.get("location")
            report["location"] = location.get("name") if isinstance(location, dict) else location
            report["date_from_article"] = bool(layer.get("date_from_article"))
    for merged, data in zip(story.quotes, out["quotes"]):
        data["n_mentions"] = len(merged.reports)
        for row, report in zip(merged.reports, data["reports"]):
            to = (cache.quote_layer(row) or {}).get("addressee") or {}
            if isinstance(to, str):
                to = {"name": to}
            report["addressee_id"], report["addressee_name"] = to.get("actor_id"), to.get("name")
    return out
