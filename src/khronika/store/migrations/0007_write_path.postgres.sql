-- Fewer random-key B-tree pages per written article (see the SQLite file;
-- PostgreSQL has no word lists).
-- 1. Indexes no read uses: reads go by article, by story, or by
-- `mentions_actor_article` (which covers `mentions_actor`); the actor and
-- speaker filters' `key LIKE '% …'` arm keeps any index off their OR.
DROP INDEX IF EXISTS mentions_actor;
DROP INDEX IF EXISTS mentions_key;
DROP INDEX IF EXISTS quotes_speaker;
DROP INDEX IF EXISTS quotes_speaker_key;
DROP INDEX IF EXISTS event_actors_actor;
-- 2. New LSH band rows wait in a small table and move to `lsh_bands` in one
-- sorted pass every few thousand articles (SqlStore._lsh_merge).
CREATE TABLE lsh_recent (
  band INTEGER NOT NULL, key TEXT NOT NULL, article_id BIGINT NOT NULL REFERENCES articles (id),
  PRIMARY KEY (band, key, article_id)
);
