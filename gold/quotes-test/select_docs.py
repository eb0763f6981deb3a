#!/usr/bin/env python3
"""Reproduce the document selection of the held-out quote test set (stdlib only).

For each source pool (fixed order below) the sorted file list is shuffled with ONE
random.Random(20261125) instance (pools shuffled one after the other, in this order).
Documents already in gold/quotes/ or gold/events/, documents outside 500–2300 characters
and exact (whitespace-normalised) duplicates of excluded documents are dropped; the first
N of each pool in shuffled order are printed. The annotator then read them in this order and
kept every news text (see README.md for the quota per pool and the skip log).

Usage: select_docs.py [N]   (default 12 candidates per pool)
<shared> = $KHRONIKA_SHARED or ../shared relative to the repo root.
"""
import json
import os
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KHRONIKA_SHARED", REPO.parent / "shared"))
DATA = SHARED / "data"
SEED = 20261125
MIN_CHARS, MAX_CHARS = 500, 2300
# pool name -> glob of its raw documents, relative to <shared>/data/<pool>
POOLS = {
    "slavicner-ru": "raw/*/ru/*.txt",
    "runormas-named-train": "texts_and_ann/*.txt",
    "nerel-v1.1-dev": "dev/*_text.txt",
    "factrueval-2016-dev": "devset/*.txt",
}


def normalise(text):
    return re.sub(r"\s+", " ", text).strip()


def doc_file(dataset, path):
    return SHARED / "seed" / path if dataset == "seed" else DATA / dataset / path


def excluded_docs():
    docs = set()
    for sub in ("quotes", "events"):
        for f in (REPO / "gold" / sub).glob("*.json"):
            d = json.loads(f.read_text(encoding="utf-8"))["doc"]
            docs.add((d["dataset"], d["path"]))
    return docs


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    excluded = excluded_docs()
    excluded_texts = {normalise(doc_file(ds, p).read_text(encoding="utf-8"))
                      for ds, p in excluded if doc_file(ds, p).is_file()}
    rng = random.Random(SEED)
    for pool, pattern in POOLS.items():
        root = DATA / pool
        order = sorted(str(p.relative_to(root)) for p in root.glob(pattern))
        rng.shuffle(order)
        print(f"== {pool}")
        kept = 0
        for path in order:
            if kept >= n:
                break
            if (pool, path) in excluded:
                continue
            text = (root / path).read_text(encoding="utf-8")
            if not MIN_CHARS <= len(text) <= MAX_CHARS or normalise(text) in excluded_texts:
                continue
            kept += 1
            print(f"{kept:3d} {path} ({len(text)} chars)")


if __name__ == "__main__":
    main()
