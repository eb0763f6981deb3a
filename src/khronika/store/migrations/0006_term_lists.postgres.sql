-- Top-weight lists are SQLite's (they are built from FTS5's vocabulary and make
-- its bm25 ranking cheap); PostgreSQL ranks its GIN candidates with ts_rank.
-- The version is kept so both backends share one migration numbering.
SELECT 1
