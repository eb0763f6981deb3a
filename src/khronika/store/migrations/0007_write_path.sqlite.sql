-- Fewer random-key B-tree pages per written article (bench/RESULTS.md, "Store
-- scale", write-path round 2): each dirty page is written to the WAL at
-- commit and again by the checkpoint, and the LSH band index and the word
-- lists, keyed at random, gave the most of them.
--
-- 1. Indexes no read uses.  Every read of these tables goes by article (the
-- primary keys), by story, or by `mentions_actor_article`, whose leading
-- column covers `mentions_actor`.  Filters by actor or speaker test
-- `id = ? OR key = ? OR key LIKE '% …' OR id IN (aliases)`: the LIKE arm
-- cannot use an index, so the planner never used these for them (EXPLAIN
-- QUERY PLAN before the drop: the article's primary key, or a scan of
-- quotes/events newest first).
DROP INDEX IF EXISTS mentions_actor;
DROP INDEX IF EXISTS mentions_key;
DROP INDEX IF EXISTS quotes_speaker;
DROP INDEX IF EXISTS quotes_speaker_key;
DROP INDEX IF EXISTS event_actors_actor;
-- 2. New LSH band rows go to a small table and move to `lsh_bands` in one
-- sorted pass every few thousand articles (SqlStore._lsh_merge): a band key
-- is random, so 32 inserts into the 3-million-row index touched 32 leaves.
-- Lookups read both tables.
CREATE TABLE lsh_recent (
  band INTEGER NOT NULL, key TEXT NOT NULL, article_id INTEGER NOT NULL REFERENCES articles (id),
  PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;
-- 3. One B-tree for the word lists instead of two: every read of term_top
-- names the word and wants its entries by weight (or all of them); a
-- removal by (word, article) reads the word's ~200 entries.
CREATE TABLE term_top_new (
  lemma TEXT NOT NULL, article_id INTEGER NOT NULL, weight REAL NOT NULL,
  PRIMARY KEY (lemma, weight, article_id)) WITHOUT ROWID;
INSERT INTO term_top_new (lemma, article_id, weight) SELECT lemma, article_id, weight FROM term_top;
DROP TABLE term_top;
ALTER TABLE term_top_new RENAME TO term_top
