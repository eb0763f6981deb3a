"""Ingest: sources to RawPages.  `read_pages(paths)` for files, folders and
stdin; `read_feed(url)` for live RSS/Atom feeds."""
from khronika.ingest.files import read_pages
from khronika.ingest.rawpage import RawPage

__all__ = ["RawPage", "read_pages"]
