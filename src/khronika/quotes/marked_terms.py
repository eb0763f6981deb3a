"""(mK39, review rv39_Q C2) Quotation marks inside an indirect content that the narrator puts around a term or a
title, not around the speaker's words: the content stays `indirect`, not `mixed` (gold/quotes/README.md: names,
titles and scare quotes are no quoted words).  The surface tells these marks apart from quoted words:
- a marked piece right after «так называемый» (or «т. н.»): the narrator's distance from a term ("так называемая
  «реструктуризация угольных предприятий»");
- the title of an article of a code after its number ("ст. 6.3 КоАП «Нарушение законодательства …»", "по ст. 166 УК
  РФ («Неправомерное завладение …»)");
- a headline after «под заголовком» ("материал под заголовком "Эксперты хотят знать …"");
- a capitalised title right after a noun that introduces one, finite verb or not ("программа «Пусть говорят»");
  that test reads tokens and lives with the other title tests in `attribution._quoted_name`.
Each is a text test on what stands right before the opening mark, so it costs a regex per marked piece."""
from __future__ import annotations

import re

# Characters before the opening mark that are looked at (a law's number and code run to some 40).
LOOKBACK_CHARS = 60
# The most words a so-called term may run to ("так называемая «реструктуризация угольных предприятий»").
SO_CALLED_WORDS = 6
# The most words the title of an article of a code may run to.
LAW_TITLE_WORDS = 25

_SPACE = r"[ \u00a0]"
# «так называемый/-ая/-ые …», «т. н.», «т.н.» right before the mark.
_SO_CALLED_BEFORE = re.compile(r"(?:\bтак" + _SPACE + r"+называем\w+|\bт\." + _SPACE + r"?н\.)" + _SPACE + r"*$",
                               re.IGNORECASE)
# "ст. 6.3 КоАП ", "статьи 139 ", "ч. 2 ст. 166 УК РФ (", "статье 19.3 КоАП РФ — " right before the mark: an
# article's number, up to three capitalised words of the code's name, and a bracket or a dash.
_LAW_ARTICLE_BEFORE = re.compile(
    r"(?:\bст\.|\bстать(?:я|и|е|ю|ей|ям|ями|ях))" + _SPACE + r"*\d+(?:\.\d+)*"
    r"(?:" + _SPACE + r"+(?:ч\.|част\w+|п\.|пункт\w*)" + _SPACE + r"*\d+(?:\.\d+)*)?"
    r"(?:" + _SPACE + r"+[А-ЯЁA-Z][\w.]*){0,3}"
    r"(?:" + _SPACE + r"*[(—–-])?" + _SPACE + r"*$")
# "материал под заголовком "…"", "статья с заголовком «…»" right before the mark.
_HEADLINE_BEFORE = re.compile(r"\b(?:под|с)" + _SPACE + r"+заголовком" + _SPACE + r"*$", re.IGNORECASE)
# The most words a quoted headline may run to.
HEADLINE_WORDS = 20
_WORDS = re.compile(r"\w+")


def _before(text: str, open_at: int) -> str:
    return text[max(0, open_at - LOOKBACK_CHARS):open_at]


def so_called_term(text: str, open_at: int, content: str) -> bool:
    """"так называемая «реформа»": a short marked piece right after «так называемый» is a term the narrator
    keeps at a distance (a scare quote), not words of the speaker."""
    return len(_WORDS.findall(content)) <= SO_CALLED_WORDS and _SO_CALLED_BEFORE.search(_before(text, open_at)) is not None


def law_article_title(text: str, open_at: int, content: str) -> bool:
    """"ст. 6.3 КоАП «Нарушение законодательства …»": a capitalised marked piece right after an article's number
    (and its code) is the article's title."""
    return content[:1].isupper() and len(_WORDS.findall(content)) <= LAW_TITLE_WORDS \
        and _LAW_ARTICLE_BEFORE.search(_before(text, open_at)) is not None


def headline_title(text: str, open_at: int, content: str) -> bool:
    """"материал под заголовком "Эксперты хотят знать, почему …"": the marked piece after «под/с заголовком» is a
    piece's headline, finite verb or not (the speaker tells of it; its words are not the speaker's own)."""
    return len(_WORDS.findall(content)) <= HEADLINE_WORDS and _HEADLINE_BEFORE.search(_before(text, open_at)) is not None
