"""Server-rendered pages over the same store and the same views as the API.

Nothing here queries the store directly beyond the public interface and
`khronika.store.views`; the JSON the pages embed for charts is the API's.
"""
from __future__ import annotations

import json
from khronika.plain import plain
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, Path as ApiPath, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from khronika.api.deps import StoreWorker, worker_of
from khronika.api.errors import ApiError, not_found
from khronika.api.pagination import MAX_ID, before_of, encode, next_story, offset_of, search_cursor, seen_of
from khronika.api.v1.articles import article_json
from khronika.api.v1.events import event_type
from khronika.api.v1.search import run_search
from khronika.api.v1.stories import story_json
from khronika.errors import QueryError
from khronika.events.lexicon import PLOVER_TYPES
from khronika.extract import summary as summary_text
from khronika.store import views
from khronika.store.query import day_bound, outlet_value
from khronika.web.highlight import actor_href, link_url, mark_up, snippet_html
from khronika.web.russian import error_message, numeral, russian_detail, numeral_genitive, outlet_label, speaker_label, when

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.filters["actor_href"] = actor_href
templates.env.filters["link_url"] = link_url  # href only for http(s) page URLs (never javascript:, data:)
templates.env.filters["snippet"] = snippet_html
templates.env.filters["day"] = lambda v: (v or "")[:10] or "—"
templates.env.filters["when"] = when


def date_span(first: str | None, last: str | None, width: int = 10) -> str:
    """A story's dates: "2019-01-09 — 2019-01-14", one date when both ends fall on it, and words
    when neither is known (not "— — —")."""
    a, b = ((v or "").replace("T", " ")[:width] for v in (first, last))
    if not a and not b:
        return "дата неизвестна"
    if not a or not b or a == b:
        return a or b
    return f"{a} — {b}"


templates.env.filters["span"] = date_span
# Pages read from files carry no URL, so the store files them under the outlet "unknown".
templates.env.filters["outlet"] = outlet_label
templates.env.filters["speaker"] = speaker_label
templates.env.filters["numeral"] = numeral  # {{ n|numeral("статья", "статьи", "статей") }}
templates.env.filters["numeral_genitive"] = numeral_genitive  # из {{ n|numeral_genitive("статьи", "статей") }}
templates.env.globals["urlencode"] = urlencode

EVENT_TYPES = sorted(PLOVER_TYPES)  # the types the coder assigns, no more (the filters offer these)
TYPE_LABELS = {"PER": "персона", "ORG": "организация", "GPE": "страна/регион", "LOC": "место",
               "MEDIA": "СМИ", "FAC": "объект"}
templates.env.globals["TYPE_LABELS"] = TYPE_LABELS

router = APIRouter(include_in_schema=False)


# Every page's scripts are files of this server (/static, plotly from the installed wheel); the
# actor page's chart data is a JSON block, not code.  So no inline or foreign script runs, even
# if a page's text or URL slipped something past the templates.  Styles allow inline: plotly
# writes its own <style> elements.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                           "img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; "
                           "form-action 'self'; frame-ancestors 'none'")
PAGE_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "same-origin"}


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status, headers=PAGE_HEADERS)


def plotly_path() -> Path | None:
    """plotly.js as shipped inside the installed `plotly` wheel (never copied into the repo)."""
    try:
        path = resources.files("plotly") / "package_data" / "plotly.min.js"
    except ModuleNotFoundError:
        return None
    path = Path(str(path))
    return path if path.is_file() else None


@router.get("/static/vendor/plotly.min.js")
def plotly_js() -> Response:
    path = plotly_path()
    if path is None:
        raise ApiError(404, "plotly is not installed (pip install 'khronika[web]')")
    return FileResponse(path, media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})


@router.get("/", response_class=HTMLResponse)
async def home(request: Request, worker: StoreWorker = Depends(worker_of)) -> HTMLResponse:
    data = await worker.run(lambda store: {
        "stories": home_stories(store), "articles": store.list_articles(limit=15),
        "actors": store.actors(limit=15), "counts": store.current_counts()})
    return page(request, "home.html", **data)


# The home page's stories are the latest told by several articles: a one-article "story" is
# just an article, and on a store filled from an archive the newest ten are often all of that kind.
HOME_STORY_MIN_ARTICLES = 2


