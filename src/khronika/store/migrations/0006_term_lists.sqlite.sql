-- Top-weight lists (khronika/store/toplists.py): for each word at least
-- MIN_DF articles contain, the LIST_SIZE articles where it weighs most, so a
-- search reads a few hundred rows instead of scoring every match.
-- `bound` is raised when a listed article leaves the index (no article outside
-- the list weighs more than max(bound, the list's lowest weight)).
-- Built from the full-text index when the store is opened after this migration
-- (SqliteStore.refresh_search_lists), kept up to date by every write.
CREATE TABLE term_lists (lemma TEXT PRIMARY KEY, df INTEGER NOT NULL, bound REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE term_top (
  lemma TEXT NOT NULL, article_id INTEGER NOT NULL, weight REAL NOT NULL,
  PRIMARY KEY (lemma, article_id)) WITHOUT ROWID;
CREATE INDEX term_top_weight ON term_top (lemma, weight, article_id)
