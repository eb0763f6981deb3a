-- Actor pages read all of an actor's actor_days rows (a timeline: up to one
-- row per day).  A covering index lets PostgreSQL answer with an index-only
-- scan instead of one heap fetch per day (SQLite's version of this
-- migration makes the table WITHOUT ROWID instead).
CREATE INDEX actor_days_cover ON actor_days (actor_id, day) INCLUDE (mentions, articles, quotes, events);
