"""A `khronika` command run in a child process whose import of one module is held until the
test sends it SIGINT: the test waits for the child to reach that import (a file it touches),
not for a time, so the signal lands where the test means it to."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

# The child: the console entry point, with the import of `held` held (it touches `ready`, then
# sleeps until the signal's KeyboardInterrupt comes).
GATED_RUN = """
import sys, time
from pathlib import Path

held, ready = sys.argv[1], Path(sys.argv[2])


class HoldImport:
    def find_spec(self, name, path=None, target=None):
        if name == held:
            ready.touch()
            while True:
                time.sleep(0.05)
        return None


sys.meta_path.insert(0, HoldImport())
sys.argv = ["khronika", *sys.argv[3:]]
from khronika.console import run

run()
"""


def interrupted_at(tmp_path: Path, held: str, args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`khronika ARGS` sent SIGINT once it imports the module `held`; its exit status and output."""
    ready = tmp_path / "ready"
    process = subprocess.Popen([sys.executable, "-c", GATED_RUN, held, str(ready), *args], cwd=cwd,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ})
    try:
        deadline = time.monotonic() + 120
        while not ready.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists(), process.communicate(timeout=5)[1].decode()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    return subprocess.CompletedProcess(args, process.returncode, out.decode(), err.decode())
