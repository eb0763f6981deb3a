"""`ingest --workers`: no enrichment process outlives its writer, and the writer itself can
exit.  Each case runs a real parent process (spawned workers, no models) and watches the
processes from outside."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

PRELUDE = f"""
import os, signal, sys, time
sys.path.insert(0, {str(HERE)!r})
from standin_specs import BigResultSpec, SlowSpec
from khronika.scale import processes
from khronika.scale.processes import ProcessEnricher
from khronika.ingest.rawpage import RawPage
"""

# The writer dies by SIGKILL while its workers hold results nobody will read.
KILLED_PARENT = PRELUDE + """
if __name__ == "__main__":
    enricher = ProcessEnricher(BigResultSpec(), 2).__enter__()
    print(" ".join(str(p.pid) for p in enricher._processes), flush=True)
    outcomes = enricher.map(range(40), lambda i: RawPage(source=f"p{i}.txt", data=f"Заголовок {i}\\n\\nТекст.", kind="text"))
    next(outcomes)
    os.kill(os.getpid(), signal.SIGKILL)
"""

# The writer stops early: close() ends workers that still have large pages queued.
STOPPED_EARLY = PRELUDE + """
if __name__ == "__main__":
    processes.STOP_SECONDS = 1.0
    big = "Заголовок\\n\\n" + "Текст. " * 40_000
    with ProcessEnricher(SlowSpec(), 2) as enricher:
        outcomes = enricher.map(range(40), lambda i: RawPage(source=f"p{i}.txt", data=big + str(i), kind="text"))
        next(outcomes)
    print("closed", flush=True)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def _python(code: str) -> subprocess.Popen:
    env = dict(os.environ, OMP_NUM_THREADS="1")
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)


def test_workers_exit_when_their_writer_is_killed() -> None:
    parent = _python(KILLED_PARENT)
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(workers) == 2, parent.stderr.read().decode()[-2000:]
    parent.wait(timeout=60)
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:
        os.kill(pid, 9)
    assert not left, "enrichment workers outlived their killed writer"


def test_the_writer_exits_after_closing_workers_with_pages_queued() -> None:
    parent = _python(STOPPED_EARLY)
    try:
        out, err = parent.communicate(timeout=45)
    except subprocess.TimeoutExpired:
        os.killpg(parent.pid, 9)
        raise AssertionError("the writer did not exit after closing its workers")
    assert parent.returncode == 0 and out.decode().strip() == "closed", err.decode()[-2000:]
