"""A page whose body has no article text takes its description as its text (review rev22_B
L4): golden files (`summary_golden/pages` → `summary_golden/gold`, the layout of
`examples/gold`), the rule that decides whether a description reads as a summary (a table), and
what the store does with such a page (kept, where a page of furniture alone is skipped)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from khronika.extract import extract_file
from khronika.extract.html import FURNITURE_ONLY
from khronika.extract.summary import EXTRACTOR, SUMMARY_IS_TEXT, description_text, reads_as_summary
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
]


@pytest.mark.parametrize("raw, text", TEXTS)
def test_description_text(raw: str | None, text: str) -> None:
    assert description_text(raw) == text
