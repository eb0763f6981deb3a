"""Events: who did what to whom, filterable, and exported in GDELT's layout."""
from __future__ import annotations

import csv
import functools
import io
from typing import Any, Iterable, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from khronika.api import schemas
from khronika.api.deps import StoreWorker, worker_of
from khronika.api.errors import ApiError
from khronika.api.pagination import MAX_ID, MAX_LIMIT, before_of
from khronika.api.v1.actors import filtered_page
from khronika.store import views
from khronika.api.records import doc_from_record, event_from_record
from khronika.errors import QueryError
from khronika.store.base import EventRow, Store
from khronika.store.exports import spreadsheet_cell
from khronika.store.query import day_bound, event_type_of

router = APIRouter(tags=["events"])
DAY_DESCRIPTION = "YYYY-MM-DD, or a month YYYY-MM / year YYYY (a `from` its first day, a `to` its last)"
EXPORT_MAX_ROWS = 20000

# A GDELT-like subset in GDELT's order, used only when `khronika.events.export`
# is not installed.
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "ActionGeo_FullName",
    "DATEADDED", "SOURCEURL", "PLOVERType", "Trigger", "Evidence", "ReportedBy",
]


def _names(actors: Iterable[dict[str, Any]]) -> tuple[str, str]:
    actors = list(actors)
    return ("; ".join(a.get("actor_id") or "" for a in actors),
            "; ".join(a.get("name") or "" for a in actors))


def fallback_rows(rows: list[EventRow], extra: dict[int, dict[str, Any]]) -> list[list[str]]:
    out = []
    for row in rows:
        a1, n1 = _names(row.source_actors)
        a2, n2 = _names(row.target_actors)
        day = (row.date or row.published or "")[:10].replace("-", "")
        out.append([
            str(row.id), day, a1, n1, a2, n2, "1", row.cameo, row.cameo, row.cameo[:2],
            extra.get(row.id, {}).get("location") or "", (row.published or "")[:10].replace("-", ""),
            row.outlet, row.type, row.trigger, row.evidence, row.reported_by or "",
        ])
    return out


@functools.cache
def _registry_countries() -> dict[str, str]:
    """Place id → state id from the actor registry (data only, no models)."""
    from khronika.nlp.registry import load_registry

    return {actor_id: actor.country for actor_id, actor in load_registry().actors.items()
            if getattr(actor, "country", None)}


def gdelt_table(store: Store, rows: list[EventRow], extra: dict[int, dict[str, Any]],
                per_event: bool = False) -> tuple[list[str], list[list[str]]]:
    """Header and rows in GDELT's layout, by the events helper's `gdelt_row` when installed.

    Each stored event is rebuilt as an `Event` of its article's `Doc` (from the
    stored record), so the API and `khronika events --format gdelt` fill the
    same columns the same way.  GLOBALEVENTID is the store's event id.
    `per_event`: one row per story event (`views.event_reports`) instead of one per report,
    described by its earliest report (whose id is the GLOBALEVENTID), with its reports,
    articles and outlets in NumMentions, NumArticles and NumSources — GDELT's own counting.
    """
    if per_event:
        groups = views.event_reports(rows)
        header, out = gdelt_table(store, [g.first for g in groups], extra)
        at = {name: i for i, name in enumerate(header)}
        for cells, group in zip(out, groups):
            for name, value in (("NumMentions", group.reports), ("NumArticles", group.articles),
                                ("NumSources", group.sources)):
                if name in at:
                    cells[at[name]] = str(value)
        return header, out
    try:
        from khronika.events import export
        from khronika.events.lexicon import load_cameo
    except ImportError:
        return GDELT_COLUMNS, fallback_rows(rows, extra)
    cameo, countries = load_cameo(), _registry_countries()
    cache = views.RecordCache(store)
    docs: dict[int, Any] = {}
    out = []
    for row in rows:
        layer = cache.event_layer(row)
        if layer is None:  # the record no longer has it (reprocessed): keep the row in our layout
            out.append(_fallback_in_gdelt(row, extra, export.GDELT_COLUMNS))
            continue
        if row.article_id not in docs:
            docs[row.article_id] = doc_from_record(cache.record(row.article_id))
        doc = docs[row.article_id]
        event = event_from_record(layer)
        part = doc.part_at(event.start)
        root = part is not None and (part.kind in ("title", "lead") or (part.kind == "paragraph" and part.index == 0))
        url = doc.article.url or doc.article.source or row.outlet
        cells = export.gdelt_row(event, doc, row.id, root, cameo, countries, url)
        out.append([cells.get(c, "") for c in export.GDELT_COLUMNS])
    return list(export.GDELT_COLUMNS), out


