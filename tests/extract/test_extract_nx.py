"""Helper nx (review rv20_Q M6, L2): a first line "date time Author, Author" is the dateline and the byline; a
line of several finished sentences is article text, not a headline or a notice; a naive time on an outlet under a
post-Soviet country-code domain is that country's time.  Pages written for the tests."""
from __future__ import annotations

import pytest

from khronika.errors import InputError
from khronika.extract import dates, extract_page
from khronika.ingest.rawpage import RawPage


def _text(text: str):
    return extract_page(RawPage(source="page.txt", data=text.encode(), kind="text"))


def _html(html: str, url: str | None = None):
    return extract_page(RawPage(source="page.html", data=html.encode(), kind="html", url=url))


BODY = "\n\nВ Самаре за сутки выявлено 200 новых случаев. Сегодня началась вакцинация.\n"

# page text -> (title, published, authors)
DATED_BYLINES = [
    ("18 января 2021 20:53 Анна Семенова, Вероника Богма\n\nПрививка на Красной площади" + BODY,
     ("Прививка на Красной площади", "2021-01-18T20:53:00+03:00", ["Анна Семенова", "Вероника Богма"])),
    ("05.03.2020, 10:15 | Иван Петров\n\nЗаседание правительства" + BODY,
     ("Заседание правительства", "2020-03-05T10:15:00+03:00", ["Иван Петров"])),
    # guards: a date line alone, and a headline that opens with a date
    ("Прививка на Красной площади\n\n18 января 2021, 20:53" + BODY,
     ("Прививка на Красной площади", "2021-01-18T20:53:00+03:00", [])),
    ("18 января в Москве прошёл митинг сторонников Ивана Петрова\n\n19 января 2021, 10:00" + BODY,
     ("18 января в Москве прошёл митинг сторонников Ивана Петрова", "2021-01-19T10:00:00+03:00", [])),
]


@pytest.mark.parametrize("text, expected", DATED_BYLINES)
def test_nx_dated_byline_line(text: str, expected: tuple) -> None:
    article = _text(text)
    assert (article.title, article.published, article.authors) == expected


SENTENCES = ("Страны Евросоюза запретили въезд губернатору Ивану Петрову. Кроме Петрова, въезд запрещён ещё 30 "
             "чиновникам. Решение приняли министры на совещании в Брюсселе.")
# page text -> (title, paragraphs)
ONE_LINE = [
    (SENTENCES + "\n", ("Страны Евросоюза запретили въезд губернатору Ивану Петрову.",
                        ["Кроме Петрова, въезд запрещён ещё 30 чиновникам. Решение приняли министры на совещании в "
                         "Брюсселе."])),
    # a furniture word opening a long line of sentences does not make it a notice
    ("Telegram вошел в десятку самых популярных приложений в мире, заявил создатель мессенджера Павел Дуров. "
     "По его словам, с каждым новым пользователем власть возвращается от корпораций к людям. Ранее вице-президент "
     "компании Илья Перекопский говорил, что разработчикам приходится платить налог в размере 30% компаниям Apple и "
     "Google.\n",
     ("Telegram вошел в десятку самых популярных приложений в мире, заявил создатель мессенджера Павел Дуров.",
      ["По его словам, с каждым новым пользователем власть возвращается от корпораций к людям. Ранее "
       "вице-президент компании Илья Перекопский говорил, что разработчикам приходится платить налог в размере 30% "
       "компаниям Apple и Google."])),
]


@pytest.mark.parametrize("text, expected", ONE_LINE)
def test_nx_one_line_of_sentences_is_an_article(text: str, expected: tuple) -> None:
    article = _text(text)
    assert (article.title, article.paragraphs) == expected


# guards: a headline alone (no full stop, or one sentence) is still no article; a short notice is still furniture
TITLE_ONLY = [
    "Кремль всех опередил: подана первая заявка\n",
    "Власти запретили въезд губернатору Ивану Петрову.\n",
]


@pytest.mark.parametrize("text", TITLE_ONLY)
def test_nx_a_headline_alone_is_still_skipped(text: str) -> None:
    with pytest.raises(InputError, match="title only"):
        _text(text)


def test_nx_a_short_notice_is_still_furniture() -> None:
    article = _text("Губернатор ушёл в отставку\n\nИван Петров покинул пост. Об этом сообщила пресс-служба.\n\n"
                    "Реклама. Все права защищены.\n")
    assert article.paragraphs == ["Иван Петров покинул пост. Об этом сообщила пресс-служба."]


# page address -> the zone of its naive times
ZONES = [
    ("https://www.unn.com.ua/ru/news/1906059-x", "Europe/Kyiv"),
    ("https://www.belta.by/politics/view/x", "Europe/Minsk"),
    ("https://www.inform.kz/ru/article/3725092", "Asia/Almaty"),
    # guards: Russian and other addresses, and none
    ("https://www.ukrinform.ru/rubric-kyiv/x.html", "Europe/Moscow"),
    ("https://ria.ru/20201203/x.html", "Europe/Moscow"),
    ("https://www.bbc.com/russian/news-1", "Europe/Moscow"),
    (None, "Europe/Moscow"),
]


@pytest.mark.parametrize("url, zone", ZONES)
def test_nx_outlet_zone(url: str | None, zone: str) -> None:
    assert dates.outlet_zone(url).key == zone


PAGE = ('<html><head><meta property="article:published_time" content="{meta}"></head><body>'
        "<h1>Парламент ограничил полномочия президента</h1><div itemprop=\"articleBody\">"
        "<p>Парламент страны в четверг принял закон, который ограничивает полномочия президента. За проголосовали "
        "56 депутатов, против никто не голосовал.</p><p>Президент назвала закон попыткой лишить её полномочий "
        "ещё до инаугурации и призвала сторонников выйти на акцию протеста у здания парламента.</p></div>"
        "</body></html>")


@pytest.mark.parametrize("url, meta, published", [
    ("https://www.unn.com.ua/ru/news/1", "2020-12-03T18:47", "2020-12-03T18:47:00+02:00"),
    ("https://news.tut.by/1.html", "2020-12-03T18:47", "2020-12-03T18:47:00+03:00"),
    # guards: a Russian page, and an offset the page writes
    ("https://ria.ru/1.html", "2020-12-03T18:47", "2020-12-03T18:47:00+03:00"),
    ("https://www.unn.com.ua/ru/news/1", "2020-12-03T18:47:00+03:00", "2020-12-03T18:47:00+03:00"),
])
def test_nx_naive_metadata_time_in_the_outlet_zone(url: str, meta: str, published: str) -> None:
    assert _html(PAGE.format(meta=meta), url=url).published == published

