"""`bench/quotes_iaa.py`: held-out folders give totals only; listing their quotes is refused."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "quotes_iaa.py"
_spec = importlib.util.spec_from_file_location("quotes_iaa", BENCH)
iaa = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("quotes_iaa", iaa)  # its dataclasses look their module up by name
_spec.loader.exec_module(iaa)


@pytest.mark.parametrize("path, refused", [
    ("gold/quotes-test", True),
    ("gold/quotes-dev5", True),
    ("gold/quotes-dev2", True),                 # its part 2 is held out
    ("/somewhere/gold/quotes-test/", True),
    ("gold/quotes", False),
    ("gold/quotes-dev16", False),
    ("/tmp/quotes-testing", False),    # a folder merely named alike is no held-out set
])
def test_listing_refused_only_for_held_out_sets(path, refused):
    if refused:
        with pytest.raises(SystemExit, match="held-out"):
            iaa._refuse_held_out_listing(Path(path))
    else:
        assert iaa._refuse_held_out_listing(Path(path)) is None


def test_a_link_into_a_held_out_folder_is_refused(tmp_path):
    held_out = tmp_path / "gold" / "quotes-test"
    held_out.mkdir(parents=True)
    (held_out / "doc.json").write_text("{}", encoding="utf-8")
    design = tmp_path / "design"
    design.mkdir()
    (design / "doc.json").symlink_to(held_out / "doc.json")
    assert iaa._refuse_held_out_listing(design) is None
    with pytest.raises(SystemExit, match="held-out"):
        iaa._refuse_held_out_listing(design / "doc.json")
