"""`khronika enrich-dask`: `khronika enrich` on a Dask cluster.

Same records as `khronika enrich` for the same inputs and switches, but in
completion order, not input order (sort by "source" or "id" when order
matters, e.g. `jq -c -s 'sort_by(.source)[]'`).  Pages are read here,
enriched on the workers by the same `enrich_page` the local run uses, and
written here by one writer; skipped and failed pages are reported on stderr
as by `khronika enrich`.  `--scheduler inprocess` runs that unit of work
without Dask.  Workers of a remote scheduler need khronika (same version)
installed; they load the models themselves, once each.
"""
from __future__ import annotations

import io
import sys
import time
from contextlib import ExitStack, redirect_stderr
from typing import Callable, Iterable, Iterator

import click

from khronika.cli.app import main
from khronika.cli.batch import BatchReport, crawl_time_option, open_output, write_records
from khronika.cli.progress import PageProgress
from khronika.errors import InputError, PipelineError
from khronika.ingest import RawPage, read_pages
from khronika.nlp.pipeline import DEFAULT_ORDER
from khronika.scale.work import EnrichResult, PipelineSpec, enrich_pages


def _disable_flags(command: Callable) -> Callable:
    # The same `--no-<component>` switches as `khronika enrich`.
    for name in reversed(DEFAULT_ORDER):
        command = click.option(f"--no-{name}", f"no_{name}", is_flag=True, help=f"Skip the {name} component.")(command)
    return command


def _scheduler(value: str) -> str:
    if value in ("local", "inprocess") or "://" in value:
        return value
    raise click.BadParameter("expected 'local', 'inprocess' or an address such as tcp://HOST:8786")


def _counted(results: Iterator[EnrichResult], report: BatchReport, progress: PageProgress) -> Iterator[dict]:
    """Records to write; each result counted once, problems reported on stderr as they arrive."""
    for result in results:
        if result.record is not None:
            report.ok += 1
            progress.note("ok")
            yield result.record
        else:
            # The same stderr line as `khronika enrich`, printed above the live line.
            with redirect_stderr(io.StringIO()) as muted:
                report.record(result.error)
            progress.note("skipped" if result.error.skipped else "failed", muted.getvalue().rstrip("\n"))


@main.command(name="enrich-dask")
@click.argument("paths", nargs=-1, required=True)
@click.option("--scheduler", default="local", show_default=True, callback=lambda c, p, v: _scheduler(v),
              help="'local' starts a LocalCluster; tcp://HOST:PORT joins a running scheduler; "
                   "'inprocess' runs without Dask.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Worker processes for --scheduler local (one thread each).")
@click.option("--batch-size", type=click.IntRange(min=1), default=None, help="Pages per task (default 8).")
@click.option("--crawled-at", help="Crawl time (ISO 8601) for relative sidebar times.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True)
@click.option("-o", "--output", help="Write here instead of stdout.")
@_disable_flags
def enrich_dask(paths: tuple[str, ...], scheduler: str, workers: int, batch_size: int | None,
                crawled_at: str | None, fmt: str, output: str | None, **flags: bool) -> None:
    """Enrich pages on a Dask cluster: output as `khronika enrich`, in completion order."""
    spec = PipelineSpec(disable=tuple(name for name in DEFAULT_ORDER if flags.get(f"no_{name}")))
    pages = read_pages(paths, crawl_time_option(crawled_at))
    started = time.perf_counter()
    report = BatchReport()
    names: list[str] = []
    where = scheduler
    interrupted = False
    try:
        with ExitStack() as stack:
            results, names, where = _start(stack, scheduler, workers, batch_size, spec, pages)
            out = open_output(output)
            stack.callback(lambda: out is not sys.stdout and out.close())
            with PageProgress("enriching", ("ok", "skipped", "failed")) as progress:
                write_records(_counted(results, report, progress), fmt, out)
    except KeyboardInterrupt:
        # The records written so far are complete lines; say how far it got, as `khronika ingest` does.
        interrupted = True
    click.echo(
        f"khronika enrich-dask: {report.summary()} ({', '.join(names)}) "
        f"[{where}; {time.perf_counter() - started:.1f}s]" + (" (interrupted)" if interrupted else ""),
        err=True,
    )
    raise SystemExit(130 if interrupted else report.exit_code)


def _start(stack: ExitStack, scheduler: str, workers: int, batch_size: int | None, spec: PipelineSpec,
           pages: Iterable[RawPage | InputError]) -> tuple[Iterator[EnrichResult], list[str], str]:
    """Results, component names and where they run; the cluster (if any) closes with `stack`."""
    try:
        if scheduler == "inprocess":
            pipeline = spec.build()
            return enrich_pages(pages, pipeline), pipeline.names, "in process"
        from khronika.scale.dask_runner import DEFAULT_BATCH_SIZE, DaskRunner

        click.echo(f"khronika enrich-dask: starting workers on {scheduler} (models load once per worker)", err=True)
        runner = stack.enter_context(
            DaskRunner(scheduler, workers=workers, spec=spec, batch_size=batch_size or DEFAULT_BATCH_SIZE)
        )
    except PipelineError as error:
        raise click.UsageError(str(error))
    except (OSError, TimeoutError) as error:
        raise click.ClickException(f"cannot reach the Dask scheduler {scheduler}: {error}")
    where = f"{len(runner.client.nthreads())} workers, startup {runner.startup_seconds:.1f}s"
    return runner.map(pages), runner.pipeline_names, where
