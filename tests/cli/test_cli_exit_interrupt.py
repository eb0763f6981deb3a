"""Ctrl-C after the command has ended, while Python shuts down (review rev24_B L4): the
command's exit status stands and nothing more is printed (it was Python's "Exception ignored …
KeyboardInterrupt" or a `threading._shutdown` traceback).  The child's command leaves a
thread running past its end, as a store's or a server's threads can; the test sends SIGINT
once the command has returned and the interpreter is joining that thread."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys, threading, time
import khronika.cli
from khronika import console

ended = threading.Event()

def linger():
    ended.wait()
    open(sys.argv[1], "w").close()  # the command has returned: the test may send SIGINT
    time.sleep(1.5)

def main():
    threading.Thread(target=linger).start()
    print("done")
    raise SystemExit(0)

khronika.cli.main = main
try:
    console.run()
finally:
    ended.set()
"""


def test_ctrl_c_while_python_shuts_down_is_ignored(tmp_path: Path) -> None:
    marker = tmp_path / "returned"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(marker)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 120
    while not marker.exists() and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.01)
    assert marker.exists(), child.communicate(timeout=60)
    child.send_signal(signal.SIGINT)
    stdout, stderr = child.communicate(timeout=60)
    assert child.returncode == 0, stderr
    assert stdout == "done\n"
    assert stderr == ""
