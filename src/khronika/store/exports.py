"""What every table export shares: CSV cells a spreadsheet will not run, and Parquet columns
whose types come from the record type, not from the rows that happen to be in one result.

CSV (the CLI's `--format csv` of search, quotes, events, actors and stories; the API's and the
web page's events CSV) is for spreadsheets.  A cell that begins with `=`, `+`, `-` or `@` (or a
tab or carriage return, which some spreadsheets skip before looking) is read there as a formula:
a page title `=HYPERLINK("http://…")` would become a live link, and worse.  Such a cell is
written with a leading `'` (the OWASP rule), which spreadsheets show as text and do not
display; a cell that is a plain number ("-5", "+3.5") is left alone, it cannot be a formula.
The GDELT TSV (the API's `format=tsv`, offered on the web events page, and `khronika events
--format gdelt` of a store) is escaped the same way (`tsv_cell`): a spreadsheet opens a `.tsv`
download too, and its text cells (actor names, SOURCEURL, trigger, evidence) come from uploaded
pages.  Its numbers (a negative Goldstein scale), dates and codes are plain numbers or letters,
so GDELT tools read them unchanged; only a text cell that would start a formula gains the `'`.
"""
from __future__ import annotations

import dataclasses
import re
import typing
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_cell(value: Any) -> Any:
    """`value` as a CSV cell a spreadsheet reads as text: a string that would start a formula
    gets a leading `'`; numbers, None and other strings are returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def tsv_cell(value: Any) -> str:
    """`value` as a GDELT TSV cell: text, tabs and line breaks as spaces (they would split the
    row), escaped as `spreadsheet_cell` escapes a CSV cell."""
    text = "" if value is None else str(value)
    return spreadsheet_cell(text.replace("\t", " ").replace("\r", " ").replace("\n", " "))


# -- Parquet ------------------------------------------------------------------------------------

# Column kinds: what a record field's annotation names, as a Parquet type.  Lists and dicts are
# written as JSON text (as in the CSV).
KINDS = ("int", "float", "bool", "str")


def field_kind(annotation: Any) -> str:
    """A dataclass field's annotation ("int | None", "list[str]", bool, …) → one of `KINDS`."""
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))
    text = text.replace("typing.", "").replace("Optional[", "").strip()
    parts = [p.strip() for p in text.split("|") if p.strip() not in ("None", "NoneType")]
    head = parts[0] if parts else "str"
    for kind in ("bool", "int", "float"):
        if head == kind:
            return kind
    return "str"


def record_kinds(record_type: type, **extra: str) -> dict[str, str]:
    """Column → kind for the flat records `record_type.to_json()` gives (its dataclass fields in
    order), then the `extra` columns a command adds (name=kind)."""
    try:
        hints = typing.get_type_hints(record_type)
    except Exception:  # noqa: BLE001 - a forward reference that does not resolve: read the text
        hints = {}
    kinds = {f.name: field_kind(hints.get(f.name, f.type)) for f in dataclasses.fields(record_type)
             if not f.metadata.get("internal")}
    for name, kind in extra.items():
        if kind not in KINDS:
            raise ValueError(f"{name}: unknown column kind {kind!r}")
        kinds[name] = kind
    return kinds


def arrow_schema(kinds: dict[str, str], rows: list[dict[str, Any]] = ()) -> Any:
    """A fixed pyarrow schema: the kinds' columns in order, then (as text) any column a row
    carries that the kinds do not name.  The same record type always gives the same schema,
    whether the result is empty, all null in a column, or full."""
    import pyarrow as pa

    types = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string()}
    names = list(kinds)
    for row in rows:
        names.extend(k for k in row if k not in kinds and k not in names)
    return pa.schema([(name, types[kinds.get(name, "str")]) for name in names])
