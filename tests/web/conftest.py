"""Browser tests: uvicorn on loopback over the demo store (SQLite and
PostgreSQL), driven by Playwright through Debian's chromium."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from khronika_demo_store import (  # noqa: E402
    LiveServer, demo_postgres, demo_sqlite, opener, shared_analyzer, shared_pipeline,
)

from khronika_browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not found (apt-get install chromium); browser tests skipped")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (Python package only)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def live_server(request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    from khronika.api import create_app

    if request.param == "sqlite":
        url = demo_sqlite()
    else:
        url = demo_postgres()
        if url is None:
            pytest.skip("PostgreSQL binaries not found (apt-get install postgresql); PostgreSQL half skipped")
    app = create_app(opener(url, shared_analyzer()), token="web-token", pipeline_factory=shared_pipeline)
    with LiveServer(app) as server:
        server.backend = request.param  # type: ignore[attr-defined]
        yield server


@pytest.fixture
def page(browser, live_server) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU", accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.js_errors = errors  # type: ignore[attr-defined]
    yield page
    context.close()
    assert not errors, f"JavaScript errors: {errors}"
