"""Extraction rules from the robustness sweep over every real page in ../shared (round r1).

Each table row is a page layout met in the sweep, reduced to the markup that matters
(input → expected); every row fails on the code before the sweep.
"""
from __future__ import annotations

import pytest

from khronika.extract import extract_page
from khronika.extract import furniture as fx
from khronika.ingest.rawpage import RawPage

BODY = ("<p>Правительство региона выделило почти девять миллионов рублей на покупку пяти автомобилей "
        "для чиновников, аукцион уже объявлен.</p>"
        "<p>Требования к машинам опубликованы на сайте госзакупок: объём двигателя не менее двух литров, "
        "система вызова экстренных служб и датчик дождя.</p>")


def _page(body: str, head: str = "", title: str = "Чиновникам купят пять автомобилей") -> str:
    return (f"<html><head>{head}</head><body><article><h1>{title}</h1>{body}</article>"
            "</body></html>")


def _extract(html: str):
    return extract_page(RawPage(source="page.html", data=html.encode(), kind="html"))


# ---- <br> is a line break ------------------------------------------------------

BREAKS = [
    # a subheading set off by <br> is a line of its own, not glued to the next word
    (BODY + "<p><b>Подработка к пенсии</b><br/>Артисты цирка рано выходят на пенсию, и многие ищут работу.</p>",
     ["Подработка к пенсии", "Артисты цирка рано выходят на пенсию, и многие ищут работу."]),
    # two sentences split by <br> keep their space
    (BODY + "<p>Заявки принимаются до 8 мая.<br/>Итоги конкурса объявят 12 мая.</p>",
     ["Заявки принимаются до 8 мая.", "Итоги конкурса объявят 12 мая."]),
    # a line wrapped inside a sentence is joined with a space
    (BODY + "<p>Об итогах конкурса будет<br/>известно 12 мая, сообщается на сайте.</p>",
     ["Об итогах конкурса будет известно 12 мая, сообщается на сайте."]),
]


@pytest.mark.parametrize("html, tail", BREAKS)
def test_line_breaks_inside_a_block(html: str, tail: list[str]) -> None:
    assert _extract(_page(html)).paragraphs[-len(tail):] == tail


# ---- authors ------------------------------------------------------------------

TEASERS = "".join(f'<div class="preview"><a href="/n{i}">Новость номер {i} о другом</a>'
                  f'<span class="preview__author">Автор Номер{i}</span></div>' for i in range(6))
AUTHORS = [
    # the byline of the article, not the authors of six teasers in a list
    (_page('<span class="author">Валерия Пестрякова</span>' + BODY) + TEASERS.join(["<div>", "</div>"]),
     ["Валерия Пестрякова"]),
    # a link to a profile page is not a name
    (_page('<address><a rel="author" href="https://www.facebook.com/tabakovd">https://www.facebook.com/tabakovd</a>'
           "</address>" + BODY), []),
    # a photo credit in an author block names the photographer, not the author
    (_page('<div class="article__author"><span class="author">Фото: Алексей Меринов</span></div>'
           '<span class="author-name">Дмитрий Попов</span>' + BODY), ["Дмитрий Попов"]),
    # "Автор:" is the label, the name follows
    (_page('<div class="author_block"><p class="author_p"> Автор: </p><p class="name_p"><a>Олеся Жуковень</a></p></div>'
           + BODY), ["Олеся Жуковень"]),
]


@pytest.mark.parametrize("html, authors", AUTHORS)
def test_visible_authors(html: str, authors: list[str]) -> None:
    assert _extract(html).authors == authors


# ---- lead, dates, closing lines ------------------------------------------------

def test_a_lead_block_holding_page_furniture_is_no_lead() -> None:
    html = _page('<div class="print-lead">Версия для печати, полная: https://tass.ru/moskva/8836033</div>' + BODY)
    article = _extract(html)
    assert article.lead == article.paragraphs[0]
    assert not article.lead.startswith("Версия для печати")


