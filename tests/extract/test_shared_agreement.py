"""Quality gate: extraction agreement with the shared datasets' reference fields.

Floors are pinned a little under the measured values (see bench/RESULTS.md),
so a regression fails the suite while the numbers are reported by
`khronika eval extract`.
"""
from __future__ import annotations

import pytest

from khronika.eval.extract import run_all
from khronika.eval.shared_docs import shared_available, shared_root

FLOORS = {
    ("examples (gold)", "paragraph F1"): 1.0,
    ("htmldate-ru-pages", "published day"): 0.9,
    ("htmldate-ru-pages (football.ua)", "body snippets with/without"): 1.0,
    ("telegram-contest-pages-ru", "title"): 0.95,
    ("telegram-contest-pages-ru", "published"): 0.95,
    ("article-extraction-benchmark-ru", "body token F1"): 0.75,
    ("corus-news-samples", "title"): 0.95,
    ("corus-news-samples", "published day"): 0.95,
}


@pytest.fixture(scope="module")
def checks():
    if not shared_available():
        pytest.skip("../shared/data is absent: shared-data agreement not measured")
    return {(c.dataset, c.field): c for c in run_all(shared_root() / "data")}


@pytest.mark.parametrize("key", list(FLOORS), ids=[" / ".join(k) for k in FLOORS])
def test_agreement_floor(checks, key) -> None:
    check = checks[key]
    assert check.total > 0
    assert check.crashed == 0
    assert check.rate >= FLOORS[key], check.misses


def test_no_shared_html_page_crashes() -> None:
    if not shared_available():
        pytest.skip("../shared/data is absent")
    from khronika.errors import InputError
    from khronika.extract import extract_page
    from khronika.ingest import read_pages

    data = shared_root() / "data"
    folders = ["htmldate-ru-pages/pages", "telegram-contest-pages-ru/pages", "chardet-cyrillic-feeds"]
    outcomes = []
    for item in read_pages([str(data / f) for f in folders]):
        if isinstance(item, InputError):
            outcomes.append(item)
            continue
        try:
            extract_page(item)
            outcomes.append("ok")
        except InputError as error:  # a reason is fine; an unexpected exception is not
            outcomes.append(error)
    assert outcomes.count("ok") >= 40
