"""API load benchmark: requests/s and latency percentiles for search, article
and actor endpoints under bounded local load.

    .venv/bin/python bench/api.py                      # demo store (examples/pages), 50 clients
    .venv/bin/python bench/api.py --db big.db --clients 50 --requests 3000 --max-seconds 60
    .venv/bin/python bench/api.py --store-dir /tmp/kh100k/store --backend postgres --cache-ttl 0

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
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEARCHES = ["Путин", "Макрон", "выборы", "НАТО", "переговоры", "actor:Путин", "Госдума закон",
            "event:CONSULT", "президент России", "source:tass.ru"]
# Per actor, the request mix of the "actor" endpoint: summary and its sub-resources.
ACTOR_PATHS = ["", "/mentions", "/timeline", "/co-occurring"]


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


def build_synthetic_store(path: str, n: int, seed: int = 7) -> str:
    """A store of `n` articles made from the enriched demo Docs without rerunning NLP.

    Each article is a demo Doc with its layers, a new URL (one of 12 outlets),
    a date spread over 2010–2024 and one appended paragraph of sentences drawn
    from other demo pages, so search, actor and story indexes grow with real
    text.  Appending keeps every layer's offsets valid.
    """
    import copy
    from datetime import timedelta

    from khronika.extract import extract_page
    from khronika.ingest import read_pages
    from khronika.nlp.doc import Doc
    from khronika.nlp.pipeline import Pipeline
    from khronika.store import open_store

    rng = random.Random(seed)
    pipeline = Pipeline.build()
    crawled = datetime.fromisoformat("2024-04-19T12:00:00+03:00")
    base_docs = [pipeline(extract_page(raw)) for raw in read_pages([str(ROOT / "examples" / "pages")], crawled)
                 if not isinstance(raw, Exception)]
    sentences = [s.strip() + "." for d in base_docs for p in d.article.paragraphs for s in p.split(". ") if len(s) > 40]
    start = datetime.fromisoformat("2010-01-01T09:00:00+03:00")
    began = time.monotonic()
    with open_store(path) as store:
        run_id = store.begin_run("bench synthetic", ",".join(pipeline.names))
        for i in range(n):
            base = base_docs[i % len(base_docs)]
            article = copy.deepcopy(base.article)
            article.id = f"synthetic-{i}"
            article.url = f"https://outlet{rng.randrange(12)}.example.ru/news/{i}"
            article.published = (start + timedelta(minutes=rng.randrange(14 * 365 * 24 * 60))).isoformat()
            article.paragraphs = [*article.paragraphs, " ".join(rng.sample(sentences, 25))]
            doc = Doc.from_article(article)
            for layer in ("sentences", "tokens", "mentions", "actors", "times", "quotes", "events", "related"):
                setattr(doc, layer, copy.copy(getattr(base, layer)))
            doc.layers = set(base.layers)
            store.add_document(doc, run_id=run_id, pipeline="synthetic", input_name=article.url)
            if (i + 1) % 1000 == 0:
                print(f"  {i + 1} articles, {time.monotonic() - began:.0f} s", file=sys.stderr, flush=True)
        store.finish_run(run_id)
    return path


def start_server(db: str, port: int, workers: int = 1, cache_ttl: float = 60.0,
                 extra: list[str] | None = None) -> subprocess.Popen:
    khronika = shutil.which("khronika", path=str(Path(sys.executable).parent)) or "khronika"
    proc = subprocess.Popen([khronika, "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port),
                             "--log-level", "warning", "--workers", str(workers), "--cache-ttl", str(cache_ttl),
                             *(extra or [])], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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


class Connection:
    """One keep-alive HTTP/1.1 connection written by hand: the load generator
    shares the machine with the server, so it must cost far less than httpx."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        target = quote(path, safe="/?=&:%")
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        length = 0
        chunked = False
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "transfer-encoding" and "chunked" in value.lower():
                chunked = True
        if chunked:
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
                await self.reader.readexactly(size + 2)
                if size == 0:
                    break
        elif length:
            await self.reader.readexactly(length)
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def run_load(host: str, port: int, paths: list[str], clients: int, max_requests: int,
                   max_seconds: float) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    issued = 0
    stop_at = time.monotonic() + max_seconds

    async def one_client(seed: int) -> None:
        nonlocal errors, issued
        rng = random.Random(seed)
        conn = Connection(host, port)
        try:
            while issued < max_requests and time.monotonic() < stop_at:
                issued += 1
                path = rng.choice(paths)
                started = time.perf_counter()
                try:
                    if await conn.get(path) != 200:
                        errors += 1
                except (OSError, asyncio.IncompleteReadError, ValueError):
                    errors += 1
                    await conn.close()
                    conn = Connection(host, port)
                latencies.append(time.perf_counter() - started)
        finally:
            await conn.close()

    began = time.perf_counter()
    await asyncio.gather(*(one_client(i) for i in range(clients)))
    elapsed = time.perf_counter() - began
    latencies.sort()

    def pct(p: float) -> float:
        return 1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))]

    return {"requests": len(latencies), "errors": errors, "seconds": elapsed, "rps": len(latencies) / elapsed,
            "p50": pct(0.50), "p95": pct(0.95), "p99": pct(0.99), "mean": 1000 * statistics.fmean(latencies)}


