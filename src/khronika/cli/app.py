"""The `khronika` command group; subcommands live in sibling modules."""
from __future__ import annotations

from typing import Any, NoReturn

import click

from khronika.console import command_name


def interrupted(command: str, when: str = "") -> NoReturn:
    """The one line and exit status (130, the shell's for Ctrl-C) of a command Ctrl-C ended:
    `when` says when and what was kept, if the command knows."""
    click.echo(f"{command}: interrupted{' ' + when if when else ''}; run the same command again", err=True)
    raise SystemExit(130)


def command_path(ctx: click.Context, subcommand: str | None = None) -> str:
    """`khronika eval quotes` for the context of `eval` and `quotes`, whatever the program was
    called (`python -m khronika`)."""
    names = []
    while ctx.parent is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    return " ".join(["khronika", *reversed(names), *([subcommand] if subcommand else [])])


class KhronikaGroup(click.Group):
    """A command group whose commands all end the same way on Ctrl-C: the one line and exit 130
    (`interrupted`), not click's bare "Aborted!" and exit 1, whatever they were doing (loading
    models, building the web app, printing); a command that has more to say (what it kept)
    says it itself and exits 130 before this (review rev23_B L7)."""

    group_class = type  # its subgroups (`eval`) are KhronikaGroups too

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except KeyboardInterrupt:  # parsing the options (`--version` prints there)
            interrupted(command_name(["khronika", *args]) if parent is None else command_path(parent, info_name))

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            interrupted(command_path(ctx, ctx.invoked_subcommand))


@click.group(cls=KhronikaGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="khronika")
def main() -> None:
    """Khronika: Russian news pages into a chronicle of who said and did what."""


@main.group(name="eval")
def eval_group() -> None:
    """Score Khronika against gold data (prints precision, recall, F1)."""
