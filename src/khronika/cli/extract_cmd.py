"""`khronika extract`: pages in, article records out."""
from __future__ import annotations

from typing import Any, TextIO

import click
from rich.console import Console
from rich.table import Table

from khronika.cli.app import main
from khronika.cli.batch import BatchReport, crawl_time_option, iter_articles, open_output, shorten, write_records



def article_table(records: list[dict[str, Any]], out: TextIO) -> None:
    table = Table(title=f"{len(records)} articles", show_lines=False)
    for column in ("source", "title", "published", "¶", "credits", "related"):
        table.add_column(column, overflow="fold")
    for record in records:
        table.add_row(
            shorten(record["source"].rsplit("/", 1)[-1], 28), shorten(record["title"], 60),
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
    records = (article.to_json() for article in iter_articles(paths, crawl_time_option(crawled_at), report))
    write_records(records, fmt, out, table=article_table)
    if out is not click.get_text_stream("stdout"):
        out.close()
    click.echo(f"khronika extract: {report.summary()}", err=True)
    raise SystemExit(report.exit_code)