BODY_LINES = [
    # a line that only repeats the date is not a paragraph
    ("<p>15 августа 2016, 13:43</p>" + BODY, "15 августа 2016, 13:43"),
    ("<p>Среда, 2 декабря 2020, 16:34</p>" + BODY, "Среда, 2 декабря 2020, 16:34"),
    # a print-edition note and its label
    (BODY + '<p>Опубликован в газете "Московский комсомолец" №28372 от 24 сентября 2020</p>',
     'Опубликован в газете "Московский комсомолец" №28372 от 24 сентября 2020'),
    (BODY + "<p>Заголовок в газете:</p>", "Заголовок в газете:"),
    # sidebar headers
    (BODY + "<p>Топ 5 читаемых</p>", "Топ 5 читаемых"),
    (BODY + "<p>Related Posts</p>", "Related Posts"),
    # an inline pointer to another article
    (BODY + '<p>Читайте материал "Гости инаугурации раскрыли ее странное закулисье"</p>',
     'Читайте материал "Гости инаугурации раскрыли ее странное закулисье"'),
    # the rules of commenting end the article: nothing after them is article text
    (BODY + "<h3>Правила комментирования</h3><p>Сообщение не должно содержать более 2500 знаков.</p>",
     "Сообщение не должно содержать более 2500 знаков."),
]


@pytest.mark.parametrize("html, dropped", BODY_LINES)
def test_furniture_lines_are_not_paragraphs(html: str, dropped: str) -> None:
    article = _extract(_page(html))
    assert dropped not in article.paragraphs
    assert len(article.paragraphs) == 2


def test_a_related_header_without_links_does_not_drop_the_body() -> None:
    # The header's container held no headline links: climbing for them reached the article itself.
    html = _page(BODY + "<p>Главное</p><p>Регион также закупит автобусы для школ, сообщили в правительстве.</p>")
    article = _extract(html)
    assert article.title == "Чиновникам купят пять автомобилей"
    assert article.paragraphs[-1] == "Регион также закупит автобусы для школ, сообщили в правительстве."
    assert "Главное" not in article.paragraphs


SIGNATURES = [
    ("Подготовила Мария Ковалева.", ["Мария Ковалева"]),
    ("Подготовили Иван Петров и Анна Сидорова", ["Иван Петров", "Анна Сидорова"]),
    ("Елена Зеленина, спецкор", ["Елена Зеленина"]),
    ("Наталья Меркулова, корреспондент", ["Наталья Меркулова"]),
    # not bylines
    ("Подготовил Минфин новый законопроект о налогах.", None),
    ("Подготовил материал к печати", None),
    ("Глава минздрава Михаил Мурашко, врач", None),
]


@pytest.mark.parametrize("line, names", SIGNATURES)
def test_closing_signatures_are_bylines(line: str, names: list[str] | None) -> None:
    assert fx.byline_names(line) == names


def test_a_closing_signature_is_an_author_not_a_paragraph() -> None:
    article = _extract(_page(BODY + "<p><i><b>Татьяна Буряковская,<br/>обозреватель</b></i></p>"))
    assert article.authors == ["Татьяна Буряковская"]
    assert len(article.paragraphs) == 2


DATELINES = [
    ("15 августа 2016, 13:43", True),
    ("29 июня 2020 года", True),
    ("Среда, 2 декабря 2020, 16:34 (МСК)", True),
    ("В 2020 году 15 августа прошел парад", False),
    ("Среда, 2 декабря 2020, 16:34 • Ульяна Лозан", False),
]


@pytest.mark.parametrize("line, expected", DATELINES)
def test_is_dateline(line: str, expected: bool) -> None:
    assert fx.is_dateline(line) is expected


# ---- the fallback extractor obeys the same furniture rules ----------------------

def test_a_page_with_only_furniture_is_kept_and_says_so() -> None:
    # The page's article block is empty (a photo page); what is left is a subscribe line.
    html = ('<html><head><meta property="article:published_time" content="2020-01-13T17:04:34+0300"></head><body>'
            "<h1>В Рязани наградили лучших журналистов</h1><div itemprop=\"articleBody\"></div>"
            "<p>Наш канал в Яндекс Дзене</p></body></html>")
    article = _extract(html)
    assert "body: only page furniture found (no article text on the page?)" in article.warnings
