-- Story lists newest first by date (`stories(order="recent")`): the latest publication
-- among a story's articles, then the id, read backwards from this index.
CREATE INDEX IF NOT EXISTS stories_last_seen ON stories (last_seen, id);
