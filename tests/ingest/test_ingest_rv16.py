"""Readers after review rv16 (M3, M4, M5, M7, L2, L3, L7): tables as pandas and Russian users
save them, JSON dumps whatever their first line, WARC records by type and status, fetches that
stop at the size limit, one limit for stdin and files, a feed entry counted once, hidden
entries reported.  Every table row here failed on the code before (9b0ea05) unless marked
"guard" (behaviour that must not change)."""
from __future__ import annotations

import gzip
import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from khronika.errors import InputError
from khronika.ingest import RawPage, read_pages
from khronika.ingest import feeds, files, jsonl
from khronika.ingest.files import read_stream

TEXT = "Пресс-секретарь президента Дмитрий Песков заявил журналистам, что встреча состоится в понедельник."
ROWS = [("2019-08-10", "https://example.ru/a", "Песков ответил на вопрос", TEXT),
        ("2019-08-11", "https://example.ru/b", "Лавров прибыл в Анкару", TEXT.replace("Песков", "Захарова"))]


def _split(items) -> tuple[list[RawPage], list[InputError]]:
    items = list(items)
    return [i for i in items if isinstance(i, RawPage)], [i for i in items if isinstance(i, InputError)]


def _both(path: Path) -> list[tuple[list[RawPage], list[InputError]]]:
    """What a file gives as a file and piped to stdin."""
    with path.open("rb") as handle:
        return [_split(read_pages([str(path)])), _split(read_stream(handle, "<stdin>", None))]


def _csv(header: str, delimiter: str = ",", index: bool = False) -> str:
    lines = [header]
    for number, row in enumerate(ROWS):
        cells = ([str(number)] if index else []) + [f'"{cell}"' for cell in row]
        lines.append(delimiter.join(cells))
    return "\r\n".join(lines) + "\r\n"


# -- M3: tables as pandas and Russian users save them ---------------------------------------

TABLES = [
    # (file name, content, pages expected, skipped reason expected)
    ("pandas.csv", _csv(",date,url,title,text", index=True), 2, None),                      # DataFrame.to_csv()
    ("resaved.csv", _csv("Unnamed: 0,date,url,title,text", index=True), 2, None),            # read and saved again
    ("ru.csv", _csv("дата,ссылка,заголовок,текст"), 2, None),                                # Russian column names
    ("ru_upper.txt", _csv("Дата,Ссылка,Заголовок,Текст"), 2, None),                          # sniffed, any name
    ("ru_spaced.csv", _csv("Дата публикации;Ссылка;Заголовок;Текст статьи", ";"), 2, None),  # .csv: always a table
    ("ru_spaced.tsv", _csv("Дата публикации\tАдрес\tНазвание\tСодержание", "\t"), 2, None),
    ("annotations.tsv", "2\t11\tПакистане\tПакистан\tLOC\n67\t76\tПакистане\tПакистане\tLOC\n", 0,
     "no text or html column"),
    ("names.csv", "TASS,Reuters,AP\n" + TEXT + "\n", 0, "no text or html column"),
]


@pytest.mark.parametrize("name,content,pages_expected,reason", TABLES, ids=[t[0] for t in TABLES])
def test_tables_pandas_and_russian(tmp_path: Path, name: str, content: str, pages_expected: int,
                                   reason: str | None) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    pages, errors = _split(read_pages([str(path)]))
    assert len(pages) == pages_expected
    if reason:
        [error] = errors
        assert error.skipped and reason in error.reason
        return
    assert not errors
    assert [p.url for p in pages] == ["https://example.ru/a", "https://example.ru/b"]
    assert [p.locator for p in pages] == ["row 1", "row 2"]
    assert str(pages[0].data).startswith("Песков ответил на вопрос\n\n2019-08-10\n\n")


GUARD_TEXT_PAGES = [
    # (file name, first lines): text pages, never tables (guard)
    ("headline.txt", "Путин, Макрон и Шольц обсудили Украину\n" + TEXT),
    ("two_words.txt", "Москва,Киев\n" + TEXT),
    ("list.txt", "Россия,Китай,Индия\n" + TEXT),
]


@pytest.mark.parametrize("name,content", GUARD_TEXT_PAGES, ids=[g[0] for g in GUARD_TEXT_PAGES])
def test_text_pages_stay_pages(tmp_path: Path, name: str, content: str) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    [page] = list(read_pages([str(tmp_path / name)]))
    assert isinstance(page, RawPage) and page.locator is None


