"""Store commands: `ingest`, `search`, `actors`, `stories`, `show`, `reprocess`,
and `khronika eval stories`.  Every command that reads or writes the store
takes `--db` (a path, `sqlite:///PATH` or `postgresql://…`; default
`khronika.db`)."""
from __future__ import annotations

import contextlib
import csv
import dataclasses
import json
import signal
import sys
import time
from typing import Any, Callable, Iterator, NoReturn, TextIO

import click
from rich.console import Console
from rich.table import Table

from khronika.cli.batch import open_output, shorten
from khronika.cli.progress import PageProgress
from khronika.cli.stored import counted
from khronika.cli.app import command_path, eval_group, interrupted, main
from khronika.nlp.doc import named_speaker
from khronika.errors import KhronikaError, PipelineError
from khronika.extract import summary as summary_text
from khronika.nlp.pipeline import DEFAULT_ORDER
from khronika.store.base import BATCH_PAGES, DEFAULT_DB, ActorSummary, ArticleSummary, StorySummary, redact_url, with_search_columns
from khronika.store import views

FORMATS = ["table", "jsonl", "csv", "parquet"]
INGEST_STATUSES = ("new", "version", "unchanged", "skipped", "failed")
# Row counts beyond this are not a listing anyone reads (and overflow SQLite's integers).
MAX_ROWS = 1_000_000
MAX_ID = 2**63 - 1  # ids are 64-bit integers in both backends


def _db_option(command: Callable) -> Callable:
    return click.option(
        "--db", default=DEFAULT_DB, show_default=True, envvar="KHRONIKA_DB",
        help="Store: a file path, sqlite:///PATH or postgresql://…",
    )(command)


def _disable_options(command: Callable) -> Callable:
    for name in reversed(DEFAULT_ORDER):
        command = click.option(f"--no-{name}", f"no_{name}", is_flag=True, help=f"Skip the {name} component.")(command)
    return click.option(
        "--semantic", is_flag=True,
        help="Also embed each article's headline and lead (multilingual-e5-small) for better story "
             "decisions; about 200 ms more CPU per article.")(command)


def _enabled(flags: dict[str, bool]) -> tuple[str, ...]:
    return ("semantic",) if flags.get("semantic") else ()


def _open(db: str, create: bool = False):
    from khronika.store import open_store

    def announce(migration: str) -> None:
        click.echo(f"khronika: upgrading the store {redact_url(db)}: migration {migration} "
                   "(an index rebuild takes about a minute per 100k articles)", err=True)

    try:
        return open_store(db, create=create, on_migrate=announce)
    except KhronikaError as error:
        raise click.ClickException(str(error))
    except KeyboardInterrupt:
        interrupted_before_work("while opening the store: the store is whole (a migration cut short is "
                                 "rolled back, each is all-or-nothing)")


