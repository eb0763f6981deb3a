"""Per-actor aggregates kept at write time (tables from migration 0003).

An article's contribution is read back from its stored layer rows, so adding
it (+1) and taking it away (-1, when a new version replaces it or its layers
are rederived) are exact inverses and the tables always equal a recount over
current articles.  A new article's rows are taken from its doc as they are
written (`written_rows`: the same values, tests/store/test_store_contribution_rows.py)
instead of being read back.  The SQL is portable (`ON CONFLICT … DO UPDATE` with
additive deltas).  Writes collect a `Delta` per transaction and apply it at
commit, in sorted order, so concurrent PostgreSQL writers do not deadlock.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import permutations
from typing import Any, Callable, Iterable, Sequence

Execute = Callable[[str, Sequence[Any]], list[tuple]]
# Rows as a sequence or an iterator (each row a sequence of values).
ExecuteMany = Callable[[str, Iterable[Sequence[Any]]], None]


@dataclass
class ActorCounts:
    mentions: int = 0
    quotes: int = 0
    events: set[int] = field(default_factory=set)         # event idx with the actor in any role
    source_events: set[int] = field(default_factory=set)
    target_events: set[int] = field(default_factory=set)


@dataclass
class Contribution:
    """What one current article adds to the aggregates."""
    actors: dict[str, ActorCounts]
    days: dict[tuple[str, str], list[int]]   # (actor, day) -> [mentions, articles, quotes, events]
    mentioned: tuple[str, ...]               # the distinct actors mentioned, sorted

    @property
    def empty(self) -> bool:
        return not self.actors

    @property
    def pairs(self) -> list[tuple[str, str]]:
        """Ordered pairs of distinct actors mentioned together (each `actor_pairs` row it adds to)."""
        return list(permutations(self.mentioned, 2))


def contribution(execute: Execute, article_id: int) -> Contribution:
    # One round trip: the article's date, actor mentions, quote speakers and event roles.
    rows = execute(
        "SELECT 'a', CAST(NULL AS TEXT), CAST(NULL AS INTEGER), CAST(NULL AS TEXT), published "
        "FROM articles WHERE id = ? "
        "UNION ALL SELECT 'm', actor_id, NULL, NULL, NULL FROM mentions WHERE article_id = ? AND actor_id IS NOT NULL "
        "UNION ALL SELECT 'q', speaker_id, NULL, NULL, NULL FROM quotes WHERE article_id = ? AND speaker_id IS NOT NULL "
        "UNION ALL SELECT 'e', ea.actor_id, ea.event_idx, ea.role, e.date FROM event_actors ea "
        "JOIN events e ON e.article_id = ea.article_id AND e.idx = ea.event_idx "
        "WHERE ea.article_id = ? AND ea.actor_id IS NOT NULL",
        (article_id, article_id, article_id, article_id))
    return contribution_of(rows)


def written_rows(published: str | None, doc: Any) -> list[tuple]:
    """The rows `contribution` reads back for an article whose layer rows were just written
    from `doc` (`SqlStore._write_layers`), built from the doc itself: a new article's
    share without a read of what this write has just inserted.  The same values: mention
    actor ids, quote speaker ids, and each event's actors (source, target, location) with
    the event's index and date."""
    rows: list[tuple] = [("a", None, None, None, published)]
    rows += [("m", m.actor_id, None, None, None) for m in doc.mentions if m.actor_id is not None]
    rows += [("q", q.speaker.actor_id, None, None, None) for q in doc.quotes
             if q.speaker is not None and q.speaker.actor_id is not None]
    for i, event in enumerate(doc.events):
        roles = [("source", a) for a in event.source_actors] + [("target", a) for a in event.target_actors]
        if event.location is not None:
            roles.append(("location", event.location))
        rows += [("e", a.actor_id, i, role, event.date) for role, a in roles if a.actor_id is not None]
    return rows