_RU_COLUMNS = {"date": ["дата", "Дата публикации", "время"], "url": ["ссылка", "Адрес"],
               "title": ["заголовок", "Название"], "text": ["текст", "Текст статьи", "содержание"]}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.tuples(*(st.sampled_from(v) for v in _RU_COLUMNS.values())),
       order=st.permutations(range(4)), index=st.booleans(), delimiter=st.sampled_from([",", ";", "\t"]),
       titles=st.lists(st.text(alphabet="абвгд ежз,\"", min_size=1, max_size=20).filter(str.strip),
                       min_size=1, max_size=5))
def test_russian_tables_property(tmp_path_factory, names, order, index, delimiter, titles) -> None:
    """Any order of Russian column names, with or without pandas' index column, in a .csv:
    one page per row, each row's URL and title where they belong."""
    import csv

    fields = list(_RU_COLUMNS)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(([""] if index else []) + [names[i] for i in order])
    for number, title in enumerate(titles):
        values = {"date": "2019-08-10", "url": f"https://example.ru/{number}", "title": title, "text": TEXT}
        writer.writerow(([str(number)] if index else []) + [values[fields[i]] for i in order])
    path = tmp_path_factory.mktemp("t") / "dump.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    pages, errors = _split(read_pages([str(path)]))
    assert not errors
    assert [p.url for p in pages] == [f"https://example.ru/{n}" for n in range(len(titles))]
    assert [str(p.data).split("\n\n")[0] for p in pages] == titles


# -- M4: JSON lines whatever the first line, a one-record document over lines ------------------

RECORDS = [{"url": f"https://example.ru/{n}", "title": f"Заголовок {n}", "text": TEXT} for n in range(3)]
JSONL = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)

JSON_DUMPS = [
    # (file name, bytes, pages expected, errors expected)
    ("blank_first.json", ("\n" + JSONL).encode(), 3, 0),
    ("blank_lines.txt", ("\r\n  \n\t\n" + JSONL).encode(), 3, 0),
    ("blank_first.json.gz", gzip.compress(("\n" + JSONL).encode()), 3, 0),
    ("bom_blank.json", b"\xef\xbb\xbf\n" + JSONL.encode(), 3, 0),
    ("one_record.json", ('{"url": "https://example.ru/x",\n "title": "Заголовок",\n "text": "' + TEXT + '"}\n').encode(),
     1, 0),
    # guard: a dump with a broken first line stays JSON lines, the bad line reported
    ("bad_first.json", ('{"url": "https://example.ru/broken", "text": \n' + JSONL).encode(), 3, 1),
]


@pytest.mark.parametrize("name,data,pages_expected,errors_expected", JSON_DUMPS, ids=[d[0] for d in JSON_DUMPS])
def test_json_dumps_file_and_stdin(tmp_path: Path, name: str, data: bytes, pages_expected: int,
                                   errors_expected: int) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    for pages, errors in _both(path):
        assert (len(pages), len(errors)) == (pages_expected, errors_expected)
        assert all(p.url and p.url.startswith("https://example.ru/") for p in pages)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blank=st.lists(st.sampled_from(["\n", "\r\n", " \n", "\t\r\n"]), min_size=1, max_size=4),
       count=st.integers(1, 4))
def test_leading_blank_lines_property(tmp_path_factory, blank, count) -> None:
    path = tmp_path_factory.mktemp("j") / "dump.json"
    path.write_text("".join(blank) + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS[:count]),
                    encoding="utf-8")
    pages, errors = _split(read_pages([str(path)]))
    assert not errors and [p.url for p in pages] == [r["url"] for r in RECORDS[:count]]


# -- L2: one limit for stdin and files, per page where the input is a dump -----------------------

def _big_inputs() -> list[tuple[str, bytes]]:
    records = [{"url": f"https://example.ru/{n}", "title": f"Заголовок {n}", "text": TEXT} for n in range(40)]
    table = "date,url,title,text\n" + "".join(f'2019-08-10,{r["url"]},{r["title"]},"{TEXT}"\n' for r in records)
    return [("dump.csv", table.encode()), ("dump.txt", table.encode()),
            ("array.json", json.dumps(records, ensure_ascii=False, indent=1).encode()),
            ("array.json.gz", gzip.compress(json.dumps(records, ensure_ascii=False).encode())),
            # guard: JSON lines were read one line at a time both ways already
            ("dump.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode())]


@pytest.mark.parametrize("name,data", _big_inputs(), ids=[n for n, _ in _big_inputs()])
def test_dumps_over_the_page_limit_from_file_and_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       name: str, data: bytes) -> None:
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 2000)  # each dump is some 8 KB, each page 200 bytes
    path = tmp_path / name
    path.write_bytes(data)
    for pages, errors in _both(path):
        assert not errors and len(pages) == 40
        assert pages[0].url == "https://example.ru/0" and pages[-1].url == "https://example.ru/39"


