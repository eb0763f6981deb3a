"""Assertions the table-driven quote tests share."""
from __future__ import annotations

from khronika.nlp.doc import Doc, Quote


# The name of a speaker the text gives only as an unnamed source (quotes/unnamed_sources.py).
UNKNOWN = "unknown"


def speaker_name(quote: Quote) -> str | None:
    """The quote's speaker name; None = unknown: no speaker, or (mC32) an unnamed source whose mention is kept
    under the name `unknown` ("По словам одного из источников", "сообщили официальные лица")."""
    return quote.speaker.name if quote.speaker is not None and quote.speaker.name != UNKNOWN else None


def quote_of(doc: Doc, content: str, label: str) -> Quote:
    """The quote whose text is exactly `content` (failing when there is none)."""
    found = [q for q in doc.quotes if q.text == content]
    assert found, f"{label}: no quote {content!r}; got {[q.text for q in doc.quotes]}"
    return found[0]


def speaker_of(doc: Doc, content: str, label: str) -> str | None:
    """The speaker name of the quote whose text is exactly `content` (failing when there is none)."""
    return speaker_name(quote_of(doc, content, label))


def assert_no_quote_with(doc: Doc, absent: str, label: str, *, speakers: bool = False) -> None:
    """No quote's text (nor, with `speakers`, its speaker's name) contains `absent`."""
    bad = [q for q in doc.quotes
           if absent in q.text or (speakers and q.speaker is not None and absent in q.speaker.name)]
    assert not bad, f"{label}: {[(q.text, q.speaker and q.speaker.name) for q in doc.quotes]}"


def assert_body_speaker(doc: Doc, content: str, speaker: str | None, label: str) -> None:
    """(bA38, mT38) The quote whose text, full stop and spaces aside, is `content` has the speaker `speaker`
    (None: no speaker), and a named speaker closes its source chain."""
    found = [q for q in doc.quotes if q.text.strip(" .") == content]
    assert found, f"{label}: {[(q.text, q.speaker and q.speaker.name) for q in doc.quotes]}"
    if speaker is None:
        assert found[0].speaker is None, f"{label}: {found[0].speaker}"
    else:
        assert found[0].speaker is not None and found[0].speaker.name == speaker, f"{label}: {found[0].speaker}"
        assert found[0].source_chain[-1] == speaker, f"{label}: {found[0].source_chain}"


def assert_headline_speaker(doc: Doc, content: str, expected: str | None, label: str) -> None:
    """(hT38, mH38) The title's words `content` are a headline quote of `expected` (None: no headline quote)."""
    found = [q for q in doc.quotes if q.text == content and q.cue == "headline"]
    got = [(q.text, q.cue, speaker_name(q)) for q in doc.quotes]
    if expected is None:
        assert not found, f"{label}: {got}"
    else:
        assert found and speaker_name(found[0]) == expected, f"{label}: {got}"