def interrupted_before_work(when: str) -> NoReturn:
    """Ctrl-C before a command began its work (the store opening, the models loading) ends it as
    Ctrl-C during the work does: what was kept, exit 130; not click's bare "Aborted!", exit 1."""
    interrupted(command_path(click.get_current_context()), when)


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (`timeout`, systemd, `docker stop`) takes Ctrl-C's path: the open batch is rolled
    back or kept as Ctrl-C would, and the run is marked interrupted instead of left "running"."""
    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave the signal alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _pipeline(flags: dict[str, bool]):
    from khronika.nlp.pipeline import Pipeline

    disabled = [name for name in DEFAULT_ORDER if flags.get(f"no_{name}")]
    try:
        return Pipeline.build(disable=disabled, enable=_enabled(flags))
    except PipelineError as error:
        raise click.UsageError(str(error))


def record_fields(record_type: type, *extra: str, **typed: str) -> dict[str, str]:
    """The columns of `record_type.to_json()` (a flat dataclass) with their kinds (int, float,
    bool, str), then `extra` text columns and `typed` ones (name=kind): the header of an empty
    result and the fixed Parquet schema of every result of that record type."""
    from khronika.store.exports import record_kinds

    return record_kinds(record_type, **{name: "str" for name in extra}, **typed)


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in row.items()}


def write_rows(rows: list[dict[str, Any]], fmt: str, out: TextIO, columns: list[str], title: str,
               output: str | None = None, fields: dict[str, str] | list[str] | None = None) -> None:
    """One list of flat records as a table (`columns`), JSON lines, CSV or Parquet (every
    field; `fields` names them when there are no rows, so an empty result keeps its header,
    and gives their kinds, so Parquet has one schema per record type whatever the rows hold).
    CSV cells that a spreadsheet would read as a formula are escaped (`store.exports`)."""
    from khronika.store.exports import arrow_schema, spreadsheet_cell

    kinds = dict(fields) if isinstance(fields, dict) else {name: "str" for name in (fields or columns)}
    fields = list(rows[0]) if rows else list(kinds)
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: spreadsheet_cell(v) for k, v in _flat(row).items()})
    elif fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ModuleNotFoundError:
            raise click.ClickException("--format parquet needs pyarrow (pip install pyarrow)")
        if not output or output == "-":
            raise click.UsageError("--format parquet needs -o FILE")
        flat = [_flat(row) for row in rows]
        schema = arrow_schema(kinds, flat)
        try:
            pq.write_table(pa.Table.from_pylist(flat, schema=schema), output)
        except OSError as error:
            raise click.BadParameter(f"{output}: cannot write ({error})", param_hint="-o/--output")
    else:
        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*[shorten(row.get(c), 90 if c in ("snippet", "title", "text") else 40) for c in columns])
        Console(file=out, width=200).print(table)


def _out(output: str | None, fmt: str) -> TextIO:
    return sys.stdout if fmt == "parquet" else open_output(output, newline="")


def _write(rows: list[dict[str, Any]], fmt: str, output: str | None, columns: list[str], title: str,
           fields: dict[str, str]) -> None:
    out = _out(output, fmt)
    try:
        write_rows(rows, fmt, out, columns, title, output, fields)
    finally:
        if out is not sys.stdout:
            out.close()


# Listings (search, actors, stories): a table shows a screenful by default; a file format
# (jsonl, csv, parquet) exports every row the query matches unless --limit is given.  Either
# way a listing cut by its limit says so, in the table's title and on stderr: "50 actors shown,
# more match".
LIMIT_HELP = ("At most this many rows (default: {} for the table; jsonl, csv and parquet export every row). "
              "A cut listing says so in the title and on stderr.")


def _row_limit(limit: int | None, fmt: str, default: int) -> int:
    """The rows a listing asks for: --limit when given, else the table's screenful or, for a
    file format, every row (MAX_ROWS)."""
    if limit is not None:
        return limit
    return default if fmt == "table" else MAX_ROWS


def _cut(rows: list[Any], limit: int, command: str, shown: str) -> tuple[list[Any], str]:
    """The first `limit` of `rows` (asked for one more than `limit`) and the title: `shown`,
    or, when more rows match, "`shown` (more match: --limit)", also said on stderr."""
    if len(rows) <= limit:
        return rows, shown
    click.echo(f"khronika {command}: {shown} shown, more match (raise --limit; without it jsonl, csv and "
               f"parquet export every row)", err=True)
    return rows[:limit], f"{shown} (more match: --limit)"


def _close_stack(stack: Any, command: str, interrupted: bool) -> None:
    """Close `stack` (the store, or an ExitStack holding it); after Ctrl-C an error of the
    store's close is said, not raised: it must not turn the documented exit 130 into a
    traceback (review rv21_N M1)."""
    try:
        stack.close()
    except KhronikaError as error:
        if not interrupted:
            raise click.ClickException(str(error))
        click.echo(f"khronika {command}: closing the store after the interrupt: {error}", err=True)


INTERRUPTED_RUN = "interrupted: the pages listed are stored; run the same command again for the rest"


def _late_interrupt(report: Any) -> str:
    """The run line's remark when Ctrl-C came after `ingest_pages` had closed the run (in the
    progress display's exit or the search lists' refresh): nothing was rolled back."""
    if report.interrupted:
        return INTERRUPTED_RUN
    return "done; Ctrl-C came after the last page: run the same command again to finish the search lists"


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
@click.option("--crawled-at", help="Crawl time (ISO 8601) when the input does not carry one.")
@click.option("-q", "--quiet", is_flag=True, help="No per-page lines on stderr.")
@click.option("--batch-size", type=click.IntRange(min=1), default=BATCH_PAGES, show_default=True,
              help="Pages per transaction (also committed every 2 s); each page is all-or-nothing.")
@click.option("--workers", type=click.IntRange(min=0), default=0, show_default=True,
              help="Enrich in N worker processes while this one writes (0: enrich here, page by page).")
@_disable_options
def ingest(paths: tuple[str, ...], db: str, crawled_at: str | None, quiet: bool, batch_size: int, workers: int,
           **flags: bool) -> None:
    """Extract, enrich and store pages (idempotent: unchanged pages are skipped).

    Every input is logged with its status and reason (`khronika show run:ID`).
    Ctrl-C (or SIGTERM) keeps the pages already done, marks the run interrupted
    and exits with 130; the same command run again does the rest."""
    from contextlib import ExitStack

    from khronika.cli.batch import crawl_time_option
    from khronika.store.ingest import ingest_pages

    moment = crawl_time_option(crawled_at)
    store = _open(db, create=True)  # a bad --db is named before any model loads
    stack = ExitStack()
    stack.callback(store.close)
    stack.enter_context(_terminate_as_interrupt())
    if workers:
        from khronika.scale.processes import ProcessEnricher
        from khronika.scale.work import PipelineSpec

        disabled = tuple(name for name in DEFAULT_ORDER if flags.get(f"no_{name}"))
        try:
            pipeline = stack.enter_context(ProcessEnricher(PipelineSpec(disable=disabled, enable=_enabled(flags)), workers,
                                                            keep_tokens=False))
        except PipelineError as error:
            stack.close()
            raise click.UsageError(str(error))
        except KeyboardInterrupt:  # the workers are stopped by `ProcessEnricher.__enter__` (review rev22_B M4)
            _close_stack(stack, "ingest", interrupted=True)
            interrupted_before_work("while the workers loaded the models: no page was written")
    else:
        try:
            pipeline = _pipeline(flags)
        except click.UsageError:
            stack.close()
            raise
        except KeyboardInterrupt:
            _close_stack(stack, "ingest", interrupted=True)
            interrupted_before_work("while loading the models: no page was written")
    progress = PageProgress("ingesting", INGEST_STATUSES)
    report, interrupted = None, False

    def on_item(source: str, status: str, reason: str | None) -> None:
        line = f"khronika ingest: {status}: {source}" + (f" ({reason})" if reason else "")
        progress.note(status, line if not quiet or status == "failed" else None)

    try:
        with progress:
            report, run = ingest_pages(store, paths, pipeline, crawled_at=moment, batch_size=batch_size,
                                       command="ingest " + " ".join(paths), on_item=on_item)
        # Words that became frequent get their top-weight lists now, not at the next growth step;
        # also when nothing was stored but a refresh was cut before (review rev24_B L1).
        if report.stored or store.search_lists_behind():
            started = time.monotonic()
            built = store.refresh_search_lists()
            if built:
                click.echo(f"khronika ingest: search lists built for {built} frequent words "
                           f"({time.monotonic() - started:.1f} s)", err=True)
    except KhronikaError as error:
        raise click.ClickException(str(error))
    except KeyboardInterrupt:
        interrupted = True
        if report is None:
            click.echo("khronika ingest: interrupted while writing: the open batch was rolled back, the run is "
                       "marked interrupted; run the same command again for the rest", err=True)
        else:
            click.echo(f"run {run.id}: {report.summary()} ({_late_interrupt(report)})")
        raise SystemExit(130)
    finally:
        _close_stack(stack, "ingest", interrupted or report is not None and report.interrupted)
    if report.interrupted:
        # 130: the shell's status for a command ended by Ctrl-C.
        click.echo(f"run {run.id}: {report.summary()} ({INTERRUPTED_RUN})")
        raise SystemExit(130)
    click.echo(f"run {run.id}: {report.summary()}")
    if report.counts.get("failed") or report.counts.get("skipped"):
        click.echo(f"khronika ingest: the reasons: khronika show run:{run.id} --status failed --status skipped "
                   f"--db {redact_url(db)}", err=True)
    failed_all = report.stored == 0 and report.counts.get("unchanged", 0) == 0 and report.counts
    raise SystemExit(1 if failed_all else 0)


@main.command()
@click.argument("query")
@_db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(1, MAX_ROWS), help=LIMIT_HELP.format(20))
@click.option("--offset", type=click.IntRange(0, MAX_ROWS), default=0, show_default=True)
@click.option("-o", "--output", help="Write here instead of stdout (required for parquet).")
def search(query: str, db: str, fmt: str, limit: int | None, offset: int, output: str | None) -> None:
    """Full-text search with Russian morphology and filters.

    \b
    Filters: actor:NAME speaker:NAME event:CONSULT source:tass.ru
             from:2024-01-01 to:2024-01-31 story:ID (quote values with spaces)
    """
    limit = _row_limit(limit, fmt, 20)
    store = _open(db)
    try:
        found = store.search_page(query, limit=min(limit + 1, MAX_ROWS), offset=offset)
        window = getattr(store, "rank_window", None) if found.windowed else None
    except KhronikaError as error:
        raise click.ClickException(str(error))
    finally:
        store.close()
    hits, title = _cut(found.hits, limit, "search", f"{counted(min(len(found.hits), limit), 'result')} for {query!r}")
    if window is not None and len(found.hits) <= limit:
        # The ranking window, not the limit, ended the result (review rev20_B M4).
        click.echo(f"khronika search: only the newest {window:,} matches were ranked (the store's ranking "
                   f"window); older matches are left out (narrow the search with from:/to: to reach them)",
                   err=True)
        title += f" (newest {window:,} matches ranked)"
    rows = [hit.to_json() for hit in hits]
    _write(rows, fmt, output, ["id", "score", "outlet", "published", "story_id", "title", "snippet"],
           title, with_search_columns(record_fields(ArticleSummary), {"score": "float", "snippet": "str"}))


@main.command()
@click.argument("query", required=False)
@_db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(1, MAX_ROWS), help=LIMIT_HELP.format(50))
@click.option("-o", "--output")
def actors(query: str | None, db: str, fmt: str, limit: int | None, output: str | None) -> None:
    """Actors by number of articles (optionally one name or id)."""
    limit = _row_limit(limit, fmt, 50)
    store = _open(db)
    try:
        found = store.actors(limit=min(limit + 1, MAX_ROWS), query=query)
    finally:
        store.close()
    found, title = _cut(found, limit, "actors", counted(min(len(found), limit), "actor"))
    rows = [a.to_json() for a in found]
    _write(rows, fmt, output, ["id", "name", "type", "n_articles", "n_mentions", "n_quotes", "n_events", "aliases"],
           title, record_fields(ActorSummary))


@main.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(1, MAX_ROWS), help=LIMIT_HELP.format(50))
@click.option("--min-articles", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--order", type=click.Choice(["recent", "stored"]), default="recent", show_default=True,
              help="recent: by the latest article's publication (else its crawl time), stories with neither last; stored: as stored.")
@click.option("-o", "--output")
def stories(db: str, fmt: str, limit: int | None, min_articles: int, order: str, output: str | None) -> None:
    """Stories, newest first: title, time span, articles, outlets."""
    limit = _row_limit(limit, fmt, 50)
    store = _open(db)
    try:
        found = store.stories(limit=min(limit + 1, MAX_ROWS), min_articles=min_articles, order=order)
        pending = store.restory_pending()
    finally:
        store.close()
    if pending is not None:
        click.echo(f"khronika stories: warning: {_unfinished_restory(pending)}", err=True)
    found, title = _cut(found, limit, "stories", counted(min(len(found), limit), "story", "stories"))
    rows = [s.to_json() for s in found]
    _write(rows, fmt, output, ["id", "title", "first_seen", "last_seen", "n_articles", "n_sources", "outlets"],
           title, record_fields(StorySummary))


def _story_text(story: dict[str, Any], out: TextIO) -> None:
    """The story record (`views.story_record`, what `--format json` and the API give) as tables."""
    console = Console(file=out, width=200)
    # (a story of pages with no date and no crawl time has no time span to show)
    first, last = story["first_seen"], story["last_seen"]
    span = f"{first} … {last}; " if first or last else "undated; "
    console.print(f"[bold]story {story['id']}[/bold]: {story['title']}  ({span}"
                  f"{story['n_articles']} articles, {story['n_sources']} sources)")
    table = Table(title="How each source reports it", show_lines=True)
    for column in ("outlet", "first", "headline", "events", "quotes", "speakers", "only here"):
        table.add_column(column, overflow="fold")
    for r in story["by_source"]:
        table.add_row(r["outlet"], shorten(r["first_published"], 25), shorten(r["headline"], 60), str(len(r["events"])),
                      str(len(r["quotes"])), shorten(", ".join(r["speakers"]), 40),
                      f"{len(r['only_here_events'])} events, {len(r['only_here_quotes'])} quotes")
    console.print(table)
    if story["by_original_source"]:
        table = Table(title="Original sources (who the outlets quote, and which outlets carry each)")
        for column in ("source", "quotes", "outlets"):
            table.add_column(column, overflow="fold")
        for o in story["by_original_source"]:
            table.add_row(o["name"], str(o["n_quotes"]) if o["n_quotes"] else "none: cited in event reports",
                          ", ".join(o["outlets"]))
        console.print(table)
    # A report is an article carrying the event or quote; a mention each time an article tells it.
    if story["events"]:
        table = Table(title="Events (one row per real-world event)")
        for column in ("id", "type", "source", "target", "date", "reports", "mentions", "outlets"):
            table.add_column(column, overflow="fold")
        for e in story["events"]:
            table.add_row(str(e["id"]), e["type"], shorten(e["source"], 30), shorten(e["target"], 30), e["date"] or "",
                          str(e["n_reports"]), str(e["n_mentions"]), ", ".join(sorted({r["outlet"] for r in e["reports"]})))
        console.print(table)
    if story["quotes"]:
        table = Table(title="Quotes (one row per statement)")
        for column in ("speaker", "text", "reports", "mentions", "outlets"):
            table.add_column(column, overflow="fold")
        for q in story["quotes"]:
            table.add_row(named_speaker(q["speaker_name"]) or "?", shorten(q["text"], 90), str(q["n_reports"]), str(q["n_mentions"]),
                          ", ".join(sorted({r["outlet"] for r in q["reports"]})))
        console.print(table)


def _record_id(value: str) -> int | None:
    """An article, story or run id as typed: ASCII digits within the stores' 64-bit ids."""
    if not (value.isascii() and value.isdigit()):
        return None
    number = int(value)
    return number if 0 < number <= MAX_ID else None


