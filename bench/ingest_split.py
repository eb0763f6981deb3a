"""Where `khronika ingest`'s write CPU goes, step by step, per page (ingest-0: enrichment in
the writing process, as `bench/ingest_workers.py`'s ingest-0).

The same novel pages as `bench/ingest_workers.py --novel` are ingested into a fresh copy of
`--store` (e.g. the 110k store `bench/store.py --keep` leaves) or into a new store, with a
CPU timer around each step of the write.  Timers are exclusive (a step's time leaves out the
timed steps inside it), so the steps add up to the run's CPU; "other" is what none covers.
The writer-state load (the story index of every stored article) is timed apart: it happens
once, before the first write.

    .venv/bin/python bench/ingest_split.py --pages 300 --store /tmp/store/sqlite.db [--sql]

`--sql` also times each SQLite statement (the connection's `execute`/`executemany`, by text).
The timers themselves cost CPU (`--sql` most: ~1-2 ms a page); compare splits taken the same way.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

for _key in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_key, "1")
REPO = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))


@dataclass
class StepTimers:
    """Exclusive CPU seconds and calls per step label (a stack of the steps running)."""

    spent: dict[str, float] = field(default_factory=dict)
    calls: dict[str, int] = field(default_factory=dict)
    _stack: list[list[Any]] = field(default_factory=list)  # [label, started, inner seconds]

    def enter(self, label: str) -> None:
        self._stack.append([label, time.process_time(), 0.0])

    def leave(self) -> None:
        label, started, inner = self._stack.pop()
        total = time.process_time() - started
        self.spent[label] = self.spent.get(label, 0.0) + total - inner
        self.calls[label] = self.calls.get(label, 0) + 1
        if self._stack:
            self._stack[-1][2] += total

    def timed(self, fn: Callable[..., Any], label: str) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            self.enter(label)
            try:
                return fn(*args, **kwargs)
            finally:
                self.leave()

        return run


class TimedConnection:
    """A sqlite3 connection whose statements are timed by their text (first 100 characters)."""

    def __init__(self, conn: Any, spent: dict[str, list[float]]) -> None:
        self.conn, self.spent = conn, spent

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)

    def _timed(self, method: Callable[..., Any], sql: str, *args: Any) -> Any:
        started = time.process_time()
        try:
            return method(sql, *args)
        finally:
            cell = self.spent.setdefault(" ".join(sql.split())[:100], [0.0, 0])
            cell[0] += time.process_time() - started
            cell[1] += 1

    def execute(self, sql: str, *args: Any) -> Any:
        return self._timed(self.conn.execute, sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        return self._timed(self.conn.executemany, sql, *args)


def write_steps(store_type: type) -> list[tuple[Any, str, str]]:
    """(owner, attribute, label) of the timed steps, in the order of a write."""
    from khronika.scale import work
    from khronika.store import aggregates
    from khronika.store import ingest
    from khronika.store.sql import SqlStore
    from khronika.stories import cluster, dedup
    from khronika.stories.similarity import Analyzer

    return [
        (work, "enrich_doc", "enrichment (extract + enrich)"),
        (ingest, "settled", "page lookups before enrichment and write"),
        (SqlStore, "page_versions", "write: page versions lookup"),
        (SqlStore, "_writer_state", "write: writer state catch-up"),
        (Analyzer, "analyse", "write: text analysis (Analyzer.analyse)"),
        (dedup, "fingerprint", "write: MinHash fingerprint"),
        (SqlStore, "_near_duplicate", "write: near-duplicate lookup (LSH)"),
        (cluster.StoryIndex, "candidates", "write: story window (cosines, top 12)"),
        (SqlStore, "_prefetch_features", "write: candidates' features read"),
        (SqlStore, "_stored_features", "write: candidates' features decoded"),
        (cluster.StoryIndex, "assign", "write: story scoring and check"),
        (SqlStore, "_lsh_add", "write: LSH band rows"),
        (SqlStore, "_write_layers", "write: layer rows"),
        (store_type, "_list_add", "write: top lists (SQLite)"),
        (store_type, "_fts_write", "write: full-text row"),
        (SqlStore, "_refresh_story", "write: joined story's counts and title"),
        (SqlStore, "_flush_idf", "document frequencies flush"),
        (store_type, "_batch_closing", "batch end: full-text rows (SQLite)"),
        (aggregates, "apply", "batch end: actor aggregates"),
        (store_type, "_commit", "batch end: COMMIT"),
        (SqlStore, "_add_document", "write: rest (exact lookup, article row, JSON, ...)"),
        (SqlStore, "finish_run", "run end"),
    ]


def split(pages: Path, store_path: Path | None, work: Path, sql: bool) -> dict[str, Any]:
    from khronika.nlp.pipeline import Pipeline
    from khronika.store import ingest, open_store

    db = work / "store.db"
    if store_path is not None:
        shutil.copyfile(store_path, db)
    os.sync()  # the copy's write-back is not this run's CPU
    pipeline = Pipeline.build()
    store = open_store(str(db))
    ingest.share_models(store, pipeline)
    started = time.process_time()
    store._writer_state()
    state_load = time.process_time() - started
    last_id = store._one("SELECT max(id) FROM articles")[0] or 0
    timers = StepTimers()
    patched = [(owner, attribute, getattr(owner, attribute), label)
               for owner, attribute, label in write_steps(type(store)) if hasattr(owner, attribute)]
    for owner, attribute, fn, label in patched:
        setattr(owner, attribute, timers.timed(fn, label))
    statements: dict[str, list[float]] = {}
    if sql:
        store.conn = TimedConnection(store.conn, statements)
    gc.collect()
    gc.freeze()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    started = time.process_time()
    report, _ = ingest.ingest_pages(store, [str(pages)], pipeline)
    cpu = time.process_time() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    for owner, attribute, fn, _ in reversed(patched):
        setattr(owner, attribute, fn)
    if sql:
        store.conn = store.conn.conn
    rows = store._execute("SELECT duplicate, count(*), count(story_score) FROM articles WHERE id > ? "
                          "GROUP BY duplicate", (last_id,))
    store.close()
    n = max(report.stored, 1)
    enrich = timers.spent.get("enrichment (extract + enrich)", 0.0)
    steps = {label: round(1000 * s / n, 3) for label, s in sorted(timers.spent.items(), key=lambda kv: -kv[1])}
    steps["other (reading, run log, loop)"] = round(1000 * (cpu - sum(timers.spent.values())) / n, 3)
    return {"store": str(store_path or "new"), "pages": report.stored, "cpu_s": round(cpu, 3),
            "enrich_cpu_s": round(enrich, 3), "ratio": round(cpu / enrich, 4) if enrich else None,
            "write_ms_per_page": round(1000 * (cpu - enrich) / n, 3), "state_load_cpu_s": round(state_load, 3),
            "sys_cpu_s": round(after.ru_stime - usage.ru_stime, 3),
            "rows": {str(d or "none"): [int(c), int(s)] for d, c, s in rows},
            "ms_per_page": steps, "calls": timers.calls,
            "sql_ms_per_page": {text: [round(1000 * s / n, 3), int(c)] for text, (s, c) in
                                sorted(statements.items(), key=lambda kv: -kv[1][0])[:40]},
            "load": round(os.getloadavg()[0], 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--store", type=Path, help="A SQLite store to copy first (default: a new store).")
    parser.add_argument("--sql", action="store_true", help="Also time each SQLite statement.")
    parser.add_argument("--json", type=Path, help="Also write the numbers here.")
    args = parser.parse_args()
    from ingest_workers import write_pages  # bench/ingest_workers.py: the same novel pages

    with tempfile.TemporaryDirectory(prefix="kh-ingest-split-") as tmp:
        work = Path(tmp)
        pages = work / "pages.jsonl"
        write_pages(pages, args.pages, novel=True)
        result = split(pages, args.store, work, args.sql)
    print(f"{result['pages']} pages into {result['store']}: CPU {result['cpu_s']} s, enrichment "
          f"{result['enrich_cpu_s']} s, ratio {result['ratio']}, write {result['write_ms_per_page']} ms/page; "
          f"writer state load {result['state_load_cpu_s']} s (before the clock); rows {result['rows']}; "
          f"load {result['load']}")
    for label, ms in result["ms_per_page"].items():
        print(f"  {ms:7.3f} ms/page  {label}")
    for text, (ms, calls) in result["sql_ms_per_page"].items():
        print(f"  {ms:7.3f} ms/page  {calls:5d}x  {text}")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
