-- Filter tags (khronika/store/tags.py): per article a `simple` tsvector
-- naming its actors, speakers, event types, outlet and month, with its own
-- GIN index, so a filtered search combines the word and filter bitmaps
-- instead of testing every article matching the words.  Backfilled from
-- the layer rows as PostgresStore._fts_write computes it for new articles.
ALTER TABLE article_search ADD COLUMN tags TSVECTOR NOT NULL DEFAULT ''::tsvector;
UPDATE article_search s SET tags = (
  SELECT to_tsvector('simple', coalesce(string_agg(t, ' '), '')) FROM (
    SELECT 'xa' || encode(convert_to(actor_id, 'UTF8'), 'hex') AS t FROM mentions
      WHERE article_id = s.article_id AND actor_id IS NOT NULL
    UNION SELECT 'xl' || encode(convert_to(regexp_replace(normal_key, '^.* ', ''), 'UTF8'), 'hex') FROM mentions
      WHERE article_id = s.article_id AND normal_key <> ''
    UNION SELECT 'xs' || encode(convert_to(speaker_id, 'UTF8'), 'hex') FROM quotes
      WHERE article_id = s.article_id AND speaker_id IS NOT NULL
    UNION SELECT 'xk' || encode(convert_to(regexp_replace(speaker_key, '^.* ', ''), 'UTF8'), 'hex') FROM quotes
      WHERE article_id = s.article_id AND speaker_key <> ''
    UNION SELECT 'xe' || encode(convert_to(type, 'UTF8'), 'hex') FROM events WHERE article_id = s.article_id
    UNION SELECT 'xe' || encode(convert_to(cameo, 'UTF8'), 'hex') FROM events
      WHERE article_id = s.article_id AND cameo <> ''
    UNION SELECT 'xo' || encode(convert_to(outlet, 'UTF8'), 'hex') FROM articles WHERE id = s.article_id
    UNION SELECT 'xm' || encode(convert_to(substr(day, 1, 7), 'UTF8'), 'hex') FROM articles
      WHERE id = s.article_id AND day IS NOT NULL) tags);
CREATE INDEX article_search_tags ON article_search USING GIN (tags)
