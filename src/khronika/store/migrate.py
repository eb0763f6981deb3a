"""Versioned migrations: `migrations/NNNN_name.<dialect>.sql`, applied in order.

Each applied file is recorded in `schema_migrations (version, name,
applied_at)` inside the same transaction as its statements, so a store is
never left half-migrated.
"""
from __future__ import annotations

import re
from importlib import resources
from typing import NamedTuple

from khronika.errors import StoreError

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


# The columns of Khronika's own migration table (another tool's `schema_migrations`, such as
# Rails', has only `version`).
KHRONIKA_MIGRATION_COLUMNS = frozenset({"version", "name", "applied_at"})


def check_store(where: str, tables: set[str], migration_columns: set[str], create: bool) -> None:
    """Refuse a database that is not a Khronika store before anything is written into it
    (review rv21_N M3): one holding tables of its own (another application's, a wrong `--db`)
    gets no Khronika table, and a read command (`create` false) never makes an empty database
    into a store; `khronika ingest` still does.  `tables`: the tables of the database (the
    schema, on PostgreSQL); `migration_columns`: the columns of its `schema_migrations`."""
    if "schema_migrations" in tables and KHRONIKA_MIGRATION_COLUMNS <= migration_columns:
        return  # a Khronika store (at any version: the migrations bring it up to date)
    if tables:
        shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
        # On PostgreSQL the remedy for a shared database (PostGIS's `spatial_ref_sys` in `public`)
        # is a schema of the store's own; the search path in the URL's `options` names it, and it
        # must exist (else PostgreSQL has no schema to create tables in) (review rev21_B L1).
        own_schema = ("; or give the store a schema of its own: `CREATE SCHEMA khronika;` in that database, "
                      "then add `options=-csearch_path%3Dkhronika` to the URL's query (`?` or `&`)"
                      if where.startswith(("postgresql://", "postgres://")) else "")
        raise StoreError(f"{where}: not a Khronika store: the database holds other tables ({shown}); "
                         "nothing was written to it (give --db a Khronika store, or a new or empty database "
                         f"to `khronika ingest` into{own_schema})")
    if not create:
        raise StoreError(f"{where}: an empty database, not a Khronika store yet (run `khronika ingest` first)")
