"""Ctrl-C while the `khronika` command is still importing its modules (the first seconds of
any command) ends it with the commands' one-line message and exit 130, not a traceback
(review rev22_B L2).  The import is held on a gate the test opens with SIGINT, so nothing
depends on timing."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from khronika.console import command_name

ROOT = Path(__file__).resolve().parents[2]

# Runs the console entry point with the import of one command module held until a signal
# comes: the gate writes `ready` once the CLI's imports have begun.
GATED_START = """
import sys, time
from pathlib import Path

ready = Path(sys.argv[1])


class HoldImport:
    def find_spec(self, name, path=None, target=None):
        if name == "khronika.cli.store_cmd":
            ready.touch()
            while True:
                time.sleep(0.05)
        return None


sys.meta_path.insert(0, HoldImport())
sys.argv = ["khronika", *sys.argv[2:]]
from khronika.console import run

run()
"""


def _interrupted_start(tmp_path: Path, args: list[str]) -> subprocess.CompletedProcess:
    ready = tmp_path / "ready"
    process = subprocess.Popen([sys.executable, "-c", GATED_START, str(ready), *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ})
    try:
        deadline = time.monotonic() + 120
        while not ready.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists(), process.communicate(timeout=5)[1].decode()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    return subprocess.CompletedProcess(args, process.returncode, out.decode(), err.decode())


@pytest.mark.parametrize("args, name", [
    (["ingest", "pages", "--db", "k.db"], "khronika ingest"),
    (["--version"], "khronika"),
])
def test_ctrl_c_during_the_imports_is_one_line_and_130(tmp_path: Path, args: list[str], name: str) -> None:
    result = _interrupted_start(tmp_path, args)
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
