"""The search language: free words plus `key:value` filters.

    переговоры actor:Путин source:tass.ru from:2024-01-01 to:2024-02-01
    speaker:"Дмитрий Песков" event:CONSULT story:12

Free words are matched through their lemmas, so any case, number or verb
form finds the others.  Filters: `actor:` (id, name or alias, any case
form), `speaker:` (quotes by that actor), `event:` (PLOVER type such as
CONSULT, or a CAMEO root code such as 04), `source:` (outlet domain or
name), `from:`/`to:` (ISO dates, inclusive, on the publication day, else
the crawl day), `story:` (story id).  Values with spaces go in quotes.
Parsing is backend-independent; each store compiles `Query` to its SQL.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from khronika.errors import QueryError

FILTERS = ("actor", "speaker", "event", "source", "from", "to", "story")
_TOKEN_RE = re.compile(r'(?P<key>[A-Za-z]+):(?:"(?P<qv>[^"]*)"|(?P<v>\S*))|"(?P<phrase>[^"]*)"|(?P<word>\S+)')


@dataclass
class Query:
    text: str = ""                              # the free words, as typed
    actors: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    stories: list[int] = field(default_factory=list)

    @property
    def has_filters(self) -> bool:
        return bool(self.actors or self.speakers or self.events or self.sources
                    or self.date_from or self.date_to or self.stories)


def _iso_day(value: str, key: str) -> str:
    for size in (10, 7, 4):
        try:
            if size == 10:
                return date.fromisoformat(value).isoformat()
            if size == 7 and re.fullmatch(r"\d{4}-\d{2}", value):
                return value + ("-01" if key == "from" else "-31")
            if size == 4 and re.fullmatch(r"\d{4}", value):
                return value + ("-01-01" if key == "from" else "-12-31")
        except ValueError:
            continue
    raise QueryError(f"{key}:{value} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")


def parse_query(text: str) -> Query:
    query = Query()
    words: list[str] = []
    for match in _TOKEN_RE.finditer(text.strip()):
        key = match.group("key")
        if key is not None:
            key = key.lower()
            value = match.group("qv") if match.group("qv") is not None else match.group("v")
            if key not in FILTERS:
                # "https://…" or "10:30" are words, not filters.
                words.append(match.group(0))
                continue
            if not value:
                raise QueryError(f"empty value for {key}:")
            if key == "actor":
                query.actors.append(value)
            elif key == "speaker":
                query.speakers.append(value)
            elif key == "event":
                query.events.append(value.upper())
            elif key == "source":
                query.sources.append(value.lower())
            elif key == "from":
                query.date_from = _iso_day(value, "from")
            elif key == "to":
                query.date_to = _iso_day(value, "to")
            elif key == "story":
                if not value.isdigit():
                    raise QueryError(f"story:{value} must be a story id (a number)")
                query.stories.append(int(value))
        elif match.group("phrase") is not None:
            words.append(match.group("phrase"))
        else:
            words.append(match.group("word"))
    query.text = " ".join(w for w in words if w)
    if not query.text and not query.has_filters:
        raise QueryError("empty query")
    return query
