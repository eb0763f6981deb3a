"""`khronika extract`: pages in, article records out."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console
from rich.table import Table

from khronika.cli.app import main
from khronika.cli.batch import (BatchReport, crawl_time_option, iter_named_articles, open_output, shorten,
                                write_records)



SOURCE_WIDTH = 28


def input_label(name: str) -> str:
    """The table's source cell: the input as the failure lines name it, its file's name and
    the record's place in it ("dump.jsonl#line 3"), not the last segment of the record's URL,
    which for a dump's records is an id ("0", "1": review rv21_N L2); a URL input, its last
    segment as before."""
    path, sep, locator = name.partition("#")
    if "://" in path:
        return shorten(name.rstrip("/").rsplit("/", 1)[-1], SOURCE_WIDTH)
    locator = sep + locator
    return shorten(Path(path).name, max(8, SOURCE_WIDTH - len(locator))) + locator


def article_table(records: list[dict[str, Any]], out: TextIO) -> None:
    table = Table(title=f"{len(records)} articles", show_lines=False)
    for column in ("source", "title", "published", "¶", "credits", "related"):
        table.add_column(column, overflow="fold")
    for record in records:
        table.add_row(
            input_label(record.get("input") or record["source"]), shorten(record["title"], 60),
            record["published"] or "—", str(len(record["paragraphs"])),
            shorten("; ".join(record["credits"]), 30), str(len(record["related"])),
        )
    Console(file=out, width=160).print(table)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--crawled-at", help="Crawl time (ISO 8601) for relative sidebar times.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True)
@click.option("-o", "--output", help="Write here instead of stdout.")
def extract(paths: tuple[str, ...], crawled_at: str | None, fmt: str, output: str | None) -> None:
    """Extract one clean article per page (files, folders, WARC, JSONL, '-' for stdin)."""
    report = BatchReport()
    out = open_output(output)
    named = iter_named_articles(paths, crawl_time_option(crawled_at), report)
    # The table names each row's input; jsonl and json keep the article record as it is.
    records = ({**article.to_json(), "input": name} if fmt == "table" else article.to_json() for name, article in named)
    write_records(records, fmt, out, table=article_table)
    if out is not sys.stdout:  # (open_output gives sys.stdout itself for no -o)
        out.close()
    click.echo(f"khronika extract: {report.summary()}", err=True)
    raise SystemExit(report.exit_code)
