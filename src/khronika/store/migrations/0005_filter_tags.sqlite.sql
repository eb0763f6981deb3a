-- Filter tags (khronika/store/tags.py): the full-text index gets a third
-- column naming each article's actors, speakers, event types, outlet
-- and month, so
-- filtered searches let FTS5 intersect the filter with the words instead
-- of testing every matching article.  FTS5 tables cannot gain a column:
-- the index is rebuilt from its own stored text (about a minute at 100k
-- articles), with the tags computed from the layer rows as
-- SqliteStore._fts_write computes them for new articles.
CREATE VIRTUAL TABLE article_fts_new USING fts5 (title, body, tags, tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO article_fts_new (rowid, title, body, tags)
  SELECT f.rowid, f.title, f.body, (
    SELECT coalesce(group_concat(t, ' '), '') FROM (
      SELECT 'xa' || hex(actor_id) AS t FROM mentions WHERE article_id = f.rowid AND actor_id IS NOT NULL
      UNION SELECT 'xl' || hex(replace(normal_key, rtrim(normal_key, replace(normal_key, ' ', '')), ''))
        FROM mentions WHERE article_id = f.rowid AND normal_key <> ''
      UNION SELECT 'xs' || hex(speaker_id) FROM quotes WHERE article_id = f.rowid AND speaker_id IS NOT NULL
      UNION SELECT 'xk' || hex(replace(speaker_key, rtrim(speaker_key, replace(speaker_key, ' ', '')), ''))
        FROM quotes WHERE article_id = f.rowid AND speaker_key <> ''
      UNION SELECT 'xe' || hex(type) FROM events WHERE article_id = f.rowid
      UNION SELECT 'xe' || hex(cameo) FROM events WHERE article_id = f.rowid AND cameo <> ''
      UNION SELECT 'xo' || hex(outlet) FROM articles WHERE id = f.rowid
      UNION SELECT 'xm' || hex(substr(day, 1, 7)) FROM articles WHERE id = f.rowid AND day IS NOT NULL))
  FROM article_fts f;
DROP TABLE article_fts;
ALTER TABLE article_fts_new RENAME TO article_fts
