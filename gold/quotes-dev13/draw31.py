"""The thirty-first session's draw: quotes-dev13 (slots 1-24, spares 25-30) and review rv31_Q (slots 31-70).

    KHRONIKA_SHARED=../shared .venv/bin/python gold/quotes-dev13/draw31.py

Run at the session's base, when gold/ had no quotes-dev13 folder: the excluded folders are every folder under gold/
but tools and quotes-dev13 (file names only), so the order printed stays the one the set was drawn from.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from sample_docs import FACTRUEVAL, NEREL, REPO, RUNORMAS, SLAVICNER, Pool, draw  # noqa: E402

excluded = tuple(sorted(p.name for p in (REPO / "gold").iterdir()
                        if p.is_dir() and p.name not in ("tools", "quotes-dev13")))
pools = [Pool("slavicner", 0.40, (SLAVICNER,)), Pool("runormas", 0.25, (RUNORMAS,)),
         Pool("nerel", 0.20, NEREL), Pool("factrueval", 0.15, (FACTRUEVAL,))]
for slot, pool, dataset, path in draw(2026112995, pools, excluded=excluded, slots=70):
    print(slot, pool, dataset, path, sep="\t")
