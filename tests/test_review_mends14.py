"""Mends from the fourteenth session's review: each row is a reviewer's reproduction (input → expected),
and each fails on the code before the mend."""
from __future__ import annotations

from pathlib import Path

import pytest

from khronika.errors import InputError
from khronika.eval.quotes import SpeakerMatcher
from khronika.extract import extract_page
from khronika.ingest import read_pages
from khronika.ingest.rawpage import RawPage
from khronika.nlp.doc import Quote, SpeakerRef

TEXT = ("Правительство региона выделило почти девять миллионов рублей на покупку пяти автомобилей. "
        "Аукцион уже объявлен, требования к машинам опубликованы на сайте госзакупок.")


def _read(tmp_path: Path, name: str, data: bytes) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_pages([str(path)]))


# ---- tables and archives ----------------------------------------------------------

def test_an_unclosed_quote_in_a_table_row_is_reported_not_stored(tmp_path: Path) -> None:
    items = _read(tmp_path, "s.csv", f'title,text\nA,"{TEXT}\nB,{TEXT}\nC,{TEXT}\n'.encode())
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert "row 1" in str(items[0]) and "never closed" in str(items[0])


def test_rows_before_an_unclosed_quote_are_stored(tmp_path: Path) -> None:
    items = _read(tmp_path, "s.csv", f'title,text\nA,{TEXT}\nB,"{TEXT}\nC,{TEXT}\n'.encode())
    assert [type(i).__name__ for i in items] == ["RawPage", "InputError"]


def test_a_header_only_table_says_so(tmp_path: Path) -> None:
    [item] = _read(tmp_path, "h.csv", b"title,text\n")
    assert isinstance(item, InputError) and "no rows" in str(item)


def test_a_text_page_opening_with_a_list_of_names_is_no_table(tmp_path: Path) -> None:
    [page] = _read(tmp_path, "a.txt", f"TASS,Reuters,AP\n{TEXT}\n".encode())
    assert isinstance(page, RawPage)
    assert extract_page(page).paragraphs


def test_an_archive_over_the_page_limit_is_skipped_as_an_archive(tmp_path: Path) -> None:
    header = b"x" * 257 + b"ustar\x0000" + b"\0" * 242
    [item] = _read(tmp_path, "big.tar", header + b"\0" * (21 * 1024 * 1024))
    assert isinstance(item, InputError) and "tar" in str(item) and "too large" not in str(item)


# ---- feeds and HTML ----------------------------------------------------------------

def test_yandex_full_text_holding_html_is_read_as_html(tmp_path: Path) -> None:
    feed = ('<?xml version="1.0" encoding="utf-8"?><rss xmlns:yandex="http://news.yandex.ru" version="2.0">'
            "<channel><title>X</title><item><title>Заголовок новости</title><link>https://example.ru/1</link>"
            "<description>Короткий анонс.</description><pubDate>Mon, 10 Aug 2020 10:00:00 +0300</pubDate>"
            f"<yandex:full-text><![CDATA[<p>{TEXT}</p><p>Второй абзац с &laquo;кавычками&raquo;.</p>]]>"
            "</yandex:full-text></item></channel></rss>")
    [page] = _read(tmp_path, "feed.xml", feed.encode())
    article = extract_page(page)
    assert not any("<p>" in p for p in [article.lead, *article.paragraphs])
    assert any("«кавычками»" in p for p in [article.lead, *article.paragraphs])


@pytest.mark.parametrize("header", ["Отзывы", "Обсуждение"])
def test_a_section_heading_named_like_a_comments_header_does_not_end_the_article(header: str) -> None:
    html = (f"<html><body><article><h1>Закон о парковках</h1><p>{TEXT}</p><h2>{header}</h2>"
            f"<p>Депутаты обсудили поправки и приняли их во втором чтении после долгого спора.</p>"
            f"<p>Документ вступит в силу с первого января следующего года, сообщили в думе.</p></article></body></html>")
    article = extract_page(RawPage(source="page.html", data=html.encode(), kind="html"))
    text = " ".join([article.lead or "", *article.paragraphs])
    assert "вступит в силу" in text


# ---- the quote scorer: a place word set aside, the other words in order ---------------------

PLACES = {"россия": "gpe:russia", "сша": "gpe:usa", "британский": "gpe:uk", "великобритания": "gpe:uk"}


@pytest.mark.parametrize("gold,name,ok", [
    ("посол россия в сша", "посол сша в россия", False),     # two places swapped: two people
    ("пресс-служба правительство великобритания", "пресс-служба британский правительство", True),
])
def test_speaker_words_keep_their_order(gold: str, name: str, ok: bool) -> None:
    matcher = SpeakerMatcher(lambda w: w, place=lambda lemma: frozenset(PLACES.get(lemma, "").split()))
    quote = Quote(text="x", kind="direct", start=0, stop=1, sentence=0, cue="сказать",
                  speaker=SpeakerRef(None, name, name))
    assert matcher(gold, quote) is ok
