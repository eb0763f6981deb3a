-- A story's source count (stories.n_sources) counts an article whose outlet is
-- unknown (a file without a URL) as a source of its own, as store/sql.py
-- `source_key` / `SOURCE_KEY_SQL` now do for new writes; stories written
-- before are recounted once here.  Only stories with such an article can change.
UPDATE stories SET n_sources = (
  SELECT COUNT(DISTINCT CASE WHEN a.outlet = 'unknown' THEN 'unknown#' || CAST(a.id AS TEXT) ELSE a.outlet END)
  FROM articles a WHERE a.story_id = stories.id AND a.is_current = 1)
WHERE id IN (SELECT story_id FROM articles WHERE outlet = 'unknown' AND story_id IS NOT NULL);
