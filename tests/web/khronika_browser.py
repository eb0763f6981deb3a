"""Browser settings and the screenshot helper of the web tests."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("KHRONIKA_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
SCREENSHOTS = ROOT / "docs" / "screenshots"


def shoot(page: Any, backend: str, name: str, *, full_page: bool = True, publish: bool = True) -> Path:
    """Screenshot to tests/artifacts/; the SQLite run's copy also goes to docs/screenshots/."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{backend}-{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    if publish and backend == "sqlite":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        (SCREENSHOTS / f"{name}.png").write_bytes(path.read_bytes())
    return path
