-- Stored times compared by their instant, not as text (store/sql.py `instant_key`): of
-- "2022-01-28T23:30:00+00:00" and "2022-01-29T01:00:00+03:00" the second is the earlier,
-- though it sorts after the first as text.  Written beside the times as the pages wrote
-- them (those stay what is shown): `articles.seen_utc`, the UTC instant of the publication
-- time, else the crawl time, as "YYYY-MM-DDTHH:MM:SSZ" (a time without an offset, and a date
-- alone, is Moscow time); `stories.last_seen_utc`, the latest of its current articles', which
-- the "recent" story order reads from its index.  A story's first_seen / last_seen are the
-- times (as written) of its earliest / latest article by instant; they were the smallest /
-- largest text.  `khronika_instant` is `instant_key`, registered by the store on its connection.
ALTER TABLE articles ADD COLUMN seen_utc TEXT;
ALTER TABLE stories ADD COLUMN last_seen_utc TEXT;
UPDATE articles SET seen_utc = khronika_instant(COALESCE(published, crawled_at))
WHERE COALESCE(published, crawled_at) IS NOT NULL;
UPDATE stories SET
  first_seen = (SELECT COALESCE(a.published, a.crawled_at) FROM articles a
                WHERE a.story_id = stories.id AND a.is_current = 1 AND a.seen_utc IS NOT NULL
                ORDER BY a.seen_utc, a.id LIMIT 1),
  last_seen = (SELECT COALESCE(a.published, a.crawled_at) FROM articles a
               WHERE a.story_id = stories.id AND a.is_current = 1 AND a.seen_utc IS NOT NULL
               ORDER BY a.seen_utc DESC, a.id DESC LIMIT 1),
  last_seen_utc = (SELECT MAX(a.seen_utc) FROM articles a WHERE a.story_id = stories.id AND a.is_current = 1);
DROP INDEX IF EXISTS stories_last_seen;
CREATE INDEX stories_last_seen_utc ON stories (last_seen_utc, id);
