-- Look up a page by its bytes alone (`ingest` skips unchanged pages before extraction).
CREATE INDEX articles_raw_hash ON articles (raw_hash);
