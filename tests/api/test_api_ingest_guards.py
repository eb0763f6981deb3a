"""POST /api/v1/ingest and the server processes, as an operator depends on them (rv16 H4, H5, M6, M7, L4, L6):
the token is checked before the body is read and the body is capped; an ingest does not stop the
server answering; URL fetches are capped and never reach internal addresses; a feed URL gives its
entries' pages; a cached read sees another process's commit; `serve --workers` ends with its parent.

The NLP is switched off (the HTTP edge is under test).  Every server is a loopback one; the
internal-address cases that are not loopback are refused before any connection is made."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from khronika_demo_store import free_port

TOKEN = "guard-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
API = "/api/v1"
PAGES = Path(__file__).resolve().parents[2] / "examples" / "pages"
PAGE = (PAGES / "002_txt_agency_tass.txt").read_text("utf-8")
MB = 1024 * 1024


def _fast_pipeline() -> Any:
    from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline

    return Pipeline.build(disable=list(DEFAULT_ORDER))


class _BusyPipeline:
    """The fast pipeline, holding the CPU (and the GIL) for `seconds` a page, as the NLP does."""

    def __init__(self, seconds: float) -> None:
        self._inner = _fast_pipeline()
        self.seconds = seconds
        self.names = self._inner.names

    def __call__(self, article: Any) -> Any:
        end = time.perf_counter() + self.seconds
        while time.perf_counter() < end:
            sum(range(1000))
        return self._inner(article)


def _no_pipeline() -> Any:
    raise AssertionError("the pipeline must not be built for a refused request")


@pytest.fixture
def store_path(tmp_path) -> str:
    from khronika.store import open_store

    path = str(tmp_path / "k.db")
    open_store(path).close()
    return path


def _app(store_path: str, *, token: str | None = TOKEN, pipeline: Any = _fast_pipeline, **options: Any) -> Any:
    from khronika.api import create_app
    from khronika.store import open_store

    return create_app(lambda: open_store(store_path, create=False), token=token, web=False,
                      pipeline_factory=pipeline, **options)


@pytest.fixture
def client(store_path: str) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    app = _app(store_path)
    app.state.fetch_private = True  # the loopback servers below stand for news sites
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


# -- H5: token before body, body capped -----------------------------------------------------------

class _Body:
    """A request body that notes whether the server read any of it."""

    def __init__(self, data: bytes, chunk: int = 64 * 1024) -> None:
        self.data, self.chunk, self.consumed = data, chunk, False

    def __iter__(self) -> Iterator[bytes]:
        self.consumed = True
        for start in range(0, len(self.data), self.chunk):
            yield self.data[start:start + self.chunk]


AUTH_CASES = [
    # server token, request headers, body → status, error code
    ("no token, malformed JSON", TOKEN, {}, b"{not json", 401, "unauthorized"),
    ("wrong token, malformed JSON", TOKEN, {"Authorization": "Bearer nope"}, b"{not json", 403, "forbidden"),
    ("closed server, malformed JSON", None, AUTH, b"{not json", 403, "forbidden"),
    ("no token, a valid body", TOKEN, {}, b'{"pages": [{"name": "a.txt", "content": "x"}]}', 401, "unauthorized"),
]


@pytest.mark.parametrize("what, server_token, headers, data, status, code", AUTH_CASES, ids=[c[0] for c in AUTH_CASES])
def test_token_is_checked_before_the_body_is_read(store_path, what, server_token, headers, data, status, code) -> None:
    from fastapi.testclient import TestClient

    body = _Body(data)
    with TestClient(_app(store_path, token=server_token, pipeline=_no_pipeline), raise_server_exceptions=False) as c:
        response = c.post(API + "/ingest", content=body, headers={"content-type": "application/json", **headers})
    assert (response.status_code, response.json()["error"]["code"]) == (status, code), response.text
    assert not body.consumed, "the body was read before the token was checked"


def _big_body(size: int) -> bytes:
    return json.dumps({"pages": [{"name": "big.txt", "content": "я" * (size // 2)}]}).encode()


SIZE_CASES = [
    # how the body comes → status
    ("Content-Length over 50 MB", "length", 413),
    ("chunked, over 50 MB", "chunked", 413),
]


@pytest.mark.parametrize("what, framing, status", SIZE_CASES, ids=[c[0] for c in SIZE_CASES])
def test_body_over_the_cap_is_413_in_the_error_shape(store_path, what, framing, status) -> None:
    from fastapi.testclient import TestClient

    data = _big_body(51 * MB)
    content: Any = data if framing == "length" else _Body(data)
    with TestClient(_app(store_path), raise_server_exceptions=False) as c:
        response = c.post(API + "/ingest", content=content, headers={"content-type": "application/json", **AUTH})
        assert response.status_code == status, response.text[:200]
        assert response.json()["error"]["code"] == "too_large"
        assert "50 MB" in response.json()["error"]["message"]
        # A body under the cap still goes through, and malformed JSON with the token is still 422.
        ok = c.post(API + "/ingest", json={"pages": [{"name": "a.txt", "content": PAGE}]}, headers=AUTH)
        assert ok.status_code == 200 and ok.json()["counts"] == {"new": 1}, ok.text
        bad = c.post(API + "/ingest", content=b"{not json", headers={"content-type": "application/json", **AUTH})
        assert bad.status_code == 422


# -- M6: /health answers while an ingest runs ----------------------------------------------------

def test_health_answers_during_an_ingest(store_path) -> None:
    import uvicorn

    # As `khronika serve` builds it: the store on the event-loop thread.
    app = _app(store_path, pipeline=lambda: _BusyPipeline(0.5), inline_store=True)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.05)
        pages = [{"name": f"p{i}.txt", "content": PAGE.replace("ТАСС", f"ТАСС {i}")} for i in range(6)]
        took: list[float] = []

        def post() -> None:
            start = time.perf_counter()
            answer = httpx.post(base + API + "/ingest", json={"pages": pages}, headers=AUTH, timeout=120)
            assert answer.status_code == 200, answer.text
            took.append(time.perf_counter() - start)

        poster = threading.Thread(target=post)
        poster.start()
        latencies = []
        with httpx.Client(timeout=60) as poll:
            while poster.is_alive():
                start = time.perf_counter()
                assert poll.get(base + API + "/health").status_code == 200
                latencies.append(time.perf_counter() - start)
                time.sleep(0.05)
        poster.join()
        assert took and took[0] >= 3.0  # six pages at 0.5 s each
        assert len(latencies) >= 10 and max(latencies) < 1.0, (took, max(latencies))
    finally:
        server.should_exit = True
        thread.join(timeout=20)


# -- M7: fetches capped, internal addresses refused ----------------------------------------------

class _Site:
    """A loopback site: `routes` maps a path to (status, headers, body or a callable giving chunks)."""

    def __init__(self, routes: dict[str, tuple[int, dict[str, str], Any]]) -> None:
        self.routes = routes
        self.sent = 0
        self.hits: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server API)
                site.hits.append(self.path)
                status, headers, body = site.routes.get(self.path, (404, {}, b""))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value.replace("{base}", site.base))
                if callable(body):  # streamed without a Content-Length until the client stops reading
                    self.send_header("Connection", "close")
                    self.end_headers()
                    try:
                        for chunk in body():
                            self.wfile.write(chunk)
                            site.sent += len(chunk)
                    except OSError:
                        pass
                    return
                data = body.replace(b"{base}", site.base.encode())
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                site.sent += len(data)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _endless(total: int) -> Any:
    def chunks() -> Iterator[bytes]:
        block = b"<p>" + "слово ".encode() * 10000 + b"</p>\n"
        for _ in range(total // len(block)):
            yield block
    return chunks


HTML = "<html><body><article><h1>{}</h1><p>{}</p></article></body></html>"


@pytest.fixture
def site() -> Iterator[_Site]:
    body = PAGE.split("\n", 1)
    page = HTML.format(body[0], body[1].replace("\n", "</p><p>")).encode()
    routes = {
        "/page.html": (200, {"Content-Type": "text/html; charset=utf-8"}, page),
        "/huge.html": (200, {"Content-Type": "text/html"}, _endless(100 * MB)),
        "/bomb.html": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                       gzip.compress(b"<p>" + b"a" * (60 * MB) + b"</p>", 9)),
        "/hop": (302, {"Location": "{base}/page.html"}, b""),
    }
    for number in (1, 2, 3):
        text = PAGE.replace("ТАСС", f"ТАСС-{number}").split("\n", 1)
        routes[f"/news/{number}.html"] = (200, {"Content-Type": "text/html; charset=utf-8"},
                                          HTML.format(text[0], text[1].replace("\n", "</p><p>")).encode())
    items = "".join(f"<item><title>Новость {n}</title><link>{{base}}/news/{n}.html</link>"
                    f"<description>Кратко {n}</description><pubDate>Fri, 19 Apr 2024 12:0{n}:00 +0300</pubDate></item>"
                    for n in (1, 2, 3))
    routes["/rss"] = (200, {"Content-Type": "application/rss+xml; charset=utf-8"},
                      f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента</title>'
                      f"<link>{{base}}/</link>{items}</channel></rss>".encode())
    served = _Site(routes)
    yield served
    served.close()


def test_fetch_stops_reading_at_the_cap(site) -> None:
    from khronika.api.v1.ingest import fetch_pages

    [huge] = fetch_pages([site.base + "/huge.html"], allow_private=True)
    assert "too large" in huge.reason
    time.sleep(0.3)
    assert site.sent < 40 * MB, f"the server sent {site.sent / MB:.0f} MB of a 100 MB page"


def test_compressed_page_is_capped_after_decompression(site) -> None:
    import tracemalloc

    from khronika.api.v1.ingest import fetch_pages

    tracemalloc.start()
    try:
        [bomb] = fetch_pages([site.base + "/bomb.html"], allow_private=True)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "too large" in bomb.reason
    assert peak < 40 * MB, f"peak {peak / MB:.0f} MB for a 60 MB page"


REFUSED = [
    # URL (PORT: the loopback site's port) → reason in the run log
    ("http://127.0.0.1:PORT/page.html", "fetch failed (refused: 127.0.0.1 is a loopback address)"),
    ("http://localhost:PORT/page.html", "fetch failed (refused: localhost is a loopback address"),
    ("http://[::1]:PORT/page.html", "fetch failed (refused: ::1 is a loopback address)"),
    ("http://[::ffff:127.0.0.1]:PORT/", "fetch failed (refused: ::ffff:127.0.0.1 is a loopback address"),
]


@pytest.mark.parametrize("url, reason", REFUSED, ids=[r[0] for r in REFUSED])
def test_internal_addresses_are_refused(store_path, site, url, reason) -> None:
    from fastapi.testclient import TestClient

    url = url.replace("PORT", site.base.rsplit(":", 1)[1])
    with TestClient(_app(store_path), raise_server_exceptions=False) as c:  # fetch_private not set: refused
        response = c.post(API + "/ingest", json={"urls": [url]}, headers=AUTH)
    assert response.status_code == 200, response.text
    [item] = response.json()["items"]
    assert item["status"] == "failed" and item["reason"].startswith(reason), item
    assert site.hits == []


ADDRESSES = [
    # host → refusal (None: connected to, at that address).  Numeric hosts: no DNS, no connection.
    ("169.254.169.254", "refused: 169.254.169.254 is a link-local address"),
    ("10.1.2.3", "refused: 10.1.2.3 is a private address"),
    ("172.16.5.4", "refused: 172.16.5.4 is a private address"),
    ("192.168.0.1", "refused: 192.168.0.1 is a private address"),
    ("100.64.0.1", "refused: 100.64.0.1 is not a public address"),
    ("0.0.0.0", "refused: 0.0.0.0 is the unspecified address"),
    ("fe80::1", "refused: fe80::1 is a link-local address"),
    ("fd00::1", "refused: fd00::1 is a private address"),
    ("93.184.216.34", None),
    ("2a00:1450:4010:c0f::8a", None),
]


@pytest.mark.parametrize("host, refusal", ADDRESSES, ids=[a[0] for a in ADDRESSES])
def test_address_check(host, refusal) -> None:
    from khronika.api.v1 import ingest

    if refusal is None:
        assert ingest._public_address(host, 80) == host
    else:
        with pytest.raises(ingest.FetchRefused) as raised:
            ingest._public_address(host, 80)
        assert str(raised.value) == refusal


def test_a_redirect_to_an_internal_address_is_refused(monkeypatch) -> None:
    """The first hop is a public name (resolved by a stub, answered by a stub): no network."""
    from khronika.api.v1 import ingest

    real = ingest.socket.getaddrinfo
    monkeypatch.setattr(ingest.socket, "getaddrinfo", lambda host, *a, **k:
                        [(2, 1, 6, "", ("93.184.216.34", 80))] if host == "news.example" else real(host, *a, **k))
    seen: list[tuple[str, str]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers["host"]))
        return httpx.Response(302, headers={"Location": "http://127.0.0.1:9/secret"})

    transport = ingest.GuardedTransport(inner=httpx.MockTransport(answer))
    with httpx.Client(transport=transport, follow_redirects=True) as client:
        with pytest.raises(ingest.FetchRefused, match="127.0.0.1 is a loopback address"):
            client.get("http://news.example/story")
    # The checked address is the one connected to, under the site's own name.
    assert seen == [("93.184.216.34", "news.example")]


# -- L4: a feed URL gives its entries' pages ------------------------------------------------------

def test_feed_url_is_expanded_to_its_entries(client, site) -> None:
    response = client.post(API + "/ingest", json={"urls": [site.base + "/rss"]}, headers=AUTH)
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [(i["input"], i["status"]) for i in items] == [
        (f"{site.base}/news/{n}.html", "new") for n in (1, 2, 3)]


def test_redirected_page_is_fetched_when_private_addresses_are_allowed(client, site) -> None:
    response = client.post(API + "/ingest", json={"urls": [site.base + "/hop", site.base + "/gone"]}, headers=AUTH)
    items = {i["input"]: (i["status"], i["reason"]) for i in response.json()["items"]}
    assert items[site.base + "/hop"][0] == "new"
    assert items[site.base + "/gone"] == ("failed", "fetch failed (HTTP 404 Not Found)")


def test_pages_fetched_for_one_request_are_capped(site) -> None:
    from khronika.api.v1.ingest import fetch_pages

    got = fetch_pages([site.base + "/rss", site.base + "/page.html"], allow_private=True, max_pages=2)
    assert [getattr(g, "source", None) for g in got[:2]] == [f"{site.base}/news/{n}.html" for n in (1, 2)]
    assert [(g.source, g.skipped) for g in got[2:]] == [(site.base + "/rss", True), (site.base + "/page.html", True)]


# -- L6: a cached read sees another process's commit ---------------------------------------------

def test_cache_of_another_process_sees_an_ingest(store_path) -> None:
    from fastapi.testclient import TestClient

    # Two apps on one store stand for two `serve --workers` processes.
    one = _app(store_path, cache_ttl=60, inline_store=True)
    two = _app(store_path, cache_ttl=60, inline_store=True)
    query = {"q": "Зеленский"}
    text = "Президент Украины Владимир Зеленский провёл встречу с министрами. " * 5
    with TestClient(one) as first, TestClient(two) as second:
        assert second.get(API + "/search", params=query).json()["items"] == []  # now cached in process two
        added = first.post(API + "/ingest", headers=AUTH,
                           json={"pages": [{"name": "z.txt", "content": "Встреча\n\n" + text}]})
        assert added.json()["counts"] == {"new": 1}
        assert len(second.get(API + "/search", params=query).json()["items"]) == 1
        assert len(first.get(API + "/search", params=query).json()["items"]) == 1


# -- H4: `serve --workers` ends with its parent ---------------------------------------------------

def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_serve_workers_exit_when_the_parent_is_killed(store_path) -> None:
    port = free_port()
    khronika = Path(sys.executable).parent / "khronika"
    proc = subprocess.Popen([str(khronika), "serve", "--db", store_path, "--port", str(port), "--workers", "2",
                             "--log-level", "warning"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    children: list[int] = []
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, "serve ended"
            try:
                httpx.get(base + API + "/health", timeout=2).raise_for_status()
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        children = _children(proc.pid)
        assert len(children) >= 2
        os.kill(proc.pid, signal.SIGKILL)  # as the OOM killer or `kill -9` would
        proc.wait(timeout=10)
        deadline = time.monotonic() + 15
        while any(Path(f"/proc/{c}").exists() and "Z" not in _state(c) for c in children):
            assert time.monotonic() < deadline, [(c, _state(c)) for c in children if Path(f"/proc/{c}").exists()]
            time.sleep(0.2)
        with pytest.raises(httpx.ConnectError):  # nothing listens on the port any more
            httpx.get(base + API + "/health", timeout=2)
    finally:
        for child in children:
            try:
                os.kill(child, signal.SIGKILL)
            except OSError:
                pass
        if proc.poll() is None:
            proc.kill()


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"