def contribution_of(rows: Sequence[tuple]) -> Contribution:
    """An article's contribution from its rows: ('a', -, -, -, published) and
    ('m' | 'q' | 'e', actor id, event idx, role, event date) (see `contribution`)."""
    published = next((r[4] for r in rows if r[0] == "a"), None)
    day = published[:10] if published else None
    actors: dict[str, ActorCounts] = {}
    event_days: dict[int, str | None] = {}
    for kind, actor_id, idx, role, date in rows:
        if kind == "a":
            continue
        counts = actors.setdefault(actor_id, ActorCounts())
        if kind == "m":
            counts.mentions += 1
        elif kind == "q":
            counts.quotes += 1
        else:
            counts.events.add(idx)
            if role == "source":
                counts.source_events.add(idx)
            elif role == "target":
                counts.target_events.add(idx)
            event_days[idx] = (date or published or "")[:10] or None
    days: dict[tuple[str, str], list[int]] = {}
    for actor_id, counts in actors.items():
        if day and (counts.mentions or counts.quotes):
            cell = days.setdefault((actor_id, day), [0, 0, 0, 0])
            cell[0] += counts.mentions
            cell[1] += 1 if counts.mentions else 0
            cell[2] += counts.quotes
        if not counts.events:  # most actors of an article are in no event
            continue
        for event_day, n in Counter(event_days[i] for i in counts.events).items():
            if event_day:
                days.setdefault((actor_id, event_day), [0, 0, 0, 0])[3] += n
    return Contribution(actors, days, tuple(sorted(a for a, c in actors.items() if c.mentions)))


@dataclass
class Delta:
    """Signed changes to the aggregate tables, summed over any number of articles.

    A write batch collects the delta of each page and applies the sum once, at
    commit, in sorted key order: rows are then locked late, briefly and in the
    same order by every writer, so concurrent PostgreSQL batches that touch the
    same actors wait for each other instead of deadlocking.

    Co-occurrence is kept as each article's sorted actors and sign (`groups`) and
    expanded into pair counts once, when the delta is applied (`pairs`): an article
    of 13 actors is one entry here, not 156 pair tuples counted on its write, counted
    again when its savepoint's delta joins the batch's, and kept until the batch
    commits (allocations that set off the garbage collector's passes, bench/RESULTS.md)."""
    stats: dict[str, list[int]] = field(default_factory=dict)   # actor -> [articles, mentions, quotes, events, source, target]
    days: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    groups: list[tuple[tuple[str, ...], int]] = field(default_factory=list)  # (mentioned actors, sign)
    shrinking: set[str] = field(default_factory=set)   # actors whose rows may drop to zero
    dated: set[str] = field(default_factory=set)       # actors whose first/last day may move

    @property
    def empty(self) -> bool:
        return not self.stats

    def ensure(self, actor_ids: Iterable[str]) -> None:
        """Every actor gets a stats row (the ranked actor list reads actor_stats alone)."""
        for actor_id in actor_ids:
            self.stats.setdefault(actor_id, [0] * 6)

    def add(self, part: Contribution, sign: int) -> None:
        for actor_id, c in part.actors.items():
            _add_row(self.stats, actor_id, [sign * v for v in (
                1 if c.mentions else 0, c.mentions, c.quotes, len(c.events),
                len(c.source_events), len(c.target_events))])
        for key, cell in part.days.items():
            _add_row(self.days, key, [sign * v for v in cell])
            self.dated.add(key[0])
        if len(part.mentioned) > 1:
            self.groups.append((part.mentioned, sign))
        if sign < 0:
            self.shrinking |= set(part.actors)

    def extend(self, other: "Delta") -> None:
        for actor_id, values in other.stats.items():
            _add_row(self.stats, actor_id, values)
        for key, values in other.days.items():
            _add_row(self.days, key, values)
        self.groups.extend(other.groups)
        self.shrinking |= other.shrinking
        self.dated |= other.dated

    @property
    def pairs(self) -> Counter:
        """Signed article counts per ordered actor pair (`actor_pairs` changes), from `groups`."""
        return Counter({tuple(key.split(_PAIR_SEP)): n for key, n in self._pair_counts().items()})

    def _pair_counts(self) -> Counter:
        """`pairs` keyed by "actor<NUL>other" strings, built and counted in C (`permutations`,
        `str.join`, `Counter`).  Strings are not objects the garbage collector tracks, so a
        batch's ~8,000 keys do not count towards its next pass as tuples do."""
        counts: Counter = Counter()
        join = _PAIR_SEP.join
        for mentioned, sign in self.groups:
            if sign > 0:
                counts.update(map(join, permutations(mentioned, 2)))
            else:
                counts.subtract(map(join, permutations(mentioned, 2)))
        return counts