def home_stories(store: Any, limit: int = 10) -> list[Any]:
    return (store.stories(limit=limit, min_articles=HOME_STORY_MIN_ARTICLES, order="recent")
            or store.stories(limit=limit, order="recent"))


def compose_query(q: str, filters: dict[str, str | None]) -> str:
    parts = [q.strip()] if q and q.strip() else []
    for key, value in filters.items():
        if value and value.strip():
            value = value.strip()
            parts.append(f'{key}:"{value}"' if " " in value else f"{key}:{value}")
    return " ".join(parts)


@router.get("/search", response_class=HTMLResponse)
async def search_page(
    request: Request,
    q: str = "",
    actor: str | None = None,
    speaker: str | None = None,
    source: str | None = None,
    event: str | None = None,
    date_from: str | None = Query(None, alias="from"),
    date_to: str | None = Query(None, alias="to"),
    cursor: str | None = None,
    worker: StoreWorker = Depends(worker_of),
) -> HTMLResponse:
    filters = {"actor": actor, "speaker": speaker, "source": source, "event": event,
               "from": date_from, "to": date_to}
    full = compose_query(q, filters)
    result, error = None, None
    story_titles: dict[int, str] = {}
    if full:
        try:
            result = await worker.run(run_search, full, 20, search_cursor(cursor, full), worker.cache)
        except QueryError as exc:
            error = russian_detail(str(exc))
    if result:
        ids = {h["story_id"] for h in result["items"] if h.get("story_id")}
        ids |= {int(f["value"]) for f in result["facets"].get("story", [])}
        story_titles = await worker.run(titles_of_stories, sorted(ids))
    args = {"q": q, **{k: v for k, v in filters.items() if v}}
    return page(request, "search.html", q=q, filters=filters, full_query=full, result=result, error=error,
                args=args, event_types=EVENT_TYPES, story_titles=story_titles, status=400 if error else 200)


def titles_of_stories(store: Any, ids: list[int]) -> dict[int, str]:
    """Story id → title, for naming the stories of a result page (hits and facets) by their
    titles, not as "сюжет 89".  One indexed read per story (a page names at most 30)."""
    titles = {}
    for story_id in ids:
        found = store.stories(limit=1, before=story_id + 1)
        if found and found[0].id == story_id:
            titles[story_id] = found[0].title
    return titles


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article_page(request: Request, article_id: int = ApiPath(ge=1, le=MAX_ID), *,
                       worker: StoreWorker = Depends(worker_of)) -> HTMLResponse:
    def load(store: Any) -> tuple[Any, Any]:
        detail = store.get_article(article_id)
        if detail is None:
            raise not_found(f"статья {article_id}")
        story = store.get_story(detail.summary.story_id) if detail.summary.story_id else None
        return detail, story

    detail, story = await worker.run(load)
    article = article_json(detail)
    names = {e["id"]: e["name"] for e in article["entities"]}
    # A page with no article text keeps its description as the text: said above it (rev23_B L5).
    note = summary_text.TEXT_NOTE_RU if detail.record.get("extractor") == summary_text.EXTRACTOR else None
    return page(request, "article.html", a=article, marked=mark_up(article), names=names,
                story=story.summary if story else None, text_note=note)


ACTORS_PER_PAGE = 100


@router.get("/actors", response_class=HTMLResponse)
async def actors_page(request: Request, q: str | None = None, cursor: str | None = None,
                      worker: StoreWorker = Depends(worker_of)) -> HTMLResponse:
    offset = offset_of(cursor)
    rows = await worker.run(lambda store: store.actors(limit=offset + ACTORS_PER_PAGE + 1, query=q or None))
    more = encode(offset=offset + ACTORS_PER_PAGE) if len(rows) > offset + ACTORS_PER_PAGE else None
    args = {"q": q} if q else {}
    return page(request, "actors.html", actors=rows[offset:offset + ACTORS_PER_PAGE], q=q or "",
                next_cursor=more, args=args)


