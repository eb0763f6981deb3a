"""Every gold folder passes its validator: the documents it points to load, and every quoted
string, trigger and evidence occurs in them.  A gold file that drifts from the shared data (or a
hand edit that breaks the format) fails here, not as a silent zero in an evaluation."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from khronika.eval.shared_docs import shared_available

REPO = Path(__file__).resolve().parents[1]
FOLDERS = [("validate_quotes.py", "quotes"), ("validate_quotes.py", "quotes-dev2"), ("validate_quotes.py", "quotes-dev3"),
           ("validate_quotes.py", "quotes-dev4"), ("validate_quotes.py", "quotes-dev5"), ("validate_quotes.py", "quotes-test"),
           ("validate_quotes.py", "quotes-test/second-annotation"), ("validate_quotes.py", "quotes-test/adjudicated"),
           *(("validate_quotes.py", f"quotes-dev{n}") for n in range(6, 22)),
           ("validate_events.py", "events"), ("validate_events.py", "events-dev2"), ("validate_events.py", "events-dev3"),
           ("validate_events.py", "events-dev4"), ("validate_events.py", "events-dev5"), ("validate_events.py", "events-test")]


@pytest.mark.skipif(not shared_available(), reason="../shared/data is absent: the gold documents cannot be loaded")
@pytest.mark.parametrize("validator,folder", FOLDERS)
def test_gold_folder_validates(validator, folder):
    run = subprocess.run([sys.executable, str(REPO / "gold" / "tools" / validator), str(REPO / "gold" / folder)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "errors: 0" in run.stdout