# Joins an ordered actor pair into one key; sorts below every character of an actor id, so
# keys sort as the (actor, other) tuples do.  No id holds it (PostgreSQL text cannot).
_PAIR_SEP = "\0"


def _add_row(table: dict[Any, list[int]], key: Any, values: Sequence[int]) -> None:
    row = table.setdefault(key, [0] * len(values))
    for i, v in enumerate(values):
        row[i] += v


def apply(execute: Execute, executemany: ExecuteMany, delta: Delta) -> None:
    """Write a delta: additive upserts in sorted key order, then drop rows that fell to zero."""
    if delta.empty:
        return
    executemany(
        "INSERT INTO actor_stats (actor_id, n_articles, n_mentions, n_quotes, n_events, n_events_source, "
        "n_events_target) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (actor_id) DO UPDATE SET "
        "n_articles = actor_stats.n_articles + excluded.n_articles, "
        "n_mentions = actor_stats.n_mentions + excluded.n_mentions, "
        "n_quotes = actor_stats.n_quotes + excluded.n_quotes, "
        "n_events = actor_stats.n_events + excluded.n_events, "
        "n_events_source = actor_stats.n_events_source + excluded.n_events_source, "
        "n_events_target = actor_stats.n_events_target + excluded.n_events_target",
        [(a, *values) for a, values in sorted(delta.stats.items())],
    )
    days = [(a, d, *values) for (a, d), values in sorted(delta.days.items()) if any(values)]
    if days:
        executemany(
            "INSERT INTO actor_days (actor_id, day, mentions, articles, quotes, events) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (actor_id, day) DO UPDATE SET mentions = actor_days.mentions + excluded.mentions, "
            "articles = actor_days.articles + excluded.articles, quotes = actor_days.quotes + excluded.quotes, "
            "events = actor_days.events + excluded.events",
            days,
        )
    counts = delta._pair_counts()
    if any(counts.values()):
        # Rows made as the statement binds them (an iterator: `ExecuteMany` backends take one),
        # not a list of a batch's ~8,000 pair rows made first.
        split, sep = str.split, _PAIR_SEP
        executemany(
            "INSERT INTO actor_pairs (actor_id, other_id, n_articles) VALUES (?, ?, ?) "
            "ON CONFLICT (actor_id, other_id) DO UPDATE SET n_articles = actor_pairs.n_articles + excluded.n_articles",
            ((*split(key, sep), counts[key]) for key in sorted(counts) if counts[key]),
        )
    if delta.shrinking:
        shrinking = sorted(delta.shrinking)
        marks = ", ".join("?" * len(shrinking))
        execute(f"DELETE FROM actor_days WHERE actor_id IN ({marks}) AND mentions = 0 AND quotes = 0 "
                f"AND events = 0", shrinking)
        execute(f"DELETE FROM actor_pairs WHERE actor_id IN ({marks}) AND n_articles <= 0", shrinking)
    if delta.dated or delta.shrinking:
        touched = sorted(delta.dated | delta.shrinking)
        marks = ", ".join("?" * len(touched))
        execute(
            f"UPDATE actor_stats SET "
            f"first_day = (SELECT MIN(day) FROM actor_days d WHERE d.actor_id = actor_stats.actor_id), "
            f"last_day = (SELECT MAX(day) FROM actor_days d WHERE d.actor_id = actor_stats.actor_id) "
            f"WHERE actor_id IN ({marks})", touched)
