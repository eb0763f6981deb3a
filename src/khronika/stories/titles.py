"""A story's title: the member headline that names what most of its reports name.

The first article's headline is a poor title when that page's headline is a crawl's
leftover (a timestamp "06:36 …", a site-wide "Наш сайт использует файлы Cookie…", a
numbered teaser "9. …") or when the first report was about a side event the rest of the
story is not about.  Each headline is scored by how many *other distinct* headlines of the
story share each of its words (lemmas and numbers, stop words left out), divided by the
square root of its length: the headline closest to the story's common wording wins, a
run-on headline that glued the lead to it does not, and neither does one whose words no
other report uses.  Identical headlines count once, so a boilerplate headline repeated by
one site's pages does not vote for itself, and a feed's stamp ("06:36", "10.08.2018") is no word
of the headline but lengthens it.  Ties go to the earlier headline (the caller
lists them by publication, then id).  The chosen headline is shown without the stamps at its
start or end (`clean_title`).
"""
from __future__ import annotations

import math
import re
from typing import Any, Callable, Iterable, Sequence

# A headline shorter than this is scored as if it had this many words: one shared word
# ("Вакцинация") does not name a happening better than a headline saying who did what.
MIN_WORDS = 4


# A feed's stamp in a headline: a clock time ("06:36", "17:48") or a numeric date ("10.08.2018",
# "2019-01-29").  It names nothing the other reports share, so it is no word of the headline, but it
# makes the headline longer (`STAMP` counts in the length, never in the votes).
STAMP_RE = re.compile(r"(?<![\d.:])(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2})(?![\d.:])")
STAMP = "\x00stamp"


def headline_words(title: str, analyzer: Any) -> frozenset[str]:
    """The content lemmas and numbers of a headline (`Analyzer.words`); each feed stamp in it adds
    one `STAMP` entry."""
    title = title or ""
    stamps = len(STAMP_RE.findall(title))
    out = {f"{STAMP}{i}" for i in range(stamps)}
    for _surface, info, _cap in analyzer.words(STAMP_RE.sub(" ", title)):
        if info.number:
            out.add(info.norm)
        elif not info.stop:
            out.add(info.lemma)
    return frozenset(out)


def best_headline(words: Sequence[Iterable[str]], texts: Sequence[str] | None = None) -> int:
    """Index of the headline that names the story: `words[i]` are headline i's words,
    `texts[i]` its text (identical texts count once in the votes); ties go to the lower index."""
    texts = list(texts) if texts is not None else [str(i) for i in range(len(words))]
    sets = [frozenset(w) for w in words]
    votes: dict[str, int] = {}
    seen: set[str] = set()
    for text, ws in zip(texts, sets):
        key = " ".join(text.split()).lower()
        if key in seen:
            continue
        seen.add(key)
        for w in ws:
            votes[w] = votes.get(w, 0) + 1
    best, best_score = 0, -1.0
    for i, ws in enumerate(sets):
        shared = sum(votes[w] - 1 for w in ws if not w.startswith(STAMP))
        score = shared / math.sqrt(max(len(ws), MIN_WORDS))
        if score > best_score + 1e-12:
            best, best_score = i, score
    return best


_LEADING_STAMPS = re.compile(rf"^\s*(?:{STAMP_RE.pattern}\s*)+[:|—–-]?\s+")
_TRAILING_STAMPS = re.compile(rf"(?:\s+{STAMP_RE.pattern})+\s*$")
# A trailing stamp after a preposition is the headline's own time or day ("Матч начнется в 19:00",
# "Прогноз погоды на 10.08.2019"), not a feed's.
_TIME_PREPOSITIONS = frozenset("в во к ко на с со по до от около после".split())


def clean_title(title: str) -> str:
    """A headline without the feed stamps at its start or end ("06:36 …", "10.08.2018 14:09 : …",
    "… 29.01.2019"); kept whole when nothing else would be left."""
    cleaned = _LEADING_STAMPS.sub("", title or "")
    trailing = _TRAILING_STAMPS.search(cleaned)
    if trailing is not None:
        before = cleaned[:trailing.start()].split()
        if before and before[-1].lower() not in _TIME_PREPOSITIONS:
            cleaned = cleaned[:trailing.start()]
    return cleaned if cleaned.strip() else (title or "")


def story_title(titles: Sequence[str], words_of: Callable[[str], Iterable[str]]) -> str:
    """The story's title among its members' `titles` (in publication order), without feed stamps."""
    if not titles:
        return ""
    return clean_title(titles[best_headline([words_of(t) for t in titles], titles)])
