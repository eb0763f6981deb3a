"""The shipped registry files pass `tools/check_actors.py`, and its role-end check refuses what
the registry would silently ignore."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("check_actors", ROOT / "tools" / "check_actors.py")
check_actors = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_actors)


def test_shipped_registry_files_pass(capsys):
    assert check_actors.main(["check_actors.py"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("OK")


ACTORS = ("id\tqid\ttype\tname\taliases\troles\tcountry\n"
          "per:anna-petrova\t\tPER\tАнна Петрова\t\tминистр культуры\t\n"
          "per:ivan-sidorov\t\tPER\tИван Сидоров\t\t\t\n")


@pytest.mark.parametrize("row, error", [
    ("per:anna-petrova\t2024-05-01\tleft office", None),
    ("per:anna-petrowa\t2024-05-01\ttypo in the id", "no actor with this id"),
    ("per:ivan-sidorov\t2024-05-01\tholds no role", "has no roles to end"),
    ("per:anna-petrova\t01.05.2024\tnot ISO", "YYYY-MM-DD"),
    ("per:anna-petrova\t2024-05-01", "expected 3 fields"),
])
def test_role_end_rows(tmp_path, row, error):
    actors = tmp_path / "actors.tsv"
    actors.write_text(ACTORS, encoding="utf-8")
    ends = tmp_path / "role_ends.tsv"
    ends.write_text("id\tuntil\tnote\n" + row + "\n", encoding="utf-8")
    errors: list[str] = []
    well_formed = check_actors.check_role_ends(ends, actors, errors)
    assert well_formed == (0 if error and "fields" in error else 1)
    if error is None:
        assert errors == []
    else:
        assert len(errors) == 1 and error in errors[0]


def test_role_end_duplicate_id(tmp_path):
    actors = tmp_path / "actors.tsv"
    actors.write_text(ACTORS, encoding="utf-8")
    ends = tmp_path / "role_ends.tsv"
    ends.write_text("id\tuntil\tnote\nper:anna-petrova\t2024-05-01\ta\nper:anna-petrova\t2024-06-01\tb\n",
                    encoding="utf-8")
    errors: list[str] = []
    check_actors.check_role_ends(ends, actors, errors)
    assert errors and "duplicate id" in errors[0]
