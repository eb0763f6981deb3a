"""Plain-text page dumps: headline, dateline, body, credits and furniture.

A dump is read block by block (blocks are separated by blank lines; a line ends at
any of Unicode's line breaks, a block also at U+2029 or a form feed).  The
walk keeps one state — before the title, in the body, in a related list, in
comments — so a sidebar before the article, a "Читайте также" line inside it
and a flattened "Другие новости" line after it all land in `related`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from khronika.extract import furniture as fx
from khronika.extract.dates import MSK_RE, ParsedDate, find_date

DATELINE_MAX = 90
# Russian headlines run to about 200 characters; a first line far longer is body text
# (a dump saved without line breaks), not a headline.
TITLE_MAX = 300
# A run-on line longer than this is not an article saved without line breaks (those run to
# tens of thousands of characters) but a data dump; its one "sentence" would also cost the
# syntax parser memory quadratic in its length.
RUN_ON_MAX = 100_000
# The end of a sentence inside a run-on line: punctuation, space, then a capital or a quote.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[«\"„A-ZА-ЯЁ0-9])")


@dataclass
class TextParts:
    title: str = ""
    dateline: ParsedDate | None = None
    dateline_text: str = ""
    paragraphs: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    related: list[fx.Headline] = field(default_factory=list)
    dropped: int = 0


_INVISIBLE = re.compile("[\u200b\u200c\u200d\ufeff\u00ad]")


def normalise_space(text: str) -> str:
    """NBSP and every other space run to one space; invisible marks dropped."""
    # str.split() knows Unicode spaces (NBSP, thin spaces), which regexes would list by hand.
    return " ".join(_INVISIBLE.sub("", text).split())


# Unicode's other line and paragraph breaks (those `str.splitlines` knows, bar the old
# file-separator controls): RuNormAS texts end the headline and each paragraph with U+2028
# alone, and `normalise_space` would fold it into a space, gluing the headline to the text.
LINE_SEPARATORS = "\x0b\x85\u2028"  # vertical tab, NEL, LINE SEPARATOR
PARAGRAPH_SEPARATORS = "\x0c\u2029"  # form feed, PARAGRAPH SEPARATOR: a blank line's worth
_LINE_END = re.compile("(\r\n|[\n\r" + LINE_SEPARATORS + PARAGRAPH_SEPARATORS + "])")


def lines_and_ends(text: str) -> list[tuple[str, str]]:
    """Each line of `text` with the break that ends it ("" after the last)."""
    pieces = _LINE_END.split(text)
    return list(zip(pieces[::2], pieces[1::2] + [""]))


def blocks(text: str) -> list[list[str]]:
    """Blank-line separated blocks of normalised, non-empty lines; a paragraph
    separator ends its block as a blank line does."""
    result: list[list[str]] = []
    current: list[str] = []
    for raw, end in lines_and_ends(text):
        line = normalise_space(raw)
        if line:
            current.append(line)
        if current and (not line or (end != "" and end in PARAGRAPH_SEPARATORS)):
            result.append(current)
            current = []
    if current:
        result.append(current)
    return result


def dateline(line: str) -> ParsedDate | None:
    """A line that is only a date/time stamp (with zone words, separators)."""
    if len(line) > DATELINE_MAX:
        return None
    found = find_date(line)
    if not found:
        return None
    rest = line[:found.start] + line[found.stop:]
    rest = MSK_RE.sub(" ", rest)
    rest = re.sub(r"(?i)опубликовано|дата публикации|размещено|время публикации|[|:,()\-–—/]|г\.|года", " ", rest)
    return found if len(rest.split()) <= 2 else None


# (nx, rv20_Q M6) "18 января 2021 20:53 Анна Семенова, Вероника Богма": a date stamp opening the line, then only
# the authors' names: the dateline and the byline in one line, not a headline.
DATED_BYLINE_MAX = 160
_BYLINE_REST = re.compile(r"^[\s|,:–—-]*(?P<names>" + fx.NAME_LIST + r")\.?$")


def dated_byline(line: str) -> tuple[ParsedDate, list[str]] | None:
    """The date and the author names of a line that is a date stamp followed by a byline."""
    if len(line) > DATED_BYLINE_MAX:
        return None
    found = find_date(line)
    if not found or line[:found.start].strip(" |,:–—-"):
        return None
    rest = _BYLINE_REST.match(MSK_RE.sub(" ", line[found.stop:]))
    if not rest:
        return None
    names = [n.strip() for n in re.split(r",|\sи\s", rest["names"]) if n.strip()]
    # Two capitalised words are a person only with a first name among them: "12 мая 2021
    # Новости Москвы" is a dated section line, "12 мая 2021 Анна Семенова" a byline.
    if not all(any(_is_first_name(w) for w in name.split()) for name in names):
        return None
    return found, names


@lru_cache(maxsize=4096)
def _is_first_name(word: str) -> bool:
    """The dictionary reads the word as a first name in the nominative ("Анна", "Вероника")."""
    return any("Name" in p.tag and "nomn" in p.tag for p in fx.morph_vocab().parse(word))


def _paragraph_lines(block: list[str]) -> list[str]:
    # One paragraph per line when each line reads as a finished sentence or stands on its own (see
    # `_lines_of_their_own`), unless a line goes on the unfinished sentence of the line before;
    # else a wrapped paragraph.
    if len(block) > 1 and (sum(_finished(line) for line in block) >= len(block) - 1 or _lines_of_their_own(block)) \
            and not any(not _finished(line) and (_GOES_ON.match(after) or _LEADS_ON.search(line))
                        for line, after in zip(block, block[1:])):
        return block
    return [" ".join(block)]


def _finished(line: str) -> bool:
    return bool(fx.SENTENCE_END.search(line.rstrip("»\"”")))


# A line that opens with a word of prose in lower case ("известно 12 мая, …"; not wiki markup such as
# "мини|слева|…") goes on the sentence before it.
_GOES_ON = re.compile(r"[a-zа-яё][\w-]*(?:[\s,.;:!?)»\"]|$)")
# (cr29 L1) A line that ends on a comma, a dash or a word that cannot end a sentence (a conjunction, a
# preposition) goes on into the next line, whatever that line opens with ("выступили" / "Сергей Лавров и" / …).
# (cr29b L1) The words in lower case only ("Группа А" ends a line of its own), and no ";" (a list's items end so).
_LEADS_ON = re.compile(r"(?:[,(—–-]|\s(?:и|или|а|но|да|в|во|на|с|со|к|ко|по|о|об|от|до|из|за|для|у|при|под|над|без|"
                       r"через|что|чтобы|как|который|которая|которые|которого|которой|которых|где|когда))\s*$")
# (rv28_R 8) Wrapping fills every line but the last close to one width, and the last fits in it.
WRAPPED_LINE_MIN_SHARE = 0.6
WRAPPED_LAST_OVER = 20   # the last line may pass the longest by a word the line before could not take


def _lines_of_their_own(block: list[str]) -> bool:
    """Lines that are no wrapped paragraph: a headline, a photo's caption and the lead in one block,
    as Wikinews texts print them ("Серена Уильямс на корте" between the headline and the lead)."""
    lengths = [len(line) for line in block]
    return not (min(lengths[:-1]) >= WRAPPED_LINE_MIN_SHARE * max(lengths[:-1])
                and lengths[-1] <= max(lengths[:-1]) + WRAPPED_LAST_OVER)


RUBRIC_MAX_WORDS = 3


class _Walker:
    def __init__(self) -> None:
        self.parts = TextParts()
        self.mode = "start"  # start | body | related | comments
        self.time_first: bool | None = None  # order of time and headline in a related list
        self.pending_time: str | None = None
        self.related_timed = False
        self.first_line = True  # no line of the page read yet

    def open_related(self) -> None:
        self.mode = "related"
        self.time_first, self.pending_time, self.related_timed = None, None, False

    def related_line(self, line: str, first_in_block: bool) -> bool:
        """Add a sidebar line; False when the line does not look like one."""
        related = self.parts.related
        if fx.time_only(line):
            if self.time_first is None:
                self.time_first = True
            if self.time_first:
                self.pending_time = line
            elif related and related[-1].time_text is None:
                related[-1].time_text = line
            self.related_timed = True
            return True
        items = fx.split_headlines(line)
        timed = any(i.time_text for i in items)
        if not items or (not timed and not fx.headline_like(line)):
            return False
        if first_in_block and not timed and self.related_timed and self.pending_time is None:
            return False  # a new block without times after a timed list: the list is over
        if self.time_first is None:
            self.time_first = False
        if self.pending_time and items[0].time_text is None:
            items[0].time_text, self.pending_time = self.pending_time, None
        self.related_timed = self.related_timed or timed
        related.extend(items)
        return True

    def furniture(self, line: str) -> bool:
        """Handle a furniture line in any mode; True when consumed."""
        parts = self.parts
        if fx.END_HEADERS.match(line):
            self.mode = "comments"
            return True
        if fx.RELATED_HEADERS.match(line):
            self.open_related()
            return True
        inline = fx.INLINE_RELATED.match(line)
        if inline and len(line) <= 250:
            parts.related.extend(fx.split_headlines(inline["title"]) or [fx.Headline(inline["title"], None)])
            return True
        if fx.is_credit(line):
            parts.credits.append(line)
            return True
        names = fx.byline_names(line)
        if names:
            parts.authors.extend(names)
            return True
        if fx.is_junk(line) and not several_sentences(line, TITLE_MAX):
            parts.dropped += 1
            return True
        return False

    def block(self, block: list[str], following: list[str]) -> None:
        parts = self.parts
        pending: list[str] = []
        for position, line in enumerate(block):
            if self.mode == "comments":
                if fx.RELATED_HEADERS.match(line):
                    self.open_related()
                continue
            # The page's first line is its headline slot: a headline that reads like a sidebar
            # heading ("Главные новости", "Новости дня") is still the headline when it stands
            # alone and a dateline or prose follows it, not a list of headlines (rv19_U L4).
            headline_slot = (self.mode == "start" and not parts.title and not pending and self.first_line
                             and _heading(line) and _article_follows(block[1:], following))
            self.first_line = False
            if not headline_slot and self.furniture(line):
                continue
            if self.mode == "related":
                if self.related_line(line, first_in_block=position == 0):
                    continue
                self.mode = "body" if parts.title else "start"
            dated = dated_byline(line) if parts.dateline is None else None
            stamp = dateline(line) if parts.dateline is None else None
            if stamp or dated:
                parts.dateline, parts.dateline_text = stamp or dated[0], line
                parts.authors.extend(dated[1] if dated else [])
                continue
            if self.mode == "start" and not parts.title and not pending:
                if _rubric(line, block[position + 1:] or following[:1]):
                    continue
                parts.title = line
                self.mode = "body"
                continue
            pending.append(line)
        if pending and not parts.title:
            parts.title, pending = pending[0], pending[1:]
            self.mode = "body"
        for line in _paragraph_lines(pending) if pending else []:
            parts.paragraphs.append(line)


def _heading(line: str) -> bool:
    """A line that reads like a sidebar or comments heading ("Главные новости", "Обсуждение")."""
    return bool(fx.RELATED_HEADERS.match(line) or fx.END_HEADERS.match(line))


def _article_follows(rest: list[str], following: list[str]) -> bool:
    """What follows a headline opens an article: a dateline (on the next line or in the next
    block), or a block of prose; a list of headlines (a sidebar's) does not."""
    if rest:
        return dateline(rest[0]) is not None
    return bool(following) and (dateline(following[0]) is not None or not fx.headline_like(following[0]))


def _rubric(line: str, rest: list[str]) -> bool:
    """A section label ("Политика") sitting above the headline, not a short headline itself.
    Below a one-word label the headline may ask or exclaim ("Мир" / "Защищает ли прививка от
    туберкулеза?"); above a question, two or three words are a headline and its subtitle
    ("Ставки ЦБ" / "Что будет с ипотекой?")."""
    if len(line.split()) > RUBRIC_MAX_WORDS or len(line) > 30 or fx.SENTENCE_END.search(line):
        return False
    return any(not dateline(other) and len(other) > len(line)
               and (fx.headline_like(other) or (len(line.split()) == 1 and _asks_or_exclaims(other)))
               for other in rest)


def _asks_or_exclaims(line: str) -> bool:
    return len(line) <= 220 and line.rstrip("»\"“”").endswith(("?", "!"))


def parse_text(text: str) -> TextParts:
    walker = _Walker()
    page = blocks(text)
    for number, block in enumerate(page):
        walker.block(block, page[number + 1] if number + 1 < len(page) else [])
    parts = walker.parts
    if len(parts.paragraphs) > 1 and parts.paragraphs[0] == parts.title:
        # The headline printed twice, as crawls of some sites have it; a record whose only
        # text is its headline keeps it (a wire flash is still news).
        parts.paragraphs.pop(0)
        parts.dropped += 1
    if not parts.paragraphs and (TITLE_MAX < len(parts.title) <= RUN_ON_MAX or several_sentences(parts.title)):
        parts.title, parts.paragraphs = split_run_on(parts.title)
    return parts


def several_sentences(line: str, longer_than: int = 0) -> bool:
    """(nx, rv20_Q M6) A line of finished sentences, more than one, is article text, not a headline or a notice:
    it ends as a sentence does (a headline carries no full stop) and breaks between sentences inside.  A furniture
    word opening it ("Telegram вошел в десятку…") does not make it page furniture when it is also longer than a
    headline (`longer_than`; a two-sentence copyright notice is shorter)."""
    return len(line) > longer_than and line.rstrip("»\"”").endswith((".", "…")) \
        and _SENTENCE_BREAK.search(line) is not None


def split_run_on(line: str) -> tuple[str, list[str]]:
    """A page that is one long line: its first sentence is the title and the rest the
    body, so the article is kept instead of being read as a headline with no text.  A
    first sentence longer than a headline is cut at a word boundary (nothing dropped)."""
    found = _SENTENCE_BREAK.search(line, 0, TITLE_MAX + 1)
    cut = found.start() if found else line.rfind(" ", 0, TITLE_MAX + 1)
    if cut <= 0:
        cut = TITLE_MAX
    title, rest = line[:cut].strip(), line[cut:].strip()
    return title, [rest] if rest else []
