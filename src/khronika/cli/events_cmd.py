"""`khronika events`: who did what to whom in the given pages (table, JSONL
or the GDELT 2.0 event-table layout), or in a store already ingested (no PATHS:
the store's events with filters); `khronika eval events GOLD` scores the event
coder against gold/events/."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console
from rich.table import Table

from khronika.cli.app import eval_group, main
from khronika.cli.batch import BatchReport, crawl_time_option, iter_docs, open_output
from khronika.cli.eval_cmd import attribute_pr_table
from khronika.cli.stored import check_mode, counted, date_option, store_db_option
from khronika.store.views import collect
from khronika.errors import KhronikaError
from khronika.nlp.doc import Doc, Event
from khronika.store.base import redact_url


def _names(actors) -> str:
    return ", ".join(a.name for a in actors)


def _flags(event: Event) -> str:
    flags = ["negated" if event.negated else "", "hypothetical" if event.hypothetical else ""]
    return ", ".join(f for f in flags if f)


def confident(doc: Doc, threshold: float) -> Doc:
    """The Doc with only the events (its own and its related headlines') whose confidence reaches the threshold."""
    if threshold > 0:
        doc.events = [e for e in doc.events if e.confidence >= threshold]
        for light in doc.related:
            light.events = [e for e in light.events if e.confidence >= threshold]
    return doc


def _without_related_events(doc: Doc) -> Doc:
    """The Doc with its sidebar headlines' events left out (the headlines themselves stay)."""
    for light in doc.related:
        light.events = []
    return doc


def events_table(docs: list[Doc], out: TextIO) -> None:
    table = Table(title=f"events of {len(docs)} articles", show_lines=True)
    for column in ("article", "scope", "type", "mode", "source", "target", "date", "where", "reported by", "flags", "trigger"):
        table.add_column(column, overflow="fold")
    count = 0
    for doc in docs:
        scoped = [("article", e, doc) for e in doc.events] + [("related", e, r) for r in doc.related for e in r.events]
        for scope, event, owner in scoped:
            count += 1
            date = _marked_date(event.date, event.date_from_article)
            table.add_row(
                doc.article.source.rsplit("/", 1)[-1][:24], scope, event.type, event.mode or "",
                _names(event.source_actors), _names(event.target_actors), date,
                event.location.name if event.location else "", event.reported_by or "", _flags(event), event.trigger,
            )
    table.caption = f"{count} events"
    Console(file=out, width=220).print(table)


EVENT_FORMATS = ["table", "jsonl", "gdelt", "csv", "parquet"]
STORED_COLUMNS = ["date", "type", "mode", "source_names", "target_names", "location", "reported_by", "flags",
                  "outlet", "story_id", "article_id", "trigger"]


def _valid_type(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--type: the API's check (a PLOVER type or a CAMEO code), not a filter that matches nothing."""
    from khronika.errors import QueryError
    from khronika.store.query import event_type_of

    try:
        return event_type_of(value) if value is not None else None
    except QueryError as error:
        raise click.BadParameter(str(error).removeprefix("type: "))


@main.command(name="events")
@click.argument("paths", nargs=-1)
@store_db_option
@click.option("--type", "event_type", callback=_valid_type,
              help="Store only: one PLOVER type (e.g. CONSULT) or CAMEO code (04, 042).")
@click.option("--actor", help="Store only: events with this actor on either side (id, name or alias).")
@click.option("--source", help="Store only: events this actor did.")
@click.option("--target", help="Store only: events done to this actor.")
@click.option("--place", help="Store only: events whose location contains this.")
@date_option("--from", "date_from", "Store only: events dated on or after this day (YYYY-MM-DD; a month YYYY-MM or a year YYYY from its first day).")
@date_option("--to", "date_to", "Store only: events dated on or before this day (YYYY-MM-DD; a month YYYY-MM or a year YYYY to its last day).")
@click.option("--story", type=click.IntRange(min=1), help="Store only: one story id.")
@click.option("--limit", type=click.IntRange(min=1), help="Store only: at most this many events (newest stored first).")
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default="table", show_default=True,
              help="csv and parquet need a store; gdelt: the GDELT 2.0 event table (GLOBALEVENTID: the store's "
                   "event id for stored events).")
@click.option("--crawled-at", help="Pages only: crawl time (ISO 8601) for relative sidebar times.")
@click.option("--no-quotes", is_flag=True, help="Pages only: skip the quotes component (events are then attributed "
                                                 "from the syntax).")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Pages only: keep only events whose confidence (the fitted probability that the event is right) "
                   "is at least this.")
