"""Quotation-mark spans in a text: «…», „…“, “…”, "…", '…' and nesting.

A span is found once over the whole laid-out text, so a quote may run over
several sentences and paragraphs.  Russian typography opens every paragraph
of a long quote with « and closes only the last one; an unclosed span at a
paragraph end is therefore carried into the next paragraph when that one
opens with the same mark.  Some outlets open only the first paragraph: a span
that opens its paragraph is also carried when a later paragraph closes it with
a dash frame ("…», – сказал X"); otherwise it is dropped.  One closing mark is often
written for a quote and the quote it ends with («… «X», – написал Y): when a
dash frame follows it and nothing later in the paragraph closes the outer span,
it closes both; so does one that ends its paragraph when the next paragraph does
not go on with the outer quote.

Straight marks (" and ') open and close with the same character, so their
role is read from the neighbours: an opener follows a space, a bracket, a
dash or the start of a line and precedes a non-space; a closer is the
other way round.  A mark glued between a sentence's stop and a capital letter
('аккредитацию."То') opens, unless a span of that mark is open.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Paired marks: opener -> closer.  „ closes with “ (German style, used for
# inner quotes in Russian), “ closes with ”.
PAIRS = {"«": "»", "„": "“", "“": "”", "‘": "’"}
STRAIGHT = {'"', "'"}
QUOTE_CHARS = set(PAIRS) | set(PAIRS.values()) | STRAIGHT | {"‟", "‹", "›"}
OPEN_CONTEXT = set(" \t\n([{«„“—–-/:") | {"\u00a0"}
CLOSE_CONTEXT = set(" \t\n)]}».,;:!?…—–-»“”/") | {"\u00a0"}


# How many paragraphs after its own a quote that opens a paragraph may run unmarked
# before the closer and dash frame that end it.
CARRY_PARAGRAPHS = 4
# A dash frame right after a closing mark: ", – добавил", ", — сказал".
_DASH_FRAME_AFTER = re.compile(r",[ \u00a0]*[–—][ \u00a0]+[а-яё]")
# After a quote ending in "!", "?" or "…" the frame's comma is dropped: "…!» – рассказала X".
_BARE_DASH_FRAME_AFTER = re.compile(r"[ \u00a0]*[–—][ \u00a0]+[а-яё]")
# (mC28) a frame after a closer that pairs with no opener of its own: a hyphen may stand for the dash
_ANY_DASH_FRAME_AFTER = re.compile(r",?[ \u00a0]*[-–—][ \u00a0]+[а-яё]")


@dataclass(frozen=True)
class QuotedSpan:
    """A span between quotation marks; `start`/`stop` bound the content."""

    open_at: int      # offset of the opening mark
    close_at: int     # offset of the closing mark
    depth: int        # 0 for outermost spans
    # (mC28) the opening mark is also a quoted name's («Послы Победы» - это …»): the content keeps it
    shares_opener: bool = False

    @property
    def start(self) -> int:
        return self.open_at + (0 if self.shares_opener else 1)

    @property
    def stop(self) -> int:
        return self.close_at


def straight_role(text: str, i: int) -> str | None:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    can_open = before in OPEN_CONTEXT and not after.isspace()
    can_close = not before.isspace() and after in CLOSE_CONTEXT | STRAIGHT
    if text[i] == "'" and before.isalpha() and after.isalpha():
        return None  # apostrophe: О'Нил, д'Артаньян
    if before.isspace() and after in ",.;:!?…":
        return "close"  # 'законодательством ", - отметил': a stray space before the closer
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return None


def _glued_opener(text: str, i: int) -> bool:
    """A straight mark between a sentence's final stop and a capital letter with no space
    ('выдал ему аккредитацию."То, что …' in paragraphs a scraper glued together): an
    opener by its place (the caller keeps it a closer when a span of the same mark is open)."""
    if i == 0 or i + 1 >= len(text):
        return False
    return text[i - 1] in ".!?…" and text[i + 1].isupper()


def find_quoted(text: str) -> list[QuotedSpan]:
    """All balanced quotation spans of `text`, outer and nested, in text order."""
    spans: list[QuotedSpan] = []
    stack: list[tuple[str, int]] = []  # (expected closer, open offset)
    skip = -1  # offset of a paragraph-continuation opener to ignore
    for i, ch in enumerate(text):
        if ch == "\n" and text.startswith("\n\n", i):
            stack, skip = _carry_over(text, i, stack)
        if i == skip or ch not in QUOTE_CHARS:
            continue
        if ch in STRAIGHT:
            role = straight_role(text, i)
            if role is None and _glued_opener(text, i) and not (stack and stack[-1][0] == ch):
                role = "open"  # 'аккредитацию."То, что …": a sentence glued to the one before
            if role == "close" and stack and stack[-1][0] == ch:
                _, opened = stack.pop()
                spans.append(QuotedSpan(opened, i, len(stack)))
            elif role == "close" and _mixed_closer(text, i, stack):
                # (mC28) «Если … так. Это позволит нам многое", - подчеркнул X: a guillemet quote closed
                # with a straight mark before its dash frame (nothing later in the paragraph closes it)
                _, opened = stack.pop()
                spans.append(QuotedSpan(opened, i, len(stack)))
            elif role == "open":
                stack.append((ch, i))
        elif stack and ch == stack[-1][0]:
            _, opened = stack.pop()
            spans.append(QuotedSpan(opened, i, len(stack)))
            if stack and stack[-1][0] == ch and (_dash_frame_after(text, i) or _ends_paragraph(text, i, stack[-1][1])) \
                    and not _closed_later(text, i + 1, ch):
                # «Он сказал: «Я приду», – добавил X: one closer written for both spans (the
                # outer one is closed nowhere else in its paragraph); the dash frame after it
                # ends the outer quote too
                _, opened = stack.pop()
                spans.append(QuotedSpan(opened, i, len(stack)))
        elif ch in PAIRS and _orphan_opener(text, i):
            continue  # 'информирует « Персонал … труда. «Эта …», — сообщили': an outlet's name the page lost
        elif ch in PAIRS:
            stack.append((PAIRS[ch], i))
        elif any(c == ch for c, _ in stack):
            # A closer for an outer span: the inner ones were never closed.
            while stack[-1][0] != ch:
                stack.pop()
            _, opened = stack.pop()
            spans.append(QuotedSpan(opened, i, len(stack)))
        elif not stack:
            spans = _shared_opener(text, i, spans)
    return sorted(spans, key=lambda s: (s.open_at, -s.close_at))


# (mL33) A word right before a spaced opener: "информирует « Персонал" (not ". « Не надо", not ": « X").
_WORD_BEFORE_SPACED_OPENER = re.compile(r"[а-яёa-z][ \u00a0]$")


def _orphan_opener(text: str, i: int) -> bool:
    """(mL33) «… Испании, информирует « Персонал лоукостера требует …. «Эта забастовка …», — сообщили в
    Ryanair»: a guillemet left with a space after it, right after a word, where the page dropped a linked
    outlet's name.  It opens nothing when the next mark in its paragraph is another glued opener, not a
    closer (a spaced quote of its own, «королевство « движется к статусу колонии »», closes first)."""
    if text[i] != "«" or i + 1 >= len(text) or text[i + 1] not in " \u00a0":
        return False
    if not _WORD_BEFORE_SPACED_OPENER.search(text, max(0, i - 2), i):
        return False
    end = text.find("\n\n", i)
    rest = text[i + 1:end if end >= 0 else len(text)]
    next_open, next_close = rest.find("«"), rest.find("»")
    return next_open >= 0 and (next_close < 0 or next_open < next_close)


def _mixed_closer(text: str, i: int, stack: list[tuple[str, int]]) -> bool:
    """(mC28) The straight mark at `i` closes the open «-span on top of `stack`: a dash frame
    follows it, the span opened in this paragraph, and no » later in the paragraph closes it."""
    if not stack or stack[-1][0] != "»" or not _ANY_DASH_FRAME_AFTER.match(text, i + 1):
        return False
    if "\n\n" in text[stack[-1][1]:i]:
        return False
    return not _closed_later(text, i + 1, "»")


def _shared_opener(text: str, i: int, spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """(mC28) «Послы Победы» - это любимый конкурс … заявок», – заявила X: a quote that opens
    with a quoted name writes one « for both; a closer matching nothing, with a dash frame after
    it, ends the quote opened by the first span of its paragraph (when that span opened the
    paragraph).  The spans from there on become nested in the quote."""
    if text[i] not in PAIRS.values() or not _ANY_DASH_FRAME_AFTER.match(text, i + 1):
        return spans
    begins = text.rfind("\n\n", 0, i)
    begins = begins + 2 if begins >= 0 else 0
    first = next((s for s in spans if s.depth == 0 and s.open_at >= begins and s.close_at < i), None)
    if first is None or text[begins:first.open_at].strip() or PAIRS.get(text[first.open_at]) != text[i]:
        return spans
    nested = [QuotedSpan(s.open_at, s.close_at, s.depth + 1) if s.open_at >= first.open_at else s for s in spans]
    return nested + [QuotedSpan(first.open_at, i, 0, shares_opener=True)]


def _dash_frame_after(text: str, close_at: int) -> bool:
    """A dash frame follows the closing mark at `close_at`: ", – сказал", or a bare
    " – сказал" when the quote ends in "!", "?" or "…" («Не смей!» – сказала она)."""
    return bool(_DASH_FRAME_AFTER.match(text, close_at + 1)
                or text[close_at - 1:close_at] in ("!", "?", "…") and _BARE_DASH_FRAME_AFTER.match(text, close_at + 1))


# (mC30) A closer that ends a sentence, and the next sentence after it ("«Россия-24». Ранее …").
_SENTENCE_AFTER_CLOSER = re.compile(r"[»“”\"'][.!?…]?[ \u00a0\u2028]+[A-ZА-ЯЁ]")


def _ends_paragraph(text: str, close_at: int, outer_open: int) -> bool:
    """(mC30) «… – пожаловалась X. — Я говорю себе: «Да ладно!»\n\n: one closer written for a quote and the
    quote it ends with at the end of its paragraph - the outer span opened in this paragraph, and the next
    paragraph does not go on with the outer quote (it opens with no such mark)."""
    end = text.find("\n\n", close_at)
    end = end if end >= 0 else len(text)
    if text[close_at + 1:end].strip(" \u00a0.!?…") or "\n\n" in text[outer_open:close_at]:
        return False
    if _SENTENCE_AFTER_CLOSER.search(text, outer_open, close_at):
        return False  # («… «X». Напомним, …»: narration goes on after an inner quote - the outer one ended there)
    nxt = text[end:].lstrip()
    return not nxt or PAIRS.get(nxt[0]) != text[close_at]


def _closed_later(text: str, i: int, closer: str) -> bool:
    """Some closer after `i` in the paragraph is left over once the spans opened
    after `i` are closed: the span open at `i` ends there."""
    end = text.find("\n\n", i)
    rest = text[i:end if end >= 0 else len(text)]
    opener = next(o for o, c in PAIRS.items() if c == closer)
    return rest.count(closer) > rest.count(opener)


def _carry_over(text: str, i: int, stack: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], int]:
    """At a paragraph break keep only the outermost open span, and only when the
    next paragraph opens with the same mark (which is then not a new span)."""
    if not stack:
        return stack, -1
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    closer = stack[0][0]
    if closer not in STRAIGHT and _term_left_open(text, stack[0][1]):
        return [], -1
    if j < len(text) and PAIRS.get(text[j]) == closer or (j < len(text) and text[j] == closer in STRAIGHT):
        return stack[:1], j
    if closer not in STRAIGHT and _closed_by_later_frame(text, j, stack[0][1], closer):
        return stack[:1], -1
    return [], -1


def _term_left_open(text: str, opened: int) -> bool:
    """(dvS) «… бизнесменом, владельцем «Российско-украинского предприятия «Агринол», который …»\n\n«Бердянск – …»,
    – утверждает X: a name holding a name, written with one closer for both and left open mid-sentence.  The
    next paragraph's « opens a quote of its own, not a continuation (a long quote runs on over paragraphs only
    from the start of its paragraph or of a sentence, or after a frame's colon or dash)."""
    begins = text.rfind("\n\n", 0, opened)
    before = text[begins + 2 if begins >= 0 else 0:opened].rstrip()
    if not before or before[-1] in ":–—-.!?…":
        return False
    end = text.find("\n\n", opened)
    return text[opened] in text[opened + 1:end if end >= 0 else len(text)]


