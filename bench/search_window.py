"""What search ranking costs and how close it is to exact, in process, on a kept store.

    .venv/bin/python bench/search_window.py /tmp/kh100k/store/sqlite.db [--windows 4000,1000,500] [--per-query]

Over the 42 queries of bench/store.py, CPU ms per query (first page, `limit 20`)
and the share of the exact top 20 (bm25 over every match) kept by: each window
alone (bm25 over the newest N matches, `SqlStore.rank_window`) and, on SQLite,
the top-weight lists (store/toplists.py) with that window as their fallback,
with how many queries the lists answered.  SQLite or PostgreSQL URL; CPU is this
process's only (for PostgreSQL the database's work is not in it).
"""
from __future__ import annotations

import argparse
import time


def bench_queries() -> list[str]:
    from search_queries import QUERIES  # bench/ is this script's folder

    return list(QUERIES)


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
    has_lists = hasattr(store, "use_term_lists")  # SQLite stores since migration 0006
    answered = [0, 0]  # queries the lists answered exactly, approximately
    if has_lists:
        list_ranking = store._list_ranking

        def counted(*a, **k):
            found = list_ranking(*a, **k)
            if found is not None:
                answered[0 if found.exact else 1] += 1
            return found
        store._list_ranking = counted
    exact_window = 10 ** 9
    # (label, top-weight lists on, window); "exact" scores every match with bm25.
    configs = [("exact", False, exact_window)]
    for window in (int(w) for w in args.windows.split(",")):
        configs.append((f"window {window}", False, window))
        if has_lists:
            configs.append((f"lists, else window {window}", True, window))
    results: dict[str, tuple[dict[str, list[int]], float, float, float]] = {}
    for label, lists_on, window in configs:
        store.rank_window = window
        if has_lists:
            store.use_term_lists = lists_on
        for q in queries:  # warm-up: caches and pages
            store.search(q, limit=20)
        answered[:] = [0, 0]
        started = time.process_time()
        for _ in range(args.repeat):
            hits = {q: [h.article.id for h in store.search(q, limit=20)] for q in queries}
        ms = (time.process_time() - started) / args.repeat / len(queries) * 1000
        results[label] = (hits, ms, answered[0] / args.repeat, answered[1] / args.repeat)
    exact = results["exact"][0]
    print(f"store {args.db}: {store.counts()['articles']} articles, {len(queries)} queries × {args.repeat}")
    print("| ranking | CPU ms/query | share of the exact top 20 kept | queries the lists answered: proven / approximate |")
    print("|---|---:|---:|---:|")
    for label, (hits, ms, proven, approximate) in results.items():
        kept = sum(len(set(hits[q]) & set(exact[q])) / max(1, len(exact[q])) for q in queries) / len(queries)
        print(f"| {label} | {ms:.1f} | {kept:.3f} | {int(proven)} / {int(approximate)} of {len(queries)} |")
    if args.per_query:
        store.rank_window = int(args.windows.split(",")[0])
        if has_lists:
            store.use_term_lists = True
        print(f"\n| query (lists, else window {store.rank_window}) | CPU ms, pages 1 + 2 |\n|---|---:|")
        for q in queries:
            started = time.process_time()
            for _ in range(args.repeat):
                store.search(q, limit=20)
                store.search(q, limit=20, offset=20)
            print(f"| `{q}` | {(time.process_time() - started) / args.repeat * 1000:.1f} |")
    store.close()


if __name__ == "__main__":
    main()