RUN_STATUSES = ("new", "version", "unchanged", "skipped", "failed")


@main.command()
@_db_option
@click.option("--limit", type=click.IntRange(min=1, max=MAX_ROWS), default=20, show_default=True)
def runs(db: str, limit: int) -> None:
    """Ingestion runs, newest first: id, start, status and counts (the inputs of one run,
    with each failure's reason: `khronika show run:ID [--status failed]`)."""
    store = _open(db)
    try:
        found = store.runs(limit=limit)
        pending = store.restory_pending()
    finally:
        store.close()
    if pending is not None:
        click.echo(f"khronika runs: warning: {_unfinished_restory(pending)}", err=True)
    table = Table(title=f"runs in {redact_url(db)}", show_lines=False)
    for column in ("id", "started", "status", *RUN_STATUSES, "command"):
        table.add_column(column, overflow="fold")
    for run in found:
        table.add_row(str(run.id), run.started_at, run.status, *[str(run.counts.get(k, 0)) for k in RUN_STATUSES],
                      shorten(run.command, 80))
    Console(file=sys.stdout, width=200).print(table)


def _unfinished_restory(pending: dict[str, Any]) -> str:
    """What an unfinished `reprocess --stories` (`Store.restory_pending`) means for the user: a run
    going now, or an interrupted one to finish with the options it ran with (review rev18_B 5)."""
    done = f"{pending['decided']} of {pending['articles']} articles re-decided since {pending['started']}"
    if pending.get("running"):
        return (f"a `reprocess --stories` is running ({done}); the other articles are in their old stories "
                "until it ends")
    return (f"an unfinished `reprocess --stories` ({done}) was interrupted; the other articles are still in their "
            "old stories: "
            f"run {_restory_command(pending.get('pipeline', ''))} to finish it "
            "(it resumes after the last article done)")


