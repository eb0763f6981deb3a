#!/usr/bin/env python3
"""Reproducible document order for gold/quotes-dev2 (see gold/tools/sample_docs.py).

Seed 2026112611; pools slavicner 40 %, runormas 25 %, nerel (dev + train, one pool) 20 %,
factrueval 15 %; excluded: every document of gold/quotes, gold/events and the two held-out test
sets (gold/quotes-test, gold/events-test), as at selection time.  Usage: select_docs.py [SLOTS]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from sample_docs import FACTRUEVAL, NEREL, RUNORMAS, SLAVICNER, Pool, draw  # noqa: E402

POOLS = [Pool("slavicner", 0.40, (SLAVICNER,)), Pool("runormas", 0.25, (RUNORMAS,)),
         Pool("nerel", 0.20, NEREL), Pool("factrueval", 0.15, (FACTRUEVAL,))]
EXCLUDED = ("quotes", "events", "quotes-test", "events-test")

if __name__ == "__main__":
    for slot, pool, dataset, path in draw(2026112611, POOLS, EXCLUDED, int(sys.argv[1]) if len(sys.argv) > 1 else 80):
        print(slot, pool, dataset, path)
