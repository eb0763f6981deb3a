"""The second annotator's tgcontest labels (`gold/stories-iaa/`): well-formed, and their
agreement with the dataset's labels as recorded in bench/RESULTS.md."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from khronika.eval.shared_docs import shared_available, shared_root

LABELS = Path(__file__).resolve().parents[2] / "gold" / "stories-iaa" / "labels.jsonl"
BENCH = Path(__file__).resolve().parents[2] / "bench" / "stories_iaa.py"


def test_labels_are_well_formed():
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [r["pair"] for r in rows] == list(range(215))
    assert {r["label"] for r in rows} <= {"OK", "BAD"}
    assert {r["confidence"] for r in rows} <= {"sure", "unsure"}
    assert all(r["why"].strip() for r in rows)


@pytest.mark.skipif(not shared_available(), reason="shared data not found (../shared/data); set KHRONIKA_SHARED")
def test_agreement_with_dataset_labels():
    from khronika.eval.stories import load_tgcontest, prf

    spec = importlib.util.spec_from_file_location("stories_iaa", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    second = module.load_labels(LABELS)
    pairs = load_tgcontest(shared_root())
    gold = np.array([p["label"] for p in pairs])
    human = np.array([second[i][0] for i in range(len(pairs))])
    score = prf(human, gold)
    # bench/RESULTS.md: F1 0.971, 6 disagreements in 215.
    assert score["f1"] == pytest.approx(0.971, abs=0.001) and score["fp"] + score["fn"] == 6