def test_one_page_over_the_limit_is_too_large_both_ways(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 2000)  # guard: a page stays a page, and too large
    path = tmp_path / "long.txt"
    path.write_text((TEXT + "\n") * 40, encoding="utf-8")
    for pages, errors in _both(path):
        assert not pages and len(errors) == 1 and "too large" in errors[0].reason


def _array_pages(items) -> list[tuple]:
    return [(type(i).__name__, i.source, i.locator, i.data, i.url) if isinstance(i, RawPage) else str(i)
            for i in items]


_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                       lambda inner: st.lists(inner, max_size=3)
                       | st.dictionaries(st.text(max_size=4), inner, max_size=3),
                       max_leaves=6)
_records = st.fixed_dictionaries({"url": st.text(min_size=1, max_size=12), "text": st.text(min_size=1, max_size=60)},
                                 optional={"title": st.text(max_size=20), "extra": _values})


@settings(max_examples=150, deadline=None)
@given(items=st.lists(_records | _values, max_size=6), chunk=st.integers(1, 64), indent=st.sampled_from([None, 0, 2]),
       ascii_only=st.booleans())
def test_streamed_array_matches_whole_document(items, chunk, indent, ascii_only) -> None:
    """The streamed JSON array reader gives what reading the whole document gives, for any
    records, any formatting and any read size."""
    data = json.dumps(items, indent=indent, ensure_ascii=ascii_only).encode()
    whole = _array_pages(jsonl.read_json_document(data, "a.json", None))
    streamed = _array_pages(jsonl.read_json_array(io.BytesIO(data), "a.json", None, chunk=chunk))
    assert streamed == whole


