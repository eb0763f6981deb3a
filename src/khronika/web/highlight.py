"""Article text with its layers marked up, from the Doc's span offsets.

Quotes wrap the widest stretches, event triggers sit inside them and
mentions innermost.  Spans that cross are closed and reopened at the
crossing, so the HTML always nests; each part (title, lead, paragraph) is
rendered on its own with spans clipped to it.

Two rules keep the HTML valid however the layers overlap:
- a link never opens inside a link (HTML forbids it; a browser closes the
  outer link at the inner one, leaving it empty or cut).  Of overlapping
  mentions the longer is the outer one and keeps its link; a mention inside
  it is drawn as a `<span>` naming its actor in the title (the article's
  "Участники" list links every actor);
- an element id (`quote-N`, `event-N`) is written on the first piece of its
  span only; the pieces after a crossing carry `data-quote`/`data-event`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any
from urllib.parse import quote as urlquote, urlsplit

from khronika.web.russian import speaker_label

RANK = {"quote": 0, "event": 1, "speaker": 2, "mention": 3}
ANCHOR = "\x00"  # where an open tag takes its id (first piece) or data-<kind> (the pieces after)


@dataclass
class Span:
    kind: str
    start: int
    stop: int
    open_tag: str
    close_tag: str
    order: int = 0
    anchor: str = ""           # the element id, written on the first piece only
    inner_tag: str = ""        # the open tag (a <span>) used inside another link
    inner_close: str = "</span>"

    @property
    def link(self) -> bool:
        return self.open_tag.startswith("<a ")

    def opening(self, first: bool, in_link: bool) -> str:
        tag = self.inner_tag if in_link and self.link and self.inner_tag else self.open_tag
        attr = "" if not self.anchor else f' id="{self.anchor}"' if first else f' data-{self.kind}="{self.anchor}"'
        return tag.replace(ANCHOR, attr)


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
        speaker = speaker_label((q.get("speaker") or {}).get("name"))
        title = f"Цитата ({q.get('kind')}), говорит: {speaker}"
        spans.append(Span("quote", q["start"], q["stop"],
                          f'<span class="hl hl-quote"{ANCHOR} data-speaker="{_attr(speaker)}" '
                          f'title="{_attr(title)}">', "</span>", i, anchor=f"quote-{i}"))
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
                          f'<mark class="hl hl-event"{ANCHOR} title="{_attr(title)}">', "</mark>", i, anchor=f"event-{i}"))
    for i, m in enumerate(article.get("mentions") or []):
        actor_id = m.get("actor_id")
        if m.get("type") in ("PRON",):
            continue
        label = names.get(actor_id) or m.get("normal") or m.get("text")
        cls = f"hl hl-mention hl-{(m.get('type') or 'x').lower()}"
        if actor_id:
            open_tag = (f'<a class="{cls}" href="{_attr(actor_href(actor_id))}" '
                        f'title="{_attr(label)} ({_attr(m.get("type"))})">')
            inner = f'<span class="{cls}" title="{_attr(label)} ({_attr(m.get("type"))})">'
            spans.append(Span("mention", m["start"], m["stop"], open_tag, "</a>", i, inner_tag=inner))
        else:
            spans.append(Span("mention", m["start"], m["stop"],
                              f'<span class="{cls}" title="{_attr(label)}">', "</span>", i))
    return [s for s in spans if s.stop > s.start]


def _nesting(s: Span) -> tuple[int, int, int, int]:
    """Outer first: quotes, events, speakers, mentions; within a kind the earlier and longer
    span, except mentions, where the longer wins (it keeps the link when two overlap)."""
    if s.kind == "mention":
        return (RANK[s.kind], -(s.stop - s.start), s.start, s.order)
    return (RANK[s.kind], s.start, -s.stop, s.order)


def render_range(text: str, start: int, stop: int, spans: list[Span],
                 opened: set[str] | None = None) -> str:
    """`opened`: anchors already written (by an earlier part); updated in place."""
    opened = set() if opened is None else opened
    inside = [s for s in spans if s.start < stop and s.stop > start]
    cuts = {start, stop}
    for s in inside:
        cuts.add(max(s.start, start))
        cuts.add(min(s.stop, stop))
    points = sorted(cuts)
    out: list[str] = []
    stack: list[tuple[Span, bool]] = []   # (span, drawn as a link)
    for a, b in zip(points, points[1:]):
        want: list[tuple[Span, bool]] = []
        in_link = False
        for s in sorted((s for s in inside if s.start <= a and s.stop >= b), key=_nesting):
            as_link = s.link and not in_link
            want.append((s, as_link))
            in_link = in_link or as_link
        common = 0
        while (common < len(stack) and common < len(want) and stack[common][0] is want[common][0]
               and stack[common][1] == want[common][1]):
            common += 1
        for s, as_link in reversed(stack[common:]):
            out.append(s.close_tag if as_link or not s.link else s.inner_close)
        for s, as_link in want[common:]:
            first = bool(s.anchor) and s.anchor not in opened
            out.append(s.opening(first, in_link=s.link and not as_link))
            if s.anchor:
                opened.add(s.anchor)
        stack = want
        out.append(escape(text[a:b]))
    for s, as_link in reversed(stack):
        out.append(s.close_tag if as_link or not s.link else s.inner_close)
    return "".join(out)


def mark_up(article: dict[str, Any]) -> Marked:
    """`article` is the API's article JSON (text, parts and layers)."""
    text = article["text"]
    spans = spans_of(article)
    opened: set[str] = set()
    return Marked([RenderedPart(p["kind"], p["index"], render_range(text, p["start"], p["stop"], spans, opened))
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
