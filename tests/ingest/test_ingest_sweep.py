"""Reader rules from the robustness sweep over every real page in ../shared (round r1).

Each table row is an input shape met in the sweep (input → expected pages or reason);
every row fails on the code before the sweep.
"""
from __future__ import annotations

import gzip
import io
import json
import tarfile
from pathlib import Path

import pytest

from khronika.errors import InputError
from khronika.extract import extract_page
from khronika.ingest import read_pages

TEXT = ("Правительство региона выделило почти девять миллионов рублей на покупку пяти автомобилей. "
        "Аукцион уже объявлен, требования к машинам опубликованы на сайте госзакупок.")


def _read(path: Path) -> list:
    return list(read_pages([str(path)]))


# ---- JSON records whose "text" holds HTML ------------------------------------------

def test_a_text_field_holding_html_is_read_as_html(tmp_path: Path) -> None:
    record = {"url": "https://ria.ru/1", "title": "пожар ликвидирован", "date": "2010-01-31 12:00",
              "text": f"<p><strong>москва, 31 янв - риа новости.</strong> {TEXT}</p>\n<p>{TEXT}</p>"}
    path = tmp_path / "ria.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [page] = _read(path)
    article = extract_page(page)
    assert article.title == "пожар ликвидирован"
    assert article.published == "2010-01-31T12:00:00+03:00"
    assert len(article.paragraphs) == 2
    assert not any("<" in p for p in article.paragraphs)


def test_a_plain_text_field_stays_text(tmp_path: Path) -> None:
    record = {"title": "Чиновникам купят пять автомобилей", "text": f"{TEXT} Цена < 9 млн рублей."}
    path = tmp_path / "plain.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [page] = _read(path)
    assert page.kind == "text"


# ---- Yandex.News feeds ------------------------------------------------------------

YANDEX_RSS = """<?xml version="1.0" encoding="windows-1251"?>
<rss xmlns:yandex="http://news.yandex.ru" version="2.0"><channel><title>Авиапорт</title>
<item><title>Найдены тела двух погибших</title><link>http://www.aviaport.ru/news/1.html</link>
<description>На территории Украины разбился самолет.</description>
<pubDate>Mon, 02 Jan 2006 17:25:00 +0300</pubDate>
<yandex:full-text>На территории Украины разбился самолет с тремя членами экипажа, вылетевший из Москвы.
Для подъема самолета ожидают прибытие российских специалистов.</yandex:full-text></item>
</channel></rss>"""


