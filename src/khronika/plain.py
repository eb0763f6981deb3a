"""Dataclass trees as JSON-ready dicts and lists.

`dataclasses.asdict` deep-copies every leaf value; on an API page of a few
thousand small rows that copying was most of the request's CPU.  Our
dataclasses hold only str/int/float/bool/None, lists, dicts and other
dataclasses, so a walk that rebuilds the containers and shares the
(immutable) leaves gives the same JSON at a fraction of the cost.
"""
from __future__ import annotations

from dataclasses import fields, is_dataclass
from functools import lru_cache
from typing import Any


_LEAVES = frozenset({str, int, float, bool, type(None)})

# Field metadata of a dataclass field kept for the program's own use (a row's position in its
# stored record): `plain` leaves it out, so it is in no JSON, CSV or Parquet record.
INTERNAL = {"internal": True}


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...] | None:
    """Field names of a dataclass type, None for any other type."""
    if not is_dataclass(cls):
        return None
    return tuple(f.name for f in fields(cls) if not f.metadata.get("internal"))


def plain(value: Any) -> Any:
    """`value` with every dataclass turned into a dict, tuples into lists; leaves shared."""
    cls = type(value)
    if cls in _LEAVES:
        return value
    # Leaves are tested inline: a call per leaf was most of the cost.
    if cls is list or cls is tuple:
        return [v if type(v) in _LEAVES else plain(v) for v in value]
    if cls is dict:
        return {k: v if type(v) in _LEAVES else plain(v) for k, v in value.items()}
    names = _field_names(cls)
    if names is not None:
        return {name: v if type(v := getattr(value, name)) in _LEAVES else plain(v) for name in names}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value
