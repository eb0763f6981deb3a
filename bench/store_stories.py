"""Same-story decisions as a user gets them: the tgcontest pages ingested into a store.

`khronika eval stories` scores the pair model on labelled pairs in isolation.  A user gets
the store's incremental clustering instead: each new article joins the best story among
its candidates (or starts one), so a pair of articles can end up apart although the pair
model would join them, or together through a third article.  This bench writes the 392
distinct tgcontest articles (the pages of the 215 labelled pairs, with their real URLs)
through `khronika ingest`'s own path into a fresh SQLite store and scores every labelled
pair by "same story id" (P/R/F1 of the OK class, bootstrap 95% CI), per pool and overall.
The pages carry no dates, so the time features are absent, as for undated pages.

    .venv/bin/python bench/store_stories.py [--semantic] [--orders 3] [--bootstrap 1000]

`--orders N` repeats the ingest with N page orders (the file order, then seeded shuffles),
because incremental clustering depends on the order.  The shipped weights were fitted on
the honey pool, so its row is in-sample; train + exam (40 pairs) are held out.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from khronika.eval.shared_docs import shared_available, shared_root  # noqa: E402
from khronika.eval.stories import POOLS, TG, scored  # noqa: E402


def load_pages_and_pairs(root: Path) -> tuple[list[dict[str, str]], list[tuple[str, str, str, bool]]]:
    """Distinct pages {url, text} in file order, and (pool, url a, url b, same story) pairs."""
    csv.field_size_limit(10 ** 9)
    pages: dict[str, dict[str, str]] = {}
    pairs = []
    for pool in POOLS:
        with (root / "data" / TG / pool).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                urls = []
                for side in ("first", "second"):
                    url = row[f"INPUT:{side}_url"].strip()
                    text = f"{row[f'INPUT:{side}_title'].strip()}\n\n{row[f'INPUT:{side}_text'].strip()}"
                    pages.setdefault(url, {"url": url, "text": text})
                    urls.append(url)
                pairs.append((pool.split("_")[1], urls[0], urls[1], row["GOLDEN:quality"].strip() == "OK"))
    return list(pages.values()), pairs


def ingest_fresh(records: list[dict], workdir: Path, pipeline, name: str) -> tuple[Path, float]:
    """Write `records` (JSONL fields) in this order through `khronika ingest`'s own path into a
    fresh SQLite store; its path and the ingest's CPU seconds.  Every record must be stored."""
    from khronika.store import open_store
    from khronika.store.ingest import ingest_pages

    source = workdir / f"{name}.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = workdir / f"{name}.db"
    store = open_store(str(db))
    try:
        start = time.process_time()
        report, _ = ingest_pages(store, [str(source)], pipeline)
        spent = time.process_time() - start
        if report.counts.get("failed") or report.counts.get("skipped"):
            raise SystemExit(f"{name}: not every record was stored: {report.summary()}")
    finally:
        store.close()
    return db, spent


def ingest_order(pages: list[dict[str, str]], workdir: Path, pipeline, name: str) -> tuple[dict[str, int], float]:
    """Ingest `pages` in this order into a fresh store; url -> story id, and the CPU seconds."""
    from khronika.store import open_store
    from khronika.store.views import scan

    db, spent = ingest_fresh(pages, workdir, pipeline, name)
    with open_store(str(db)) as store:
        articles = list(scan(store.list_articles, max_rows=len(pages) + 1))
    return {a.url: int(a.story_id) for a in articles}, spent


def page_orders(items: list, orders: int, seed: int):
    """(order number, items) for `orders` orders: as given, then seeded shuffles of it (one
    generator, so order k is the same in every bench that asks for it with this seed)."""
    rng = random.Random(seed)
    for order in range(orders):
        ordered = list(items)
        if order:
            rng.shuffle(ordered)
        yield order, ordered


def score(stories: dict[str, int], pairs: list[tuple[str, str, str, bool]], pools: set[str],
          bootstrap: int) -> dict:
    chosen = [(stories[a] == stories[b], label) for pool, a, b, label in pairs if pool in pools]
    return scored([p for p, _ in chosen], [g for _, g in chosen], bootstrap) | {"n": len(chosen)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--semantic", action="store_true", help="enable the opt-in semantic component")
    parser.add_argument("--orders", type=int, default=1, help="page orders to ingest (file order first)")
    parser.add_argument("--bootstrap", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2611)
    args = parser.parse_args()
    if not shared_available():
        raise SystemExit(f"shared data not found at {shared_root()} (set KHRONIKA_SHARED); nothing to score")

    from khronika.nlp.pipeline import Pipeline

    pages, pairs = load_pages_and_pairs(shared_root())
    pipeline = Pipeline.build(enable=["semantic"] if args.semantic else ())
    print(f"{len(pages)} pages, {len(pairs)} labelled pairs; components: {', '.join(pipeline.names)}")
    groups = {"honey (fitted on)": {"honey"}, "train + exam (held out)": {"train", "exam"},
              "all": {"honey", "train", "exam"}}
    with tempfile.TemporaryDirectory(prefix="khronika-store-stories-") as tmp:
        for order, ordered in page_orders(pages, args.orders, args.seed):
            stories, spent = ingest_order(ordered, Path(tmp), pipeline, f"order{order}")
            label = "file order" if order == 0 else f"shuffle {order} (seed {args.seed})"
            print(f"\n{label}: {len(set(stories.values()))} stories, ingest CPU {spent:.1f} s")
            print(f"{'pairs':26s} {'n':>4s} {'P':>6s} {'R':>6s} {'F1':>6s}  95% CI of F1")
            for name, pools in groups.items():
                s = score(stories, pairs, pools, args.bootstrap)
                ci = s.get("f1_ci95") or ["", ""]
                print(f"{name:26s} {s['n']:4d} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}  "
                      f"[{ci[0]}, {ci[1]}]")


if __name__ == "__main__":
    main()
