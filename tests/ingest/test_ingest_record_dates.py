"""A JSON record's date reaches the article whether or not the record has a title
(SlavicNER-style dumps: url, text and date, the headline being the text's first line)."""
from __future__ import annotations

import json

import pytest

from khronika.extract import extract_page
from khronika.ingest.jsonl import read_jsonl

TEXT = "Президент выступил с обращением.\n\nОн говорил о бюджете и налогах на следующий год."

CASES = [  # record → (title, published day)
    ({"url": "https://example.ru/1", "text": TEXT, "date": "2019-03-05"}, ("Президент выступил с обращением.", "2019-03-05")),
    ({"url": "https://example.ru/2", "title": "Обращение президента", "text": TEXT, "date": "2019-03-05"},
     ("Обращение президента", "2019-03-05")),
    ({"url": "https://example.ru/3", "title": "Обращение президента", "text": TEXT}, ("Обращение президента", None)),
    ({"url": "https://example.ru/4", "text": TEXT}, ("Президент выступил с обращением.", None)),
    ({"url": "https://example.ru/5", "text": TEXT, "date": None, "title": 7}, ("Президент выступил с обращением.", None)),
]


@pytest.mark.parametrize("record, expected", CASES, ids=[c[0]["url"][-1] for c in CASES])
def test_a_record_keeps_its_date(record: dict, expected: tuple) -> None:
    [page] = list(read_jsonl([json.dumps(record, ensure_ascii=False)], "dump.jsonl", None))
    article = extract_page(page)
    assert (article.title, (article.published or "")[:10] or None) == expected
