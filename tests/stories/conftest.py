from __future__ import annotations

import pytest

from khronika.stories.similarity import Analyzer


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer.load()
