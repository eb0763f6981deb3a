"""Shared batch plumbing for commands that read pages: read, extract, count,
report each bad input on stderr in one line, and keep going."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable, Iterable, Iterator, TextIO

import click

from khronika.errors import InputError
from khronika.extract import extract_page
from khronika.extract.article import Article
from khronika.extract.dates import parse_crawl_time
from khronika.ingest import read_pages


@dataclass
class BatchReport:
    ok: int = 0
    skipped: int = 0
    failed: int = 0
    problems: list[InputError] = field(default_factory=list)

    def record(self, error: InputError) -> None:
        self.problems.append(error)
        if error.skipped:
            self.skipped += 1
        else:
            self.failed += 1
        click.echo(f"khronika: {'skipped' if error.skipped else 'failed'}: {error}", err=True)

    def summary(self) -> str:
        return f"{self.ok} ok, {self.skipped} skipped, {self.failed} failed"

    @property
    def exit_code(self) -> int:
        # Non-zero only when nothing at all could be processed.
        return 1 if self.ok == 0 and (self.skipped or self.failed) else 0


def shorten(text: object, width: int) -> str:
    """One table cell: the text cut to `width` characters with an ellipsis."""
    text = "" if text is None else str(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def crawl_time_option(value: str | None) -> datetime | None:
    try:
        return parse_crawl_time(value)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--crawled-at")


def iter_articles(paths: Iterable[str], crawled_at: datetime | None, report: BatchReport,
                  count_ok: bool = True) -> Iterator[Article]:
    """Articles from every page under `paths`; failures go to `report`."""
    for _, article in iter_named_articles(paths, crawled_at, report, count_ok):
        yield article


def iter_named_articles(paths: Iterable[str], crawled_at: datetime | None, report: BatchReport,
                        count_ok: bool = True) -> Iterator[tuple[str, Article]]:
    """(input name, article) for every page under `paths`: the name as failure lines give it
    (`file#line N` for a dump's record); failures go to `report`."""
    for item in read_pages(paths, crawled_at):
        if isinstance(item, InputError):
            report.record(item)
            continue
        try:
            article = extract_page(item)
        except InputError as error:
            report.record(error)
            continue
        except Exception as error:  # a bug on one page must not stop the batch; the reason is kept
            report.record(InputError(item.name, f"extraction error: {type(error).__name__}: {error}"))
            continue
        if count_ok:
            report.ok += 1
        yield item.name, article


def iter_docs(paths: Iterable[str], crawled_at: datetime | None, report: BatchReport,
              pipeline: Callable[[Article], Any]) -> Iterator[tuple[Article, Any]]:
    """(article, enriched Doc) for every page under `paths`.  A page whose enrichment
    raises is reported with its name and the reason, and the batch goes on."""
    for article in iter_articles(paths, crawled_at, report, count_ok=False):
        try:
            doc = pipeline(article)
        except Exception as error:  # a bug on one page must not stop the batch; the reason is kept
            report.record(InputError(article.source, f"enrichment error: {type(error).__name__}: {error}"))
            continue
        report.ok += 1
        yield article, doc


def write_records(records: Iterable[dict[str, Any]], fmt: str, out: TextIO,
                  table: Callable[[list[dict[str, Any]], TextIO], None] | None = None) -> None:
    """jsonl streams; json and table collect first."""
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
    elif fmt == "json":
        json.dump(list(records), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif table is not None:
        table(list(records), out)
    else:
        raise click.BadParameter(f"unknown format {fmt!r}")


def open_output(path: str | None, newline: str | None = None) -> TextIO:
    """`-o PATH` opened for writing (stdout for none or "-"); a path that cannot be
    written is a usage error naming it, before any page is read."""
    if not path or path == "-":
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8", newline=newline)
    except OSError as error:
        raise click.BadParameter(f"{path}: cannot write ({error.strerror or error})", param_hint="-o/--output")
