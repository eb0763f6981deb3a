-- Per-actor aggregates (PostgreSQL), kept in step with the layers by the writer (same
-- transaction as the article; see SqlStore._apply_aggregates), so actor pages
-- never count over all mentions.  Only current articles count.  The backfill
-- below recounts an existing store from its layers.
CREATE TABLE actor_stats (
  actor_id TEXT PRIMARY KEY, n_articles INTEGER NOT NULL DEFAULT 0, n_mentions INTEGER NOT NULL DEFAULT 0,
  n_quotes INTEGER NOT NULL DEFAULT 0, n_events INTEGER NOT NULL DEFAULT 0,
  n_events_source INTEGER NOT NULL DEFAULT 0, n_events_target INTEGER NOT NULL DEFAULT 0,
  first_day TEXT, last_day TEXT
);
CREATE INDEX actor_stats_rank ON actor_stats (n_articles DESC, actor_id);
-- One row per actor and publication day with any activity (rows reaching zero are deleted).
CREATE TABLE actor_days (
  actor_id TEXT NOT NULL, day TEXT NOT NULL, mentions INTEGER NOT NULL DEFAULT 0,
  articles INTEGER NOT NULL DEFAULT 0, quotes INTEGER NOT NULL DEFAULT 0, events INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (actor_id, day)
);
-- Articles mentioning both actors, stored in both directions (bounded by the pairs within one article).
CREATE TABLE actor_pairs (
  actor_id TEXT NOT NULL, other_id TEXT NOT NULL, n_articles INTEGER NOT NULL,
  PRIMARY KEY (actor_id, other_id)
);
-- An actor's mentions newest article first without sorting all of them.
CREATE INDEX mentions_actor_article ON mentions (actor_id, article_id DESC, idx);
-- Backfill.
INSERT INTO actor_stats (actor_id)
  SELECT id FROM actors UNION SELECT actor_id FROM mentions WHERE actor_id IS NOT NULL
  UNION SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL
  UNION SELECT actor_id FROM event_actors WHERE actor_id IS NOT NULL;
UPDATE actor_stats SET
  n_articles = (SELECT COUNT(DISTINCT m.article_id) FROM mentions m JOIN articles a ON a.id = m.article_id
                WHERE m.actor_id = actor_stats.actor_id AND a.is_current = 1),
  n_mentions = (SELECT COUNT(*) FROM mentions m JOIN articles a ON a.id = m.article_id
                WHERE m.actor_id = actor_stats.actor_id AND a.is_current = 1),
  n_quotes = (SELECT COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id
              WHERE q.speaker_id = actor_stats.actor_id AND a.is_current = 1),
  n_events = (SELECT COUNT(*) FROM (SELECT DISTINCT ea.article_id, ea.event_idx FROM event_actors ea
              JOIN articles a ON a.id = ea.article_id WHERE ea.actor_id = actor_stats.actor_id AND a.is_current = 1) x),
  n_events_source = (SELECT COUNT(*) FROM (SELECT DISTINCT ea.article_id, ea.event_idx FROM event_actors ea
              JOIN articles a ON a.id = ea.article_id
              WHERE ea.actor_id = actor_stats.actor_id AND ea.role = 'source' AND a.is_current = 1) x),
  n_events_target = (SELECT COUNT(*) FROM (SELECT DISTINCT ea.article_id, ea.event_idx FROM event_actors ea
              JOIN articles a ON a.id = ea.article_id
              WHERE ea.actor_id = actor_stats.actor_id AND ea.role = 'target' AND a.is_current = 1) x);
INSERT INTO actor_days (actor_id, day, mentions, articles, quotes, events)
  SELECT actor_id, day, SUM(mentions), SUM(articles), SUM(quotes), SUM(events) FROM (
    SELECT m.actor_id, substr(a.published, 1, 10) AS day, COUNT(*) AS mentions, 1 AS articles, 0 AS quotes,
           0 AS events
      FROM mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.actor_id IS NOT NULL AND a.is_current = 1 AND a.published <> ''
      GROUP BY m.actor_id, m.article_id, substr(a.published, 1, 10)
    UNION ALL
    SELECT q.speaker_id, substr(a.published, 1, 10), 0, 0, COUNT(*), 0
      FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE q.speaker_id IS NOT NULL AND a.is_current = 1 AND a.published <> ''
      GROUP BY q.speaker_id, substr(a.published, 1, 10)
    UNION ALL
    SELECT x.actor_id, x.day, 0, 0, 0, COUNT(*) FROM (
      SELECT DISTINCT ea.actor_id, ea.article_id, ea.event_idx,
             substr(COALESCE(NULLIF(e.date, ''), a.published), 1, 10) AS day
        FROM event_actors ea JOIN events e ON e.article_id = ea.article_id AND e.idx = ea.event_idx
        JOIN articles a ON a.id = ea.article_id
        WHERE ea.actor_id IS NOT NULL AND a.is_current = 1) x
      WHERE x.day IS NOT NULL AND x.day <> '' GROUP BY x.actor_id, x.day
  ) parts GROUP BY actor_id, day;
UPDATE actor_stats SET
  first_day = (SELECT MIN(day) FROM actor_days d WHERE d.actor_id = actor_stats.actor_id),
  last_day = (SELECT MAX(day) FROM actor_days d WHERE d.actor_id = actor_stats.actor_id);
INSERT INTO actor_pairs (actor_id, other_id, n_articles)
  SELECT p.actor_id, p.other_id, COUNT(*) FROM (
    SELECT DISTINCT m1.article_id, m1.actor_id, m2.actor_id AS other_id
      FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.actor_id <> m1.actor_id
      JOIN articles a ON a.id = m1.article_id WHERE a.is_current = 1
  ) p GROUP BY p.actor_id, p.other_id;
