"""`khronika events` and `khronika eval events`."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.eval.shared_docs import shared_available

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "pages" / "000_seed.txt"


@pytest.fixture(autouse=True)
def shared_models(monkeypatch, resources):
    """The commands build their pipeline on the session's already-loaded models."""
    from khronika.events import component

    original = component.build_pipeline
    monkeypatch.setattr(component, "build_pipeline",
                        lambda resources_=None, disable=(): original(resources, disable))


def test_events_gdelt_and_jsonl() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["events", str(SEED), "--format", "gdelt", "--crawled-at", "2024-04-19T12:00:00+03:00"])
    assert result.exit_code == 0, result.output
    lines = [l for l in result.stdout.splitlines() if l]
    assert lines[0].split("\t")[0] == "GLOBALEVENTID" and all(len(l.split("\t")) == 61 for l in lines)
    assert any("\t041\t041\t04\t" in l for l in lines)  # the phone call
    result = runner.invoke(main, ["events", str(SEED), "--format", "jsonl", "--no-quotes"])
    assert result.exit_code == 0, result.output
    records = [json.loads(l) for l in result.stdout.splitlines()]
    assert {r["scope"] for r in records} == {"article", "related"}


def test_events_table() -> None:
    result = CliRunner().invoke(main, ["events", str(SEED)])
    assert result.exit_code == 0
    assert "CONSULT" in result.stdout and "events" in result.stderr


@pytest.mark.shared
@pytest.mark.skipif(not shared_available(), reason="needs ../shared/data (the gold documents); set KHRONIKA_SHARED")
def test_eval_events_on_the_seed_gold(tmp_path: Path) -> None:
    gold = REPO / "gold" / "events" / "seed__000_c8759e59779aac24.json"
    if not gold.exists():
        pytest.skip("gold/events not present")
    (tmp_path / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "events", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "triple+date+loc" in result.stdout and "CONSULT" in result.stdout
