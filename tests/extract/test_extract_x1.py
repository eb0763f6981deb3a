"""Round x1: co-author bylines and date-only subheadings in HTML pages.

Tables of page snippets (input → expected authors / paragraphs).  The rows marked "new"
fail on the code before this round; the others keep its behaviour (teaser-list authors,
dates that are page chrome).
"""
from __future__ import annotations

import pytest

from khronika.extract import extract_page
from khronika.ingest.rawpage import RawPage

P1 = ("Правительство региона выделило почти девять миллионов рублей на покупку пяти автомобилей "
      "для чиновников, аукцион уже объявлен.")
P2 = ("Требования к машинам опубликованы на сайте госзакупок: объём двигателя не менее двух литров, "
      "система вызова экстренных служб и датчик дождя.")
P3 = "Заявки на участие в аукционе принимаются до конца месяца, итоги подведут в начале следующего."
BODY = f"<p>{P1}</p><p>{P2}</p>"
TITLE = "Чиновникам купят пять автомобилей"
NAMES = ["Анна Смирнова", "Иван Петров", "Ольга Котова", "Пётр Сидоров", "Мария Белова"]


def _page(article: str, after: str = "") -> str:
    return f"<html><head></head><body><article><h1>{TITLE}</h1>{article}</article>{after}</body></html>"


def _extract(html: str):
    return extract_page(RawPage(source="page.html", data=html.encode(), kind="html"))


def _teasers(count: int, author_class: str = "author", start: int = 0) -> str:
    """A sidebar list of other articles: each item a headline link with its author."""
    items = "".join(f'<li class="item"><a href="/news/{i}">Новость номер {i} о чём-то другом</a>'
                    f'<span class="{author_class}">Автор Номерович{i}</span></li>'
                    for i in range(start, start + count))
    return f'<div class="list"><ul>{items}</ul></div>'


# ---- co-authors ---------------------------------------------------------------

def _spans(names: list[str], cls: str = "author") -> str:
    return ", ".join(f'<span class="{cls}">{n}</span>' for n in names)


AUTHORS = [
    # new: four co-authors side by side in one byline
    (_page(f'<div class="byline">{_spans(NAMES[:4])}</div>' + BODY), NAMES[:4]),
    # new: five co-authors, each in an item of their own with a link to their page
    (_page('<ul class="authors">' + "".join(f'<li><a class="author" href="/authors/{i}">{n}</a></li>'
                                            for i, n in enumerate(NAMES)) + "</ul>" + BODY), NAMES),
    # new: an author card's "all articles" link points to the author's own page: no headline
    (_page('<div class="authors">' + "".join(
        f'<div class="card"><a class="author-name" href="/authors/{i}">{n}</a>'
        f'<a href="/authors/{i}">Все материалы автора</a></div>' for i, n in enumerate(NAMES[:4]))
        + "</div>" + BODY), NAMES[:4]),
    # new: four co-authors and a teaser list after the body share one class
    (_page(f'<div class="byline">{_spans(NAMES[:4])}</div>' + BODY, _teasers(6)), NAMES[:4]),
    # new: two teaser items are no byline either (fewer than the repeat limit)
    (_page('<span class="byline">Валерия Пестрякова</span>' + BODY, _teasers(2)), ["Валерия Пестрякова"]),
    # kept: one byline, six teasers in a sidebar (the sweep's case, teaser class of its own)
    (_page('<span class="byline">Валерия Пестрякова</span>' + BODY, _teasers(6, "preview__author")),
     ["Валерия Пестрякова"]),
    # kept: a teaser with two authors of its own is still a teaser
    (_page('<span class="byline">Валерия Пестрякова</span>' + BODY,
           '<div class="list"><div class="item"><a href="/n/1"><h3>Новость о выборах в регионе</h3></a>'
           f'<div class="who">{_spans(NAMES[:2], "teaser-author")}</div></div>'
           + _teasers(3, "teaser-author") + "</div>"),
     ["Валерия Пестрякова"]),
    # kept: a flat list (headline, author, headline, author … in one block) is no byline
    (_page('<span class="byline">Валерия Пестрякова</span>' + BODY,
           '<div class="list">' + "".join(f'<a href="/n/{i}">Новость номер {i} о чём-то другом</a>'
                                          f'<span class="author">{n}</span>' for i, n in enumerate(NAMES))
           + "</div>"),
     ["Валерия Пестрякова"]),
    # kept: a byline in the article's header beside a tag link is the article's own
    (_page('<span class="author">Валерия Пестрякова</span><a href="/tags/1">Выборы в Государственную думу</a>'
           + BODY), ["Валерия Пестрякова"]),
    # kept: a byline beside a tag link in a block of its own, above the body
    (_page('<div class="meta"><span class="author">Валерия Пестрякова</span>'
           '<a href="/tags/1">Выборы в Государственную думу</a></div>' + BODY), ["Валерия Пестрякова"]),
    # review: a byline beside one link of its own (a tag) in a page whose text has links, the <h1> elsewhere
    ("<html><body><header><h1>T</h1></header><div class=content><div class=meta><span class=author>"
     "Валерия Пестрякова</span><a href=/tags/1>Выборы в Государственную думу</a></div><div class=text>"
     f"<p>{P1} <a href=/x/1>по данным сайта госзакупок</a></p><p>{P2} <a href=/x/2>как сообщал ранее портал</a>"
     "</p></div></div></body></html>", ["Валерия Пестрякова"]),
    # review: a byline at the end of the text beside a "subscribe" link
    ("<html><body><header><h1>T</h1></header><div class=text>"
     f"<p>{P1} <a href=/x/1>по данным сайта госзакупок</a></p><p>{P2} <a href=/x/2>как сообщал ранее портал</a></p>"
     "<div class=article-footer><a class=author href=/authors/1>Иван Петров</a> "
     "<a href=https://t.me/x>Подписывайтесь на наш телеграм-канал</a></div></div></body></html>", ["Иван Петров"]),
    # review: no <h1> at all, a byline beside a rubric link, navigation headlines elsewhere in the page
    (f"<html><body><div class=page><div class=title>{TITLE}</div><div class=meta><span class=author>"
     "Валерия Пестрякова</span> <a href=/rubric/1>Политика и общество России</a></div>"
     f"<p>{P1}</p><p>{P2}</p><div class=nav><a href=/n/1>Новость номер один о другом</a> "
     "<a href=/n/2>Новость номер два о другом</a></div></div></body></html>", ["Валерия Пестрякова"]),
    # review 2: a sidebar where only one teaser shows its author is still a teaser list
    (_page('<div class="byline"><span class="author">Иван Петров</span></div>' + BODY,
           '<aside><ul><li><a href="/c/1">Колонка о переговорах в Кремле</a><span class="author">Сергей Колумнист'
           '</span></li><li><a href="/n/2">Новость номер два о другом</a></li>'
           '<li><a href="/n/3">Новость номер три о другом</a></li></ul></aside>'), ["Иван Петров"]),
    # review 2: a photo credit with an author-like class is no other article's author
    ("<html><body><header><h1>T</h1></header><div class=content><div class=meta><span class=author>"
     "Валерия Пестрякова</span><a href=/tags/1>Выборы в Государственную думу</a></div><div class=text>"
     f"<p>{P1} <a href=/x/1>по данным сайта госзакупок</a></p><figure><img src=a.jpg><figcaption>"
     "<span class=image-author>Фото: Михаил Терещенко/ТАСС</span></figcaption></figure>"
     f"<p>{P2} <a href=/x/2>как сообщал ранее портал</a></p></div></div></body></html>", ["Валерия Пестрякова"]),
    # kept: three co-authors (within the repeat limit)
    (_page(f'<div class="byline">{_spans(NAMES[:3])}</div>' + BODY), NAMES[:3]),
]


