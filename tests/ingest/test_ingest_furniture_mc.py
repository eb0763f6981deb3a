"""A page of page furniture alone is no article for the store (helper mc, issue 6 left-over; the
L3 item of round nx): `enrich_doc`, the store's extraction and enrichment (`khronika ingest`,
its worker processes, the API), skips it with a reason; `extract_page` still keeps it with its
warning (the date checks of `eval extract` count a skipped page as a crash)."""
from __future__ import annotations

import pytest

from khronika.extract import extract_page
from khronika.extract.html import FURNITURE_ONLY
from khronika.ingest.rawpage import RawPage
from khronika.scale.work import FURNITURE_ONLY_REASON, enrich_doc

TITLE = "<h1>В Рязани наградили лучших журналистов</h1>"
BODY = ("<p>Правительство региона выделило почти девять миллионов рублей на покупку пяти автомобилей "
        "для чиновников, аукцион уже объявлен.</p>"
        "<p>Требования к машинам опубликованы на сайте госзакупок: объём двигателя не менее двух литров, "
        "система вызова экстренных служб и датчик дождя.</p>")
SIDEBAR = ("<aside><ul><li><a href='/1'>В Рязанской области отменили режим повышенной готовности</a></li>"
           "<li><a href='/2'>Пенсии 274 тысяч рязанцев проиндексированы</a></li></ul></aside>")

# the page's <body> → the store's outcome (status, reason's start)
PAGES = [
    # the sweep's page (htmldate 1493663910, reduced): an empty article block and a subscribe line
    (f"{TITLE}<div itemprop=\"articleBody\"></div><p>Наш канал в Яндекс Дзене</p>",
     ("skipped", FURNITURE_ONLY_REASON)),
    (f"{TITLE}<div itemprop=\"articleBody\"></div>{SIDEBAR}<p>Подписывайтесь на наш Telegram-канал</p>",
     ("skipped", FURNITURE_ONLY_REASON)),
    # guards: an article stays an article, with or without a sidebar; a title alone keeps its reason
    (f"{TITLE}<div itemprop=\"articleBody\">{BODY}</div>", ("ok", None)),
    (f"{TITLE}{SIDEBAR}<article>{BODY}</article>", ("ok", None)),
    (TITLE, ("skipped", "no article text found (title only)")),
]


def _raw(body: str) -> RawPage:
    return RawPage(source="page.html", data=f"<html><body>{body}</body></html>".encode(), kind="html")


@pytest.mark.parametrize("body, expected", PAGES)
def test_a_page_of_furniture_alone_is_skipped_by_the_store(body, expected):
    outcome = enrich_doc(_raw(body), lambda article: article)
    assert (outcome.status, outcome.reason) == expected


def test_extract_still_keeps_it_with_its_warning():
    article = extract_page(_raw(PAGES[0][0]))
    assert FURNITURE_ONLY in article.warnings and article.paragraphs == ["Наш канал в Яндекс Дзене"]
