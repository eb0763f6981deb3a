"""`RawPage.digest` (the page's identity in a store, kept once computed) is the sha256 of its
bytes, text as UTF-8, and `store.sql.raw_digest` gives it for a page and for any object with `data`."""
from __future__ import annotations

import dataclasses
import hashlib
import pickle
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from khronika.ingest.rawpage import RawPage
from khronika.store.sql import raw_digest


@given(st.text(st.characters(blacklist_categories=("Cs",))) | st.binary())  # text: valid Unicode
def test_digest_is_sha256_of_the_bytes(data: str | bytes) -> None:
    page = RawPage("a.html", data, "html" if isinstance(data, bytes) else "text")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    expected = hashlib.sha256(raw).hexdigest()
    assert page.digest == expected and page.digest == expected  # computed, then kept
    assert raw_digest(page) == expected == raw_digest(SimpleNamespace(data=data))


def test_kept_digest_follows_the_page() -> None:
    page = RawPage("a.html", b"<p>one</p>", "html", url="https://example.ru/a")
    first = page.digest
    assert dataclasses.replace(page, data=b"<p>two</p>").digest == hashlib.sha256(b"<p>two</p>").hexdigest()
    copy = pickle.loads(pickle.dumps(page))
    assert copy == page and hash(copy) == hash(page) and copy.digest == first
    assert page == RawPage("a.html", b"<p>one</p>", "html", url="https://example.ru/a")  # not a field
