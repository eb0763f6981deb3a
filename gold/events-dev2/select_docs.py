#!/usr/bin/env python3
"""Reproducible document order for gold/events-dev2 (see gold/tools/sample_docs.py).

Seed 2026112621; pools slavicner 50 %, nerel (dev + train, one pool) 20 %, factrueval 15 %,
runormas 15 %; excluded: every document of gold/events, gold/quotes, gold/quotes-dev2 and the two
held-out test sets (gold/quotes-test, gold/events-test), as at selection time (gold/events-dev2
itself is not excluded, so the order is stable after annotation).  Usage: select_docs.py [SLOTS]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from sample_docs import FACTRUEVAL, NEREL, RUNORMAS, SLAVICNER, Pool, draw  # noqa: E402

POOLS = [Pool("slavicner", 0.50, (SLAVICNER,)), Pool("nerel", 0.20, NEREL),
         Pool("factrueval", 0.15, (FACTRUEVAL,)), Pool("runormas", 0.15, (RUNORMAS,))]
EXCLUDED = ("events", "quotes", "quotes-dev2", "quotes-test", "events-test")

if __name__ == "__main__":
    for slot, pool, dataset, path in draw(2026112621, POOLS, EXCLUDED, int(sys.argv[1]) if len(sys.argv) > 1 else 80):
        print(slot, pool, dataset, path)
