"""Span layers → nested HTML (table tests, no store, no browser)."""
from __future__ import annotations

import re

import pytest

from khronika.web.highlight import mark_up, snippet_html


def article(text: str, **layers) -> dict:
    return {"text": text, "parts": [{"kind": "paragraph", "index": 0, "start": 0, "stop": len(text)}],
            "entities": [], "mentions": [], "quotes": [], "events": [], **layers}


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def balanced(html: str) -> bool:
    stack = []
    for tag in re.findall(r"<(/?)(span|a|mark)\b", html):
        if tag[0]:
            if not stack or stack.pop() != tag[1]:
                return False
        else:
            stack.append(tag[1])
    return not stack


TEXT = "Путин сказал Макрону, что «Москва внимательно изучит ответы»."


def test_quote_wraps_mentions_and_event_inside_it():
    q = span(TEXT, "Москва внимательно изучит ответы")
    m = span(TEXT, "Москва")
    e = span(TEXT, "изучит")
    html = mark_up(article(
        TEXT,
        quotes=[{"text": TEXT[q[0]:q[1]], "kind": "direct", "start": q[0], "stop": q[1],
                 "speaker": {"name": "Владимир Путин", "actor_id": "per:vladimir-putin", "start": 0, "stop": 5}}],
        mentions=[{"start": m[0], "stop": m[1], "text": "Москва", "type": "GPE", "actor_id": "loc:moscow"}],
        events=[{"type": "CONSULT", "cameo": "04", "start": e[0], "stop": e[1], "trigger": "изучит"}],
    )).parts[0].html
    assert balanced(html)
    assert '<span class="hl hl-quote" id="quote-0"' in html
    assert html.index("hl-quote") < html.index('href="/actors/loc:moscow"') < html.index("hl-event")
    assert 'class="hl hl-speaker"' in html.split("сказал")[0]
    assert re.sub(r"<[^>]+>", "", html) == TEXT


def test_crossing_spans_are_closed_and_reopened():
    a = span(TEXT, "сказал Макрону")
    b = span(TEXT, "Макрону, что")
    html = mark_up(article(
        TEXT,
        quotes=[{"text": "", "kind": "indirect", "start": b[0], "stop": b[1], "speaker": None}],
        events=[{"type": "CONSULT", "cameo": "04", "start": a[0], "stop": a[1], "trigger": ""}],
    )).parts[0].html
    assert balanced(html)
    assert re.sub(r"<[^>]+>", "", html) == TEXT


def test_text_is_escaped_and_parts_are_clipped():
    text = "Заголовок <b>\n\nТекст & ещё"
    doc = {"text": text, "parts": [{"kind": "title", "index": 0, "start": 0, "stop": 14},
                                   {"kind": "paragraph", "index": 0, "start": 16, "stop": len(text)}],
           "entities": [], "quotes": [], "events": [],
           "mentions": [{"start": 10, "stop": 20, "text": "x", "type": "ORG", "actor_id": None}]}
    title, body = mark_up(doc).parts
    assert "&lt;b&gt;" in title.html and "&amp;" in body.html
    assert balanced(title.html) and balanced(body.html)


@pytest.mark.parametrize("snippet, html", [
    ("Путин рассказал [Макрону], что", "Путин рассказал <mark>Макрону</mark>, что"),
    ("[a] <b> [c", "<mark>a</mark> &lt;b&gt; <mark>c</mark>"),
    ("нет ] скобки", "нет ] скобки"),
])
def test_snippet_marks(snippet, html):
    assert snippet_html(snippet) == html
