"""Events: who did what to whom, filterable, and exported in GDELT's layout."""
from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any, Iterable, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from khronika.api import schemas
from khronika.api.deps import StoreWorker, worker_of
from khronika.api.pagination import MAX_ID, MAX_LIMIT, before_of
from khronika.api.v1.actors import filtered_page
from khronika.store import views
from khronika.store.base import EventRow

router = APIRouter(tags=["events"])
EXPORT_MAX_ROWS = 20000

# The GDELT 2.0 event columns Khronika can fill, in GDELT's order (used when
# `khronika.events.export` is not installed).
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


def gdelt_table(rows: list[EventRow], extra: dict[int, dict[str, Any]]) -> tuple[list[str], list[list[str]]]:
    """Header and rows; the events helper's exporter when present, else the columns above."""
    try:
        from khronika.events import export  # written by the events helper
    except ImportError:
        export = None
    fn = getattr(export, "to_gdelt_rows", None) if export else None
    if fn is not None:
        try:
            produced = list(fn(rows))
            header = list(getattr(export, "GDELT_COLUMNS", None) or getattr(export, "COLUMNS", None) or [])
            if produced and isinstance(produced[0], dict):
                header = header or list(produced[0])
                return header, [[_cell(r.get(h)) for h in header] for r in produced]
            if header:
                return header, [[_cell(v) for v in r] for r in produced]
        except (TypeError, AttributeError, KeyError):
            pass  # an exporter for another row shape; keep ours
    return GDELT_COLUMNS, fallback_rows(rows, extra)


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


async def event_filters(
    type: str | None = Query(None, description="PLOVER type (CONSULT) or CAMEO root code (04)"),
    actor: str | None = Query(None, description="Actor on either side (id, name or alias)"),
    source: str | None = Query(None, description="Actor as source"),
    target: str | None = Query(None, description="Actor as target"),
    place: str | None = Query(None, description="Substring of the event's location"),
    date_from: date | None = Query(None, alias="from"),
    date_to: date | None = Query(None, alias="to"),
    story: int | None = Query(None, ge=1, le=MAX_ID),
    article: int | None = Query(None, ge=1, le=MAX_ID),
) -> dict[str, Any]:
    return {"type": type, "actor": actor, "source": source, "target": target, "place": place,
            "date_from": date_from.isoformat() if date_from else None,
            "date_to": date_to.isoformat() if date_to else None, "story_id": story, "article_id": article}


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
                  worker: StoreWorker = Depends(worker_of)) -> Response:
    result = await worker.run(views.filter_events, **filters, limit=limit, before=None,
                              max_scan=EXPORT_MAX_ROWS * 5)
    header, rows = gdelt_table(result.rows, result.extra)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t" if format == "tsv" else ",", lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([c.replace("\t", " ").replace("\n", " ") if format == "tsv" else c for c in row])
    media = "text/tab-separated-values" if format == "tsv" else "text/csv"
    return Response(buffer.getvalue(), media_type=f"{media}; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="khronika-events.{format}"'})