def _restory_command(pipeline: str) -> str:
    """The `reprocess --stories` command line that builds the pipeline `pipeline` (its component
    names, as the mark keeps them): the `--no-…` and `--semantic` options the run used."""
    names = [n for n in pipeline.split(",") if n]
    known = set(DEFAULT_ORDER) | {"semantic"}
    if not set(names) <= known:
        return f"`khronika reprocess --stories` with the options that build its pipeline ({pipeline or 'none'})"
    switches = [f"--no-{n}" for n in DEFAULT_ORDER if n not in names] + (["--semantic"] if "semantic" in names else [])
    return "`" + " ".join(["khronika reprocess --stories", *switches]) + "`"


@main.command()
@click.argument("ident")
@_db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--status", "statuses", multiple=True, type=click.Choice(RUN_STATUSES),
              help="run:ID only: list only the inputs with this status (repeatable), e.g. --status failed.")
def show(ident: str, db: str, fmt: str, statuses: tuple[str, ...]) -> None:
    """One record: ARTICLE_ID, story:ID, actor:ID_OR_NAME or run:ID."""
    kind, _, value = ident.partition(":") if ":" in ident else ("article", "", ident)
    number = _record_id(value)
    if not (value.strip() if kind == "actor" else kind in ("article", "story", "run") and number is not None):
        raise click.UsageError(f"{ident!r}: use ARTICLE_ID, story:ID, actor:NAME or run:ID (ids are numbers from 1)")
    if statuses and kind != "run":
        raise click.UsageError("--status filters the inputs of a run: use it with run:ID")
    store = _open(db)
    try:
        if kind == "article":
            found = store.get_article(number)
        elif kind == "story":
            found = views.story_record(store, number)  # the record the API and the web page give
        elif kind == "actor":
            actor = store.get_actor(value)
            found = actor and {**actor.to_json(),
                               "co_occurring": [c.__dict__ for c in store.co_occurring(actor.id)],
                               "quotes": [q.to_json() for q in store.quotes(speaker=actor.id, limit=20)],
                               "events": [e.to_json() for e in store.events(actor=actor.id, limit=20)]}
        else:
            found = store.get_run(number)
        if not found:
            raise click.ClickException(f"{ident}: not found in {redact_url(db)}")
        data = found if isinstance(found, dict) else found.to_json()
        if statuses:
            data["items"] = [item for item in data["items"] if item["status"] in statuses]
        if fmt == "json" or kind in ("actor", "run"):
            click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        elif kind == "story":
            _story_text(found, sys.stdout)
        else:
            s = found.summary
            click.echo(f"[{s.id}] {s.title}\n{s.outlet} · {s.published or s.crawled_at or ''} · story {s.story_id}"
                       + (f" · {s.duplicate} duplicate of {s.canonical_id}" if s.canonical_id else "")
                       + (f" · version {s.version}" if s.version > 1 else ""))
            record = found.record
            if record.get("extractor") == summary_text.EXTRACTOR:
                click.echo(summary_text.TEXT_NOTE)
            for paragraph in found.paragraphs:
                click.echo("\n" + paragraph)
            click.echo(f"\nactors {len(record.get('entities', []))} · quotes {len(record.get('quotes', []))} · "
                       f"events {len(record.get('events', []))} · versions {len(found.versions)} · "
                       f"reprints {len(found.duplicates)}")
    finally:
        store.close()