@settings(max_examples=60, deadline=None)
@given(count=st.integers(1, 5), cut=st.integers(1, 200), chunk=st.integers(1, 32))
def test_streamed_array_cut_short_keeps_whole_items(count, cut, chunk) -> None:
    data = json.dumps(RECORDS[:1] * count, ensure_ascii=False).encode()
    cut = min(cut, len(data) - 1)
    try:
        items = list(jsonl.read_json_array(io.BytesIO(data[:cut]), "a.json", None, chunk=chunk))
    except jsonl.NotJsonArray:
        return  # cut inside the first item: not readable as an array at all (the caller's page path)
    pages = [i for i in items if isinstance(i, RawPage)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and len(pages) < count
    assert all(p.url == RECORDS[0]["url"] for p in pages)


# -- M5: WARC records by type and HTTP status -------------------------------------------------

PAGE = ("<html><body><article><h1>Заголовок</h1><p>" + TEXT * 5 + "</p></article></body></html>").encode()


def _warc(path: Path, records: list[tuple[str, str, bytes, str]]) -> None:
    """(record type, status or "", payload, content type)"""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        for number, (rec_type, status, payload, content_type) in enumerate(records):
            uri = f"https://example.ru/{number}"
            if rec_type == "resource":
                record = writer.create_warc_record(uri, "resource", payload=io.BytesIO(payload),
                                                   warc_content_type=content_type)
            else:
                http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(uri, rec_type, payload=io.BytesIO(payload), http_headers=http)
            writer.write_record(record)


WARCS = [
    # (records, pages expected, error lines expected)
    ([("resource", "", PAGE, "text/html")], 1, []),
    ([("resource", "", TEXT.encode(), "text/plain; charset=utf-8")], 1, []),
    ([("response", "404 Not Found", PAGE, "text/html")], 0,
     ["#record 1: HTTP 404 Not Found: not a page (https://example.ru/0)"]),
    ([("response", "301 Moved Permanently", b"", "text/html")], 0,
     ["#record 1: HTTP 301 Moved Permanently: not a page"]),
    ([("response", "200 OK", PAGE, "text/html"), ("response", "200 OK", b"\x89PNG", "image/png"),
      ("resource", "", b"GIF89a", "image/gif"), ("response", "200 OK", b"\x89PNG", "image/png")], 1,
     [": 3 records not read: not pages (2 image/png, 1 image/gif)"]),
]


@pytest.mark.parametrize("records,pages_expected,lines", WARCS, ids=["resource html", "resource text", "404",
                                                                     "301", "images counted"])
def test_warc_records(tmp_path: Path, records, pages_expected: int, lines: list[str]) -> None:
    path = tmp_path / "crawl.warc"
    _warc(path, records)
    pages, errors = _split(read_pages([str(path)]))
    assert len(pages) == pages_expected
    assert all(p.url and p.url.startswith("https://example.ru/") for p in pages)
    assert len(errors) == len(lines)
    for error, line in zip(errors, lines):
        assert error.skipped and str(error).startswith(str(path)) and line in str(error)


# -- M7, L3: fetches stream with a cap; an entry whose page fails is one item -------------------

BIG = 50 * 1024 * 1024
RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента</title>
<item><title>Первая</title><link>{base}/gone.html</link><description>{text}</description>
<pubDate>Mon, 20 Mar 2023 15:00:00 +0300</pubDate></item>
<item><title>Вторая</title><link>{base}/page.html</link><description>{text}</description></item>
</channel></rss>"""


@pytest.fixture
def server():
    sent: dict[str, int] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 (http.server API)
            if self.path in ("/declared", "/undeclared"):
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                if self.path == "/declared":
                    self.send_header("Content-Length", str(BIG))
                else:
                    self.send_header("Connection", "close")  # no length: the body ends with the connection
                self.end_headers()
                chunk = b"<p>" + b"x" * 65532 + b"</p>"
                sent[self.path] = 0
                try:
                    while sent[self.path] < BIG:
                        self.wfile.write(chunk)
                        sent[self.path] += len(chunk)
                except OSError:
                    pass
                self.close_connection = True
            elif self.path in ("/feed.xml", "/page.html"):
                body = (RSS.format(base=base, text=TEXT) if self.path == "/feed.xml" else PAGE.decode()).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml" if self.path == "/feed.xml" else "text/html")
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
    yield base, sent
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("path", ["/declared", "/undeclared"])
def test_fetch_stops_at_the_limit(server, monkeypatch: pytest.MonkeyPatch, path: str) -> None:
    base, sent = server
    monkeypatch.setattr(feeds, "MAX_BYTES", 1024 * 1024)
    [error] = list(read_pages([base + path]))
    assert isinstance(error, InputError) and "too large" in error.reason and "1 MB" in error.reason
    # The body was not downloaded first: the server could send little of its 50 MB.
    assert sent.get(path, 0) < 20 * 1024 * 1024


def test_feed_entry_whose_page_fails_is_counted_once(server) -> None:
    base, _ = server
    items = list(read_pages([base + "/feed.xml"]))
    # was InputError, RawPage, RawPage: the missing page counted as a failure and as a page
    assert [type(i).__name__ for i in items] == ["RawPage", "RawPage", "InputError"]
    gone, fetched, line = items
    assert str(line) == (f"{base}/feed.xml: 1 of 2 entry pages not fetched (HTTP 404 Not Found): "
                         "it was read from the feed's own text") and not line.skipped
    assert gone.name == f"{base}/feed.xml#entry 1 (the feed's text: page not fetched, HTTP 404 Not Found)"
    assert gone.url == f"{base}/gone.html" and TEXT in gone.data
    assert fetched.url == f"{base}/page.html" and fetched.locator is None


# -- L7: hidden files and folders are reported ---------------------------------------------------

HIDDEN = [
    # (entries to create, lines expected: (folder relative to the root, reason))
    (["b.html", ".x.html", ".drafts/a.html"], [("", "2 hidden entries not read (.drafts/, .x.html)")]),
    (["b.html", "sub/.y.txt", "sub/c.txt"], [("sub", "1 hidden entry not read (.y.txt)")]),
    ([".a", ".b", ".c", ".d", ".e", ".f", ".g", "b.html"],
     [("", "7 hidden entries not read (.a, .b, .c, .d, .e and 2 more)")]),
    (["b.html", ".DS_Store", "Thumbs.db"], []),  # guard: the system's own files are not news
]


@pytest.mark.parametrize("entries,lines", HIDDEN, ids=["file and folder", "in a subfolder", "many", "system files"])
def test_hidden_entries_are_reported(tmp_path: Path, entries: list[str], lines: list[tuple[str, str]]) -> None:
    for entry in entries:
        path = tmp_path / entry
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(TEXT, encoding="utf-8")
    pages, errors = _split(read_pages([str(tmp_path)]))
    assert len(pages) == sum(1 for e in entries if not any(part.startswith(".") for part in Path(e).parts)
                             and e not in ("Thumbs.db",))
    assert [(e.source, e.reason.split(":")[0]) for e in errors] == \
        [(str(tmp_path / folder) if folder else str(tmp_path), reason) for folder, reason in lines]
    assert all(e.skipped for e in errors)


def test_stdin_that_cannot_be_kept_is_one_line() -> None:
    class Full(io.BytesIO):
        def read(self, size=-1):
            raise OSError(28, "No space left on device")

    [error] = list(read_stream(Full(), "<stdin>", None))
    assert isinstance(error, InputError) and "No space left on device" in error.reason