# Bounds of the actor page's scans: the page must come back in a second even for
# the most mentioned actor of a large store (the API endpoints take larger bounds).
PAGE_TIMELINE_ROWS = 2000
PAGE_NETWORK_ROWS = 600
ACTOR_PAGE_QUOTES = 30  # the latest; "Все цитаты" leads to /quotes for the rest
ACTOR_PAGE_EVENTS = 30  # per role, the latest; a link with the role's total leads to /events for the rest
ACTOR_ROLE_COUNT = 2000  # events counted per role (more: "2000+")


def _actor_view(store: Any, actor: str, cache: Any) -> dict[str, Any] | None:
    found = cache.get_or_compute(("actor", actor), lambda: store.get_actor(actor))
    if found is None:
        return None
    if found.id != actor:
        return {"actor": found}
    return cache.get_or_compute(("actor-page", found.id), lambda: _actor_data(store, found))


def _actor_data(store: Any, found: Any) -> dict[str, Any]:
    quotes = views.filter_quotes(store, speaker=found.id, limit=ACTOR_PAGE_QUOTES)
    as_source = views.filter_events(store, source=found.id, limit=ACTOR_PAGE_EVENTS, max_scan=2000)
    as_target = views.filter_events(store, target=found.id, limit=ACTOR_PAGE_EVENTS, max_scan=2000)
    return {
        "actor": found,
        "timeline": views.actor_timeline(store, found.id, max_rows=PAGE_TIMELINE_ROWS),
        "network": views.actor_network(store, found.id, max_rows=PAGE_NETWORK_ROWS, neighbours=6,
                                       neighbour_rows=150, name=found.name),
        "quotes": quotes.rows,
        "quote_extra": quotes.extra,
        "as_source": as_source.rows,
        "as_target": as_target.rows,
        "event_extra": {**as_source.extra, **as_target.extra},  # places, dates from the publication day
        "role_totals": {role: role_total(store, found.id, role, rows)
                        for role, rows in (("source", as_source), ("target", as_target))},
        "anchors": anchors_of(store, quotes.rows, as_source.rows + as_target.rows),
        "co": store.co_occurring(found.id, limit=15),
        "mentions": group_mentions(store.actor_mentions(found.id, limit=60)),
    }


def role_total(store: Any, actor_id: str, role: str, shown: Any) -> str:
    """How many events the actor has in a role ("44", or "2000+" past the count's bound): the
    page lists the latest ACTOR_PAGE_EVENTS and links the rest (`/events?source=` / `?target=`)."""
    if shown.next_before is None:
        return str(len(shown.rows))
    counted = views.filter_events(store, **{role: actor_id}, limit=ACTOR_ROLE_COUNT, max_scan=ACTOR_ROLE_COUNT * 5,
                                  with_location=False)
    return f"{len(counted.rows)}+" if counted.next_before is not None else str(len(counted.rows))


def anchors_of(store: Any, quotes: list[Any], events: list[Any]) -> dict[str, dict[int, str]]:
    """Row id → the fragment of its mark in the article page (`#quote-3`, `#event-0`): the mark
    of the row's own layer, found as the store's views find it (`RecordCache.quote_layer` /
    `event_layer`: the layer at the row's stored position when it agrees, never the first that
    shares its text or trigger — review rev20_B M1); rows whose layer is not found link to the
    article's list (`#quote-list`, `#event-list`)."""
    cache = views.RecordCache(store)
    out: dict[str, dict[int, str]] = {"quote": {}, "event": {}}
    for row in quotes:
        i = _position(cache.record(row.article_id).get("quotes") or [], cache.quote_layer(row))
        out["quote"][row.id] = f"quote-{i}" if i is not None else "quote-list"
    for row in events:
        i = _position(cache.record(row.article_id).get("events") or [], cache.event_layer(row))
        out["event"][row.id] = f"event-{i}" if i is not None else "event-list"
    return out


def _position(layers: list[Any], layer: Any) -> int | None:
    """The index of `layer` (the very object) among `layers`; None without one."""
    return next((i for i, candidate in enumerate(layers) if candidate is layer), None) if layer is not None else None


def group_mentions(rows: list[Any]) -> list[dict[str, Any]]:
    """Mention rows (newest article first) → one entry per article with its surface forms."""
    out: list[dict[str, Any]] = []
    for row in rows:
        if not out or out[-1]["article_id"] != row.article_id:
            out.append({"article_id": row.article_id, "title": row.title, "published": row.published, "forms": []})
        if row.text not in out[-1]["forms"]:
            out[-1]["forms"].append(row.text)
    return out


