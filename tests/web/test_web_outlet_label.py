"""Pages read from files have no URL; the Russian UI says so instead of printing "unknown"."""
from __future__ import annotations

import pytest

from khronika.web.routes import templates


@pytest.mark.parametrize("stored, shown", [
    ("unknown", "издание не указано"),
    ("", "издание не указано"),
    (None, "издание не указано"),
    ("tass.ru", "tass.ru"),
])
def test_outlet_label(stored, shown):
    assert templates.env.filters["outlet"](stored) == shown
