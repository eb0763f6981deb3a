"""What the search rank window costs and changes, in process, on a kept store.

    .venv/bin/python bench/search_window.py /tmp/kh100k/store/sqlite.db [--windows 4000,1000,500] [--per-query]

For each window (the newest N matches that bm25 ranks, `SqlStore.rank_window`)
and for exact ranking (every match), over the 42 queries of bench/store.py:
CPU ms per query (first page, `limit 20`) and the share of the exact top 20
that the windowed top 20 keeps.  SQLite or PostgreSQL URL; CPU is this
process's only (for PostgreSQL the database's work is not in it).
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bench_queries() -> list[str]:
    spec = importlib.util.spec_from_file_location("bench_store", ROOT / "bench" / "store.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "tests" / "store"))
    spec.loader.exec_module(module)
    return module.QUERIES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", help="Store URL or SQLite path (e.g. a store kept by bench/store.py --keep)")
    parser.add_argument("--windows", default="4000,1000,500")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--per-query", action="store_true",
                        help="Also CPU ms of each query (first and second page) at the first window")
    args = parser.parse_args()

    from khronika.store import open_store

    queries = bench_queries()
    store = open_store(args.db, create=False)
    exact_window = 10 ** 9
    results: dict[int, tuple[dict[str, list[int]], float]] = {}
    for window in [exact_window] + [int(w) for w in args.windows.split(",")]:
        store.rank_window = window
        for q in queries:  # warm-up: caches and pages
            store.search(q, limit=20)
        started = time.process_time()
        for _ in range(args.repeat):
            hits = {q: [h.article.id for h in store.search(q, limit=20)] for q in queries}
        results[window] = (hits, (time.process_time() - started) / args.repeat / len(queries) * 1000)
    exact = results[exact_window][0]
    print(f"store {args.db}: {store.counts()['articles']} articles, {len(queries)} queries × {args.repeat}")
    print("| window | CPU ms/query | share of the exact top 20 kept |")
    print("|---|---:|---:|")
    for window, (hits, ms) in results.items():
        kept = sum(len(set(hits[q]) & set(exact[q])) / max(1, len(exact[q])) for q in queries) / len(queries)
        print(f"| {'exact' if window == exact_window else window} | {ms:.1f} | {kept:.3f} |")
    if args.per_query:
        store.rank_window = int(args.windows.split(",")[0])
        print(f"\n| query (window {store.rank_window}) | CPU ms, pages 1 + 2 |\n|---|---:|")
        for q in queries:
            started = time.process_time()
            for _ in range(args.repeat):
                store.search(q, limit=20)
                store.search(q, limit=20, offset=20)
            print(f"| `{q}` | {(time.process_time() - started) / args.repeat * 1000:.1f} |")
    store.close()


if __name__ == "__main__":
    main()