def test_a_yandex_feed_entry_keeps_its_full_text(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(YANDEX_RSS.encode("cp1251"))
    [page] = _read(path)
    article = extract_page(page)
    assert article.paragraphs == [
        "На территории Украины разбился самолет с тремя членами экипажа, вылетевший из Москвы.",
        "Для подъема самолета ожидают прибытие российских специалистов."]
    assert article.published == "2006-01-02T17:25:00+03:00"


# ---- CSV / TSV dumps ----------------------------------------------------------------

CSV_DUMP = ('date,url,edition,topics,authors,title,text,reposts_fb\n'
            f'2019-02-08 14:05:00,https://www.interfax.ru/1,-,Спорт,,Сменился соперник Тищенко,"{TEXT}\n\n{TEXT}",0\n'
            f'2019-03-13 14:53:00,https://www.interfax.ru/2,-,Спорт,,"Защитник ""Спартака"" вернулся","{TEXT}",3\n')

TSV_DUMP = ("date\turl\ttitle\ttext\n"
            f"2019-02-08 14:05:00\thttps://www.interfax.ru/1\tСменился соперник Тищенко\t{TEXT}\n"
            f'2019-03-13 14:53:00\thttps://www.interfax.ru/2\t"Защитник ""Спартака"" вернулся"\t{TEXT}\n')


@pytest.mark.parametrize("name, data", [
    ("ods.csv", CSV_DUMP.encode("utf-8")),
    ("ods.csv.gz", gzip.compress(CSV_DUMP.encode("utf-8"))),
    ("ods-cp1251.csv", CSV_DUMP.encode("cp1251")),
    ("dump.tsv", TSV_DUMP.encode("utf-8")),
])
def test_a_csv_dump_is_one_page_per_row(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    pages = _read(path)
    assert [p.name for p in pages] == [f"{path}#row 1", f"{path}#row 2"]
    first = extract_page(pages[0])
    assert first.title == "Сменился соперник Тищенко"
    assert first.published == "2019-02-08T14:05:00+03:00"
    assert first.url == "https://www.interfax.ru/1"
    assert extract_page(pages[1]).title == 'Защитник "Спартака" вернулся'


TABLES_WITHOUT_TEXT = [
    ("index.tsv", "file\tsite_name\turl\tpublished_time\ttitle\n1.html\tТАСС\thttps://tass.ru/1\t2020-04-27\tЗаголовок\n",
     "a table (TSV) with no text or html column"),
    ("pairs.csv", "first_title,second_title,quality\nОдин,Два,OK\n", "a table (CSV) with no text or html column"),
]


@pytest.mark.parametrize("name, data, reason", TABLES_WITHOUT_TEXT)
def test_a_table_without_a_text_column_is_skipped_with_the_reason(tmp_path: Path, name: str, data: str,
                                                                  reason: str) -> None:
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    [item] = _read(path)
    assert isinstance(item, InputError) and item.skipped and item.reason.startswith(reason)


@pytest.mark.parametrize("first_line", [
    "Москва, Россия",  # a Russian headline with a comma
    "Путин, Макрон и Шольц обсудили газ",
    "COVID-19, grippe",  # two words, no text column: not wide enough to be a header
])
def test_a_text_dump_is_not_taken_for_a_table(tmp_path: Path, first_line: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(f"{first_line}\n\n{TEXT}\n", encoding="utf-8")
    [page] = _read(path)
    assert not isinstance(page, InputError) and page.kind == "text"


# ---- archives --------------------------------------------------------------------------

def _tar_gz() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        data = TEXT.encode("utf-8")
        info = tarfile.TarInfo("Lenta/texts/1.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


ARCHIVES = [
    ("Lenta.tar.gz", _tar_gz(), "a tar archive"),
    ("lenta.tar.bz2", b"BZh91AY&SY" + bytes(range(200)), "bzip2-compressed data"),
    ("pages.zip", b"PK\x03\x04" + bytes(200), "a zip archive"),
]


@pytest.mark.parametrize("name, data, kind", ARCHIVES)
def test_an_archive_is_skipped_with_what_it_is(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    [item] = _read(path)
    assert isinstance(item, InputError) and item.skipped
    assert item.reason == f"{kind}, not a page: unpack it and ingest what is inside"


def test_the_entry_a_cut_feed_ends_in_keeps_its_whole_teaser(tmp_path: Path) -> None:
    # The file ends inside the second entry's full text: that text is partial, its teaser is not.
    item = YANDEX_RSS[YANDEX_RSS.index("<item>"):YANDEX_RSS.index("</item>") + len("</item>")]
    second = item.replace("/news/1.html", "/news/2.html").replace("Найдены тела", "Найдены тела ещё")
    cut = YANDEX_RSS.replace("</channel></rss>", "") + second
    cut = cut[:cut.rindex("Для подъема") + len("Для под")]
    path = tmp_path / "cut.xml"
    path.write_bytes(cut.encode("cp1251"))
    items = _read(path)
    assert isinstance(items[0], InputError) and "2 entries read" in items[0].reason
    first, last = extract_page(items[1]), extract_page(items[2])
    assert len(first.paragraphs) == 2
    assert last.paragraphs == ["На территории Украины разбился самолет."]


def test_a_csv_dump_larger_than_a_page_is_read_row_by_row(tmp_path: Path, monkeypatch) -> None:
    # A dump is a container: the 20 MB page limit does not apply to the whole file.
    from khronika.ingest import files

    monkeypatch.setattr(files, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.csv"
    path.write_text(CSV_DUMP, encoding="utf-8")
    assert len(CSV_DUMP.encode()) > 100
    assert [p.name for p in _read(path)] == [f"{path}#row 1", f"{path}#row 2"]


def test_an_undecodable_row_stops_the_table_with_the_reason(tmp_path: Path) -> None:
    # UTF-8 at the start (the encoding is taken from there), a broken row far below it.
    rows = CSV_DUMP.splitlines(keepends=True)
    dump = rows[0] + "".join(rows[1:]) * 5
    assert len(dump.encode()) > 4096
    path = tmp_path / "mixed.csv"
    path.write_bytes(dump.encode("utf-8") + b'2019-03-14 10:00:00,https://x/3,-,,,\xff\xfe\xfa,"\xff\xfe",0\n')
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["RawPage"] * 10 + ["InputError"]
    assert items[-1].reason.startswith("undecodable CSV after 10 rows")
