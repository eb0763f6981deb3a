"""Ctrl-C at any point of any command ends it with one line and exit 130 (review rev23_B L7):
`khronika quotes` while it loads its models and `khronika serve` while it imports its web app
gave click's "Aborted!" and exit 1.  The command group says it for every command
(`cli.app.KhronikaGroup`); a command that knows what it kept says that itself.  A real SIGINT is
sent to a child process held at the import the test names (`tests/cli/gated.py`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.gated import interrupted_at

ROOT = Path(__file__).resolve().parents[2]
SEED = str(ROOT / "examples" / "pages" / "000_seed.txt")
# Imported once the morph dictionary is loaded, as the NER and syntax models begin to load.
MODELS_LOADING = "khronika.nlp.slovnet_packed"

# (arguments, the import SIGINT comes at) → the one line on stderr
CASES = [
    (["quotes", SEED], MODELS_LOADING,
     "khronika quotes: interrupted; run the same command again"),
    (["serve", "--db", "{tmp}/none.db", "--port", "8799"], "khronika.api",  # the web app's import
     "khronika serve: interrupted; run the same command again"),
    (["eval", "quotes", str(ROOT / "examples")], "khronika.eval.quotes",  # a command of a subgroup
     "khronika eval quotes: interrupted; run the same command again"),
    (["enrich", SEED], MODELS_LOADING,
     "khronika enrich: interrupted; run the same command again"),
    # a command with its own word on what was kept keeps it
    (["ingest", SEED, "--db", "{tmp}/k.db"], MODELS_LOADING,
     "khronika ingest: interrupted while loading the models: no page was written; run the same command again"),
]


@pytest.mark.parametrize("args, held, line", CASES, ids=["quotes", "serve", "eval-quotes", "enrich", "ingest"])
def test_ctrl_c_is_one_line_and_130(tmp_path: Path, args: list[str], held: str, line: str) -> None:
    result = interrupted_at(tmp_path, held, [arg.format(tmp=tmp_path) for arg in args])
    assert result.returncode == 130, result.stderr
    assert result.stderr == line + "\n"
    assert result.stdout == ""