def _fallback_in_gdelt(row: EventRow, extra: dict[int, dict[str, Any]], columns: list[str]) -> list[str]:
    ours = dict(zip(GDELT_COLUMNS, fallback_rows([row], extra)[0]))
    return [ours.get(c, "") for c in columns]


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def event_type(value: str | None) -> str | None:
    """A PLOVER type (any case) or a CAMEO code, as the store matches them; anything else
    would match no event, so it is the client's 422 listing what is accepted
    (`query.event_type_of`: the same check as the CLI's --type and the search's `event:`)."""
    try:
        return event_type_of(value)
    except QueryError as error:
        raise ApiError(422, str(error), "invalid_request") from None


def api_day(value: str | None, name: str) -> str | None:
    """A `from`/`to` parameter: YYYY-MM-DD, YYYY-MM or YYYY (a month or year `from` is its first
    day, a `to` its last: `query.day_bound`, as the search's from:/to:); else a 422 saying so."""
    if value is None or not value.strip():
        return None
    try:
        return day_bound(value, name)
    except ValueError:
        raise ApiError(422, f"{name}: {value.strip()!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)",
                       "invalid_request") from None


async def event_filters(
    type: str | None = Query(None, description="PLOVER type (CONSULT) or CAMEO root code (04)"),
    actor: str | None = Query(None, description="Actor on either side (id, name or alias)"),
    source: str | None = Query(None, description="Actor as source"),
    target: str | None = Query(None, description="Actor as target"),
    place: str | None = Query(None, description="Substring of the event's location"),
    date_from: str | None = Query(None, alias="from", description=DAY_DESCRIPTION),
    date_to: str | None = Query(None, alias="to", description=DAY_DESCRIPTION),
    story: int | None = Query(None, ge=1, le=MAX_ID),
    article: int | None = Query(None, ge=1, le=MAX_ID),
) -> dict[str, Any]:
    return {"type": event_type(type), "actor": actor, "source": source, "target": target, "place": place,
            "date_from": api_day(date_from, "from"), "date_to": api_day(date_to, "to"),
            "story_id": story, "article_id": article}


@router.get("/events", response_model=schemas.EventPage, summary="Filter events")
async def list_events(filters: dict[str, Any] = Depends(event_filters), limit: int = Query(50, ge=1, le=MAX_LIMIT),
                cursor: str | None = None, worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    result = await worker.run(views.filter_events, **filters, limit=limit, before=before_of(cursor))
    return filtered_page(result)


@router.get(
    "/events/export", summary="Events as a GDELT-layout table (TSV or CSV)",
    response_class=Response,
    responses={200: {"content": {"text/tab-separated-values": {}, "text/csv": {}},
                     "description": "One event per line with a header row"}},
)
async def export_events(filters: dict[str, Any] = Depends(event_filters),
                  format: Literal["tsv", "csv"] = "tsv",
                  limit: int = Query(EXPORT_MAX_ROWS, ge=1, le=EXPORT_MAX_ROWS),
                  per_event: bool = Query(False, description=(
                      "One row per real-world event (a story event) with its reports, articles and outlets "
                      "counted in NumMentions, NumArticles and NumSources, instead of one row per report; "
                      "`limit` counts reports")),
                  worker: StoreWorker = Depends(worker_of)) -> Response:
    def body(store: Store) -> tuple[list[str], list[list[str]]]:
        result = views.filter_events(store, **filters, limit=limit, before=None, max_scan=EXPORT_MAX_ROWS * 5)
        return gdelt_table(store, result.rows, result.extra, per_event=per_event)

    header, rows = await worker.run(body)
    if format == "tsv":
        # The GDELT layout for tools: the one writer of every GDELT export (`events.export.gdelt_lines`:
        # tab-joined `tsv_cell`s, no CSV quoting, so `quoting=QUOTE_NONE` readers get the text as it is;
        # a cell that would start a formula is escaped, since the web page offers the TSV as a download).
        from khronika.events.export import gdelt_lines

        text_body = "".join(gdelt_lines(header, rows))
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([spreadsheet_cell(c) for c in row])  # a formula start escaped (`store.exports`)
        text_body = buffer.getvalue()
    media = "text/tab-separated-values" if format == "tsv" else "text/csv"
    # The CSV is the spreadsheet download: without a byte-order mark Excel reads it in the
    # system code page and shows every Cyrillic name as mojibake.  (The TSV, the GDELT layout
    # for tools, stays plain UTF-8.)
    text = ("\ufeff" if format == "csv" else "") + text_body
    return Response(text, media_type=f"{media}; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="khronika-events.{format}"'})
