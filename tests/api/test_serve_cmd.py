"""`khronika serve`: refuses a missing store; serves API and UI on loopback."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from khronika.cli import main
from khronika_demo_store import demo_sqlite, free_port


def test_serve_refuses_a_missing_store(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no store at" in result.output


def test_serve_answers_on_loopback_and_guards_ingest():
    port = free_port()
    khronika = Path(sys.executable).parent / "khronika"
    proc = subprocess.Popen([str(khronika), "serve", "--db", demo_sqlite(), "--port", str(port),
                             "--token", "s3cret", "--log-level", "warning"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read().decode()
            try:
                health = httpx.get(base + "/api/v1/health", timeout=2)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert health.json()["counts"]["articles"] >= 15
        assert "Хроника" in httpx.get(base + "/").text
        assert httpx.post(base + "/api/v1/ingest", json={"pages": []}).status_code == 401
        wrong = httpx.post(base + "/api/v1/ingest", json={"pages": []}, headers={"Authorization": "Bearer x"})
        assert wrong.status_code == 403
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def test_serve_workers_each_listen_on_the_port_and_stop_together():
    port = free_port()
    khronika = Path(sys.executable).parent / "khronika"
    proc = subprocess.Popen([str(khronika), "serve", "--db", demo_sqlite(), "--port", str(port), "--workers", "2",
                             "--log-level", "warning"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        answered = 0
        while answered < 20:  # fresh connections, so both processes' sockets get some
            assert proc.poll() is None, proc.stderr.read().decode()
            try:
                with httpx.Client(base_url=base, timeout=5) as client:
                    assert client.get("/api/v1/health").json()["status"] == "ok"
                answered += 1
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        # The server processes (multiprocessing also starts a resource tracker, which exits on its own).
        workers = [c for c in _children(proc.pid) if "spawn_main" in Path(f"/proc/{c}/cmdline").read_text(errors="ignore")]
        assert len(workers) == 2, workers
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    time.sleep(0.5)
    assert all(not Path(f"/proc/{c}").exists() for c in workers), "a worker outlived `serve`"
