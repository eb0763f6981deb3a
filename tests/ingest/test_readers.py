"""Readers and bad input: one clear line per bad file, the batch goes on."""
from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from khronika.errors import InputError
from khronika.ingest import RawPage, read_pages
from khronika.extract import extract_page

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "pages"
SEED = (EXAMPLES / "000_seed.txt").read_bytes()
HTML = (EXAMPLES / "011_html_jsonld_full.html").read_bytes()


def _warc(path: Path, records: list[tuple[str, bytes, str, str]], gz: bool = True) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for uri, payload, content_type, date in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": date})
            writer.write_record(record)


def test_warc_response_records_and_crawl_time(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://example.ru/seed", SEED, "text/plain; charset=utf-8", "2024-04-19T09:00:00Z"),
                 ("https://example.ru/xi", HTML, "text/html; charset=utf-8", "2023-03-20T12:00:00Z"),
                 ("https://example.ru/logo.png", b"\x89PNG", "image/png", "2023-03-20T12:00:00Z")])
    items = list(read_pages([str(path)]))
    pages = [i for i in items if isinstance(i, RawPage)]
    assert [p.url for p in pages] == ["https://example.ru/seed", "https://example.ru/xi"]
    # The image is not a page: counted in one closing line, not dropped silently (h2, rv16 M5).
    assert [str(i) for i in items if isinstance(i, InputError)] == [f"{path}: 1 record not read: not pages (1 image/png)"]
    seed = extract_page(pages[0])
    assert seed.source == "https://example.ru/seed"
    # The WARC date is the crawl time: 09:00Z is 12:00 in Moscow, so "Сегодня в 11:17" is that day.
    assert seed.related[0].published == "2024-04-19T11:17:00+00:00"
    assert extract_page(pages[1]).title == "Си Цзиньпин прибыл в Москву с государственным визитом"


def test_jsonl_lines_with_bad_ones(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps({"url": "u1", "text": SEED.decode(), "crawled_at": "2024-04-19T12:00:00+03:00"}),
             "{not json",
             json.dumps({"url": "u3"}),
             json.dumps({"url": "u4", "html": HTML.decode()})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_pages([str(path)]))
    assert isinstance(items[0], RawPage) and items[0].crawled_at == datetime.fromisoformat("2024-04-19T12:00:00+03:00")
    assert isinstance(items[1], InputError) and "line 2" in str(items[1]) and "JSON" in items[1].reason
    assert isinstance(items[2], InputError) and "line 3" in str(items[2]) and items[2].skipped
    assert isinstance(items[3], RawPage) and items[3].kind == "html"


BAD_INPUTS = [
    ("empty.txt", b"", "empty"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4, "binary"),
    ("broken.txt.gz", gzip.compress(SEED)[:40], "corrupt"),
    ("broken.warc.gz", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort", "WARC"),
    ("titleonly.txt", "Только заголовок\n".encode(), "no article text"),
    ("undecodable.txt", b"\x98\x98\x98\x98 \x98\x98\x98\x98 " * 20, "undecodable"),
]


@pytest.mark.parametrize("name, data, reason", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_gives_clear_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    errors = []
    for item in read_pages([str(path)]):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        try:
            extract_page(item)
        except InputError as error:
            errors.append(error)
    assert errors, f"{name} should be reported"
    assert name in str(errors[0]) and reason.lower() in str(errors[0]).lower()


def test_gigantic_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    [error] = list(read_pages([str(path)]))
    assert isinstance(error, InputError) and "too large" in error.reason


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "khronika.cli", *args], input=stdin, capture_output=True, timeout=120)


def test_cli_batch_goes_on_and_summarises(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SEED)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "b.bin").write_bytes(bytes(range(256)) * 8)
    result = _cli("extract", str(tmp_path), "--format", "jsonl")
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(records) == 1 and records[0]["title"].startswith("Путин рассказал Макрону")
    stderr = result.stderr.decode()
    assert "empty.txt" in stderr and "b.bin" in stderr
    assert "1 ok, 2 skipped, 0 failed" in stderr


def test_cli_exit_status_when_nothing_processed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert _cli("extract", str(tmp_path)).returncode == 1


def test_cli_reads_stdin_and_writes_json_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = _cli("extract", "-", "--crawled-at", "2024-04-19T12:00:00+03:00", "--format", "json", "-o", str(out),
                  stdin=SEED)
    assert result.returncode == 0, result.stderr.decode()
    [record] = json.loads(out.read_text(encoding="utf-8"))
    assert record["source"] == "<stdin>"
    assert record["related"][3]["published"] == "2024-04-18T23:35:00+03:00"