@click.option("--no-related", is_flag=True, help="Pages only: leave out the events of sidebar headlines (a store "
                                                   "keeps none; in the GDELT file nothing else marks them).")
@click.option("--per-event", is_flag=True, help="Store only, with --format gdelt: one row per real-world event (a "
                                                  "story event) with its reports, articles and outlets in "
                                                  "NumMentions, NumArticles, NumSources, not one row per report.")
@click.option("-o", "--output", help="Write here instead of stdout (required for parquet).")
@click.pass_context
def events(ctx: click.Context, paths: tuple[str, ...], db: str, event_type: str | None, actor: str | None,
           source: str | None, target: str | None, place: str | None, date_from: str | None, date_to: str | None,
           story: int | None, limit: int | None, fmt: str, crawled_at: str | None, no_quotes: bool,
           min_confidence: float, no_related: bool, per_event: bool, output: str | None) -> None:
    """Who did what to whom: PLOVER-typed events with actors, date, place and attribution.

    \b
    With PATHS: events coded in those pages now (files, folders, -, URLs).
    Without:    events of the store (--db), e.g.
                khronika events --type CONSULT --actor Путин --from 2022-01-01
    """
    if per_event and fmt != "gdelt":
        raise click.UsageError("--per-event is a form of the GDELT table: use it with --format gdelt")
    if check_mode(ctx, paths, store_only=("event_type", "actor", "source", "target", "place", "date_from", "date_to",
                                          "story", "limit", "per_event"),
                  pages_only=("crawled_at", "no_quotes", "min_confidence", "no_related"), page_formats=("table", "jsonl", "gdelt")):
        _stored(db, dict(type=event_type.upper() if event_type else None, actor=actor, source=source, target=target,
                         place=place, date_from=date_from, date_to=date_to, story_id=story), limit, fmt, output,
                per_event)
        return
    from khronika.events.component import build_pipeline, load_coder
    from khronika.events.export import gdelt_tsv, to_gdelt_rows, to_jsonl

    pipeline = build_pipeline(disable=["quotes"] if no_quotes else [])
    report = BatchReport()
    out = open_output(output)
    docs = (confident(doc, min_confidence) for _, doc in iter_docs(paths, crawl_time_option(crawled_at), report, pipeline))
    if no_related:
        docs = (_without_related_events(doc) for doc in docs)
    total = 0
    if fmt == "jsonl":
        for line in to_jsonl(docs):
            out.write(line)
            total += 1
    elif fmt == "gdelt":
        countries = load_coder(pipeline_resources(pipeline)).registry_countries
        for n, line in enumerate(gdelt_tsv(to_gdelt_rows(docs, countries=countries))):
            out.write(line)
            total += n > 0
    else:
        collected = list(docs)
        events_table(collected, out)
        total = sum(len(d.events) + sum(len(r.events) for r in d.related) for d in collected)
    if out is not sys.stdout:
        out.close()
    click.echo(f"khronika events: {report.summary()}, {total} events", err=True)
    raise SystemExit(report.exit_code)


