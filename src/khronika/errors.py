"""The exception tree, written out in one place.

Library code raises these; the CLI and the API turn them into exit codes
and one JSON error shape.  Each carries the input it is about, so a batch
can report "file: reason" and go on.
"""
from __future__ import annotations


class KhronikaError(Exception):
    """Base of every error Khronika raises on purpose."""


class InputError(KhronikaError):
    """One input (file, record, URL) could not be used; the batch goes on."""

    def __init__(self, source: str, reason: str, *, skipped: bool = False) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        # skipped: the input is legitimately not an article (empty, binary, no text);
        # otherwise it failed (corrupt, undecodable, too large).
        self.skipped = skipped


class PipelineError(KhronikaError):
    """A pipeline cannot be built: an order that leaves a requirement unmet, or a component
    whose model package is missing."""


class StoreError(KhronikaError):
    """The store could not be opened, migrated or written."""


class RecordError(KhronikaError):
    """One record the store refused (a constraint or a value it cannot bind): that page fails,
    the batch goes on.  Not a StoreError, which stops a batch (a locked, full or broken store)."""


class QueryError(KhronikaError):
    """A search query could not be parsed."""
