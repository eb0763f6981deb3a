"""Ctrl-C while the `khronika` command is still importing its modules (the first seconds of
any command) ends it with the commands' one-line message and exit 130, not a traceback
(review rev22_B L2).  The import is held on a gate the test opens with SIGINT, so nothing
depends on timing."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from khronika.console import command_name
from tests.cli.gated import interrupted_at

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("args, name", [
    (["ingest", "pages", "--db", "k.db"], "khronika ingest"),
    (["--version"], "khronika"),
])
def test_ctrl_c_during_the_imports_is_one_line_and_130(tmp_path: Path, args: list[str], name: str) -> None:
    result = interrupted_at(tmp_path, "khronika.cli.store_cmd", args)  # while the CLI imports its commands
    assert result.returncode == 130, result.stderr
    assert result.stderr == (f"{name}: interrupted while starting (nothing was done); "
                             "run the same command again\n")
    assert result.stdout == ""


@pytest.mark.parametrize("argv, name", [
    (["khronika", "ingest", "pages", "--db", "k.db"], "khronika ingest"),
    (["khronika", "-h"], "khronika"),
    (["khronika"], "khronika"),
    (["khronika", "eval", "quotes"], "khronika eval"),
])
def test_command_name(argv: list[str], name: str) -> None:
    assert command_name(argv) == name


def test_the_console_command_is_the_guarded_entry_point() -> None:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        scripts = tomllib.load(handle)["project"]["scripts"]
    assert scripts["khronika"] == "khronika.console:run"


def test_python_dash_m_khronika_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "khronika", "--version"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0 and "version" in result.stdout, result.stderr
