"""`khronika ingest --workers N` against enrichment alone: wall-clock rates on real pages.

The pages are real articles of the shared corpora (`bench/store.py`'s base
articles, one JSONL line each with a date).  Every mode runs in a fresh
process, after its models are loaded, over the same pages:

    enrich-1   extract + enrich in one process (no store)          — the baseline
    ingest-0   `khronika ingest` as before: enrich, then write, page by page
    ingest-1   one enrichment worker process, the writes in the calling process
    enrich-2   extract + enrich in two worker processes (no store)
    ingest-2   two enrichment workers + the writer

Ratios: ingest-0 / enrich-1 is the cost of the write when it follows the
enrichment (the CPU figure of `bench/store.py`); ingest-1 / enrich-1 is what a
user waits for when the writer overlaps the enrichment; ingest-2 / enrich-2
is the same at two workers, where the writer competes with the workers for
the machine's cores.  Each ingest writes into a fresh copy of `--store`
(e.g. the 111k-article store `bench/store.py --keep` leaves) or into a new
empty store.  Modes alternate, `--rounds` times.

Which pages, and so which write path is timed:

- default: the base articles themselves.  A store built by `bench/store.py`
  already holds every one of them, so into such a store each page is written
  as an exact duplicate (`duplicate = 'exact'`): the near-duplicate (LSH)
  lookup and the story step (window scan + pair scoring) never run.  This
  measures the cheapest write, not a new crawl's.
- `--novel`: pages no `bench/store.py` store holds: `bench/store.py`'s synthetic
  recipe (real sentences of three base articles under a real headline, ~5%
  reprints of a page written shortly before) with seed `NOVEL_SEED`, not the
  store's 7, taken past the stretch whose reprints could copy a base article.
  Into the 112k store they take the path a new crawl takes: exact-hash and LSH
  lookups, then story assignment.  Each ingest prints the `duplicate` values
  of the rows it wrote, so the path taken is visible.

    .venv/bin/python bench/ingest_workers.py --pages 300 --rounds 3 --store /tmp/khlists/sqlite.db [--novel]

Old code against new: `PYTHONPATH=/copy/of/src` replaces this checkout's src
(set `KHRONIKA_SHARED` too when the copy is not beside ../shared).
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

for _key in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_key, "1")
REPO = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

MODES = ("enrich-1", "ingest-0", "ingest-1", "enrich-2", "ingest-2")
# `--novel` pages: `bench/store.py`'s recipe under another seed than the store's (7).
NOVEL_SEED = 2611
# Synthetic articles skipped after the base articles: their 5% reprints copy one of the
# last 200 articles generated, which there may be base articles (held by the store).
NOVEL_SKIP = 200


def write_pages(path: Path, n: int, novel: bool = False) -> int:
    """`n` articles as JSONL lines, dated over the last days of 2022: real articles (a stride
    over the base articles so outlets and topics mix) or, `novel`, synthetic ones no bench
    store holds (module docstring)."""
    from itertools import islice

    from khronika.eval.shared_docs import shared_available, shared_root
    from store import base_articles, synthetic_articles  # bench/store.py

    if not shared_available():
        raise SystemExit("bench/ingest_workers.py needs ../shared/data (the shared corpora)")
    bases = base_articles(shared_root())
    if novel:
        first = len(bases) + NOVEL_SKIP
        chosen = [(a.title, a.paragraphs)
                  for a in islice(synthetic_articles(bases, first + n, seed=NOVEL_SEED), first, None)]
    else:
        chosen = bases[:: max(1, len(bases) // n)][:n]
    with path.open("w", encoding="utf-8") as out:
        for i, (title, paragraphs) in enumerate(chosen):
            day = date(2022, 12, 31) - timedelta(days=i % 5)
            url = f"https://bench{i % 30}.ru/{'novel/' if novel else ''}{i}"
            out.write(json.dumps({"url": url, "title": title,
                                  "date": f"{day:%d.%m.%Y} 12:00", "text": "\n\n".join(paragraphs)},
                                 ensure_ascii=False) + "\n")
    return len(chosen)


def run_mode(mode: str, pages: Path, store: Path | None) -> dict:
    """One mode, in this (fresh) process: models loaded first, then the timed work."""
    from khronika.ingest import read_pages
    from khronika.nlp.pipeline import Pipeline
    from khronika.scale.processes import ProcessEnricher
    from khronika.scale.work import PipelineSpec, enrich_doc
    from khronika.store import open_store
    from khronika.store.ingest import ingest_pages, share_models

    kind, workers = mode.split("-")
    # "enrich-1" is the plain in-process loop; "ingest-1" is one worker beside the writer.
    in_workers = int(workers) >= 1 if kind == "ingest" else int(workers) > 1
    # The Docs come back without their tokens, as `khronika ingest --workers` asks for them (the writer reads
    # none); "enrich-2" gets the same Docs, so both sides ship the same bytes.
    enricher = ProcessEnricher(PipelineSpec(), int(workers), keep_tokens=False).__enter__() if in_workers else None
    pipeline = Pipeline.build() if enricher is None else None
    opened = open_store(str(store)) if kind == "ingest" else None
    state_cpu = 0.0
    if opened is not None:
        # Models and the story index load before the clock starts, as the pipeline's do: the
        # writer's analyser is the pipeline's in-process, its own beside workers.  The index's
        # load is reported apart (`state_cpu_s`): a `khronika ingest` process pays it once, in
        # proportion to the store (0.8-2.2 s CPU at 110k articles), whatever number of pages it writes.
        if pipeline is not None:
            share_models(opened, pipeline)
        state_cpu = time.process_time()
        opened._writer_state()
        state_cpu = time.process_time() - state_cpu
    last_id = (opened._one("SELECT max(id) FROM articles")[0] or 0) if opened is not None else 0
    gc.collect()
    gc.freeze()
    workers_cpu = _workers_cpu(enricher)
    started, cpu = time.perf_counter(), time.process_time()
    if kind == "enrich":
        items = read_pages([str(pages)], None)
        if enricher is None:
            outcomes = [enrich_doc(page, pipeline) for page in items]
        else:
            outcomes = [outcome for _, outcome in enricher.map(items, lambda page: page)]
        n = sum(1 for outcome in outcomes if outcome.doc is not None)
    else:
        report, _ = ingest_pages(opened, [str(pages)], enricher or pipeline)
        n = report.stored
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    # Which path the writes took (read after the clock): rows by `duplicate` ("none": not a
    # duplicate), and how many went through story assignment (a story score is stored).
    duplicates: dict[str, int] = {}
    if opened is not None:
        for duplicate, count, scored in opened._execute(
                "SELECT duplicate, count(*), count(story_score) FROM articles WHERE id > ? GROUP BY duplicate",
                (last_id,)):
            duplicates[str(duplicate or "none")] = int(count)
            duplicates["story_step"] = duplicates.get("story_step", 0) + int(scored)
    workers_cpu = _workers_cpu(enricher) - workers_cpu
    if enricher is not None:
        enricher.close()
    if opened is not None:
        opened.close()
    return {"mode": mode, "pages": n, "seconds": round(seconds, 2), "per_second": round(n / seconds, 2),
            "main_cpu_s": round(cpu, 2), "workers_cpu_s": round(workers_cpu, 2), "duplicates": duplicates,
            "state_cpu_s": round(state_cpu, 2)}


def _workers_cpu(enricher) -> float:
    """CPU seconds (user + system) spent so far by the enricher's worker processes, read from
    /proc: the work a busy machine pays for besides the calling process's."""
    if enricher is None:
        return 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for process in enricher._processes:
        fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / ticks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--store", type=Path, help="A SQLite store to copy before each ingest (default: a new store).")
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--novel", action="store_true",
                        help="Pages no bench store holds (new stories, LSH lookups), not its base articles.")
    parser.add_argument("--run-mode", help=argparse.SUPPRESS)
    parser.add_argument("--pages-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--store-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_mode:
        print(json.dumps(run_mode(args.run_mode, args.pages_file, args.store_file)))
        return

    modes = [m for m in args.modes.split(",") if m]
    with tempfile.TemporaryDirectory(prefix="kh-ingest-workers-") as tmp:
        work = Path(tmp)
        pages = work / "pages.jsonl"
        n = write_pages(pages, args.pages, args.novel)
        print(f"{n} {'novel' if args.novel else 'real'} pages; load {os.getloadavg()[0]:.1f}; store: {args.store or 'new'}", flush=True)
        results: dict[str, list[dict]] = {m: [] for m in modes}
        for round_ in range(args.rounds):
            for mode in modes:
                store = work / "store.db"
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{store}{suffix}").unlink(missing_ok=True)
                if mode.startswith("ingest") and args.store:
                    shutil.copyfile(args.store, store)
                # The kernel writes a copied store (3 GB at 100k) back to disk for seconds; flushed
                # here, that work does not land in the next mode's timing.
                os.sync()
                out = subprocess.run([sys.executable, __file__, "--run-mode", mode, "--pages-file", str(pages),
                                      "--store-file", str(store)], capture_output=True, text=True, check=True)
                result = json.loads(out.stdout.strip().splitlines()[-1])
                results[mode].append(result)
                result["cpu_s"] = result["main_cpu_s"] + result["workers_cpu_s"]
                print(f"round {round_ + 1} {mode:9s} {result['seconds']:7.2f} s  {result['per_second']:6.2f} pages/s  "
                      f"CPU {result['main_cpu_s']:.2f} + {result['workers_cpu_s']:.2f} s  "
                      f"load {os.getloadavg()[0]:.1f}"
                      + (f"  writer state load CPU {result['state_cpu_s']:.2f} s" if mode.startswith("ingest") else "")
                      + (f"  rows: {result['duplicates']}" if result["duplicates"] else ""), flush=True)
        medians = {m: statistics.median(r["seconds"] for r in results[m]) for m in modes}
        print("\nmedian wall seconds: " + ", ".join(f"{m} {s:.2f}" for m, s in medians.items()))
        for slow, fast in (("ingest-0", "enrich-1"), ("ingest-1", "enrich-1"), ("ingest-2", "enrich-2"),
                           ("enrich-1", "enrich-2")):
            if slow in medians and fast in medians:
                per_round = [a["seconds"] / b["seconds"] for a, b in zip(results[slow], results[fast])]
                print(f"{slow} / {fast}: median {statistics.median(per_round):.3f} "
                      f"(rounds: {', '.join(f'{r:.3f}' for r in per_round)})")
                per_round = [a["cpu_s"] / b["cpu_s"] for a, b in zip(results[slow], results[fast])]
                print(f"    CPU (calling process + workers): median {statistics.median(per_round):.3f} "
                      f"(rounds: {', '.join(f'{r:.3f}' for r in per_round)})")


if __name__ == "__main__":
    main()
