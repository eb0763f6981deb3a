"""Search snippets: the first passage of a hit with the query's word forms marked.

A hit matched because some word of it has a query lemma among its normal
forms.  Lemmatising every word of every hit to find that word was a large
part of a search page's cost; instead the query's lemmas are expanded once into
their inflected forms (lexemes of the morph dictionary) and found with one compiled
regular expression.  When no passage of a hit has a generated form (it
matched in its title, or a word reached the lemma through a parse outside
those lexemes), the opening passages are lemmatised word by word as before.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from khronika.stories.similarity import WORD_RE, normalise_word

SNIPPET_CHARS = 160
FALLBACK_PASSAGES = 2
_WORD_CHARS = "0-9A-Za-zА-Яа-яЁё"


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
        """`snippet(passages)` for one query: the first passage (in text order) with a
        query word, the words in [brackets]; built once per search page."""
        if not lemmas:
            return _plain_snippet
        forms = sorted({f for lemma in lemmas for f in self._forms(lemma)}, key=len, reverse=True)
        # е in a form also matches ё in the text (normalise_word folds ё into е).
        body = "|".join(re.escape(f).replace("е", "[её]") for f in forms)
        pattern = re.compile(rf"(?<![{_WORD_CHARS}-])(?:{body})(?![{_WORD_CHARS}]|-[{_WORD_CHARS}])", re.IGNORECASE)
        word = self.analyzer.word

        def snippet(texts: list[str]) -> str:
            if not texts:
                return ""
            for text in texts:
                spans = [m.span() for m in pattern.finditer(text)]
                if spans:
                    return _marked(text, spans)
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


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    first = spans[0][0]
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
