"""Filter tags: the actor, speaker, event, source and date filters as full-text tokens.

A filtered search used to walk every article matching the free words,
newest first, and test each filter with a correlated subquery
(`actor:Меркель переговоры`: 72.5 ms for two pages at 110k on SQLite).  The full-text
index now also holds, per article, tokens naming its actors, speakers,
event types, outlet and month (a `tags` column of the FTS5 table; a `tags`
tsvector with its own GIN index on PostgreSQL), so the index intersects the
filter with the words itself (7.7 ms; `bench/search_window.py --per-query`).  Tags are only a pre-filter: each is
implied by the SQL clause it stands for (`SqlStore._filters`), which still
runs on the candidates, so results are exactly those of the SQL filters.

A tag is a kind prefix plus the hex of the value's UTF-8 bytes: a single
token for any value under FTS5's `unicode61` tokenizer and PostgreSQL's
`simple` configuration, and the string SQLite's `hex()` gives (case is
folded by both), so the index side is computed in SQL from the stored
layer rows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

ACTOR = "xa"          # mentions.actor_id
NAME_END = "xl"       # last word of mentions.normal_key
SPEAKER = "xs"        # quotes.speaker_id
SPEAKER_END = "xk"    # last word of quotes.speaker_key
EVENT = "xe"          # events.type and events.cameo
OUTLET = "xo"         # articles.outlet
MONTH = "xm"          # articles.day's YYYY-MM
# A date filter spanning more months than this is left to SQL alone (the OR would cost more).
MAX_MONTHS = 36


def tag(kind: str, value: str) -> str:
    return kind + value.encode("utf-8").hex()


_TAG_TOKEN_RE = re.compile(r"^x[a-z][0-9a-f]*$")


def is_tag_token(token: str) -> bool:
    """Whether an index token could be a tag (x, a kind letter, hex) rather than a word."""
    return _TAG_TOKEN_RE.match(token.lower()) is not None


def last_word(key: str) -> str:
    return key.rsplit(" ", 1)[-1]


@dataclass(frozen=True)
class TagGroup:
    """Tags of which an article must carry at least one (groups are ANDed).

    `exact`: carrying the group is the same as passing its SQL clause (event types and
    outlets), not only implied by it (actors match names by their last word, months
    cover whole months), so a backend may drop that clause."""

    tags: tuple[str, ...]
    exact: bool = False


def actor_group(value: str, key: str, alias_ids: list[str], *, speaker: bool = False) -> TagGroup | None:
    """The tags implied by `_actor_clause(value)`: the value as an id, the ids its key is an
    alias of, and — for names without an id, matched as `key` or `… key` — the key's last word."""
    id_kind, end_kind = (SPEAKER, SPEAKER_END) if speaker else (ACTOR, NAME_END)
    tags = {tag(id_kind, value)} | {tag(id_kind, a) for a in alias_ids}
    if not key:
        return None  # `normal_key = ''` cannot be tagged: no pre-filter for this value
    tags.add(tag(end_kind, last_word(key)))
    return TagGroup(tuple(sorted(tags)))


def event_group(value: str) -> TagGroup:
    return TagGroup((tag(EVENT, value),), exact=True)


def outlet_group(outlets: list[str]) -> TagGroup:
    """The outlets a `source:` filter matches (none: a tag no article carries)."""
    return TagGroup(tuple(sorted(tag(OUTLET, o) for o in outlets)) or (OUTLET,), exact=True)


def month_group(first_day: str, last_day: str) -> TagGroup | None:
    """The months of [first_day, last_day] (ISO days), or None when there are too many."""
    year, month = int(first_day[:4]), int(first_day[5:7])
    last = (int(last_day[:4]), int(last_day[5:7]))
    months = []
    while (year, month) <= last:
        months.append(tag(MONTH, f"{year:04d}-{month:02d}"))
        if len(months) > MAX_MONTHS:
            return None
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return TagGroup(tuple(months)) if months else None


def match_expression(groups: list[TagGroup]) -> str:
    """The FTS5 query part: `tags : ("t1" OR "t2") AND tags : (…)`."""
    return " AND ".join("tags : (" + " OR ".join(f'"{t}"' for t in g.tags) + ")" for g in groups)


def _article_tags_union(article: str, hex_of, last_word_of) -> str:
    """The tag rows of the article whose id is the SQL expression `article`."""
    return (
        f"SELECT '{ACTOR}' || {hex_of('actor_id')} AS t FROM mentions WHERE article_id = {article} "
        "AND actor_id IS NOT NULL "
        f"UNION SELECT '{NAME_END}' || {hex_of(last_word_of('normal_key'))} FROM mentions "
        f"WHERE article_id = {article} AND normal_key <> '' "
        f"UNION SELECT '{SPEAKER}' || {hex_of('speaker_id')} FROM quotes WHERE article_id = {article} "
        "AND speaker_id IS NOT NULL "
        f"UNION SELECT '{SPEAKER_END}' || {hex_of(last_word_of('speaker_key'))} FROM quotes "
        f"WHERE article_id = {article} AND speaker_key <> '' "
        f"UNION SELECT '{EVENT}' || {hex_of('type')} FROM events WHERE article_id = {article} "
        f"UNION SELECT '{EVENT}' || {hex_of('cameo')} FROM events WHERE article_id = {article} AND cameo <> '' "
        f"UNION SELECT '{OUTLET}' || {hex_of('outlet')} FROM articles WHERE id = {article} "
        f"UNION SELECT '{MONTH}' || {hex_of('substr(day, 1, 7)')} FROM articles WHERE id = {article} "
        "AND day IS NOT NULL"
    )


# The tags of one article (?1) as one space-separated string.  SQLite's hex() of text is
# the hex of its UTF-8 bytes; `replace(k, rtrim(k, replace(k, ' ', '')), '')` is k's last word.
ARTICLE_TAGS_SQL = "SELECT coalesce(group_concat(t, ' '), '') FROM (" + _article_tags_union(
    "?1", lambda x: f"hex({x})", lambda k: f"replace({k}, rtrim({k}, replace({k}, ' ', '')), '')") + ")"

# PostgreSQL: the tags of article x.id as a `simple` tsvector (one lexeme per tag).
ARTICLE_TAGS_PG = (
    "SELECT to_tsvector('simple', coalesce(string_agg(t, ' '), '')) FROM ("
    + _article_tags_union("x.id", lambda x: f"encode(convert_to({x}, 'UTF8'), 'hex')",
                          lambda k: f"regexp_replace({k}, '^.* ', '')")
    + ") tags"
)


def tsquery(groups: list[TagGroup]) -> str:
    """The PostgreSQL `to_tsquery('simple', …)` text: `(t1 | t2) & (t3)`."""
    return " & ".join("(" + " | ".join(g.tags) + ")" for g in groups)
