"""`khronika enrich`: pages in, article records plus entities, mentions and
times (and quotes, events when those components are installed) out;
`khronika eval ner` and `khronika eval normal` score the NER layer."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable, TextIO

import click
from rich.console import Console
from rich.table import Table

from khronika.cli.app import eval_group, main
from khronika.cli.batch import BatchReport, crawl_time_option, iter_docs, open_output, shorten, write_records
from khronika.errors import PipelineError
from khronika.nlp.pipeline import DEFAULT_ORDER



def enrich_table(records: list[dict[str, Any]], out: TextIO) -> None:
    table = Table(title=f"{len(records)} articles", show_lines=True)
    for column in ("source", "title", "actors", "times", "quotes", "events"):
        table.add_column(column, overflow="fold")
    for record in records:
        actors = ", ".join(
            e["name"] + (f" ({e['roles'][0]})" if e["roles"] else "")
            for e in sorted(record["entities"], key=lambda e: -len(e["mentions"]))[:8]
        )
        times = ", ".join(f"{t['text']}→{t['value']}" for t in record["times"][:5])
        table.add_row(
            shorten(record["source"].rsplit("/", 1)[-1], 24), shorten(record["title"], 50),
            shorten(actors, 70), shorten(times, 40), str(len(record["quotes"])), str(len(record["events"])),
        )
    Console(file=out, width=200).print(table)


def _disable_options(command: Callable) -> Callable:
    # One `--no-<component>` flag per component of the default order.
    for name in reversed(DEFAULT_ORDER):
        command = click.option(f"--no-{name}", f"no_{name}", is_flag=True, help=f"Skip the {name} component.")(command)
    return command


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--crawled-at", help="Crawl time (ISO 8601) for relative sidebar times.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True)
@click.option("-o", "--output", help="Write here instead of stdout.")
@_disable_options
def enrich(paths: tuple[str, ...], crawled_at: str | None, fmt: str, output: str | None, **flags: bool) -> None:
    """Extract and enrich pages: entities, canonical actors, time expressions, quotes, events."""
    from khronika.nlp.pipeline import Pipeline

    disabled = [name for name in DEFAULT_ORDER if flags.get(f"no_{name}")]
    try:
        pipeline = Pipeline.build(disable=disabled)
    except PipelineError as error:
        raise click.UsageError(str(error))
    report = BatchReport()
    out = open_output(output)
    records = (doc.to_record() for _, doc in iter_docs(paths, crawl_time_option(crawled_at), report, pipeline))
    write_records(records, fmt, out, table=enrich_table)
    if out is not sys.stdout:
        out.close()
    click.echo(f"khronika enrich: {report.summary()} ({', '.join(pipeline.names)})", err=True)
    raise SystemExit(report.exit_code)


def _print_scores(result: dict[str, dict[str, dict[str, float]]], out: TextIO) -> None:
    systems = list(result)
    types = sorted({t for scores in result.values() for t in scores})
    table = Table(title="P/R/F1 per type")
    table.add_column("type")
    for system in systems:
        for metric in ("P", "R", "F1"):
            table.add_column(f"{system} {metric}", justify="right")
    for type_ in types:
        row = [type_]
        for system in systems:
            score = result[system].get(type_, {})
            row += [f"{score.get(k, 0):.3f}" for k in ("precision", "recall", "f1")]
        table.add_row(*row)
    Console(file=out, width=160).print(table)


@eval_group.command(name="ner")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["factrueval", "nerel", "slavicner"]), required=True)
@click.option("--counting", type=click.Choice(["span", "token"]), default="span", show_default=True)
@click.option("--limit", type=int, default=None, help="Score only the first N documents.")
@click.option("--json", "as_json", is_flag=True, help="Print scores as JSON.")
def eval_ner(path: Path, fmt: str, counting: str, limit: int | None, as_json: bool) -> None:
    """NER P/R/F1 per type, Khronika and plain Natasha side by side."""
    from khronika.eval.ner import evaluate_ner

    try:
        result = evaluate_ner(path, fmt, counting=counting, limit=limit)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    if not result.documents:
        raise click.ClickException(f"{path}: no {fmt} documents found")
    if as_json:
        click.echo(json.dumps(result.scores, ensure_ascii=False, indent=2))
    else:
        click.echo(f"{result.documents} documents, {fmt}, counting={counting}")
        _print_scores(result.scores, sys.stdout)


@eval_group.command(name="normal")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["runormas"]), default="runormas", show_default=True)
@click.option("--limit", type=int, default=None, help="Score only N documents.")
@click.option("--offset", type=int, default=0, help="Skip the first N documents (150 were used for tuning).")
@click.option("--persons", is_flag=True,
              help="Also score person names as the pipeline reads them (gold spans the NER tags PER).")
@click.option("--json", "as_json", is_flag=True, help="Print scores as JSON.")
def eval_normal(path: Path, fmt: str, limit: int | None, offset: int, persons: bool, as_json: bool) -> None:
    """Normal forms of gold spans: exact-match accuracy (Khronika and plain Natasha)."""
    from khronika.eval.normal import evaluate_normal

    result = evaluate_normal(path, limit=limit, offset=offset, persons=persons)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for system, score in result["accuracy"].items():
            click.echo(f"{system}: {score:.3f} exact-match accuracy on {result['spans']} spans")
        if persons:
            found = result["persons"]
            click.echo(f"khronika person names (NER PER mentions): {found['accuracy']:.3f} exact-match accuracy "
                       f"on {found['spans']} spans")


@eval_group.command(name="opinions")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Score only the first N sentences.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--errors", is_flag=True, help="Also list wrong speakers, cued misses and AUTHOR/NULL attributions.")
def eval_opinions(path: Path, limit: int | None, as_json: bool, errors: bool) -> None:
    """Quote speakers against RuOpinionNE opinion holders (see khronika.eval.opinions)."""
    from khronika.eval.opinions import error_lines, evaluate_opinions

    result = evaluate_opinions(path, limit=limit)
    summary = result.summary()
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        click.echo(f"{summary['sentences']} sentences, {summary['opinions_span_holder']} opinions with a span holder")
        click.echo(f"speaker cases: {summary['speaker_cases']}; right {summary['right']} "
                   f"(speaker accuracy {summary['speaker_accuracy']:.3f})")
        click.echo(f"cued opinions: {summary['cued_opinions']}; with a speaker case {summary['cued_with_case']} "
                   f"(coverage {summary['coverage']:.3f})")
        click.echo(f"AUTHOR/NULL opinions: {summary['author_null_opinions']}; covered by a quote "
                   f"{summary['author_null_covered_by_quote']}; of which with a named speaker "
                   f"{summary['author_null_named_speaker']}")
        for title, key in (("cue lemma", "by_cue"), ("holder", "by_holder")):
            table = Table(title=f"speaker cases by {title}")
            for column in (title, "cases", "right", "accuracy"):
                table.add_column(column, justify="left" if column == title else "right")
            for name, tally in summary[key].items():
                table.add_row(name, str(tally["cases"]), str(tally["right"]), f"{tally['right'] / tally['cases']:.3f}")
            Console(file=sys.stdout, width=120).print(table)
    if errors:
        for line in error_lines(result):
            click.echo(line)
