"""`data/role_ends.tsv` names registry persons who hold roles, each with a real last day (lead,
twentieth session: the table is read by `registry.load_registry`, and a mistyped id would be
ignored silently)."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "src" / "khronika" / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))


def test_every_role_end_is_a_registry_role_holder_with_a_day_after_2024():
    actors = {row["id"]: row for row in _rows("actors.tsv")}
    ends = _rows("role_ends.tsv")
    assert ends
    for row in ends:
        assert row["id"] in actors, row["id"]
        assert actors[row["id"]]["roles"].strip(), f"{row['id']} holds no registry role"
        day = date.fromisoformat(row["until"])
        assert date(2024, 1, 1) <= day, row  # the registry lists roles held through 2017-2024
    assert len({row["id"] for row in ends}) == len(ends)
