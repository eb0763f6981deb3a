-- A version's latest crawl (review rev21_B M1): `crawled_at` is the crawl that first stored a
-- version (its day and story times); `last_crawled_at` is the latest crawl that saw it, raised
-- when a re-crawl finds it unchanged or brings it back (store/versions.py).  The page's current
-- version is the one of its latest crawl, so the rule reads this column.  Stores written before
-- kept no later crawl: each version's latest crawl is its first.
ALTER TABLE articles ADD COLUMN last_crawled_at TEXT;
UPDATE articles SET last_crawled_at = crawled_at
