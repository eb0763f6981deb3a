"""`khronika quotes`: who said what in the given pages, or in a store already
ingested (no PATHS: the store's quotes with filters); `khronika eval quotes`
scores quote attribution against the gold in gold/quotes/."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any, Iterable, TextIO

import click
from rich.console import Console
from rich.table import Table

from khronika.cli.app import eval_group, main
from khronika.cli.batch import BatchReport, crawl_time_option, iter_docs, open_output
from khronika.cli.eval_cmd import attribute_pr_table
from khronika.cli.stored import STORE_FORMATS, check_mode, counted, date_option, store_db_option
from khronika.store.views import collect
from khronika.store.base import redact_url


def quote_rows(article_source: str, title: str, quotes: Iterable[Any], speaker: str | None,
               min_confidence: float = 0.0, text: str | None = None) -> list[dict[str, Any]]:
    """One flat record per quote; `speaker` keeps only quotes whose speaker
    name, surface or actor id contains it (case-insensitive), `min_confidence` only
    quotes whose confidence reaches it, `text` only quotes whose words contain it
    (any case; `index` stays the quote's index in the Doc)."""
    wanted = speaker.lower() if speaker else None
    needle = text.lower() if text else None
    rows = []
    for index, quote in enumerate(quotes):
        if min_confidence > 0 and quote.confidence < min_confidence:
            continue
        if needle and needle not in quote.text.lower():
            continue
        ref = quote.speaker
        haystack = " ".join(filter(None, [ref.name, ref.text, ref.actor_id])).lower() if ref else "unknown"
        if wanted and wanted not in haystack:
            continue
        record = {"source": article_source, "title": title, "index": index, **asdict(quote)}
        rows.append(record)
    return rows


def _table(rows: list[dict[str, Any]], out: TextIO) -> None:
    table = Table(title=f"{len(rows)} quotes", show_lines=True)
    for column in ("speaker", "cue", "kind", "quote", "addressee", "source"):
        table.add_column(column, overflow="fold")
    for row in rows:
        speaker = row["speaker"]["name"] if row["speaker"] else "unknown"
        addressee = row["addressee"]["name"] if row["addressee"] else ""
        flags = "".join([" (negated)" if row["negated"] else "", " (hedged)" if row["hedged"] else ""])
        text = row["text"] if len(row["text"]) <= 300 else row["text"][:299] + "…"
        table.add_row(speaker, row["cue"] + flags, row["kind"], text, addressee,
                      " → ".join(row["source_chain"][:-1]))
    Console(file=out, width=200).print(table)


STORED_COLUMNS = ["published", "outlet", "speaker_name", "cue", "kind", "text", "addressee_name", "story_id", "article_id"]


@main.command(name="quotes")
@click.argument("paths", nargs=-1)
@store_db_option
@click.option("--speaker", help="Only quotes whose speaker (name, surface or actor id) contains this; "
                                "with a store: an actor id, name or alias.")
@click.option("--text", help="Only quotes whose words contain this (any case).")
@click.option("--addressee", help="Store only: quotes addressed to this actor (id, name or alias).")
@date_option("--from", "date_from", "Store only: quotes in articles published on or after this day (YYYY-MM-DD; a month YYYY-MM or a year YYYY from its first day).")
@date_option("--to", "date_to", "Store only: quotes in articles published on or before this day (YYYY-MM-DD; a month YYYY-MM or a year YYYY to its last day).")
@click.option("--outlet", help="Store only: one outlet: a domain (tass.ru, with its subdomains) or its first label "
                                 "(tass) when that names one outlet (gazeta: gazeta.ru or gazeta.ua is an error "
                                 "listing both), with or without scheme, www. or path (as the search's source:).")
@click.option("--story", type=click.IntRange(min=1), help="Store only: one story id.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many quotes (a store: newest stored first).")
@click.option("--format", "fmt", type=click.Choice(STORE_FORMATS), default="table", show_default=True,
              help="csv and parquet need a store.")
@click.option("--crawled-at", help="Pages only: crawl time (ISO 8601) for relative sidebar times.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Pages only: keep only quotes whose confidence (the fitted probability that the speaker is right) "
                   "is at least this.")
@click.option("-o", "--output", help="Write here instead of stdout (required for parquet).")
@click.pass_context
def quotes(ctx: click.Context, paths: tuple[str, ...], db: str, speaker: str | None, text: str | None,
           addressee: str | None, date_from: str | None, date_to: str | None, outlet: str | None,
           story: int | None, limit: int | None, fmt: str, crawled_at: str | None, min_confidence: float,
           output: str | None) -> None:
    """Who said what: quotes with speaker, cue, kind and addressee.

    \b
    With PATHS: quotes found in those pages now (files, folders, -, URLs).
    Without:    quotes of the store (--db), e.g.
                khronika quotes --speaker Песков --text НАТО --from 2022-01-01 --to 2022-01-31
    """
    if check_mode(ctx, paths, store_only=("addressee", "date_from", "date_to", "outlet", "story"),
                  pages_only=("crawled_at", "min_confidence"), page_formats=("table", "jsonl")):
        _stored(db, dict(speaker=speaker, text=text, addressee=addressee, date_from=date_from, date_to=date_to,
                         outlet=outlet, story_id=story), limit, fmt, output)
        return
    from khronika.nlp.pipeline import Pipeline

    pipeline = Pipeline.build(disable=["events", "related"])
    report = BatchReport()
    out = open_output(output)
    rows: list[dict[str, Any]] = []
    count = 0
    for article, doc in iter_docs(paths, crawl_time_option(crawled_at), report, pipeline):
        found = quote_rows(article.source, article.title, doc.quotes, speaker, min_confidence, text)
        if limit is not None:
            found = found[:limit - count]
        count += len(found)
        if fmt == "jsonl":
            for row in found:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            out.flush()
        else:
            rows.extend(found)
        if limit is not None and count >= limit:
            break
    if fmt == "table":
        _table(rows, out)
    if output and output != "-":
        out.close()
    click.echo(f"khronika quotes: {count} quotes; {report.summary()}", err=True)
    raise SystemExit(report.exit_code)


def _stored(db: str, filters: dict[str, Any], limit: int | None, fmt: str, output: str | None) -> None:
    """The store's quotes that pass `filters`, newest stored first, with their addressee."""
    from khronika.cli.store_cmd import _open, _write, record_fields
    from khronika.store.base import QuoteRow
    from khronika.store.views import filter_quotes

    from khronika.errors import QueryError

    store = _open(db)
    try:
        found, extra = collect(filter_quotes, store, limit, **filters)
    except QueryError as error:  # an --outlet that names several outlets
        raise click.UsageError(str(error)) from None
    finally:
        store.close()
    rows = [{**row.to_json(), **extra.get(row.id, {})} for row in found]
    _write(rows, fmt, output, STORED_COLUMNS, counted(len(rows), "quote"),
           record_fields(QuoteRow, "addressee_id", "addressee_name"))
    click.echo(f"khronika quotes: {counted(len(rows), 'quote')} from {redact_url(db)}", err=True)


@eval_group.command(name="quotes")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option("--split", type=click.Choice(["all", "even", "odd"]), default="all", show_default=True,
              help="Score only gold files whose name hash is even (tuning half) or odd (held out).")
@click.option("--json", "as_json", is_flag=True, help="Print scores as JSON.")
@click.option("--misses", is_flag=True, help="List false negatives and false positives (attributed/overlap).")
@click.option("--attribute-misses", is_flag=True,
              help="List the attribute disagreements (kind, addressee, source, negated, hedged) of matched quotes.")
def eval_quotes(gold: Path, split: str, as_json: bool, misses: bool, attribute_misses: bool) -> None:
    """Quote attribution P/R/F1: (content, speaker) pairs with overlap and exact
    matching, per gold kind, plus speaker-agnostic spans; then the attributes
    (kind, addressee, source, negated, hedged) of the attributed/overlap pairs."""
    from khronika.eval.quotes import BOOTSTRAP_DRAWS, OVERLAP_THRESHOLD, \
        attribute_misses as list_attribute_misses, default_matcher, evaluate_quotes
    from khronika.eval.quotes import misses as list_misses

    matcher = default_matcher()
    result = evaluate_quotes(gold, split=split, matcher=matcher)
    for failure in result.failed:
        click.echo(f"khronika eval quotes: failed: {failure}", err=True)
    scores = result.table()
    intervals = result.intervals()
    if as_json:
        click.echo(json.dumps({"documents": result.documents, "split": split, "scores": scores,
                               "intervals": {"attributed/overlap": intervals},
                               "attributes": result.attributes.table()}, ensure_ascii=False, indent=2))
    else:
        click.echo(f"{result.documents} documents (split={split}), overlap threshold {OVERLAP_THRESHOLD}")
        table = Table(title="Quote attribution")
        for column in ("measure", "P", "R", "F1", "tp", "system", "gold"):
            table.add_column(column, justify="right" if column != "measure" else "left")
        for name, s in scores.items():
            table.add_row(name, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                          str(s["tp"]), str(s["system"]), str(s["gold"]))
        Console(width=160).print(table)
        if intervals:
            click.echo(f"attributed/overlap, 95 % interval with documents resampled ({BOOTSTRAP_DRAWS:,} draws): "
                       + "  ".join(f"{label} [{intervals[name][0]:.3f}, {intervals[name][1]:.3f}]"
                                   for label, name in (("P", "precision"), ("R", "recall"), ("F1", "f1"))))
        _attribute_tables(result.attributes.table())
    if misses:
        for line in list_misses(result):
            click.echo(line)
    if attribute_misses:
        for line in list_attribute_misses(result, matcher):
            click.echo(line)
    if result.documents == 0:
        raise SystemExit(1)


def _attribute_tables(attributes: dict[str, Any]) -> None:
    """The kind confusion matrix and the addressee/source/flag P/R of the matched pairs."""
    kind = attributes["kind"]
    confusion = Table(title=f"Quote kinds of the {attributes['pairs']} attributed/overlap pairs "
                            f"(agree {kind['agree']}, {kind['rate']:.3f})")
    confusion.add_column("gold \\ system")
    for name in kind["confusion"]:
        confusion.add_column(name, justify="right")
    for gold_kind, row in kind["confusion"].items():
        confusion.add_row(gold_kind, *(str(n) for n in row.values()))
    Console(width=160).print(confusion)
    table = attribute_pr_table("Quote attributes (attributed/overlap pairs)", attributes,
                               ("addressee", "source", "negated", "hedged"))
    Console(width=160).print(table)
