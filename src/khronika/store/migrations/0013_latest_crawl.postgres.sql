-- A version's latest crawl (review rev21_B M1): `crawled_at` is the crawl that first stored a
-- version (its day and story times); `last_crawled_at` is the latest crawl that saw it, raised
-- when a re-crawl finds it unchanged or brings it back (store/versions.py).  The page's current
-- version is the one of its latest crawl, so the rule reads this column.  It is read as
-- `COALESCE(last_crawled_at, crawled_at)` (sql.LAST_CRAWLED): a row with none (written before,
-- or by older code after this migration) counts at its first crawl, with no full-table UPDATE
-- (review rev22_B M3).  A version an older store brought back gets its latest crawl in Python
-- (`SqlStore._keep_restored_current`, review rev22_B M2).
ALTER TABLE articles ADD COLUMN last_crawled_at TEXT
