"""A text page's headline that reads like a sidebar heading (review rv19_U L4), and a page's
`og:url` that is no web address (rv19_U H1): helper mu."""
from __future__ import annotations

import pytest

from khronika.extract import extract_page
from khronika.ingest.rawpage import RawPage

BODY = "Президент провел совещание в Кремле с членами правительства. Трамп прилетел в Лондон."
SECOND = "Второй абзац текста новости о совещании, на котором обсудили бюджет страны."


def _text(*blocks: str):
    return extract_page(RawPage(source="page.txt", data="\n\n".join(blocks).encode("utf-8"), kind="text"))


# page blocks → (title, published day, first paragraph)
CASES = [
    # the review's pages: a headline worded like a sidebar heading, then the dateline
    (["Главные новости", "10 июля 2018", BODY], ("Главные новости", "2018-07-10", BODY)),
    (["Новости дня", "10 июля 2018", BODY, SECOND], ("Новости дня", "2018-07-10", BODY)),
    (["Главное за неделю", "10 июля 2018, 14:30", BODY], ("Главное за неделю", "2018-07-10", BODY)),
    # the dateline on the next line of the same block
    (["Последние новости\n10 июля 2018", BODY], ("Последние новости", "2018-07-10", BODY)),
    # prose right after the headline
    (["Актуальное", BODY, SECOND], ("Актуальное", None, BODY)),
    # a sidebar heading over a list of headlines stays a sidebar (the headline comes after it)
    (["Главное\n15:20 Путин выступит на сессии ПМЭФ\n16:05 Банк России сохранил прогноз",
      "Решетников пообещал рост экономики", "15 июня 2023", BODY],
     ("Решетников пообещал рост экономики", "2023-06-15", BODY)),
    # an ordinary headline is untouched
    (["Путин провел совещание", "10 июля 2018", BODY], ("Путин провел совещание", "2018-07-10", BODY)),
]


@pytest.mark.parametrize("blocks, expected", CASES, ids=[c[0][0][:25] for c in CASES])
def test_a_headline_worded_like_a_heading_is_the_headline(blocks: list[str], expected: tuple) -> None:
    article = _text(*blocks)
    assert (article.title, (article.published or "")[:10] or None, article.paragraphs[0]) == expected


# og:url → the article's url
OG_URLS = [
    ("javascript:alert(document.cookie)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("https://tass.ru/politika/1", "https://tass.ru/politika/1"),
]


@pytest.mark.parametrize("og_url, url", OG_URLS)
def test_only_a_web_og_url_is_the_article_url(og_url: str, url: str | None) -> None:
    html = (f'<html><head><meta property="og:url" content="{og_url}"></head><body><article>'
            f"<h1>Путин провел совещание с членами правительства</h1><p>{BODY} {SECOND}</p></article></body></html>")
    article = extract_page(RawPage(source="js.html", data=html.encode("utf-8"), kind="html"))
    assert article.url == url
