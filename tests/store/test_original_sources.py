"""Who a story's outlets quote: files of unknown outlet are sources of their own."""
from __future__ import annotations

import pytest

from khronika.store.base import MergedQuote, QuoteRow, StoryDetail, StorySummary
from khronika.store.views import original_sources


def _row(row_id: int, article_id: int, outlet: str) -> QuoteRow:
    return QuoteRow(row_id, article_id, "текст", "direct", "заявить", "per:x", "Песков", outlet, None, 1, 1)


def _story(*reports: tuple[int, str]) -> StoryDetail:
    rows = [_row(i, article_id, outlet) for i, (article_id, outlet) in enumerate(reports, 1)]
    summary = StorySummary(1, "сюжет", None, None, len(rows), len(rows), [])
    return StoryDetail(summary, [], [], [MergedQuote(1, "per:x", "Песков", "текст", rows)], [])


@pytest.mark.parametrize("reports, outlets, n_sources", [
    ([(1, "tass.ru")], ["tass.ru"], 1),
    ([(1, "tass.ru"), (2, "tass.ru")], ["tass.ru"], 1),                      # one outlet, two articles
    ([(1, "unknown"), (2, "unknown")], ["unknown"], 2),                      # two files without a URL: two sources
    ([(1, "tass.ru"), (2, "unknown"), (3, "unknown")], ["tass.ru", "unknown"], 3),
    ([(1, "unknown"), (1, "unknown")], ["unknown"], 1),                      # one article quoting twice
])
def test_sources_count_unknown_outlets_apart(reports, outlets, n_sources):
    [source] = original_sources(_story(*reports))
    assert (source.outlets, source.n_sources) == (outlets, n_sources)


def test_sources_ranked_by_source_count():
    story = _story((1, "tass.ru"))
    story.quotes.append(MergedQuote(2, "per:y", "Захарова", "другое",
                                    [_row(5, 2, "unknown"), _row(6, 3, "unknown")]))
    assert [s.name for s in original_sources(story)] == ["Захарова", "Песков"]


CARRIERS = [  # a first source's outlets and source count → what the "Передают" cell says
    (["tass.ru"], 1, "tass.ru"),
    (["unknown"], 1, "издание не указано"),
    (["unknown"], 3, "издание не указано ×3"),
    (["tass.ru", "unknown", "vz.ru"], 4, "tass.ru, издание не указано ×2, vz.ru"),
]


@pytest.mark.parametrize("outlets, n_sources, cell", CARRIERS)
def test_story_page_counts_files_without_outlet(outlets, n_sources, cell):
    import re

    from khronika.web.routes import templates

    story = {"id": 1, "title": "Сюжет", "first_seen": "2024-04-19", "last_seen": "2024-04-19", "n_articles": 1,
             "n_sources": 1, "by_source": [], "events": [], "quotes": [], "articles": [],
             "by_original_source": [{"name": "Песков", "n_quotes": 1, "outlets": outlets, "n_sources": n_sources}]}
    page = templates.get_template("story.html").render(s=story, only_here=[])
    row = re.search(r'<th scope="row">Песков</th><td>.*?</td><td>(.*?)</td>', page, re.S).group(1)
    assert row == cell
