"""`khronika eval extract`: agreement with reference fields of shared data."""
from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from khronika.cli.app import eval_group
from khronika.eval.shared_docs import shared_root


@eval_group.command(name="extract")
@click.option("--shared", type=click.Path(path_type=Path), help="The shared/ folder (default: ../shared).")
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
@click.option("--misses", is_flag=True, help="List the pages that disagree.")
def eval_extract(shared: Path | None, as_json: bool, misses: bool) -> None:
    """Extraction vs the bundled gold and the shared datasets' reference fields."""
    from khronika.eval.extract import run_all

    data = (shared or shared_root()) / "data"
    if not data.is_dir():
        click.echo(f"khronika eval extract: {data} not found; scoring the bundled examples only", err=True)
    checks = run_all(data if data.is_dir() else None)
    if as_json:
        click.echo(json.dumps([{"dataset": c.dataset, "field": c.field, "total": c.total, "agree": c.agree,
                                "rate": round(c.rate, 4), "crashed": c.crashed,
                                "mean_score": None if c.mean_score is None else round(c.mean_score, 4)}
                               for c in checks], ensure_ascii=False, indent=2))
        return
    table = Table(title="Extraction agreement")
    for column in ("dataset", "field", "pages", "agree", "rate", "mean F1", "errors"):
        table.add_column(column)
    for c in checks:
        table.add_row(c.dataset, c.field, str(c.total), str(c.agree), f"{c.rate:.3f}",
                      "" if c.mean_score is None else f"{c.mean_score:.3f}", str(c.crashed))
    Console().print(table)
    if misses:
        for c in checks:
            for miss in c.misses:
                click.echo(f"{c.dataset} / {c.field}: {miss}")


def attribute_pr_table(title: str, attributes: dict, names: tuple[str, ...]) -> Table:
    """P/R/F1 of record attributes over matched pairs (`eval quotes`, `eval events`), with the pairs
    whose flags agree where the scorer counts them."""
    table = Table(title=title)
    for column in ("attribute", "P", "R", "F1", "tp", "system", "gold", "agree"):
        table.add_column(column, justify="right" if column != "attribute" else "left")
    for name in names:
        s = attributes[name]
        agree = f"{s['agree']} ({s['rate']:.3f})" if "agree" in s else ""
        table.add_row(name, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                      str(s["tp"]), str(s["system"]), str(s["gold"]), agree)
    return table