def run_loop(coroutine):
    """uvloop when installed (it is a dependency of the web extra): the load generator
    shares the cores with the server, and uvloop costs it about a third less CPU."""
    try:
        import uvloop
    except ImportError:  # pragma: no cover - the web extra installs it
        return asyncio.run(coroutine)
    return uvloop.run(coroutine)


def server_cpu_seconds(server: subprocess.Popen) -> float:
    """CPU seconds (user + system) of the server process and its worker processes, from /proc;
    unlike latencies, this per-request cost does not depend on what else runs on the machine."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [server.pid]
    try:
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    except OSError:
        children = []
    for pid in pids + children:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def endpoint_paths(base: str, searches: list[str], seed: int = 11) -> dict[str, list[str]]:
    """Request paths per endpoint: every search query (first and second page), 2,000 article
    ids drawn from the whole store, and the top-50 actors' summary, mentions, timeline and
    co-occurring actors."""
    rng = random.Random(seed)
    with httpx.Client(base_url=base, timeout=30) as client:
        newest = client.get("/api/v1/articles", params={"limit": 1}).json()["items"]
        top = newest[0]["id"] if newest else 0
        articles = sorted(rng.sample(range(1, top + 1), min(2000, top)))
        actors = [a["id"] for a in client.get("/api/v1/actors", params={"limit": 50}).json()["items"]]
        second_pages = [second_page(q, lambda path: client.get(path).json()) for q in searches]
    return {
        "search": [f"/api/v1/search?q={q}" for q in searches] + [p for p in second_pages if p],
        "article": [f"/api/v1/articles/{i}" for i in articles],
        "actor": [f"/api/v1/actors/{a}{tail}" for a in actors for tail in ACTOR_PATHS],
    }


def second_page(q: str, get_json) -> str | None:
    """The path of a query's second page, as a client reaches it: the first page's next_cursor."""
    cursor = get_json(f"/api/v1/search?q={quote(q)}&limit=20").get("next_cursor")
    return f"/api/v1/search?q={q}&limit=20&cursor={cursor}" if cursor else None


def bench_searches() -> list[str]:
    """The 42 queries of bench/store.py (words, phrases, every filter kind)."""
    from search_queries import QUERIES  # bench/ is this script's folder

    return list(QUERIES)


def kept_store(directory: Path, backend: str) -> tuple[str, object | None]:
    """A store kept by `bench/store.py --keep DIR`: its URL, and the PostgreSQL server started for it."""
    if backend == "sqlite":
        return str(directory / "sqlite.db"), None
    sys.path.insert(0, str(ROOT / "tests" / "store"))
    from pgserver import PgServer, find_bindir

    spec_settings = "-c shared_buffers=1GB -c work_mem=16MB -c effective_cache_size=4GB"  # as bench/store.py
    server = PgServer(find_bindir(), directory / "pg", spec_settings).start()
    return (directory / "postgres.url").read_text(encoding="utf-8").strip(), server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="Existing store (path or postgresql://…); default: build the demo store")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000, help="Max requests per endpoint")
    parser.add_argument("--max-seconds", type=float, default=60.0, help="Max seconds per endpoint")
    parser.add_argument("--endpoints", default="search,article,actor")
    parser.add_argument("--shared-socket", action="store_true",
                        help="khronika serve --shared-socket: uvicorn's one socket for all processes "
                             "(default: one SO_REUSEPORT socket per process)")
    parser.add_argument("--workers", type=int, default=2,
                        help="Server processes (khronika serve --workers); 2 = the cores of the machine measured")
    parser.add_argument("--cache-ttl", type=float, default=60.0,
                        help="khronika serve --cache-ttl (0: every request hits the store)")
    parser.add_argument("--store-dir", type=Path, help="A store kept by `bench/store.py --keep DIR` (100k)")
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite", help="With --store-dir")
    parser.add_argument("--searches", choices=["short", "store"], default="store",
                        help="short: the 10 original queries; store: bench/store.py's 42 (default)")
    parser.add_argument("--synthetic", type=int, default=0, metavar="N",
                        help="Build a synthetic store of N articles at --db first (when it does not exist)")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="khronika-bench-api-"))
    try:
        if args.synthetic and args.db and not Path(args.db).exists():
            build_synthetic_store(args.db, args.synthetic)
        pg_server = None
        if args.store_dir:
            db, pg_server = kept_store(args.store_dir, args.backend)
        else:
            db = args.db or build_demo_store(workdir / "demo.db")
        port = free_port()
        server = start_server(db, port, args.workers, args.cache_ttl, ["--shared-socket"] if args.shared_socket else [])
        base = f"http://127.0.0.1:{port}"
        try:
            counts = httpx.get(base + "/api/v1/health").json()["counts"]
            paths = endpoint_paths(base, bench_searches() if args.searches == "store" else SEARCHES)
            print(f"load average {os.getloadavg()}")
            print(f"store: {db if args.db or args.store_dir else 'demo (examples/pages)'} — {counts.get('articles')} articles, "
                  f"{counts.get('actors')} actors; {args.clients} clients; {args.workers} server process(es); "
                  f"cache-ttl {args.cache_ttl:g}; "
                  f"cpus {os.cpu_count()}", flush=True)
            print("| endpoint | requests | errors | req/s | p50 ms | p95 ms | p99 ms | server CPU ms/request |")
            print("|---|---:|---:|---:|---:|---:|---:|---:|")
            for name in args.endpoints.split(","):
                # Warm-up, not measured: every path about twice over all the connections, so each
                # server process has seen each query (its words' forms, pages of the store) and
                # the run measures the steady state of a long-running server.
                run_loop(run_load("127.0.0.1", port, paths[name], args.clients, 2 * len(paths[name]), 30))
                server_cpu = server_cpu_seconds(server)
                r = run_loop(run_load("127.0.0.1", port, paths[name], args.clients, args.requests,
                                      args.max_seconds))
                r["server_cpu_ms"] = (server_cpu_seconds(server) - server_cpu) / max(1, r["requests"]) * 1000
                print(f"| {name} | {r['requests']} | {r['errors']} | {r['rps']:.0f} | {r['p50']:.1f} | "
                      f"{r['p95']:.1f} | {r['p99']:.1f} | {r['server_cpu_ms']:.2f} |", flush=True)
            print(f"load average {os.getloadavg()}")
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
            if pg_server is not None:
                pg_server.stop()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
