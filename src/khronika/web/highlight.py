"""Article text with its layers marked up, from the Doc's span offsets.

Quotes wrap the widest stretches, event triggers sit inside them and
mentions innermost.  Spans that cross are closed and reopened at the
crossing, so the HTML always nests; each part (title, lead, paragraph) is
rendered on its own with spans clipped to it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any
from urllib.parse import quote as urlquote, urlsplit

RANK = {"quote": 0, "event": 1, "speaker": 2, "mention": 3}


@dataclass
class Span:
    kind: str
    start: int
    stop: int
    open_tag: str
    close_tag: str
    order: int = 0


@dataclass
class RenderedPart:
    kind: str
    index: int
    html: str


@dataclass
class Marked:
    parts: list[RenderedPart] = field(default_factory=list)


LINK_SCHEMES = ("http", "https")


def link_url(value: Any) -> str | None:
    """A page URL fit for an `href`: http(s) with a host, else None.  Page URLs come from the
    pages themselves (og:url, a dump's `url`), and a `javascript:` or `data:` one would run in
    the reader's session on click; the templates link only what this keeps.  Stricter than
    `ingest.urls.web_url`, which also keeps a URL without a scheme as a page's own."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or any(ord(c) < 0x20 or c == "\x7f" for c in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    return value if parts.scheme.lower() in LINK_SCHEMES and parts.hostname else None


def actor_href(actor_id: str) -> str:
    return "/actors/" + urlquote(actor_id, safe=":")


def _attr(value: Any) -> str:
    return escape(str(value), quote=True)


def spans_of(article: dict[str, Any]) -> list[Span]:
    spans: list[Span] = []
    names = {e.get("id"): e.get("name") for e in article.get("entities") or []}
    for i, q in enumerate(article.get("quotes") or []):
        speaker = (q.get("speaker") or {}).get("name") or "неизвестно"
        title = f"Цитата ({q.get('kind')}), говорит: {speaker}"
        spans.append(Span("quote", q["start"], q["stop"],
                          f'<span class="hl hl-quote" id="quote-{i}" data-speaker="{_attr(speaker)}" '
                          f'title="{_attr(title)}">', "</span>", i))
        sp = q.get("speaker") or {}
        if sp.get("start") is not None and sp.get("stop") is not None and sp["stop"] > sp["start"]:
            spans.append(Span("speaker", sp["start"], sp["stop"],
                              f'<span class="hl hl-speaker" title="Источник цитаты: {_attr(speaker)}">',
                              "</span>", i))
    for i, e in enumerate(article.get("events") or []):
        src = ", ".join(a.get("name", "") for a in e.get("source_actors") or [])
        tgt = ", ".join(a.get("name", "") for a in e.get("target_actors") or [])
        title = f"Событие {e.get('type')} (CAMEO {e.get('cameo')}): {src} → {tgt}"
        spans.append(Span("event", e["start"], e["stop"],
                          f'<mark class="hl hl-event" id="event-{i}" title="{_attr(title)}">', "</mark>", i))
    for i, m in enumerate(article.get("mentions") or []):
        actor_id = m.get("actor_id")
        if m.get("type") in ("PRON",):
            continue
        label = names.get(actor_id) or m.get("normal") or m.get("text")
        cls = f"hl hl-mention hl-{(m.get('type') or 'x').lower()}"
        if actor_id:
            open_tag = (f'<a class="{cls}" href="{_attr(actor_href(actor_id))}" '
                        f'title="{_attr(label)} ({_attr(m.get("type"))})">')
            spans.append(Span("mention", m["start"], m["stop"], open_tag, "</a>", i))
        else:
            spans.append(Span("mention", m["start"], m["stop"],
                              f'<span class="{cls}" title="{_attr(label)}">', "</span>", i))
    return [s for s in spans if s.stop > s.start]


def render_range(text: str, start: int, stop: int, spans: list[Span]) -> str:
    inside = [s for s in spans if s.start < stop and s.stop > start]
    cuts = {start, stop}
    for s in inside:
        cuts.add(max(s.start, start))
        cuts.add(min(s.stop, stop))
    points = sorted(cuts)
    out: list[str] = []
    stack: list[Span] = []
    for a, b in zip(points, points[1:]):
        want = sorted((s for s in inside if s.start <= a and s.stop >= b),
                      key=lambda s: (RANK[s.kind], s.start, -s.stop, s.order))
        common = 0
        while common < len(stack) and common < len(want) and stack[common] is want[common]:
            common += 1
        for s in reversed(stack[common:]):
            out.append(s.close_tag)
        for s in want[common:]:
            out.append(s.open_tag)
        stack = want
        out.append(escape(text[a:b]))
    for s in reversed(stack):
        out.append(s.close_tag)
    return "".join(out)


def mark_up(article: dict[str, Any]) -> Marked:
    """`article` is the API's article JSON (text, parts and layers)."""
    text = article["text"]
    spans = spans_of(article)
    return Marked([RenderedPart(p["kind"], p["index"], render_range(text, p["start"], p["stop"], spans))
                   for p in article["parts"]])


def snippet_html(snippet: str) -> str:
    """The store's snippet marks matched words as [word]; show them as <mark>."""
    out, depth = [], 0
    for chunk in snippet.replace("[", "\x00[\x00").replace("]", "\x00]\x00").split("\x00"):
        if chunk == "[":
            out.append("<mark>")
            depth += 1
        elif chunk == "]" and depth:
            out.append("</mark>")
            depth -= 1
        else:
            out.append(escape(chunk))
    out.extend("</mark>" for _ in range(depth))
    return "".join(out)
