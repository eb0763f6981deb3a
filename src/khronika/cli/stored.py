"""The two modes of `khronika quotes` and `khronika events`: PATHS are pages read and
enriched now; no PATHS reads what a store already holds (`--db`), with filters.

One command per question ("who said what"), whichever way the records come.
Options that only make sense in one mode are refused in the other with a message
naming them, instead of being silently ignored.
"""
from __future__ import annotations

from typing import Any, Callable

import click
from click.core import ParameterSource

from khronika.store.base import DEFAULT_DB
from khronika.store.query import day_bound

STORE_FORMATS = ["table", "jsonl", "csv", "parquet"]


def store_db_option(command: Callable) -> Callable:
    return click.option(
        "--db", default=DEFAULT_DB, show_default=True, envvar="KHRONIKA_DB",
        help="Store to read when no PATHS are given: a file path, sqlite:///PATH or postgresql://…",
    )(command)


def _valid_day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--from/--to: a day, a month or a year, read as the search's from:/to: read them
    (a month or year `from` is its first day, a `to` its last)."""
    if value is None:
        return None
    try:
        return day_bound(value, "to" if param.name == "date_to" else "from")
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")


def date_option(flag: str, dest: str, help: str) -> Callable[[Callable], Callable]:
    return click.option(flag, dest, callback=_valid_day, help=help)


def _flag(ctx: click.Context, name: str) -> str:
    for param in ctx.command.params:
        if param.name == name and param.opts:
            return param.opts[0]
    return name


def _given(ctx: click.Context, name: str) -> bool:
    return ctx.get_parameter_source(name) not in (None, ParameterSource.DEFAULT)


def check_mode(ctx: click.Context, paths: tuple[str, ...], *, store_only: tuple[str, ...],
               pages_only: tuple[str, ...], page_formats: tuple[str, ...]) -> bool:
    """True when the command reads the store (no PATHS); refuses options of the other mode."""
    if not paths:
        wrong = [_flag(ctx, n) for n in pages_only if _given(ctx, n)]
        if wrong:
            raise click.UsageError(f"{', '.join(wrong)} applies to pages read now; give PATHS, "
                                   "or leave it out to read the store")
        return True
    if ctx.get_parameter_source("db") == ParameterSource.COMMANDLINE:
        raise click.UsageError("give PATHS (pages to read now) or --db (a store to read), not both")
    wrong = [_flag(ctx, n) for n in store_only if _given(ctx, n)]
    if wrong:
        raise click.UsageError(f"{', '.join(wrong)} filters a store; leave out PATHS to read one (--db)")
    fmt = ctx.params.get("fmt")
    if fmt not in page_formats:
        raise click.UsageError(f"--format {fmt} needs a store; with PATHS use {' or '.join(page_formats)}")
    return False


def counted(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {plural or noun + 's'}"
