"""A page's own summary as its text when its body has none (review rev22_B L4).

A page whose article block is empty (a flash still being written, a page whose text a script
fills in) may still say what it reports in its metadata: the description (JSON-LD
`description`, `og:description`, `<meta name="description">`, in that order; see
`html.read_metadata`).  When the body has no article text, a description that reads as a
summary of real sentences becomes the article's text, one lead paragraph, and the record says
so (`extractor="description"` and a warning), as trafilatura falls back to the metadata.  A
description that is page furniture (a subscribe line), the headline again, too short to be a
sentence, or the outlet describing itself ("Последние новости России и мира…") is not used.
"""
from __future__ import annotations

import re
from html import unescape

from khronika.extract.text import normalise_space

EXTRACTOR = "description"
# The warning of a page whose text is its description: `extract` shows it, the store keeps it.
SUMMARY_IS_TEXT = "body: no article text on the page; its description (page metadata) is the text"
# Fewer words than this is a label or a headline, not a summary.
MIN_WORDS = 6
# A description cut short without an ellipsis still reads as text when it is this long.
CUT_SHORT_WORDS = 15
_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]+(?:-[А-ЯЁа-яёA-Za-z]+)*")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]+")
_ENDS_AS_SENTENCE = re.compile(r"(?:[.!?…]|\.\.\.)[»\"”)]*$")
# The outlet describing itself rather than the article: its rubric of news, its site.
SITE_BLURB = re.compile(
    r"(?i)(?:последние|главные|свежие|актуальные|оперативные|все)\s+новости"
    r"|новости\s+(?:дня|часа|онлайн|сегодня|россии\s+и\s+мира|вашего\s+города)"
    r"|(?:официальный|новостной|информационный)\s+(?:сайт|портал)"
    r"|интернет-(?:издание|портал|газета)|на\s+(?:нашем\s+)?сайте")


# How many more times a description's entities are unescaped (`description_text`).
UNESCAPE_ROUNDS = 3


def description_text(description: str | None) -> str:
    """The description as text, spaces normalised.  An entity left in it is unescaped again
    (up to `UNESCAPE_ROUNDS` times): JSON-LD is not HTML, so its `&amp;nbsp;` arrives as written,
    and outlets' templates escape a meta tag's text twice (`&amp;quot;`)."""
    text = description or ""
    for _ in range(UNESCAPE_ROUNDS):
        if "&" not in text or (plain := unescape(text)) == text:
            break
        text = plain
    return normalise_space(text)


def reads_as_summary(text: str, title: str) -> bool:
    """Whether a description is a summary of what the page reports: Russian sentences of some
    words (ending as a sentence does, or long enough to be one cut short), not the headline
    again and not the outlet's self-description."""
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS or _bare(text) == _bare(title):
        return False
    if len(_CYRILLIC_WORD.findall(text)) * 2 < len(words):
        return False
    if not _ENDS_AS_SENTENCE.search(text) and len(words) < CUT_SHORT_WORDS:
        return False
    return SITE_BLURB.search(text) is None


def _bare(line: str) -> str:
    """A line without its case and closing punctuation: the headline with a full stop is the headline."""
    return normalise_space(line).rstrip(" .!?…»\"”").lower()
