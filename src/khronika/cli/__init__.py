"""Command-line interface: thin over the library.  Results to stdout, logs and
progress to stderr; exit status 1 only when nothing could be processed."""
from __future__ import annotations

import importlib

from khronika.cli.app import eval_group, main

# Each module adds its subcommands to `main` / `eval_group` when imported.
_COMMAND_MODULES = [
    "extract_cmd", "enrich_cmd", "quotes_cmd", "events_cmd",
    "store_cmd", "serve_cmd", "eval_cmd", "scale_cmd",
]
for _name in _COMMAND_MODULES:
    try:
        importlib.import_module(f"khronika.cli.{_name}")
    except ModuleNotFoundError as _error:
        if _error.name != f"khronika.cli.{_name}":
            raise

__all__ = ["main", "eval_group"]
