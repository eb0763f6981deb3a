"""The search language: free words plus `key:value` filters.

    переговоры actor:Путин source:tass.ru from:2024-01-01 to:2024-02-01
    speaker:"Дмитрий Песков" event:CONSULT story:12

Free words are matched through their lemmas, so any case, number or verb
form finds the others.  Filters: `actor:` (id, name or alias, any case
form), `speaker:` (quotes by that actor), `event:` (PLOVER type such as
CONSULT, or a CAMEO root code such as 04; anything else is an error),
`source:` (outlet: a domain and its subdomains, or its first label when that
names one outlet — `gazeta` under gazeta.ru and gazeta.ua is an error listing
both; with or without scheme, "www." or path), `from:`/`to:` (YYYY-MM-DD, YYYY-MM or
YYYY, inclusive, on the publication day, else the crawl day; a month or
year runs from its first to its last day), `story:` (story id).  Values
with spaces go in quotes.  A query with no word (only punctuation) and no
filter is an empty query.  Parsing is backend-independent; each store
compiles `Query` to its SQL.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

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


def day_bound(value: str, side: str) -> str:
    """A day filter value as a day: YYYY-MM-DD as is; a month (YYYY-MM) or a year (YYYY) is its
    first day as a `from` and its last day as a `to`.  The one reading of `from`/`to` for the
    search language, the CLI's --from/--to, the API and the web forms.  Raises ValueError."""
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value).isoformat()
    found = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", value)
    if not found:
        raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month = int(found.group(1)), found.group(2)
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    if year < 1:
        raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    first, last = (int(month), int(month)) if month else (1, 12)
    if side == "from":
        return date(year, first, 1).isoformat()
    return date(year, last, calendar.monthrange(year, last)[1]).isoformat()


def _iso_day(value: str, key: str) -> str:
    try:
        return day_bound(value, key)
    except ValueError:
        raise QueryError(f"{key}:{value} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)") from None


def event_type_of(value: str | None, name: str = "type") -> str | None:
    """An event filter value: a PLOVER type (any case, given back upper-cased) or a CAMEO code
    (2-4 digits); anything else would match no event, so it is a QueryError listing the types
    (the same check for the API, the web pages, the CLI's --type and the search's `event:`)."""
    from khronika.events.lexicon import PLOVER_TYPES

    value = (value or "").strip()
    if not value:
        return None
    if value.upper() in PLOVER_TYPES:
        return value.upper()
    if value.isascii() and value.isdigit() and 2 <= len(value) <= 4:
        return value
    raise QueryError(f"{name}: {value!r} is neither a PLOVER type ({', '.join(sorted(PLOVER_TYPES))}) "
                     "nor a CAMEO code (04, 042)")


def outlet_value(value: str | None) -> str | None:
    """An outlet filter value as the host part the store's outlets are written in: any case,
    with or without a scheme, "www." or a path ("https://www.TASS.ru/politika" → "tass.ru").
    None when nothing of a host is left.  `outlet_patterns` says what it matches."""
    value = (value or "").strip().lower()
    if not value:
        return None
    if "://" in value:
        value = urlsplit(value).hostname or ""
    else:
        value = re.split(r"[/?#]", value, maxsplit=1)[0]
        value = value.rsplit("@", 1)[-1].split(":", 1)[0]
    value = re.sub(r"[^\w.-]|_", "", value).strip(".")
    while value.startswith("www."):
        value = value[4:]
    return value or None


# Second-level labels under which a country zone sells names (com.ua, org.ru, co.uk, msk.ru):
# with the zone they are a public suffix, and the outlet is the label before them.
ZONE_LABELS = frozenset({"com", "net", "org", "gov", "edu", "co", "ac", "mil", "int", "biz", "info", "ltd",
                         "plc", "pp", "in", "msk", "spb", "nov"})
# Generic top-level zones a user may type alone (every two-letter label is a country zone).
GENERIC_ZONES = frozenset({"com", "net", "org", "info", "biz", "gov", "edu", "int", "mil", "news", "online",
                           "media", "site", "today", "press", "pro", "club", "xyz", "top", "life", "world",
                           "su", "rf", "xn--p1ai"})


def domain_zone(value: str) -> bool:
    """Whether a host value is a domain zone (a public suffix) alone: "ru", "com", "news",
    "com.ua", "msk.ru" — not an outlet (a short list, not the whole public suffix list)."""
    labels = value.split(".")
    if len(labels) == 1:
        return len(value) == 2 or value in GENERIC_ZONES
    return len(labels) == 2 and labels[0] in ZONE_LABELS and domain_zone(labels[1])


def registrable_domain(host: str) -> str:
    """The outlet's own domain under its zone: "crimea.ria.ru" → "ria.ru", "news.liga.net" →
    "liga.net", "www.interfax.com.ua" → "interfax.com.ua"."""
    labels = host.split(".")
    size = 3 if len(labels) >= 3 and domain_zone(".".join(labels[-2:])) else 2
    return ".".join(labels[-size:])


def outlet_patterns(value: str) -> tuple[str, str]:
    """An outlet value (after `outlet_value`) → `outlet = ? OR outlet LIKE ?`: itself, and
    either (a bare label) its first label ("tass" → tass.ru) or (a domain) its subdomains
    ("ria.ru" → crimea.ria.ru).  A domain zone alone ("ru", "com.ua") has no subdomain pattern
    (it would be every outlet of the zone).  `store.sql.outlets_matching` applies it (a bare label
    also matches the subdomains of a domain it is the first label of: "ria" → crimea.ria.ru), and
    refuses a bare label whose matches fall under several domains (gazeta → gazeta.ru and
    gazeta.ua are two outlets).  One rule for the search's `source:`, the CLI's --outlet, the
    API's `outlet` and the web pages' `source`."""
    if "." not in value:
        return value, value + ".%"
    return value, (value if domain_zone(value) else "%." + value)


def outlet_choice(value: str, outlets: list[str]) -> list[str]:
    """The outlets a value names among those `outlet_patterns` matched: a domain, all of them; a
    bare label, all of them when they fall under one domain, else a QueryError listing the
    domains (never their silent union: gazeta.ru and gazeta.ua are two outlets)."""
    if "." in value:
        return outlets
    domains = sorted({registrable_domain(o) for o in outlets})
    if len(domains) > 1:
        raise QueryError(f"outlet {value!r} names several outlets: {', '.join(domains)} "
                         f"(give the domain, such as {domains[0]})")
    return outlets


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
                query.events.append(event_type_of(value, "event") or value.upper())
            elif key == "source":
                outlet = outlet_value(value)
                if outlet is None:
                    raise QueryError(f"source:{value} names no outlet (use a domain such as tass.ru)")
                query.sources.append(outlet)
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
    if not re.search(r"\w", query.text):
        # "*", "(", ":" hold no word to look for: with no filter either, the query is empty
        # (docs/search.md), not "everything".
        query.text = ""
    if not query.text and not query.has_filters:
        raise QueryError("empty query")
    return query