@router.get("/actors/{actor}", response_class=HTMLResponse)
async def actor_page(request: Request, actor: str, worker: StoreWorker = Depends(worker_of)) -> HTMLResponse:
    view = await worker.run(_actor_view, actor, worker.cache)
    if view is None:
        raise not_found(f"актор «{actor}»")
    if view["actor"].id != actor or "timeline" not in view:
        return RedirectResponse(actor_href(view["actor"].id), status_code=307)  # type: ignore[return-value]
    charts = {"timeline": plain(view["timeline"]), "network": plain(view["network"])}
    return page(request, "actor.html", **view, charts_json=json.dumps(charts, ensure_ascii=False).replace("</", "<\\/"))


# The sizes /stories offers to filter by (its links; any min_articles >= 1 is accepted).
STORY_SIZES = (1, 2, 5)


@router.get("/stories", response_class=HTMLResponse)
async def stories_page(request: Request, cursor: str | None = None,
                       min_articles: int = Query(1, ge=1, le=1_000_000),
                       worker: StoreWorker = Depends(worker_of)) -> HTMLResponse:
    before, seen = before_of(cursor), seen_of(cursor)
    rows = await worker.run(lambda store: store.stories(limit=51, before=before, min_articles=min_articles,
                                                        order="recent", seen=seen))
    more = next_story(rows, 50, "recent")
    args = {"min_articles": min_articles} if min_articles > 1 else {}
    return page(request, "stories.html", stories=rows[:50], next_cursor=more, args=args,
                min_articles=min_articles, sizes=STORY_SIZES)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story_page(request: Request, story_id: int = ApiPath(ge=1, le=MAX_ID), *,
                     worker: StoreWorker = Depends(worker_of)) -> HTMLResponse:
    story = await worker.run(story_json, story_id)
    events = {e["id"]: e for e in story["events"]}
    quotes = {q["id"]: q for q in story["quotes"]}
    only_here = [only_here_tags(row, events, quotes) for row in story["by_source"]]
    return page(request, "story.html", s=story, only_here=only_here, reports=report_counts(story))


def report_counts(story: dict[str, Any]) -> dict[str, Any]:
    """The story's reports beside its merged statements, in the one unit the API's `n_reports`
    and `khronika show story:ID` count: a report is an article carrying an event or quote (an
    article that tells it twice is one report; each telling is a mention, a row of the
    `/quotes?story=` and `/events?story=` lists).  Per row of the outlet table (by its articles:
    articles of no known outlet are a row each), in all (`n_quotes`, `n_events`), and the
    mentions in all (`mentions_quotes`, `mentions_events`)."""
    out: dict[str, Any] = {}
    for kind in ("quotes", "events"):
        by_article: dict[int, int] = {}
        mentions = 0
        for merged in story[kind]:
            reports = merged.get("reports") or []
            mentions += len(reports)
            for article_id in {report.get("article_id") for report in reports}:
                by_article[article_id] = by_article.get(article_id, 0) + 1
        out[kind] = [sum(by_article.get(a["id"], 0) for a in row["articles"]) for row in story["by_source"]]
        out["n_" + kind] = sum(by_article.values())
        out["mentions_" + kind] = mentions
    return out


def only_here_tags(row: dict[str, Any], events: dict[int, Any], quotes: dict[int, Any]) -> list[tuple[str, int]]:
    """What only this outlet reported, one tag per kind with its count ("цитата Тереза Мэй", 3),
    in the order first met: an outlet carrying five quotes of one person shows one tag, not five."""
    tags: dict[str, int] = {}
    for e in row["only_here_events"]:
        if e in events:
            tag = f'{events[e]["type"]}: {events[e]["source"] or "?"} → {events[e]["target"] or "?"}'
            tags[tag] = tags.get(tag, 0) + 1
    for q in row["only_here_quotes"]:
        if q in quotes:
            tag = f'цитата {speaker_label(quotes[q]["speaker_name"])}'
            tags[tag] = tags.get(tag, 0) + 1
    return list(tags.items())


QUOTES_PER_PAGE = 50


