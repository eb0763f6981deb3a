"""Browser settings and the screenshot helper of the web tests."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Mapping

CHROMIUM = os.environ.get("KHRONIKA_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
SCREENSHOTS = ROOT / "docs" / "screenshots"
# Opt-in (`make screenshots`): only then does a run refresh the committed docs/screenshots/.
UPDATE_SCREENSHOTS = "KHRONIKA_UPDATE_SCREENSHOTS"


def publishing(environ: Mapping[str, str] = os.environ) -> bool:
    """True when this run is asked to refresh docs/screenshots/ (KHRONIKA_UPDATE_SCREENSHOTS=1)."""
    return environ.get(UPDATE_SCREENSHOTS, "").strip().lower() in ("1", "true", "yes")


def shoot(page: Any, backend: str, name: str, *, full_page: bool = True, publish: bool = True) -> Path:
    """Screenshot to tests/artifacts/.  The SQLite run's copy also goes to docs/screenshots/, but
    only when KHRONIKA_UPDATE_SCREENSHOTS=1 is set: a plain test run leaves the checkout clean."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{backend}-{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    if publish and backend == "sqlite" and publishing():
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        (SCREENSHOTS / f"{name}.png").write_bytes(path.read_bytes())
    return path
