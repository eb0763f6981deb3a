"""API tests: the demo store (real pipeline over examples/pages, built once per
session) behind an in-process client."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from khronika_demo_store import TOKEN, demo_sqlite, opener, shared_analyzer, shared_pipeline  # noqa: E402


@pytest.fixture(scope="session")
def app():
    from khronika.api import create_app

    return create_app(opener(demo_sqlite(), shared_analyzer()), token=TOKEN,
                      pipeline_factory=shared_pipeline)


@pytest.fixture(scope="session")
def client(app) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def openapi(app) -> dict[str, Any]:
    return app.openapi()