def page_story(value: str | None) -> int | None:
    """The `story` parameter of a list page: a story id, else a 400 in Russian (the form stays)."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= MAX_ID:
        raise ApiError(400, f"story: «{value}» — не номер сюжета (нужно целое число от 1)")
    return int(value)


def form_value(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


QUOTE_EXPORT_ROWS = 20000


def quote_form(speaker: str | None = None, addressee: str | None = None, text: str | None = None,
               outlet: str | None = None, source: str | None = None,
               date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
               story: str | None = None) -> dict[str, str]:
    """The quotes form's values as typed (a dependency of the page and its CSV).  The outlet is
    `outlet`, the API's name; `source`, the name the page used before, is still read (bookmarks)."""
    return {k: v for k, v in {"speaker": form_value(speaker), "addressee": form_value(addressee),
                               "text": form_value(text), "outlet": form_value(outlet) or form_value(source),
                               "from": form_value(date_from), "to": form_value(date_to),
                               "story": form_value(story)}.items() if v}


def quote_filters(args: dict[str, str]) -> dict[str, Any]:
    """The filters for `views.filter_quotes` of a `quote_form`; a bad date or story is an ApiError."""
    return {"speaker": args.get("speaker"), "addressee": args.get("addressee"), "text": args.get("text"),
            "outlet": args.get("outlet"), "date_from": form_day(args.get("from"), "from"),
            "date_to": form_day(args.get("to"), "to"), "story_id": page_story(args.get("story"))}


def failed(exc: Exception) -> tuple[int, str]:
    """A list page's bad filter → (status, Russian message); the page is drawn again with its form."""
    status, message = (exc.status, exc.message) if isinstance(exc, ApiError) else (400, str(exc))
    _, sentence, detail = error_message(status, message)
    return status, f"{sentence} {detail}" if detail else sentence


@router.get("/quotes", response_class=HTMLResponse)
async def quotes_page(
    request: Request,
    args: dict[str, str] = Depends(quote_form),
    cursor: str | None = None,
    worker: StoreWorker = Depends(worker_of),
) -> HTMLResponse:
    """Who said what: the API's quote filter as a page (an actor page shows only the latest quotes).
    A bad filter value draws the page again with the form as typed and the error above it."""
    try:
        filters = quote_filters(args)

        def load(store: Any) -> tuple[Any, Any]:
            result = views.filter_quotes(store, **filters, limit=QUOTES_PER_PAGE, before=before_of(cursor))
            return result, anchors_of(store, result.rows, [])

        result, anchors = await worker.run(load)
    except (ApiError, QueryError) as exc:
        status, error = failed(exc)
        return page(request, "quotes.html", status=status, rows=[], extra={}, args=args, next_cursor=None,
                    anchors={"quote": {}}, error=error)
    next_cursor = encode(before=result.next_before) if result.next_before else None
    return page(request, "quotes.html", rows=result.rows, extra=result.extra, args=args, next_cursor=next_cursor,
                anchors=anchors, error=None, export_rows=QUOTE_EXPORT_ROWS)


