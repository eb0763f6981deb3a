#!/usr/bin/env python3
"""Reproducible document order for gold/events-dev2 (selection only; no annotation).

Pools (fixed order): slavicner-ru raw/*/ru/*.txt; nerel (nerel-v1.1-dev dev/*.txt +
nerel-v1.1-train train/*.txt, one pool); factrueval-2016-dev devset/*.txt;
runormas-named-train texts_and_ann/*.txt. Each pool is the sorted list of (dataset, path)
minus every document id (`<dataset>__<stem>`) already in gold/events/, gold/quotes/,
gold/quotes-dev2/ or /tmp/held_out_doc_ids.txt. Files in gold/events-dev2/ itself are NOT
excluded, so the order is stable after annotation.
One random.Random(2026112621) shuffles the pools in that order. Slots are then interleaved by
target share (50/20/15/15 %): slot k goes to the pool with the largest share*(k+1) - taken
(ties: pool order). Prints `slot pool dataset path` lines; the annotator walks them in order and
a skipped document is replaced by the next one of the same pool.
"""
import os
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KHRONIKA_SHARED", REPO.parent / "shared")) / "data"
SEED = 2026112621
POOLS = [
    ("slavicner", 0.50, [("slavicner-ru", "raw/*/ru/*.txt")]),
    ("nerel", 0.20, [("nerel-v1.1-dev", "dev/*.txt"), ("nerel-v1.1-train", "train/*.txt")]),
    ("factrueval", 0.15, [("factrueval-2016-dev", "devset/*.txt")]),
    ("runormas", 0.15, [("runormas-named-train", "texts_and_ann/*.txt")]),
]
EXCLUDED_GOLD = ("events", "quotes", "quotes-dev2")


def excluded_ids() -> set[str]:
    ids = {p.stem for d in EXCLUDED_GOLD for p in (REPO / "gold" / d).glob("*.json")}
    held = Path("/tmp/held_out_doc_ids.txt")
    if not held.exists():
        sys.exit("/tmp/held_out_doc_ids.txt is missing: cannot exclude the held-out test documents")
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
