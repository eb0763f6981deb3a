"""A live progress line for long commands (`ingest`, `reprocess`, `enrich-dask`).

On a terminal, stderr shows one line that keeps the counts by status, the rate and the
elapsed time (and a bar with the time left when the total is known); the per-page lines a
command prints go above it.  When stderr is not a terminal (a pipe, a log file, CI) the
line is off and every message is printed as it comes, so logs stay plain text.
"""
from __future__ import annotations

import time
from typing import Sequence

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

# Statuses shown in colour; any other status is counted in plain text.
_COLOURS = {"new": "green", "ok": "green", "reprocessed": "green", "failed": "red", "skipped": "yellow"}


class PageProgress:
    """Counts pages by status and shows them live; `note` also prints a message above the line."""

    def __init__(self, label: str, statuses: Sequence[str], total: int | None = None,
                 console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.counts = {status: 0 for status in statuses}
        self.label = label
        self.total = total
        self._started = time.perf_counter()
        columns = [SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} pages")]
        if total is not None:
            columns += [BarColumn(), TextColumn("{task.percentage:>3.0f}%"), TimeRemainingColumn()]
        columns += [TextColumn("{task.fields[counts]}"), TextColumn("{task.fields[rate]}"), TimeElapsedColumn()]
        self._progress = Progress(*columns, console=self.console, disable=not self.console.is_terminal,
                                  transient=False)
        self._task = self._progress.add_task(label, total=total, counts=self._counts_text(), rate="")

    @property
    def live(self) -> bool:
        return not self._progress.disable

    def __enter__(self) -> "PageProgress":
        self._progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.__exit__(*exc)

    def note(self, status: str, message: str | None = None) -> None:
        """One page done with `status`; `message`, if any, goes to stderr (above the live line)."""
        self.counts[status] = self.counts.get(status, 0) + 1
        if message is not None:
            if self.live:
                self._progress.console.print(message, markup=False, highlight=False, soft_wrap=True)
            else:
                click.echo(message, err=True)
        done = sum(self.counts.values())
        rate = f"{done / max(time.perf_counter() - self._started, 1e-9):.1f} pages/s"
        self._progress.update(self._task, completed=done, counts=self._counts_text(), rate=rate)

    def _counts_text(self) -> str:
        parts = []
        for status, count in self.counts.items():
            colour = _COLOURS.get(status)
            parts.append(f"[{colour}]{count} {status}[/]" if colour and count else f"{count} {status}")
        return " ".join(parts)
