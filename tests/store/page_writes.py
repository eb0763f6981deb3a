"""One page written as `khronika ingest` writes it — shared by the page-version tests."""
from __future__ import annotations

from khronika.scale.work import EnrichedDoc
from khronika.store.ingest import settled, write_locked, write_page


def article_html(title: str, paragraphs: list[str]) -> bytes:
    """An article page of a headline and its paragraphs."""
    return (f"<html><body><article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</article></body></html>").encode()


def ingest_one(store, raw, doc):
    """No enrichment for a page its bytes settle; the write under the store's lock, in a run of its own."""
    run_id = store.begin_run("test")
    enriched = None if settled(store, raw) is not None else EnrichedDoc(raw.name, doc=doc)
    (written,) = write_locked(store, [(raw, enriched)], lambda item, e: write_page(store, item, e, run_id, ""))
    store.finish_run(run_id)
    return written