def stored_event_row(row: Any, extra: dict[str, Any]) -> dict[str, Any]:
    """A stored event as one flat record: its fields, the location, and the parties' names joined."""
    flags = ["negated" if row.negated else "", "hypothetical" if row.hypothetical else ""]
    return {**row.to_json(), **extra,
            "source_names": ", ".join(a.get("name") or a.get("actor_id") or "" for a in row.source_actors),
            "target_names": ", ".join(a.get("name") or a.get("actor_id") or "" for a in row.target_actors),
            "flags": ", ".join(f for f in flags if f)}


def _marked_date(date: str | None, from_article: bool | None) -> str:
    """A date as the tables show it: "2018-07-30 (article)" when it is the article's publication day
    (the text names none; the web's «по дате публикации»), else as it is."""
    return (date or "") + (" (article)" if from_article and date else "")


def _stored(db: str, filters: dict[str, Any], limit: int | None, fmt: str, output: str | None,
            per_event: bool = False) -> None:
    from khronika.cli.store_cmd import _open, _write, record_fields
    from khronika.store.base import EventRow
    from khronika.store.views import filter_events

    store = _open(db)
    try:
        found, extra = collect(filter_events, store, limit, **filters)
        if fmt == "gdelt":  # rebuilt from the stored records, as the API's /events/export does
            from khronika.api.v1.events import gdelt_table

            header, cells = gdelt_table(store, found, extra, per_event=per_event)
    finally:
        store.close()
    if fmt == "gdelt":
        from khronika.events.export import gdelt_lines

        out = open_output(output)
        for line in gdelt_lines(header, cells):  # the API's and the pages export's writer
            out.write(line)
        if out is not sys.stdout:
            out.close()
        what = (f"{counted(len(cells), 'event')} ({counted(len(found), 'report')})" if per_event
                else counted(len(cells), 'event'))
        click.echo(f"khronika events: {what} from {redact_url(db)}", err=True)
        return
    rows = [stored_event_row(row, extra.get(row.id, {})) for row in found]
    if fmt == "table":  # a date taken from the publication day marked as the pages' table marks it
        rows = [{**r, "date": _marked_date(r.get("date"), r.get("date_from_article"))} for r in rows]
    _write(rows, fmt, output, STORED_COLUMNS, counted(len(rows), "event"),
           record_fields(EventRow, location="str", date_from_article="bool", source_names="str",
                         target_names="str", flags="str"))
    click.echo(f"khronika events: {counted(len(rows), 'event')} from {redact_url(db)}", err=True)


def _scores_table(title: str, per_type: dict, out: TextIO) -> None:
    table = Table(title=title)
    for column in ("type", "gold", "system", "P", "R", "F1"):
        table.add_column(column, justify="right" if column != "type" else "left")
    for type_ in sorted(per_type, key=lambda t: (t != "*", t)):
        c = per_type[type_]
        table.add_row("ALL" if type_ == "*" else type_, str(c.gold), str(c.system),
                      f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}")
    Console(file=out, width=120).print(table)


@eval_group.command(name="events")
@click.argument("gold", type=click.Path(exists=True, path_type=Path), default=Path("gold/events"), required=False)
@click.option("--split", type=click.Choice(["all", "tune", "held"]), default="all", show_default=True,
              help="Half of the dev set: tune = even sha1 of the file name, held = odd.")
@click.option("--no-quotes", is_flag=True, help="Run without the quotes component.")
@click.option("--errors", is_flag=True, help="List missed and spurious triples per document.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores and the attribute table as JSON.")
@click.option("--attribute-misses", is_flag=True,
              help="List the attribute disagreements (mode, negated, hypothetical, reported_by) of paired events.")
