"""A page whose body has no article text takes its description as its text (review rev22_B
L4): golden files (`summary_golden/pages` → `summary_golden/gold`, the layout of
`examples/gold`), the rule that decides whether a description reads as a summary (a table), and
what the store does with such a page (kept, where a page of furniture alone is skipped).
Review rev23_B: only an article page's descriptions, the page's own article's first, the next
tried when one is rejected, a page's default words (a notice to the reader, a rubric list)
rejected (M2); a description cut mid-word (L1), markup in it (L3), a JSON-LD list (L4)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from khronika.extract import extract_file
from khronika.extract.html import FURNITURE_ONLY
from khronika.extract.html import read_metadata
from khronika.extract.summary import EXTRACTOR, SUMMARY_IS_TEXT, as_cut, description_text, reads_as_summary
from selectolax.lexbor import LexborHTMLParser
from khronika.ingest.rawpage import RawPage
from khronika.scale.work import enrich_doc

ROOT = Path(__file__).resolve().parent / "summary_golden"
GOLD_FILES = sorted((ROOT / "gold").glob("*.json"))


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=[g.stem for g in GOLD_FILES])
def test_page_matches_gold(gold_file: Path) -> None:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    expected = gold["expected"]
    record = extract_file(ROOT / gold["input"]["path"], gold["input"]["crawled_at"]).to_json()
    for key in ("title", "published", "language", "lead", "paragraphs", "credits", "authors", "extractor"):
        assert record[key] == expected[key], key
    assert len(record["warnings"]) == len(expected["warnings"])
    for got, want in zip(record["warnings"], expected["warnings"]):
        assert got.startswith(want)


def test_the_goldens_cover_both_outcomes() -> None:
    extractors = [json.loads(g.read_text(encoding="utf-8"))["expected"]["extractor"] for g in GOLD_FILES]
    assert extractors.count(EXTRACTOR) >= 3 and any(e != EXTRACTOR for e in extractors)


@pytest.mark.parametrize("name, status", [
    ("og_description_subscribe.html", "ok"),      # skipped as furniture-only before
    ("meta_description_title_only.html", "ok"),   # skipped as "title only" before
    ("site_blurb_description.html", "skipped"),   # the outlet's self-description: still furniture only
    ("home_page_website.html", "skipped"),        # og:type website: a home page, its description unread
    ("javascript_notice.html", "skipped"),        # a notice to the reader
    ("paywall_notice_then_og.html", "ok"),        # the JSON-LD notice rejected, og:description taken
])
def test_the_store_keeps_a_page_whose_text_is_its_description(name: str, status: str) -> None:
    raw = RawPage(source=name, data=(ROOT / "pages" / name).read_bytes(), kind="html")
    outcome = enrich_doc(raw, lambda article: article)
    assert outcome.status == status, outcome.reason
    if status == "ok":
        assert outcome.doc.extractor == EXTRACTOR and SUMMARY_IS_TEXT in outcome.doc.warnings
        assert FURNITURE_ONLY not in outcome.doc.warnings


TITLE = "Путин подписал указ о повышении пенсий военным"
# description → whether it reads as a summary of the page (the title is TITLE)
SUMMARIES = [
    ("Президент России подписал указ о повышении пенсий военным пенсионерам.", True),
    ("Движение по мосту открыли в пятницу. Мост связал город с левым берегом реки…", True),
    ("Депутаты подняли вопрос о переносе майских праздников на более позднее время...", True),
    ("«Мы не отступим», — заявил министр финансов журналистам в среду.»", True),
    # cut short without an ellipsis, long enough to be a sentence
    ("В церемонии открытия примут участие вице-премьер, министр транспорта, губернатор области "
     "и глава госкомпании Автодор Вячеслав Петушенко", True),
    (TITLE, False),                                                       # the headline again
    (TITLE + ".", False),                                                 # the headline with a full stop
    ("Путин подписал указ.", False),                                      # three words: a headline
    ("Хм.", False),
    ("Гречки хватит всем: Украина резко нарастила импорт", False),        # a headline, no sentence end
    ("Последние новости России и мира сегодня. Главные события дня.", False),   # the outlet about itself
    ("Официальный сайт газеты: новости региона, статьи и фотографии каждый день.", False),
    ("Читайте свежие новости дня онлайн на нашем сайте каждый день и везде.", False),
    ("The President signed a decree raising military pensions by 4.5 percent.", False),   # not Russian
    # a page's default words (review rev23_B M2): a notice to the reader, a rubric list
    ("Новости, статьи, фотографии, видео. Семь дней в неделю.", False),
    ("Новости Санкт-Петербурга и Ленинградской области: происшествия, политика, экономика, спорт.", False),
    ("Ежедневная общенациональная деловая газета. Новости политики, экономики, бизнеса, финансов.", False),
    ("Читайте самые интересные материалы о политике, экономике и обществе в нашем издании.", False),
    ("Вы можете подписаться на рассылку и получать самые важные материалы каждое утро.", False),
    ("Материал доступен только подписчикам. Оформите подписку, чтобы читать полностью.", False),
    ("Для продолжения чтения статьи необходимо войти или зарегистрироваться на портале.", False),
    ("Включите JavaScript в настройках браузера, чтобы увидеть содержание этой страницы.", False),
    ("Страница, которую вы ищете, не найдена. Возможно, она была удалена или перемещена.", False),
    # … and what a summary may be
    ("Об этом сообщается на сайте Кремля. Президент провёл совещание с членами Совбеза.", True),   # L2
    ("Лукашенко поздравил Токаева, передает агентство со ссылкой на официальный сайт президента.", True),
    ("По сути, это всё та же модель смартфона прошлого года, только с удвоенным объёмом памяти.", True),
    ("Пришла беда — отворяй ворота. Театры и кинотеатры закрылись на время пандемии.", True),  # a proverb's "ты"
    ("«Вы нас предали», — заявил депутат коллегам на заседании в четверг.", True),             # a quote's "вы"
    ("Все мы хотим быстрее, выше и сильнее, так и в игре мы хотим увеличить скорость персонажей.", True),
]


@pytest.mark.parametrize("text, expected", SUMMARIES)
def test_reads_as_summary(text: str, expected: bool) -> None:
    assert reads_as_summary(text, TITLE) is expected


# description as the page gives it → its text
TEXTS = [
    ("в&nbsp;четверг", "в четверг"),                      # the parser's own unescape leaves no entity
    ("в&amp;nbsp;четверг", "в четверг"),                  # JSON-LD: written escaped
    ("&amp;quot;Автодор&amp;quot;", '"Автодор"'),         # escaped twice by the template
    ("Tom & Jerry", "Tom & Jerry"),
    ("  два   пробела ", "два пробела"),
    (None, ""),
    # markup inside a JSON-LD description: its text (review rev23_B L3)
    ("<p>Банк России сохранил ставку.</p><p>Решение ожидалось.</p>", "Банк России сохранил ставку. Решение ожидалось."),
    ("Банк <b>России</b>, <a href='/x'>ЦБ</a>.", "Банк России, ЦБ."),
    ("&amp;lt;p&amp;gt;Ставка&amp;lt;/p&amp;gt;", "Ставка"),
    ("ставка < 16 процентов", "ставка < 16 процентов"),
]


@pytest.mark.parametrize("raw, text", TEXTS)
def test_description_text(raw: str | None, text: str) -> None:
    assert description_text(raw) == text


# a description cut short → its text (review rev23_B L1)
CUTS = [
    ("проектов повышения производительности труда предприя", "проектов повышения производительности труда…"),
    ("прежде чем у нас появится уверенность, что", "прежде чем у нас появится уверенность…"),
    ("Матчи пройдут в столице Дании на стадионе Паркен в", "Матчи пройдут в столице Дании на стадионе Паркен…"),
    ("глава госкомпании Автодор Вячеслав Петушенко", "глава госкомпании Автодор Вячеслав Петушенко"),  # a name
    ("с удвоенным объёмом флэш-памяти - hi-Tech.ua", "с удвоенным объёмом флэш-памяти - hi-Tech.ua"),
    ("Регулятор сохранил ставку.", "Регулятор сохранил ставку."),
    ("Регулятор сохранил ставку...", "Регулятор сохранил ставку..."),
]


@pytest.mark.parametrize("text, expected", CUTS)
def test_as_cut(text: str, expected: str) -> None:
    assert as_cut(text) == expected


def _head(*tags: str) -> str:
    return f"<html><head>{''.join(tags)}</head><body><h1>ЦБ сохранил ставку</h1></body></html>"


def _ld(*items: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(list(items), ensure_ascii=False)}</script>'


OG_DESCRIPTION = '<meta property="og:description" content="og">'
# page head → whether it is an article page, its descriptions (the best first)
PAGES = [
    (_head(OG_DESCRIPTION), True, ["og"]),
    (_head('<meta property="og:type" content="website">', OG_DESCRIPTION), False, ["og"]),
    (_head('<meta property="og:type" content="article">', OG_DESCRIPTION), True, ["og"]),
    (_head(_ld({"@type": "WebPage", "description": "page"}), OG_DESCRIPTION), True, ["og", "page"]),
    (_head(_ld({"@type": "WebSite", "description": "site"}), OG_DESCRIPTION), False, ["og"]),
    (_head(_ld({"@type": "CollectionPage", "description": "rubric"}), OG_DESCRIPTION), False, ["og"]),
    (_head(_ld({"@type": "WebSite"}, {"@type": "NewsArticle", "description": "own"}), OG_DESCRIPTION), True,
     ["own", "og"]),
    (_head(_ld({"@type": "WebPage", "description": "page"}, {"@type": "NewsArticle", "description": "own"}),
           OG_DESCRIPTION), True, ["own", "og", "page"]),
    # a list of articles: the page's own (its headline is the page's), never another's
    (_head(_ld({"@type": "NewsArticle", "headline": "Другое", "description": "other"},
               {"@type": "NewsArticle", "headline": "ЦБ сохранил ставку", "description": "own"})), True, ["own"]),
    (_head(_ld({"@type": "NewsArticle", "headline": "Другое", "description": "other"},
               {"@type": "NewsArticle", "headline": "Третье", "description": "third"}), OG_DESCRIPTION), True, ["og"]),
    (_head(_ld({"@type": "NewsArticle", "url": "https://x.ru/other", "description": "other"},
               {"@type": "NewsArticle", "url": "https://x.ru/own", "description": "own"}),
           '<link rel="canonical" href="https://x.ru/own">'), True, ["own"]),
]


@pytest.mark.parametrize("html, article_page, descriptions", PAGES)
def test_an_article_pages_descriptions(html: str, article_page: bool, descriptions: list[str]) -> None:
    meta = read_metadata(LexborHTMLParser(html))
    assert (meta.article_page, meta.descriptions) == (article_page, descriptions)


def test_a_json_ld_list_is_read_in_document_order_the_pages_own_first() -> None:
    html = _head(_ld({"@type": "NewsArticle", "headline": "Первое", "datePublished": "2024-03-21T09:00:00+03:00"},
                     {"@type": "NewsArticle", "headline": "Второе", "datePublished": "2024-03-22T09:00:00+03:00"}))
    assert (read_metadata(LexborHTMLParser(html)).title) == "Первое"
    own = html.replace("ЦБ сохранил ставку", "Второе")
    assert read_metadata(LexborHTMLParser(own)).published == "2024-03-22T09:00:00+03:00"
