"""Versioned migrations: `migrations/NNNN_name.<dialect>.sql`, applied in order.

Each applied file is recorded in `schema_migrations (version, name,
applied_at)` inside the same transaction as its statements, so a store is
never left half-migrated.
"""
from __future__ import annotations

import re
from importlib import resources
from typing import NamedTuple

_NAME_RE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.(sqlite|postgres)\.sql$")


class Migration(NamedTuple):
    version: int
    name: str
    sql: str


def migrations_for(dialect: str) -> list[Migration]:
    found = []
    for entry in resources.files("khronika.store.migrations").iterdir():
        match = _NAME_RE.match(entry.name)
        if match and match.group(3) == dialect:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)