def eval_events(gold: Path, split: str, no_quotes: bool, errors: bool, as_json: bool, attribute_misses: bool) -> None:
    """P/R/F1 of (type, source, target) triples, with and without date and location, per type; then the
    attributes (mode, negated, hypothetical, reported_by) of the gold and system events sharing a triple."""
    from khronika.eval.events import VARIANTS, ActorKeys, attribute_table, evaluate, total
    from khronika.eval.events import attribute_misses as list_attribute_misses
    from khronika.eval.shared_docs import load_gold_document, shared_available
    from khronika.events.component import build_pipeline
    from khronika.nlp.components import registry

    if not shared_available():
        raise click.ClickException("the shared datasets are not available (set KHRONIKA_SHARED); cannot load gold documents")
    pipeline = build_pipeline(disable=["quotes"] if no_quotes else [])
    resources = pipeline_resources(pipeline)
    splits = ("tune", "held") if split == "all" else (split,)

    def run(ref: dict[str, str]) -> Doc:
        try:
            article = load_gold_document(ref)
        except KhronikaError as error:
            raise click.ClickException(str(error))
        try:
            return pipeline(article)
        except Exception as error:  # score the document as finding nothing, say so, go on
            click.echo(f"khronika: failed: {ref.get('path')}: enrichment error: {type(error).__name__}: {error}", err=True)
            return Doc.from_article(article)

    results = evaluate(gold, run, registry(resources), splits)
    out = sys.stdout
    if as_json:
        import json

        scores = {scope or "all": {variant: _counts_json(total(results, variant, scope)["*"]) for variant in VARIANTS}
                  for scope in ("article", "related", None)}
        per_type = {t: _counts_json(c) for t, c in sorted(total(results, "triple").items())}
        out.write(json.dumps({"units": len(results), "split": split, "scores": scores, "per_type": per_type,
                              "attributes": attribute_table(results)}, ensure_ascii=False, indent=2) + "\n")
        return
    summary = Table(title=f"events: {len(results)} scored units from {gold} (split: {split})")
    for column in ("scope", "variant", "gold", "system", "P", "R", "F1"):
        summary.add_column(column)
    for scope in ("article", "related", None):
        for variant in VARIANTS:
            c = total(results, variant, scope)["*"]
            summary.add_row(scope or "all", variant, str(c.gold), str(c.system),
                            f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}")
    Console(file=out, width=120).print(summary)
    _scores_table("per type (all scopes, triple)", total(results, "triple"), out)
    _attribute_tables(attribute_table(results), out)
    if errors:
        for r in results:
            for t in r.missed:
                out.write(f"MISSED   {r.name} [{r.scope}] {t}\n")
            for t in r.spurious:
                out.write(f"SPURIOUS {r.name} [{r.scope}] {t}\n")
    if attribute_misses:
        for line in list_attribute_misses(results, ActorKeys(registry(resources))):
            out.write(line + "\n")


def _counts_json(c) -> dict[str, Any]:
    return {"gold": c.gold, "system": c.system, "tp_gold": c.tp_gold, "tp_system": c.tp_system,
            "precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4)}


def _attribute_tables(attributes: dict[str, Any], out: TextIO) -> None:
    """Mode agreement per type (with the gold → system modes) and the flag and reported_by P/R of the paired events."""
    mode = attributes["mode"]
    table = Table(title=f"modes of the {attributes['pairs']} paired events (agree {mode['agree']}, {mode['rate']:.3f}; "
                        f"of types with modes {mode['modal_agree']} / {mode['modal_pairs']})")
    for column in ("type", "pairs", "agree", "gold → system"):
        table.add_column(column, justify="left" if column in ("type", "gold → system") else "right")
    for type_, row in mode["per_type"].items():
        table.add_row(type_, str(row["pairs"]), str(row["agree"]),
                      ", ".join(f"{k} {n}" for k, n in row["confusion"].items() if k.split(" → ")[0] != k.split(" → ")[1]))
    Console(file=out, width=160).print(table)
    flags = attribute_pr_table("event attributes (paired events)", attributes, ("negated", "hypothetical", "reported_by"))
    Console(file=out, width=160).print(flags)


def pipeline_resources(pipeline):
    """The Resources the pipeline's components were built with."""
    for component in pipeline.components:
        resources = getattr(component, "resources", None)
        if resources is not None:
            return resources
    from khronika.nlp.pipeline import Resources

    return Resources()
