"""The run log as a user reads it after a batch (round r1 sweep): `khronika runs` lists the
runs, `khronika show run:ID --status failed` lists only the inputs that need a look, and
`ingest` points at that command when some inputs failed or were skipped.  SQLite, with
the NLP components switched off (the behaviour under test is the CLI)."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from khronika.cli import main
from khronika.nlp.pipeline import DEFAULT_ORDER

PAGES = Path(__file__).resolve().parents[2] / "examples" / "pages"
NO_NLP = [f"--no-{name}" for name in DEFAULT_ORDER]


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def _batch(tmp_path: Path) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.txt").write_bytes((PAGES / "002_txt_agency_tass.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "index.tsv").write_text("file\tsite\turl\n1.html\tТАСС\thttps://tass.ru/1\n", encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"url": "x", "html": \n', encoding="utf-8")
    return str(folder)


def test_runs_and_the_failed_inputs_of_one_run(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    ingest = CliRunner().invoke(main, ["ingest", _batch(tmp_path), "--db", db, "-q", *NO_NLP])
    assert ingest.exit_code == 0, ingest.output
    assert "1 new, 0 version, 0 unchanged, 2 skipped, 1 failed" in ingest.stdout
    assert f"khronika show run:1 --status failed --status skipped --db {db}" in ingest.stderr

    listing = _run("runs", "--db", db)
    assert listing.exit_code == 0
    row = next(line for line in listing.stdout.splitlines() if line.strip().startswith("│ 1"))
    assert [cell.strip() for cell in row.split("│")[3:9]] == ["done", "1", "0", "0", "2", "1"]

    failed = _run("show", "run:1", "--status", "failed", "--db", db)
    items = json.loads(failed.stdout)["items"]
    assert [(Path(i["input"].split("#")[0]).name, i["status"]) for i in items] == [("broken.jsonl", "failed")]
    assert items[0]["reason"].startswith("not valid JSON")

    both = _run("show", "run:1", "--status", "failed", "--status", "skipped", "--db", db)
    assert sorted(i["status"] for i in json.loads(both.stdout)["items"]) == ["failed", "skipped", "skipped"]


def test_status_is_for_runs_only(tmp_path: Path) -> None:
    result = _run("show", "1", "--status", "failed", "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 2 and "--status filters the inputs of a run" in result.output
