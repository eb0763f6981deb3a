"""Readers on inputs users actually have: every input reaches the batch report
(nothing dropped silently), containers are recognised by their content, not only
by their name.  Regression tests for the robustness round."""
from __future__ import annotations

import gzip
import io
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from khronika.errors import InputError
from khronika.extract import extract_page
from khronika.ingest import RawPage, read_pages
from khronika.ingest.files import read_stream

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "pages"
SEED = (EXAMPLES / "000_seed.txt").read_bytes()
HTML = (EXAMPLES / "011_html_jsonld_full.html").read_bytes()
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
CP1251_FEED = SHARED / "chardet-cyrillic-feeds" / "windows-1251-russian" / "newsru.com.xml"
CORUS_RIA = SHARED / "corus-news-samples" / "original" / "ria.json.gz"

RECORD = {"url": "https://example.ru/a", "title": "Песков ответил на вопрос о встрече",
          "text": "Пресс-секретарь президента Дмитрий Песков заявил журналистам, что встреча состоится в понедельник."}


def _items(paths: list[str]) -> tuple[list[RawPage], list[InputError]]:
    items = list(read_pages(paths))
    return [i for i in items if isinstance(i, RawPage)], [i for i in items if isinstance(i, InputError)]


# -- folders: what cannot be read is reported, not skipped -------------------------

def test_unlistable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root reads every folder whatever its mode, so the refusal is simulated at os.scandir.
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_bytes(SEED)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_bytes(SEED)
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    pages, errors = _items([str(tmp_path)])
    assert [Path(p.source).name for p in pages] == ["a.txt"]
    [error] = errors
    assert error.source == str(locked) and "Permission denied" in error.reason and not error.skipped


def test_unlistable_top_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "scandir", lambda path: (_ for _ in ()).throw(PermissionError(13, "Permission denied")))
    pages, errors = _items([str(tmp_path)])
    assert not pages and len(errors) == 1 and "Permission denied" in errors[0].reason