@router.get("/quotes/export")
async def quotes_export(
    args: dict[str, str] = Depends(quote_form),
    worker: StoreWorker = Depends(worker_of),
) -> Response:
    """The quotes page's rows as CSV (every row the filters keep, up to QUOTE_EXPORT_ROWS): the
    columns of `khronika quotes --format csv`, with a byte-order mark for spreadsheets.  When the
    filters keep more rows than that, the response says so in `X-Khronika-Truncated` (the rows
    written; a CSV has no place for a note that is not a row) and the page's link text names the
    limit (review rev20_B L8)."""
    import csv
    import io

    from khronika.store.base import QuoteRow
    from khronika.store.exports import record_kinds, spreadsheet_cell

    filters = quote_filters(args)
    limit = QUOTE_EXPORT_ROWS
    found, extra = await worker.run(lambda store: views.collect(views.filter_quotes, store, limit + 1, **filters))
    more = len(found) > limit
    found = found[:limit]
    fields = list(record_kinds(QuoteRow, addressee_id="str", addressee_name="str"))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in found:
        record = {**row.to_json(), **extra.get(row.id, {})}
        writer.writerow({k: spreadsheet_cell(v) for k, v in record.items()})
    headers = {"Content-Disposition": 'attachment; filename="khronika-quotes.csv"'}
    if more:
        headers["X-Khronika-Truncated"] = str(limit)
    return Response("\ufeff" + buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/events", response_class=HTMLResponse)
async def events_page(
    request: Request,
    type: str | None = None,
    actor: str | None = None,
    source: str | None = None,
    target: str | None = None,
    place: str | None = None,
    date_from: str | None = Query(None, alias="from"),
    date_to: str | None = Query(None, alias="to"),
    story: str | None = None,
    cursor: str | None = None,
    worker: StoreWorker = Depends(worker_of),
) -> HTMLResponse:
    """Events by type, actor (either side, or `source`/`target`: the one acting, the one acted on,
    as in the API and `khronika events --source/--target`), place, dates and story.  A bad
    filter value draws the page again with the form as typed and the error above it."""
    args = {k: v.strip() for k, v in {"type": type, "actor": actor, "source": source, "target": target,
                                       "place": place, "from": date_from, "to": date_to,
                                       "story": story}.items() if v and v.strip()}
    try:
        filters = {"type": event_type(type) or None, "actor": args.get("actor"), "source": args.get("source"),
                   "target": args.get("target"), "place": args.get("place"),
                   "date_from": form_day(date_from, "from"), "date_to": form_day(date_to, "to"),
                   "story_id": page_story(story)}
        if filters["type"]:
            args["type"] = filters["type"]

        def load(store: Any) -> tuple[Any, Any]:
            for role in ("source", "target"):
                if filters[role]:
                    outlet_for_actor(store, role, filters[role])
            result = views.filter_events(store, **filters, limit=100, before=before_of(cursor))
            return result, anchors_of(store, [], result.rows)

        result, anchors = await worker.run(load)
    except (ApiError, QueryError) as exc:
        status, error = failed(exc)
        return page(request, "events.html", status=status, rows=[], extra={}, args=args, next_cursor=None,
                    event_types=EVENT_TYPES, anchors={"event": {}}, error=error)
    next_cursor = encode(before=result.next_before) if result.next_before else None
    return page(request, "events.html", rows=result.rows, extra=result.extra, args=args,
                next_cursor=next_cursor, event_types=EVENT_TYPES, anchors=anchors, error=None)


EVENT_SIDES = {"source": "тот, кто действует", "target": "тот, на кого направлено действие"}


def outlet_for_actor(store: Any, role: str, value: str) -> None:
    """The events page's `source` and `target` are the event's sides (as in the API and
    `khronika events`), while `source` is the outlet on /search and (formerly) /quotes: a value
    that names no side of any stored event (by id, name or alias) but names a stored outlet is a
    400 saying so, not a filter that quietly keeps nothing (`/events?source=tass.ru`, review
    rev20_B L9); an outlet's name that is also some event's side ("ТАСС сообщил…" can make the
    agency an actor) filters as before.  The store's event filter has no outlet: the message
    points to the search."""
    try:
        outlets = store.outlets_matching([value])
    except QueryError:  # a label naming several outlets is an outlet all the same
        outlets = [value]
    if not outlets or store.events(actor=value, limit=1):
        return
    raise ApiError(400, f"{role}: «{value}» — это издание, а не участник события. Здесь {role} — "
                        f"{EVENT_SIDES[role]}. Фильтра по изданию на странице событий нет, статьи "
                        f"издания — в поиске: source:{outlet_value(value)}")


def form_day(value: str | None, name: str) -> str | None:
    """A date field of a form: empty is no filter; a day, a month or a year as the search reads
    them (`query.day_bound`: a month or year `from` is its first day, a `to` its last); anything
    else is a 400 saying so (compared as text, "bad" would silently filter every event out)."""
    if not value or not value.strip():
        return None
    try:
        return day_bound(value, name)
    except ValueError:
        raise ApiError(400, f"{name}: «{value.strip()}» — не дата (нужно YYYY-MM-DD, YYYY-MM или YYYY, "
                            "например 2024-01-31)") from None


def install(app: FastAPI):
    """Add the pages and static files to `app`; returns the HTML error renderer."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def html_error(request: Request, status: int, message: str) -> HTMLResponse:
        title, sentence, detail = error_message(status, message)
        return page(request, "error.html", status=status, code=status, title=title, sentence=sentence,
                    detail=detail)

    return html_error
