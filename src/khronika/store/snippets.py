"""Search snippets: the first passage of a hit with the query's word forms marked.

A hit matched because some word of it has a query lemma among its normal
forms.  Lemmatising every word of every hit to find that word was a large
part of a search page's cost; instead the query's lemmas are expanded once into
their inflected forms (lexemes of the morph dictionary) and found with one compiled
regular expression.  When no passage of a hit has a generated form (it
matched in its title, or a word reached the lemma through a parse outside
those lexemes), the opening passages are lemmatised word by word as before.

The passage shown is the one with the most distinct query words (the first of those):
"коронавируса Китай" shows the passage that names both, not the first that names one.
Words such as "из", "в", "и" (prepositions, conjunctions, particles, pronouns) are not
marked when the query has other words: they would mark half the passage.
"""
from __future__ import annotations

import os
import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any, Callable

from khronika.stories.similarity import WORD_RE, normalise_word

SNIPPET_CHARS = 160
FALLBACK_PASSAGES = 2
SCAN_CHARS = 6000  # passages read for the best one, once one has a query word (an article's body)
_WORD_CHARS = "0-9A-Za-zА-Яа-яЁё"
_LETTERS = "A-Za-zА-Яа-яЁё"
_FOLDED_WORD = "0-9a-zа-я"
_FOLDED_LETTERS = "a-zа-я"


class SnippetMaker:
    """Snippets for one analyzer; the per-lemma forms are cached across searches."""

    def __init__(self, analyzer: Any) -> None:
        self.analyzer = analyzer
        self._forms = lru_cache(maxsize=20_000)(self._lemma_forms)

    def _lemma_forms(self, lemma: str) -> frozenset[str]:
        forms = {lemma}
        for parse in self.analyzer.morph.parse(lemma):
            if normalise_word(parse.normal_form) == lemma:
                forms.update(normalise_word(f.word) for f in parse.lexeme)
        return frozenset(forms)

    def for_query(self, lemmas: set[str]) -> Callable[[list[str]], str]:
        """`snippet(passages)` for one query: the passage with the most distinct query
        words (the first of those), the words in [brackets]; built once per search page."""
        if not lemmas:
            return _plain_snippet
        word = self.analyzer.word
        content = {lemma for lemma in lemmas if not word(lemma).stop}
        if content:
            lemmas = content
        # form -> the query lemmas it is a form of (a passage is scored by distinct lemmas)
        lemmas_of: dict[str, set[str]] = {}
        for lemma in lemmas:
            for form in self._forms(lemma):
                lemmas_of.setdefault(form, set()).add(lemma)
        forms = sorted(lemmas_of, key=len, reverse=True)
        # The pattern runs on the passage folded as the forms are (lowercase, ё as е: the same
        # length, so the same offsets), three times faster than a case-insensitive one; a text
        # whose lowercase is longer (rare letters) gets that one.  A form inside a hyphenated
        # word is not the word ("Москва-Сити"), but before a number it is ("поток-2", which the
        # index holds as "поток" and "2").
        folded_body = "|".join(re.escape(f) for f in forms)
        folded_pattern = re.compile(rf"(?<![{_FOLDED_WORD}-])(?:{folded_body})(?![{_FOLDED_WORD}]|-[{_FOLDED_LETTERS}])")
        unfolded: list[re.Pattern] = []

        def pattern() -> re.Pattern:  # compiled when first needed
            if not unfolded:
                body = "|".join(re.escape(f).replace("е", "[её]") for f in forms)
                unfolded.append(re.compile(
                    rf"(?<![{_WORD_CHARS}-])(?:{body})(?![{_WORD_CHARS}]|-[{_LETTERS}])", re.IGNORECASE))
            return unfolded[0]
        wanted = len(lemmas)
        # A passage is searched only when it holds the common beginning of some lemma's forms
        # (a substring test, much cheaper than the pattern); a lemma whose forms share none
        # ("человек", "люди") leaves every passage to the pattern.
        heads = [os.path.commonprefix(sorted(self._forms(lemma))) for lemma in lemmas]
        heads = None if any(len(h) < 2 for h in heads) else heads

        def snippet(texts: list[str]) -> str:
            if not texts:
                return ""
            best: tuple[int, str, list] | None = None
            scanned = 0
            for text in texts:
                if best is not None and scanned > SCAN_CHARS:
                    break  # a long page (menus, teasers): the first SCAN_CHARS characters decide
                scanned += len(text)
                folded = text.lower().replace("ё", "е")
                if heads is not None and not any(h in folded for h in heads):
                    continue
                found = list(folded_pattern.finditer(folded) if len(folded) == len(text) else pattern().finditer(text))
                if not found:
                    continue
                covered = set().union(*(lemmas_of.get(m.group().lower().replace("ё", "е"), ()) for m in found))
                if best is None or len(covered) > best[0]:
                    best = (len(covered), text, found)
                    if len(covered) >= wanted:
                        break
            if best is not None:
                _, text, found = best
                # The cut opens where its 160 characters hold the most distinct query words.
                anchor = found[0].start()
                if best[0] > 1:
                    keys = [lemmas_of.get(m.group().lower().replace("ё", "е"), set()) for m in found]
                    starts = [m.start() for m in found]
                    most = 0
                    for m in found:
                        left = max(0, m.start() - SNIPPET_CHARS // 3)
                        inside: set[str] = set()
                        for j in range(bisect_left(starts, left), len(found)):
                            if found[j].end() > left + SNIPPET_CHARS:
                                break
                            inside |= keys[j]
                        if len(inside) > most:
                            anchor, most = m.start(), len(inside)
                            if most == best[0]:
                                break
                return _marked(text, [m.span() for m in found], anchor)
            # No generated form anywhere: the hit matched in its title, or through a parse
            # outside those lexemes; lemmatise the opening passages only (bounded cost).
            for text in texts[:FALLBACK_PASSAGES]:
                spans = [m.span() for m in WORD_RE.finditer(text)
                         if not lemmas.isdisjoint(word(normalise_word(m.group())).lemmas)]
                if spans:
                    return _marked(text, spans)
            return texts[0][:SNIPPET_CHARS]

        return snippet


def _plain_snippet(texts: list[str]) -> str:
    """Without query words: the first body passage, cut."""
    if not texts:
        return ""
    body = texts[1] if len(texts) > 1 else texts[0]
    return body[:SNIPPET_CHARS] + ("…" if len(body) > SNIPPET_CHARS else "")


def _marked(text: str, spans: list[tuple[int, int]], anchor: int | None = None) -> str:
    first = spans[0][0] if anchor is None else anchor
    left = max(0, first - SNIPPET_CHARS // 3)
    left = text.rfind(" ", 0, left) + 1 if left else 0
    right = min(len(text), left + SNIPPET_CHARS)
    out, pos = [], left
    for start, stop in spans:
        if start < left or stop > right:
            continue
        out.append(text[pos:start] + "[" + text[start:stop] + "]")
        pos = stop
    out.append(text[pos:right])
    return ("…" if left else "") + "".join(out) + ("…" if right < len(text) else "")
