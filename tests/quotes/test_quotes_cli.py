"""`khronika quotes` and `khronika eval quotes` end to end (bundled seed only)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from khronika.cli import main

SEED = Path(__file__).resolve().parents[2] / "examples" / "pages" / "000_seed.txt"


def test_quotes_jsonl_with_speaker_filter(pipeline):
    result = CliRunner().invoke(main, ["quotes", str(SEED), "--format", "jsonl", "--speaker", "Песков"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == 1
    assert rows[0]["speaker"]["actor_id"] == "per:dmitry-peskov" and rows[0]["kind"] == "mixed"


def test_quotes_table(pipeline):
    result = CliRunner().invoke(main, ["quotes", str(SEED)])
    assert result.exit_code == 0 and "Энтони Блинкен" in result.stdout


def test_eval_quotes_on_a_seed_gold(tmp_path, monkeypatch, pipeline):
    shared = tmp_path / "shared"
    (shared / "seed").mkdir(parents=True)
    (shared / "data").mkdir()
    shutil.copy(SEED, shared / "seed" / "seed.txt")
    monkeypatch.setenv("KHRONIKA_SHARED", str(shared))
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"doc": {"dataset": "seed", "path": "seed.txt"}, "quotes": [
        {"text": "ответы США содержат «не так много поводов для оптимизма»", "kind": "mixed", "speaker": "Дмитрий Песков",
         "speaker_norm": "Дмитрий Песков", "cue": "рассказать", "addressee": None, "source": None,
         "negated": False, "hedged": False},
        {"text": "Россия требовала", "kind": "indirect", "speaker": None, "speaker_norm": "unknown", "cue": "x",
         "addressee": None, "source": None, "negated": False, "hedged": False},
    ], "non_quotes": []}, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "quotes", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]
    assert scores["attributed/overlap"]["tp"] == 1 and scores["attributed/overlap"]["gold"] == 2