@main.command()
@_db_option
@click.option("-q", "--quiet", is_flag=True)
@click.option("--stories", "restory", is_flag=True,
              help="Also re-decide every article's story with the current clustering rules, in the order "
                   "the articles were stored (stories are otherwise kept as they are). Run it alone. "
                   "An interrupted run is resumed by the next one with the same options.")
@_disable_options
def reprocess(db: str, quiet: bool, restory: bool, **flags: bool) -> None:
    """Re-derive every stored article from its kept raw page with the current pipeline."""
    from khronika.store.ingest import reprocess as run_reprocess

    pipeline = _pipeline(flags)
    names = ",".join(pipeline.names)
    store = _open(db)
    tally: dict[str, int] = {}
    interrupted = False

    try:
        pending = store.restory_pending()
        total = store.article_count()
        if pending is not None:
            done = f"{pending['decided']} of {pending['articles']} articles re-decided since {pending['started']}"
            if pending.get("running"):
                # Not beside it either without `--stories`: both re-derive the same articles, and the
                # run moves them under the plain write (review rev18_D 1).
                raise click.ClickException(f"{_unfinished_restory(pending)}: wait for it to end (one run at a time)")
            if not restory:
                click.echo(f"khronika reprocess: warning: {_unfinished_restory(pending)}", err=True)
            elif pending.get("pipeline", "") == names:
                click.echo(f"khronika reprocess: resuming the interrupted `reprocess --stories` ({done})", err=True)
                total -= pending["decided"]
            else:
                click.echo(f"khronika reprocess: an unfinished `reprocess --stories` ({done}) ran another pipeline "
                           f"({pending.get('pipeline') or 'none'}): starting again from the first article", err=True)
        with PageProgress("reprocessing", ("reprocessed", "failed"), total=total) as progress:
            def on_item(article_id: int, status: str) -> None:
                line = f"khronika reprocess: {article_id}: {status}"
                tally[status.split(":")[0]] = tally.get(status.split(":")[0], 0) + 1
                progress.note(status.split(":")[0], line if not quiet or status.startswith("failed") else None)

            try:
                with _terminate_as_interrupt():  # SIGTERM as Ctrl-C: the message below, the mark kept
                    counts = run_reprocess(store, pipeline, on_item=on_item, stories=restory)
            except BaseException as error:
                if restory:
                    with contextlib.suppress(Exception):
                        left = store.restory_pending()
                        if left is not None and not left["running"]:  # (not: another run refused this one)
                            click.echo(f"\nkhronika reprocess: interrupted after {left['decided']} of "
                                       f"{left['articles']} articles: the others are still in their old stories; "
                                       f"rerun {_restory_command(left.get('pipeline', ''))} to finish "
                                       "(it resumes after the last article done)", err=True)
                if isinstance(error, KhronikaError):
                    raise click.ClickException(str(error)) from error
                raise
    except KeyboardInterrupt:
        # As `ingest`: say what was kept, exit 130 (not click's bare "Aborted!", exit 1: rv21_N L1).
        interrupted = True
        click.echo(f"khronika reprocess: interrupted: {tally.get('reprocessed', 0)} articles re-derived and kept "
                   f"(each is written whole), {tally.get('failed', 0)} failed; the others keep their records "
                   "as they were", err=True)
        raise SystemExit(130)
    finally:
        _close_stack(store, "reprocess", interrupted)
    resumed = f" (resumed after {counts['resumed']} done before)" if counts.get("resumed") else ""
    click.echo(f"{counts['reprocessed']} reprocessed, {counts['failed']} failed ({', '.join(pipeline.names)})"
               + (f"; stories re-decided{resumed}, {counts['stories removed']} emptied and removed"
                  if restory else ""))


