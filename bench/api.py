"""API load benchmark: requests/s and latency percentiles for search, article
and actor endpoints under bounded local load.

    .venv/bin/python bench/api.py                      # demo store (examples/pages), 50 clients
    .venv/bin/python bench/api.py --db big.db --clients 50 --requests 3000 --max-seconds 60

The server is `khronika serve` in a subprocess on 127.0.0.1 (a free port);
the load comes from this process: `--clients` concurrent keep-alive
connections, at most `--requests` requests per endpoint and `--max-seconds`
per endpoint, whichever ends first.  Loopback only; nothing else is
contacted.  The goal (issue 7): p95 < 100 ms at 50 clients on a
100k-article store.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEARCHES = ["Путин", "Макрон", "выборы", "НАТО", "переговоры", "actor:Путин", "Госдума закон",
            "event:CONSULT", "президент России", "source:tass.ru"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_demo_store(path: Path) -> str:
    from khronika.nlp.pipeline import Pipeline
    from khronika.store import open_store
    from khronika.store.ingest import ingest_pages

    with open_store(str(path)) as store:
        ingest_pages(store, [str(ROOT / "examples" / "pages")], Pipeline.build(),
                     crawled_at=datetime.fromisoformat("2024-04-19T12:00:00+03:00"))
    return str(path)


def start_server(db: str, port: int) -> subprocess.Popen:
    khronika = shutil.which("khronika", path=str(Path(sys.executable).parent)) or "khronika"
    proc = subprocess.Popen([khronika, "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port),
                             "--log-level", "warning"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not come up in 60 s")


async def run_load(base: str, paths: list[str], clients: int, max_requests: int,
                   max_seconds: float) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    issued = 0
    stop_at = time.monotonic() + max_seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        async def one_client(seed: int) -> None:
            nonlocal errors, issued
            rng = random.Random(seed)
            while issued < max_requests and time.monotonic() < stop_at:
                issued += 1
                path = rng.choice(paths)
                started = time.perf_counter()
                try:
                    response = await client.get(path)
                    if response.status_code != 200:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                latencies.append(time.perf_counter() - started)

        began = time.perf_counter()
        await asyncio.gather(*(one_client(i) for i in range(clients)))
        elapsed = time.perf_counter() - began
    latencies.sort()

    def pct(p: float) -> float:
        return 1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))]

    return {"requests": len(latencies), "errors": errors, "seconds": elapsed, "rps": len(latencies) / elapsed,
            "p50": pct(0.50), "p95": pct(0.95), "p99": pct(0.99), "mean": 1000 * statistics.fmean(latencies)}


def endpoint_paths(base: str) -> dict[str, list[str]]:
    with httpx.Client(base_url=base, timeout=30) as client:
        articles, cursor = [], None
        while len(articles) < 500:
            body = client.get("/api/v1/articles", params={"limit": 200, **({"cursor": cursor} if cursor else {})}).json()
            articles += [a["id"] for a in body["items"]]
            cursor = body["next_cursor"]
            if not cursor:
                break
        actors = [a["id"] for a in client.get("/api/v1/actors", params={"limit": 50}).json()["items"]]
    return {
        "search": [f"/api/v1/search?q={q}" for q in SEARCHES],
        "article": [f"/api/v1/articles/{i}" for i in articles],
        "actor": [f"/api/v1/actors/{a}" for a in actors],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="Existing store (path or postgresql://…); default: build the demo store")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000, help="Max requests per endpoint")
    parser.add_argument("--max-seconds", type=float, default=60.0, help="Max seconds per endpoint")
    parser.add_argument("--endpoints", default="search,article,actor")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="khronika-bench-api-"))
    try:
        db = args.db or build_demo_store(workdir / "demo.db")
        port = free_port()
        server = start_server(db, port)
        base = f"http://127.0.0.1:{port}"
        try:
            counts = httpx.get(base + "/api/v1/health").json()["counts"]
            paths = endpoint_paths(base)
            print(f"store: {db if args.db else 'demo (examples/pages)'} — {counts.get('articles')} articles, "
                  f"{counts.get('actors')} actors; {args.clients} clients; cpus {os.cpu_count()}", flush=True)
            print("| endpoint | requests | errors | req/s | p50 ms | p95 ms | p99 ms |")
            print("|---|---:|---:|---:|---:|---:|---:|")
            for name in args.endpoints.split(","):
                # a short warm-up so the first request's imports and caches are not measured
                asyncio.run(run_load(base, paths[name], 4, 20, 10))
                r = asyncio.run(run_load(base, paths[name], args.clients, args.requests, args.max_seconds))
                print(f"| {name} | {r['requests']} | {r['errors']} | {r['rps']:.0f} | {r['p50']:.1f} | "
                      f"{r['p95']:.1f} | {r['p99']:.1f} |", flush=True)
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