def _closed_by_later_frame(text: str, j: int, opened: int, closer: str) -> bool:
    """A quote that opens a paragraph and runs on through unmarked paragraphs ("«Жить там
    было весело. …\n\nНо я люблю этот город», – сказал X"): some later paragraph, within
    CARRY_PARAGRAPHS, has a closer no opener of its own matches, with a dash frame after
    it, and the paragraphs in between are balanced."""
    begins = text.rfind("\n\n", 0, opened)
    if text[begins + 2 if begins >= 0 else 0:opened].strip():
        return False  # (the span did not open its paragraph: a title or a term left open)
    opener = next(o for o, c in PAIRS.items() if c == closer)
    start = j
    for _ in range(CARRY_PARAGRAPHS):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        depth = 0
        for k in range(start, end):
            if text[k] == opener:
                depth += 1
            elif text[k] == closer:
                if depth:
                    depth -= 1
                else:
                    return bool(_DASH_FRAME_AFTER.match(text, k + 1))
        if depth or end == len(text):
            return False
        start = end + 2
        while start < len(text) and text[start].isspace():
            start += 1
    return False


def outermost(spans: list[QuotedSpan]) -> list[QuotedSpan]:
    return [s for s in spans if s.depth == 0]


def unenclosed_nested(spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """(mK39) Spans found inside an opener that nothing closed ('"Цитирую: "Завтра …", - пересказал он. … фракция
    "Слуга народа" исключила': the first mark stays open, so every later pair counts as nested): no found span
    holds them."""
    return [s for s in spans if s.depth > 0
            and not any(o.depth < s.depth and o.open_at < s.open_at and s.close_at < o.close_at for o in spans)]


def strip_marks(text: str) -> str:
    """Content with outer quotation marks, spaces and final stop removed."""
    text = text.strip()
    while text and text[-1] in ".…,;:" and not text.endswith(".."):
        text = text[:-1].rstrip()
    if len(text) >= 2 and text[0] in QUOTE_CHARS and text[-1] in QUOTE_CHARS:
        inner = text[1:-1]
        if not any(c in QUOTE_CHARS for c in inner) or _balanced_inside(inner):
            text = inner.strip()
    while text and text[-1] in ".…,;:":
        text = text[:-1].rstrip()
    return text


def _balanced_inside(inner: str) -> bool:
    depth = 0
    for ch in inner:
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