def test_broken_link_and_empty_folder_are_reported(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_bytes(SEED)
    (tmp_path / "pages" / "gone.html").symlink_to(tmp_path / "nowhere.html")
    (tmp_path / "empty").mkdir()
    pages, errors = _items([str(tmp_path / "pages"), str(tmp_path / "empty")])
    assert len(pages) == 1
    assert [(Path(e.source).name, e.skipped) for e in errors] == [("gone.html", True), ("empty", True)]
    assert "not a regular file" in errors[0].reason and "no files" in errors[1].reason


def test_folder_order_is_sorted_and_link_loops_end(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "z.txt").write_bytes(SEED)
    (tmp_path / "a.txt").write_bytes(SEED)
    (tmp_path / "b.txt").write_bytes(SEED)
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    pages, errors = _items([str(tmp_path)])
    assert [Path(p.source).relative_to(tmp_path).as_posix() for p in pages] == ["a/z.txt", "a.txt", "b.txt"]
    assert not errors


# -- JSON lines recognised by content, in any transport ----------------------------

JSONL_INPUTS = [
    # (what, name, bytes) -- each holds exactly the one RECORD
    ("one line on stdin", None, (json.dumps(RECORD, ensure_ascii=False) + "\n").encode()),
    ("one line, no newline, stdin", None, json.dumps(RECORD, ensure_ascii=False).encode()),
    ("gzip'd on stdin", None, gzip.compress(json.dumps(RECORD, ensure_ascii=False).encode())),
    (".json.gz file", "dump.json.gz", gzip.compress(json.dumps(RECORD, ensure_ascii=False).encode())),
    (".json file", "dump.json", json.dumps(RECORD, ensure_ascii=False).encode()),
    ("cp1251 .jsonl file", "legacy.jsonl", json.dumps(RECORD, ensure_ascii=False).encode("cp1251")),
    ("cp1251 on stdin", None, json.dumps(RECORD, ensure_ascii=False).encode("cp1251") + b"\n"),
]


@pytest.mark.parametrize("what, name, data", JSONL_INPUTS, ids=[c[0] for c in JSONL_INPUTS])
def test_json_lines_are_recognised(tmp_path: Path, what: str, name: str | None, data: bytes) -> None:
    if name is None:
        items = list(read_stream(io.BytesIO(data), "<stdin>", None))
    else:
        (tmp_path / name).write_bytes(data)
        items = list(read_pages([str(tmp_path / name)]))
    [page] = items
    assert isinstance(page, RawPage) and page.url == RECORD["url"] and page.locator == "line 1"
    article = extract_page(page)
    assert article.title == RECORD["title"] and article.paragraphs == [RECORD["text"]]


def test_line_separator_inside_a_json_string_does_not_split_the_line() -> None:
    record = {**RECORD, "text": RECORD["text"] + "\u2028Второй абзац.\u0085"}
    data = (json.dumps(record, ensure_ascii=False) + "\n" + json.dumps(RECORD, ensure_ascii=False) + "\n").encode()
    items = list(read_stream(io.BytesIO(data), "<stdin>", None))
    assert [type(i).__name__ for i in items] == ["RawPage", "RawPage"]


def test_empty_jsonl_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    [error] = list(read_pages([str(tmp_path / "empty.jsonl")]))
    assert isinstance(error, InputError) and error.skipped and "empty" in error.reason


@pytest.mark.skipif(not CORUS_RIA.exists(), reason="../shared/data/corus-news-samples is absent")
def test_corus_ria_json_gz_gives_one_page_per_line() -> None:
    pages, errors = _items([str(CORUS_RIA)])
    assert len(pages) == 10 and not errors
    assert all(not extract_page(p).title.startswith("{") for p in pages)


def test_decompressed_size_is_limited(tmp_path: Path) -> None:
    (tmp_path / "bomb.html.gz").write_bytes(gzip.compress(b"<html>" + b" " * (21 * 1024 * 1024)))
    [error] = list(read_pages([str(tmp_path / "bomb.html.gz")]))
    assert isinstance(error, InputError) and "too large" in error.reason


# -- WARC: a record cut short is an error, not a shorter page -----------------------

def _warc(payloads: list[bytes], gz: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for number, payload in enumerate(payloads):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://example.ru/{number}", "response", payload=io.BytesIO(payload), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-04-19T09:00:00Z"}))
    return out.getvalue()


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_truncated_warc_record_is_reported(tmp_path: Path, gz: bool) -> None:
    whole = _warc([HTML, HTML.replace(b"</body>", b"<p>second</p></body>")], gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(whole[: len(whole) - 700])
    pages, errors = _items([str(path)])
    assert len(pages) == 1
    assert errors and "record 2" in str(errors[0]) and "truncated" in errors[0].reason
    # The whole archive still reads without a complaint.
    path.write_bytes(whole)
    pages, errors = _items([str(path)])
    assert len(pages) == 2 and not errors


# -- feeds: files on disk, and a feed cut short ----------------------------------

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Лента</title>
<item><title>Сделка &lt;Альфа&gt; &amp; Бета</title><link>{base}/a.html</link>
<pubDate>Mon, 20 Mar 2023 11:05:00 +0300</pubDate>
<description>Председатель КНР провёл переговоры с президентом России в Кремле, стороны подписали совместное заявление.</description></item>
<item><title>Вторая</title><link>{base}/b.html</link>
<pubDate>Mon, 20 Mar 2023 12:00:00 +0300</pubDate>
<description>Министр иностранных дел России Сергей Лавров заявил, что Москва готова к переговорам с Вашингтоном.</description></item>
</channel></rss>"""


def test_local_feed_file_gives_its_entries(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text(RSS.format(base="https://example.ru"), encoding="utf-8")
    pages, errors = _items([str(tmp_path / "feed.xml")])
    assert not errors and [p.url for p in pages] == ["https://example.ru/a.html", "https://example.ru/b.html"]
    first = extract_page(pages[0])
    assert first.title == "Сделка <Альфа> & Бета" and first.paragraphs[0].startswith("Председатель КНР")
    assert first.published == "2023-03-20T11:05:00+03:00"  # the feed's own offset is kept


@pytest.mark.skipif(not CP1251_FEED.exists(), reason="../shared/data/chardet-cyrillic-feeds is absent")
def test_cp1251_feed_file_from_shared() -> None:
    pages, errors = _items([str(CP1251_FEED)])
    assert len(pages) == 30 and not errors
    titles = [extract_page(p).title for p in pages]
    assert all(any("а" <= c <= "я" for c in t.lower()) for t in titles)


def test_truncated_feed_is_reported(tmp_path: Path) -> None:
    text = RSS.format(base="https://example.ru")
    (tmp_path / "cut.xml").write_text(text[: text.index("<title>Вторая") + 12], encoding="utf-8")
    pages, errors = _items([str(tmp_path / "cut.xml")])
    assert len(pages) >= 1
    [error] = errors
    assert "cut.xml" in str(error) and "malformed feed" in error.reason and not error.skipped


@pytest.fixture
def loopback():
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server API)
            if self.path == "/feed.xml":
                body = RSS.format(base=base).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_error(404)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield base
    httpd.shutdown()


def test_http_failures_are_one_line_each(loopback: str) -> None:
    pages, errors = _items([f"{loopback}/feed.xml", f"{loopback}/nothing.html"])
    # Entries whose page is gone are kept from the feed's text, the reason in their name (h2, rv16 L3).
    assert len(pages) == 2 and len(errors) == 2  # the page URL, and one line for the feed
    for line in [p.name for p in pages] + [str(e) for e in errors]:
        assert "\n" not in line and "HTTP 404" in line


def test_json_crawled_at_of_another_type_is_a_line_error(tmp_path: Path) -> None:
    lines = [json.dumps({**RECORD, "crawled_at": 1700000000}), json.dumps({**RECORD, "url": 5, "crawled_at": None}),
             json.dumps({**RECORD, "crawled_at": ["2024"]})]
    (tmp_path / "dump.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = list(read_pages([str(tmp_path / "dump.jsonl")]))
    assert [type(i).__name__ for i in items] == ["InputError", "RawPage", "InputError"]
    assert "line 1" in str(items[0]) and "crawled_at" in items[0].reason
    assert items[1].url is None


JSON_DOCUMENTS = [
    # (what, bytes, expected: page locators or the error's words)
    ("pretty array", json.dumps([RECORD, RECORD | {"url": "https://example.ru/b"}], ensure_ascii=False,
                                indent=2).encode(), ["item 1", "item 2"]),
    ("pretty object", json.dumps(RECORD, ensure_ascii=False, indent=2).encode(), [None]),
    ("array with a stray value", json.dumps([RECORD, 5], ensure_ascii=False).encode(), ["item 1", "JSON object"]),
    ("not a page", json.dumps({"date": "2020", "body_words": 5}, indent=2).encode(), ["no 'html' or 'text'"]),
    ("text starting with a bracket", "[Фото] Заголовок\n\nТекст новости о событии в Москве.\n".encode(), [None]),
]


@pytest.mark.parametrize("what, data, expected", JSON_DOCUMENTS, ids=[d[0] for d in JSON_DOCUMENTS])
def test_json_documents(tmp_path: Path, what: str, data: bytes, expected: list) -> None:
    (tmp_path / "dump.json").write_bytes(data)
    items = list(read_pages([str(tmp_path / "dump.json")]))
    assert len(items) == len(expected)
    for item, want in zip(items, expected):
        if isinstance(item, RawPage):
            assert item.locator == want
        else:
            assert want in item.reason


def test_page_size_limit_holds_for_stdin_and_json_records() -> None:
    big = "слово " * (4 * 1024 * 1024)  # 24 M characters, 44 MB
    [error] = list(read_stream(io.BytesIO(big.encode()), "<stdin>", None))
    assert isinstance(error, InputError) and "too large" in error.reason
    line = json.dumps({"url": "https://example.ru/big", "text": big}, ensure_ascii=False).encode()
    [error] = list(read_stream(io.BytesIO(line), "<stdin>", None))
    assert isinstance(error, InputError) and "line 1" in str(error) and "too large" in error.reason
