"""What the top-weight lists (store/toplists.py) cost a write: bench/store.py's write
measurements with the list upkeep on or off, everything else equal.

    .venv/bin/python bench/toplists_cost.py on  --reuse DIR --backends sqlite --extra 1000 --pipeline-sample 30 --repeat 1
    .venv/bin/python bench/toplists_cost.py off --reuse DIR --backends sqlite --extra 1000 --pipeline-sample 30 --repeat 1

Every argument after on/off goes to bench/store.py unchanged.  DIR holds a copy of a kept
SQLite store (`sqlite.db`): the run adds articles to it, so copy it afresh before each run
to compare on and off on the same store.  "off" replaces `SqliteStore._list_add` by
nothing (the lists then go stale: use the copy for nothing else).  "on" also prints the
CPU time of the list upkeep itself per written article, for the first 30 writes of the
process, the ones in between and the last 30.
"""
from __future__ import annotations

import runpy
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in ("on", "off"):
        raise SystemExit(__doc__)
    from khronika.store.sqlite import SqliteStore

    mode = sys.argv[1]
    upkeep: list[float] = []
    if mode == "off":
        SqliteStore._list_add = lambda self, *args: None
    else:
        original = SqliteStore._list_add

        def timed(self, *args):
            started = time.process_time()
            try:
                return original(self, *args)
            finally:
                upkeep.append(time.process_time() - started)
        SqliteStore._list_add = timed
    sys.argv = [str(ROOT / "bench" / "store.py"), *sys.argv[2:]]
    try:
        runpy.run_path(sys.argv[0], run_name="__main__")
    finally:
        if upkeep:
            middle = upkeep[30:-30] or [0.0]
            print(f"list upkeep, CPU ms per written article: first 30 {1000 * sum(upkeep[:30]) / min(30, len(upkeep)):.2f}, "
                  f"between {1000 * sum(middle) / len(middle):.2f}, last 30 {1000 * sum(upkeep[-30:]) / min(30, len(upkeep)):.2f} "
                  f"({len(upkeep)} writes)")


if __name__ == "__main__":
    main()
