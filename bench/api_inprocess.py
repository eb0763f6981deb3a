"""Server CPU per API request, in process, through the ASGI app (no sockets, no load).

    .venv/bin/python bench/api_inprocess.py /tmp/kh100k/store/sqlite.db [--requests 400] [--store-thread]
    .venv/bin/python bench/api_inprocess.py DB --profile search   # cProfile of one endpoint's requests

The same request mix as bench/api.py (its 42 searches, 2,000 random article
ids, the top-50 actors' summary, mentions, timeline and co-occurring), sent
one at a time to `create_app` with the cache off; CPU time of this process
per request, per endpoint and per actor sub-resource.  By default the store
runs inline on the event loop, as `khronika serve` runs it; `--store-thread`
puts it on its own thread (the `create_app` default for an embedded app).
Unlike bench/api.py's latencies, this does not depend on what else runs.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import cProfile
import pstats
import importlib.util
import json
import random
import statistics
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]


def load_bench_api():
    spec = importlib.util.spec_from_file_location("bench_api", ROOT / "bench" / "api.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def call(app, path: str) -> tuple[int, bytes]:
    target, _, query = path.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
             "scheme": "http", "path": target, "raw_path": target.encode(),
             "query_string": quote(query, safe="=&:%").encode(), "headers": [(b"host", b"bench")],
             "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 1), "root_path": ""}
    status: list[int] = []
    body: list[bytes] = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            status.append(message["status"])
        else:
            body.append(message.get("body", b""))

    await app(scope, receive, send)
    return status[0], b"".join(body)


async def run(db: str, requests: int, store_thread: bool, profile: str | None = None) -> None:
    from khronika.api import create_app
    from khronika.store import open_store

    bench_api = load_bench_api()
    # `inline_store` only when asked for: older versions (to compare against) lack the option.
    inline = {} if store_thread else {"inline_store": True}
    app = create_app(lambda: open_store(db, create=False), cache_ttl=0, **inline)
    async with app.router.lifespan_context(app):
        rng = random.Random(11)
        newest = json.loads((await call(app, "/api/v1/articles?limit=1"))[1])["items"][0]["id"]
        articles = sorted(rng.sample(range(1, newest + 1), min(2000, newest)))
        actors = [a["id"] for a in json.loads((await call(app, "/api/v1/actors?limit=50"))[1])["items"]]
        searches = bench_api.bench_searches()
        second_pages = []
        for q in searches:
            first = json.loads((await call(app, f"/api/v1/search?q={q}&limit=20"))[1])
            if first.get("next_cursor"):
                second_pages.append(f"/api/v1/search?q={q}&limit=20&cursor={first['next_cursor']}")
        paths = {
            "search": [f"/api/v1/search?q={q}" for q in searches] + second_pages,
            "article": [f"/api/v1/articles/{i}" for i in articles],
            "actor": [f"/api/v1/actors/{a}{tail}" for a in actors for tail in bench_api.ACTOR_PATHS],
        }
        print(f"store {db}; store {'on its own thread' if store_thread else 'inline'}; {requests} requests each")
        print("| endpoint | CPU ms/request | p95 CPU ms |")
        print("|---|---:|---:|")
        for name, choices in paths.items():
            if profile and name != profile:
                continue
            for path in choices[:40]:  # warm-up
                await call(app, path)
            pick = random.Random(3)
            costs: dict[str, list[float]] = {}
            profiler = cProfile.Profile() if profile else None
            if profiler:
                profiler.enable()
            for _ in range(requests):
                path = pick.choice(choices)
                started = time.process_time()
                status, _ = await call(app, path)
                spent = time.process_time() - started
                if status != 200:
                    raise SystemExit(f"{path}: HTTP {status}")
                key = name
                if name == "search":
                    key = "search/next page" if "cursor=" in path else "search/first page"
                if name == "actor":
                    tail = path.split("?")[0].rsplit("/", 1)[-1]
                    key = "actor/" + (tail if tail in ("mentions", "timeline", "co-occurring") else "summary")
                costs.setdefault(key, []).append(spent)
            if profiler:
                profiler.disable()
                pstats.Stats(profiler).sort_stats(os.environ.get("PROFILE_SORT", "cumulative")).print_stats(45)
            every = sorted(c for values in costs.values() for c in values)
            print(f"| {name} | {statistics.fmean(every) * 1000:.2f} | {every[int(0.95 * len(every))] * 1000:.2f} |")
            if len(costs) > 1:
                for key, values in sorted(costs.items()):
                    print(f"| {key} | {statistics.fmean(values) * 1000:.2f} | |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--store-thread", action="store_true")
    parser.add_argument("--profile", choices=("search", "article", "actor"),
                        help="time only this endpoint, under cProfile (printed, sorted by cumulative time)")
    args = parser.parse_args()
    asyncio.run(run(args.db, args.requests, args.store_thread, args.profile))


if __name__ == "__main__":
    main()
