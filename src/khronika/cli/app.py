"""The `khronika` command group; subcommands live in sibling modules."""
from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="khronika")
def main() -> None:
    """Khronika: Russian news pages into a chronicle of who said and did what."""


@main.group(name="eval")
def eval_group() -> None:
    """Score Khronika against gold data (prints precision, recall, F1)."""
