"""Short quoted names inside a sentence: «Голос. Дети», «Что? Где? Когда?», «Hello!».

razdel ends a sentence at a ".", "?" or "!" inside such a name, and right after
its closing mark when a capital follows ("участник программы «Что? Где?
Когда?» Михаил Басс …"), so the sentence around the name is cut in two for NER,
quotes and events.  A quoted stretch is taken for a name, not for speech, when
it opens inside the outer sentence, right after one of its words or after the
", " of a list whose first quote did so (speech opens a sentence or follows ":"
or a dash; after "что" it is reported speech), and is at most MAX_WORDS words
long: on unread news the names of shows, films, books and channels so placed
ran to 6 words but one (8), the quoted speech so placed to 7 and more.
The boundary right after the closing mark is joined only after a name ending
in "?" or "!" («Руки Вверх!» Сергей Жуков …): one ending in "." ("Б.В.") may end
the sentence too, its stop doing for both; and not before an opening mark, where
new direct speech starts as often as a second name («Что? Где? Когда?» «Я …»).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MAX_WORDS = 6
WORD = re.compile(r"\w+")
SENTENCE_MARK = re.compile(r"[.!?]")
SPEECH_CONJUNCTIONS = frozenset({"что"})
PAIRS = (("«", "»"), ("„", "“"), ('"', '"'))
OPENING_MARKS = frozenset(o for o, _ in PAIRS)


@dataclass(frozen=True)
class QuotedTitle:
    """The quote pair's offsets: `open` is the opening mark, `close` the closing one."""

    open: int
    close: int

    def holds_break(self, offset: int, text: str) -> bool:
        """True when a sentence starting at `offset` would cut this title: the start
        lies inside the marks, or just after the closing one (white space only between)
        when the name ends in "?" or "!"."""
        if self.open < offset <= self.close:
            return True
        if text[self.close - 1] not in "?!":
            return False
        after = self.close + 1
        while after < len(text) and text[after].isspace():
            after += 1
        return offset == after and after < len(text) and text[after] not in OPENING_MARKS


def _pair_pattern(opening: str, closing: str) -> re.Pattern[str]:
    inner = f"[^{re.escape(opening)}{re.escape(closing)}\n]"
    return re.compile(rf"(?<=\s){re.escape(opening)}(?=\w){inner}{{1,120}}?{re.escape(closing)}")


PATTERNS = tuple((o, _pair_pattern(o, c)) for o, c in PAIRS)
WORD_BEFORE = re.compile(r"(\w+)\s+$")
LIST_COMMA = re.compile(r"[»“\"],\s+$")


def _is_title(inner: str) -> bool:
    return SENTENCE_MARK.search(inner) is not None and len(WORD.findall(inner)) <= MAX_WORDS


def _embedded(text: str, opening: int, previous: tuple[int, bool] | None) -> bool:
    """The quote opening at `opening` is inside the outer sentence: after one of its words, or
    after ", " that closes an embedded quote before it (a list: в сериалах «Каменская», «Граница. Таежный роман»)."""
    word = WORD_BEFORE.search(text, max(0, opening - 40), opening)
    if word is not None:
        return word.group(1).lower() not in SPEECH_CONJUNCTIONS
    comma = LIST_COMMA.search(text, max(0, opening - 8), opening)
    if comma is None or previous is None:
        return False
    previous_close, previous_embedded = previous
    return previous_embedded and previous_close == comma.start()


def quoted_titles(text: str) -> list[QuotedTitle]:
    """Every short quoted stretch of `text` that opens inside the outer sentence and holds a sentence mark."""
    found = []
    for opening, pattern in PATTERNS:
        if opening not in text:
            continue
        previous: tuple[int, bool] | None = None
        for match in pattern.finditer(text):
            embedded = _embedded(text, match.start(), previous)
            previous = (match.end() - 1, embedded)
            if embedded and _is_title(text[match.start() + 1:match.end() - 1]):
                found.append(QuotedTitle(match.start(), match.end() - 1))
    return found
