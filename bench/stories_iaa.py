"""Human agreement on the tgcontest same-story pairs: a second annotator's blind labels
(`gold/stories-iaa/labels.jsonl`, written without seeing the Toloka answers or the system) scored
against the dataset's labels exactly as `khronika eval stories` scores the model (P/R/F1 on the OK
class, accuracy, bootstrap 95% CI of F1), overall and on the pairs the annotator marked sure.
The model's out-of-fold predictions (repeat 0 of the 5-fold CV, with and without the semantic
signal when `--semantic`) are scored against both label sets on the same pairs.

    .venv/bin/python bench/stories_iaa.py [--labels gold/stories-iaa/labels.jsonl] [--semantic]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import numpy as np  # noqa: E402

from khronika.eval.shared_docs import shared_available, shared_root  # noqa: E402
from khronika.eval.stories import load_tgcontest, scored  # noqa: E402


def load_labels(path: Path) -> dict[int, tuple[bool, bool]]:
    """pair index -> (same story, sure)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[int(row["pair"])] = (row["label"] == "OK", row.get("confidence") == "sure")
    return out


def line(name: str, s: dict) -> str:
    ci = s.get("f1_ci95")
    return (f"{name:<46} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
            + (f" [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else "") + f"  acc {s['accuracy']:.3f}  (n={s['n']})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, default=REPO / "gold" / "stories-iaa" / "labels.jsonl")
    parser.add_argument("--semantic", action="store_true", help="also the model with the semantic signal (~80 s)")
    parser.add_argument("--bootstrap", type=int, default=1000)
    args = parser.parse_args()
    if not shared_available():
        raise SystemExit("shared data not found (../shared/data); set KHRONIKA_SHARED")
    pairs = load_tgcontest(shared_root())
    second = load_labels(args.labels)
    idx = np.array(sorted(i for i in second if i < len(pairs)))
    gold = np.array([pairs[i]["label"] for i in idx])
    human = np.array([second[i][0] for i in idx])
    sure = np.array([second[i][1] for i in idx])
    print(f"{len(idx)} of {len(pairs)} pairs labelled by the second annotator ({int(sure.sum())} sure)")
    print(line("second annotator vs dataset labels", scored(human, gold, args.bootstrap)))
    print(line("  on the pairs marked sure", scored(human[sure], gold[sure], args.bootstrap)))
    print(line("dataset labels vs second annotator", scored(gold, human, args.bootstrap)))
    from khronika.eval.stories import evaluate_stories
    result = evaluate_stories(bootstrap=0, parts=("tgcontest",), nested_repeats=0, semantic=args.semantic,
                              keep_predictions=True)["tgcontest"]
    for key, name in (("cv5", "model"), ("semantic", "semantic model")):
        block = result.get(key) if key == "cv5" else (result.get("semantic") or {}).get("cv5")
        if not block:
            continue
        pred = np.asarray(block["predictions"], bool)[idx]
        print(line(f"{name} (out-of-fold) vs dataset labels", scored(pred, gold, args.bootstrap)))
        print(line(f"{name} (out-of-fold) vs second annotator", scored(pred, human, args.bootstrap)))


if __name__ == "__main__":
    main()
