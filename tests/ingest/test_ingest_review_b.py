"""Review rev_B (sixteenth session) of the readers changed the same session: a WARC's resource
records of the crawler's own files (wget's log, arguments, manifest) are not pages, and a URL
httpx cannot parse is one input's failure, in a feed or alone, never the batch's."""
from __future__ import annotations

import io
from pathlib import Path

import httpx
from warcio.warcwriter import WARCWriter

from khronika.errors import InputError
from khronika.ingest import read_pages
from khronika.ingest.feeds import read_feed, read_url

PAGE = ("<html><body><article><h1>Заголовок</h1><p>" + "Текст новости о событии дня. " * 20
        + "</p></article></body></html>").encode()


def test_the_crawlers_own_resource_records_are_not_pages(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        for uri, payload, kind in [("metadata://gnu.org/software/wget/warc/wget.log", b"Opening WARC file", "text/plain"),
                                   ("metadata://gnu.org/software/wget/warc/wget_arguments.txt", b"-r", "text/plain"),
                                   ("https://example.ru/1", PAGE, "text/html")]:
            writer.write_record(writer.create_warc_record(uri, "resource", payload=io.BytesIO(payload),
                                                          warc_content_type=kind))
    items = list(read_pages([str(path)]))
    pages = [i for i in items if not isinstance(i, InputError)]
    notes = [str(i) for i in items if isinstance(i, InputError)]
    assert [p.url for p in pages] == ["https://example.ru/1"]
    assert len(notes) == 1 and "2 crawler resource" in notes[0]


def _client() -> httpx.Client:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404)

    return httpx.Client(transport=httpx.MockTransport(answer))


def test_an_unparsable_url_is_one_inputs_failure() -> None:
    with _client() as client:
        [item] = list(read_url("http://[::1/x", client))
    assert isinstance(item, InputError) and "not a valid URL" in item.reason


def test_an_unparsable_entry_link_keeps_the_feed() -> None:
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>Первая новость дня</title><link>http://[::1/x</link><description>Текст первой новости.</description></item>
    <item><title>Вторая новость дня</title><link>https://example.ru/2</link><description>Текст второй.</description></item>
    </channel></rss>""".encode("utf-8")
    with _client() as client:
        items = list(read_feed(feed, "feed.xml", client))
    pages = [i for i in items if not isinstance(i, InputError)]
    assert len(pages) == 2  # both entries kept from the feed's own text
    assert any(isinstance(i, InputError) and "not a valid URL" in str(i) for i in items)


def test_russian_column_names_of_several_words(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    body = "Текст новости о событии дня, подробный и длинный. " * 5
    path.write_text("Заголовок новости;Текст новости;Ссылка на статью;Дата выхода\n"
                    f"Первая новость дня;{body};https://example.ru/1;2019-08-10\n"
                    f"Вторая новость дня;{body};https://example.ru/2;2019-08-11\n", encoding="utf-8")
    pages = [p for p in read_pages([str(path)]) if not isinstance(p, InputError)]
    assert [(p.url, str(p.data).split("\n\n")[0]) for p in pages] == [
        ("https://example.ru/1", "Первая новость дня"), ("https://example.ru/2", "Вторая новость дня")]
