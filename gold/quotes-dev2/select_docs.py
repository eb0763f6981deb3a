#!/usr/bin/env python3
"""Reproducible document order for gold/quotes-dev2 (selection only; no annotation).

Pools (fixed order): slavicner-ru raw/*/ru/*.txt; runormas-named-train texts_and_ann/*.txt;
nerel (nerel-v1.1-dev dev/*.txt + nerel-v1.1-train train/*.txt, one pool);
factrueval-2016-dev devset/*.txt. Each pool is the sorted list of (dataset, path) minus every
document id (`<dataset>__<stem>`) already in gold/quotes/, gold/events/ or /tmp/held_out_doc_ids.txt.
One random.Random(2026112611) shuffles the pools in that order. Slots are then interleaved by
target share (40/25/20/15 %): slot k goes to the pool with the largest share*(k+1) - taken
(ties: pool order). Prints `slot pool dataset path` lines; the annotator walks them in order and
a skipped document is replaced by the next one of the same pool.
"""
import os
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KHRONIKA_SHARED", REPO.parent / "shared")) / "data"
SEED = 2026112611
POOLS = [
    ("slavicner", 0.40, [("slavicner-ru", "raw/*/ru/*.txt")]),
    ("runormas", 0.25, [("runormas-named-train", "texts_and_ann/*.txt")]),
    ("nerel", 0.20, [("nerel-v1.1-dev", "dev/*.txt"), ("nerel-v1.1-train", "train/*.txt")]),
    ("factrueval", 0.15, [("factrueval-2016-dev", "devset/*.txt")]),
]


def excluded_ids() -> set[str]:
    ids = {p.stem for d in ("quotes", "events") for p in (REPO / "gold" / d).glob("*.json")}
    held = Path("/tmp/held_out_doc_ids.txt")
    if held.exists():
        ids |= {line.strip() for line in held.read_text().splitlines() if line.strip()}
    return ids


def main() -> int:
    n_slots = int(sys.argv[1]) if len(sys.argv) > 1 else 80
    skip = excluded_ids()
    rng = random.Random(SEED)
    queues = []
    for _name, _share, globs in POOLS:
        docs = sorted(
            (ds, str(p.relative_to(SHARED / ds)))
            for ds, pattern in globs
            for p in (SHARED / ds).glob(pattern)
        )
        docs = [d for d in docs if f"{d[0]}__{Path(d[1]).stem}" not in skip]
        rng.shuffle(docs)
        queues.append(docs)
    taken = [0] * len(POOLS)
    for k in range(n_slots):
        i = max(range(len(POOLS)), key=lambda j: (POOLS[j][1] * (k + 1) - taken[j], -j))
        ds, path = queues[i][taken[i]]
        taken[i] += 1
        print(k + 1, POOLS[i][0], ds, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
