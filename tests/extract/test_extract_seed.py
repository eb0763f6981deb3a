"""The seed page is the first acceptance case (issue 2)."""
from __future__ import annotations

from pathlib import Path

import pytest

from khronika.extract import extract_file

SEED = Path(__file__).resolve().parents[2] / "examples" / "pages" / "000_seed.txt"
SHARED_SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_c8759e59779aac24.txt"


@pytest.fixture(params=["bundled", "shared"])
def seed_path(request) -> Path:
    if request.param == "shared" and not SHARED_SEED.exists():
        pytest.skip("../shared/seed is absent")
    return SEED if request.param == "bundled" else SHARED_SEED


def test_seed_article(seed_path: Path) -> None:
    article = extract_file(seed_path)
    assert article.title == "Путин рассказал Макрону, что США и НАТО игнорируют «озабоченности» России по безопасности"
    assert article.published == "2022-01-28T16:49:00+03:00"
    assert len(article.paragraphs) == 7
    assert article.paragraphs[0].startswith("Президент России Владимир Путин")
    assert article.paragraphs[-1].endswith("не так много поводов для оптимизма».")
    assert article.credits == ["Фото: пресс-служба Кремля"]
    assert len(article.related) == 10
    body = " ".join(article.paragraphs)
    for item in article.related:
        assert item.title not in body
    assert "Сегодня" not in body and "Вчера" not in body


def test_seed_related_times_with_crawl_time(seed_path: Path) -> None:
    article = extract_file(seed_path, "2024-04-19T12:00:00+03:00")
    assert article.related[0].published == "2024-04-19T11:17:00+03:00"
    assert article.related[3].published == "2024-04-18T23:35:00+03:00"
    assert article.related[0].time_text == "Сегодня в 11:17"


def test_seed_related_times_without_crawl_time(seed_path: Path) -> None:
    article = extract_file(seed_path)
    assert all(item.published is None for item in article.related)
    assert all(item.time_text for item in article.related)