@eval_group.command(name="stories")
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
@click.option("--bootstrap", type=int, default=1000, show_default=True, help="Bootstrap resamples for the CI.")
@click.option("--fit", is_flag=True, help="Print the fitted weights as Python (for cluster.DEFAULT_WEIGHTS).")
@click.option("--semantic/--no-semantic", default=True, show_default=True,
              help="Also score the model with the opt-in sentence embedding (about 4 minutes more).")
def eval_stories(as_json: bool, bootstrap: int, fit: bool, semantic: bool) -> None:
    """Duplicate and same-story decisions vs tgcontest, ParaPhraser and SlavicNER."""
    from khronika.eval.shared_docs import shared_available
    from khronika.eval.stories import evaluate_stories, render

    if not shared_available():
        raise click.ClickException("shared data not found (set KHRONIKA_SHARED); nothing to score")
    result = evaluate_stories(bootstrap=bootstrap, semantic=semantic)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        render(result, sys.stdout)
    if fit:
        click.echo(f"DEFAULT_WEIGHTS = {result['tgcontest']['weights']!r}\nTHRESHOLD = "
                   f"{result['tgcontest']['threshold']!r}")
        if "semantic" in result["tgcontest"]:
            click.echo(f"SEMANTIC_WEIGHTS = {result['tgcontest']['semantic']['weights']!r}")
