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


# (ot29) role_offices.tsv and role_terms.tsv
@pytest.mark.parametrize("offices, error", [
    ("office:culture-minister\tминистр культуры Утопии\t", None),
    ("office:culture-minister\tминистр культуры\t", "alias or role of per:anna-petrova"),
    ("office:culture-minister\tиван сидоров\t", "alias or role of per:ivan-sidorov"),
    ("office:culture-minister\tглава икс\t\noffice:other\tглава икс\t", "also names office:culture-minister"),
    ("office:Culture\tглава икс\t", "office id"),
])
def test_office_rows(tmp_path, offices, error):
    actors = tmp_path / "actors.tsv"
    actors.write_text(ACTORS, encoding="utf-8")
    path = tmp_path / "role_offices.tsv"
    path.write_text("office\tphrases\tnote\n" + offices + "\n", encoding="utf-8")
    errors: list[str] = []
    check_actors.check_offices(path, actors, errors)
    assert errors == [] if error is None else len(errors) == 1 and error in errors[0]


@pytest.mark.parametrize("terms, error", [
    ("office:x\tper:anna-petrova\t2010-01-01\t2015-06-30\tf\t\noffice:x\tper:ivan-sidorov\t2015-07-01\t\tm\t", None),
    ("office:x\tper:anna-petrova\t2010-01-01\t2015-07-01\tf\t\noffice:x\tper:ivan-sidorov\t2015-07-01\t\tm\t",
     "overlaps"),
    ("office:x\tper:anna-petrova\t2010-01-01\t\tf\t\noffice:x\tper:ivan-sidorov\t2015-07-01\t\tm\t", "overlaps"),
    ("office:y\tper:anna-petrova\t2010-01-01\t\tf\t", "not in role_offices.tsv"),
    ("office:x\tper:anna-petrowa\t2010-01-01\t\tf\t", "no person"),
    ("office:x\tper:anna-petrova\t2016-01-01\t2015-01-01\tf\t", "after until"),
    ("office:x\tper:anna-petrova\t01.01.2010\t\tf\t", "YYYY-MM-DD"),
    ("office:x\tper:anna-petrova\t2010-01-01\t\tw\t", "gender"),
])
def test_term_rows(tmp_path, terms, error):
    actors = tmp_path / "actors.tsv"
    actors.write_text(ACTORS, encoding="utf-8")
    path = tmp_path / "role_terms.tsv"
    path.write_text("office\tid\tfrom\tuntil\tgender\tnote\n" + terms + "\n", encoding="utf-8")
    errors: list[str] = []
    check_actors.check_terms(path, actors, {"office:x"}, errors)
    assert errors == [] if error is None else len(errors) == 1 and error in errors[0]