@pytest.mark.parametrize("html, authors", AUTHORS)
def test_co_authors_and_teaser_authors(html: str, authors: list[str]) -> None:
    assert _extract(html).authors == authors


# ---- date-only lines: a subheading between paragraphs, chrome elsewhere ---------

DATES = [
    # new: a chronicle's date subheadings between paragraphs are kept in place
    (f"<p>{P1}</p><p>28 января 2022 года</p><p>{P2}</p>", [P1, "28 января 2022 года", P2]),
    (f"<p>{P1}</p><p>28.01.2022, 14:05</p><p>{P2}</p>", [P1, "28.01.2022, 14:05", P2]),
    (f"<p>{P1}</p><h3>27 января 2022 года</h3><p>{P2}</p><h3>28 января 2022 года</h3><p>{P3}</p>",
     [P1, "27 января 2022 года", P2, "28 января 2022 года", P3]),
    # new: a photo credit between the date and the next paragraph does not part them
    (f"<p>{P1}</p><p>28 января 2022</p><p>Фото: пресс-служба</p><p>{P2}</p>", [P1, "28 января 2022", P2]),
    # kept: a date without a year was never read as the page's date; it stays a paragraph
    (f"<p>{P1}</p><p>28 января</p><p>{P2}</p>", [P1, "28 января", P2]),
    # kept: before the first paragraph it is the page's own date
    (f"<p>15 августа 2016, 13:43</p>{BODY}", [P1, P2]),
    # kept: at the very end of the body, nothing follows it
    (f"{BODY}<p>28 января 2022 года</p>", [P1, P2]),
    # kept: a block header comes before the next text (the date belongs to the block)
    (f"{BODY}<p>28 января 2022</p><p>Популярное</p><p>{P3}</p>", [P1, P2, P3]),
    # kept: a comments header ends the article
    (f"{BODY}<p>28 января 2022</p><h3>Комментарии</h3><p>{P3}</p>", [P1, P2]),
    # kept: after a lead, before the body's first paragraph
    (f'<p class="lead">{P3}</p><p>28 января 2022, 13:43</p>{BODY}', [P1, P2]),
]


@pytest.mark.parametrize("html, paragraphs", DATES)
def test_date_lines_between_paragraphs(html: str, paragraphs: list[str]) -> None:
    assert _extract(_page(html)).paragraphs == paragraphs
