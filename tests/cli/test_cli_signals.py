"""How long commands end when told to: SIGTERM (timeout, systemd, docker stop) takes
`khronika ingest` down Ctrl-C's path (pages done kept, run marked interrupted, 130), and
Ctrl-C ends `enrich-dask` with its summary; a bad `--db` is named before any model or
worker process starts."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from khronika.cli import main
from khronika.nlp.pipeline import DEFAULT_ORDER
from khronika.store import open_store

PAGES = Path(__file__).resolve().parents[2] / "examples" / "pages"
NO_NLP = [f"--no-{name}" for name in DEFAULT_ORDER]
TEXT_PAGES = sorted(PAGES.glob("00[1-7]_txt_*.txt"))


def _blocked_on_stdin(args: list[str], done_prefix: str, count: int) -> subprocess.Popen:
    """The command, started with the text pages then `-`: returns once it has done the pages
    and is waiting for stdin."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-m", "khronika.cli", *args], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    seen = 0
    deadline = time.monotonic() + 120
    while seen < count and time.monotonic() < deadline:
        line = process.stderr.readline().decode()
        if not line and process.poll() is not None:
            break
        seen += line.startswith(done_prefix)
    assert seen == count, "the command did not get to stdin"
    time.sleep(0.3)
    return process


def test_sigterm_takes_the_interrupt_path_of_ingest(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    process = _blocked_on_stdin(["ingest", *map(str, TEXT_PAGES), "-", "--db", str(db), *NO_NLP],
                                "khronika ingest: new:", len(TEXT_PAGES))
    try:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, err.decode()
    assert "interrupted" in out.decode()
    with open_store(str(db), create=False) as store:
        [run] = store.runs()
        assert run.status == "interrupted" and run.finished_at
        assert store.counts()["articles"] == len(TEXT_PAGES)


def test_ctrl_c_ends_enrich_dask_with_its_summary(tmp_path: Path) -> None:
    process = _blocked_on_stdin(["enrich-dask", *map(str, TEXT_PAGES), "-", "--scheduler", "inprocess", *NO_NLP,
                                 "-o", str(tmp_path / "out.jsonl")], "", 0)
    # no per-page line to wait for: wait until the records of the files are written
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        written = (tmp_path / "out.jsonl").read_text(encoding="utf-8") if (tmp_path / "out.jsonl").exists() else ""
        if written.count("\n") >= len(TEXT_PAGES):
            break
        time.sleep(0.2)
    try:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, err.decode()
    last = err.decode().strip().splitlines()[-1]
    assert last.startswith(f"khronika enrich-dask: {len(TEXT_PAGES)} ok, 0 skipped, 0 failed") and last.endswith(
        "(interrupted)"), err.decode()


def test_a_bad_db_is_named_before_workers_start(tmp_path: Path, monkeypatch) -> None:
    from khronika.scale import processes

    def no_spawn(*args, **kwargs):
        raise AssertionError("worker processes were started before the store was opened")

    monkeypatch.setattr(processes.ProcessEnricher, "__init__", no_spawn)
    bad = tmp_path / "no-such-folder" / "k.db"
    result = CliRunner().invoke(main, ["ingest", str(TEXT_PAGES[0]), "--db", str(bad), "--workers", "2", *NO_NLP])
    assert result.exit_code == 1 and str(bad) in result.output, result.output
