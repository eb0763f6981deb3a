"""Scale-out: documents/s in-process vs a LocalCluster, same documents, one run.

Documents: the bundled example pages repeated `--repeat` times, plus the
shared SlavicNER raw texts (as text pages) when `../shared` has them.  Both
modes run the same unit of work (`khronika.scale.enrich_page`, the full
default pipeline) over the same RawPages held in memory, so reading from
disk is not timed.  Startup (cluster start, pipeline build per worker, one
warm-up page per worker) is timed apart from processing, which runs in
interleaved rounds so both modes share the same background load.  CPU seconds are
reported too (this process + worker processes), since on a shared machine
wall-clock speed-up depends on what else is running: the load average is
printed before and after.

    .venv/bin/python bench/scale.py [--repeat 5] [--shared 200] [--workers 2] [--batch-size 8] [--rounds 6]
"""
from __future__ import annotations

import argparse
import atexit
import hashlib
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"
REPO = Path(__file__).resolve().parents[1]


def snapshot_source() -> Path:
    """Run on a copy of src/khronika taken now: other hands edit nlp/ while a
    benchmark runs, and the two modes import the code at different moments.
    Worker processes are spawned with this sys.path, so they import the copy too."""
    # The shared data is found from the repository (as khronika.eval.shared_docs does), not from the copy.
    os.environ.setdefault("KHRONIKA_SHARED", str(REPO.parent / "shared"))
    folder = Path(tempfile.mkdtemp(prefix="khronika-bench-scale-"))
    shutil.copytree(REPO / "src" / "khronika", folder / "khronika", ignore=shutil.ignore_patterns("__pycache__"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    sys.path.insert(0, str(folder))
    return folder


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def documents(repeat: int, shared: int) -> tuple[list, str]:
    from khronika.eval.shared_docs import shared_root
    from khronika.extract.dates import parse_crawl_time
    from khronika.ingest import RawPage, read_pages

    crawled = parse_crawl_time("2024-04-19T12:00:00+03:00")
    examples = [p for p in read_pages([str(REPO / "examples" / "pages")], crawled) if isinstance(p, RawPage)]
    pages = examples * repeat
    described = f"{len(examples)} example pages x {repeat}"
    raw = shared_root() / "data" / "slavicner-ru" / "raw"
    if raw.is_dir() and shared:
        texts = [p for p in read_pages([str(raw)]) if isinstance(p, RawPage)][:shared]
        pages += texts
        described += f" + {len(texts)} SlavicNER raw texts"
    return pages, described


def digest(results) -> Counter:
    """A multiset of (source, record hash) so both modes can be compared without keeping records."""
    out: Counter = Counter()
    for result in results:
        body = json.dumps(result.record, ensure_ascii=False, sort_keys=True) if result.ok else f"!{result.reason}"
        out[(result.source, hashlib.sha1(body.encode()).hexdigest())] += 1
    return out


def _worker_cpu(dask_worker=None) -> float:
    return cpu_seconds()


def _package_folder() -> str:
    import khronika

    return str(Path(khronika.__file__).parent.parent)


def run(pages: list, workers: int, batch_size: int, rounds: int) -> tuple[dict, dict]:
    """Both modes.  The cluster and the local pipeline are built back to back
    before either run; then the documents go in `rounds` interleaved slices
    (in-process then Dask, Dask then in-process, ...), so both modes see the
    same background load on a shared machine.  Idle workers cost no CPU."""
    from khronika.scale import PipelineSpec, enrich_page, enrich_pages
    from khronika.scale.dask_runner import DaskRunner

    started = time.perf_counter()
    with DaskRunner("local", workers=workers, batch_size=batch_size) as runner:
        runner.warm_up(pages[0])
        warm_cpu = sum(s["enrich_cpu_seconds"] for s in runner.workers().values())
        folders = set(runner.client.run(_package_folder).values()) | {_package_folder()}
        assert len(folders) == 1, f"client and workers import different code: {folders}"
        print(f"client and workers import khronika from the snapshot {folders.pop()}", flush=True)
        dask: dict = {"mode": f"Dask LocalCluster ({workers} workers x 1 thread)",
                      "startup": time.perf_counter() - started, "cluster": runner.cluster_seconds}

        started = time.perf_counter()
        pipeline = PipelineSpec().build()
        enrich_page(pages[0], pipeline)  # warm-up, as on each worker
        local: dict = {"mode": "in-process", "startup": time.perf_counter() - started}

        def in_process(chunk: list) -> Counter:
            return digest(enrich_pages(chunk, pipeline))

        def on_dask(chunk: list) -> Counter:
            return digest(runner.map(chunk))

        def workers_cpu() -> float:
            return sum(runner.client.run(_worker_cpu).values())

        for row in (local, dask):
            row.update(seconds=0.0, cpu=0.0, digest=Counter())
        for index in range(rounds):
            chunk = pages[index::rounds]
            order = [(local, in_process), (dask, on_dask)]
            for row, mode in order if index % 2 == 0 else reversed(order):
                before, started = cpu_seconds() + (workers_cpu() if row is dask else 0.0), time.perf_counter()
                row["digest"] += mode(chunk)
                row["seconds"] += time.perf_counter() - started
                row["cpu"] += cpu_seconds() + (workers_cpu() if row is dask else 0.0) - before
            print(f"round {index + 1}/{rounds}: in-process {local['seconds']:.1f}s, dask {dask['seconds']:.1f}s "
                  f"(cumulative); load {os.getloadavg()[0]:.1f}", flush=True)
        states = runner.workers().values()
        dask["builds"] = [s["build_seconds"] for s in states]
        dask["batches"] = [s["batches"] - 1 for s in states]  # minus the warm-up page
        dask["enrich_cpu"] = sum(s["enrich_cpu_seconds"] for s in states) - warm_cpu
    return local, dask


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="Times the example pages are repeated.")
    parser.add_argument("--shared", type=int, default=200, help="SlavicNER raw texts to add (0: none).")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=6, help="Interleaved slices of the documents.")
    args = parser.parse_args()

    snapshot_source()
    pages, described = documents(args.repeat, args.shared)
    print(f"{len(pages)} documents: {described}; {os.cpu_count()} CPUs; load average before {os.getloadavg()}",
          flush=True)
    local, dask = run(pages, args.workers, args.batch_size, args.rounds)
    print(f"load average after {os.getloadavg()}")
    same = local["digest"] == dask["digest"]
    differing = sum((local["digest"] - dask["digest"]).values())
    print(f"records identical in both modes: {same} ({len(pages)} results, {differing} differ)")
    for source, _ in sorted(local["digest"] - dask["digest"]):
        print(f"  differs: {source}")
    print(f"dask: cluster start {dask['cluster']:.1f}s, pipeline build per worker "
          f"{', '.join(f'{s:.1f}s' for s in dask['builds'])}, batches per worker {dask['batches']}; "
          f"CPU inside enrich_page on workers {dask['enrich_cpu']:.1f}s of {dask['cpu']:.1f}s "
          f"(the rest: Dask, pickling, client)")
    print()
    print("| mode | startup s | docs | run s | docs/s | CPU s (all processes) | docs per CPU s |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for row in (local, dask):
        print(f"| {row['mode']} | {row['startup']:.1f} | {len(pages)} | {row['seconds']:.1f} | "
              f"{len(pages) / row['seconds']:.2f} | {row['cpu']:.1f} | {len(pages) / row['cpu']:.2f} |")
    print(f"\nspeed-up (docs/s, Dask / in-process): {local['seconds'] / dask['seconds']:.2f}x")
    if not same:
        raise SystemExit("records differ between the two modes")


if __name__ == "__main__":
    main()
