-- Khronika store, version 1 (SQLite).  Times are ISO 8601 text; booleans are 0/1.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE runs (
  id INTEGER PRIMARY KEY, command TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT,
  pipeline TEXT, status TEXT NOT NULL
);
CREATE TABLE run_items (
  id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs (id), input TEXT NOT NULL,
  status TEXT NOT NULL, reason TEXT, article_id INTEGER, at TEXT NOT NULL
);
CREATE INDEX run_items_run ON run_items (run_id);
CREATE TABLE raw_pages (
  hash TEXT PRIMARY KEY, source TEXT NOT NULL, kind TEXT NOT NULL, data BLOB NOT NULL,
  is_text INTEGER NOT NULL, url TEXT, crawled_at TEXT, locator TEXT
);
CREATE TABLE stories (
  id INTEGER PRIMARY KEY, title TEXT NOT NULL, first_seen TEXT, last_seen TEXT,
  n_articles INTEGER NOT NULL, n_sources INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  page_key TEXT NOT NULL, version INTEGER NOT NULL, is_current INTEGER NOT NULL,
  raw_hash TEXT NOT NULL, content_hash TEXT NOT NULL,
  outlet TEXT NOT NULL REFERENCES sources (name), input TEXT NOT NULL, url TEXT,
  title TEXT NOT NULL, published TEXT, crawled_at TEXT, day TEXT, language TEXT, lead TEXT,
  article_json TEXT NOT NULL, record_json TEXT NOT NULL, layers TEXT NOT NULL,
  canonical_id INTEGER REFERENCES articles (id), duplicate TEXT, duplicate_score REAL,
  story_id INTEGER NOT NULL REFERENCES stories (id), story_score REAL,
  signature BLOB, features TEXT, vector BLOB,
  pipeline TEXT, ingested_at TEXT NOT NULL,
  UNIQUE (page_key, version), UNIQUE (page_key, raw_hash)
);
CREATE INDEX articles_content ON articles (content_hash);
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_canonical ON articles (canonical_id);
CREATE INDEX articles_day ON articles (day);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE TABLE paragraphs (
  article_id INTEGER NOT NULL REFERENCES articles (id), kind TEXT NOT NULL, idx INTEGER NOT NULL,
  start INTEGER NOT NULL, stop INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article_id, kind, idx)
);
CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT, qid TEXT, known INTEGER NOT NULL);
CREATE TABLE actor_aliases (
  actor_id TEXT NOT NULL REFERENCES actors (id), alias_key TEXT NOT NULL, alias TEXT NOT NULL,
  PRIMARY KEY (actor_id, alias_key)
);
CREATE INDEX actor_aliases_key ON actor_aliases (alias_key);
CREATE TABLE mentions (
  article_id INTEGER NOT NULL REFERENCES articles (id), idx INTEGER NOT NULL, start INTEGER NOT NULL,
  stop INTEGER NOT NULL, text TEXT NOT NULL, type TEXT, normal TEXT, normal_key TEXT, actor_id TEXT,
  source TEXT, PRIMARY KEY (article_id, idx)
);
CREATE INDEX mentions_actor ON mentions (actor_id);
CREATE INDEX mentions_key ON mentions (normal_key);
CREATE TABLE story_quotes (
  id INTEGER PRIMARY KEY, story_id INTEGER NOT NULL REFERENCES stories (id), speaker_key TEXT NOT NULL,
  speaker_id TEXT, speaker_name TEXT, text TEXT NOT NULL
);
CREATE INDEX story_quotes_story ON story_quotes (story_id, speaker_key);
CREATE TABLE quotes (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles (id), idx INTEGER NOT NULL,
  text TEXT NOT NULL, kind TEXT, start INTEGER, stop INTEGER, sentence INTEGER, cue TEXT,
  speaker_id TEXT, speaker_name TEXT, speaker_key TEXT, speaker_text TEXT,
  negated INTEGER NOT NULL, hedged INTEGER NOT NULL, record TEXT NOT NULL,
  story_quote_id INTEGER REFERENCES story_quotes (id), UNIQUE (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes (speaker_id);
CREATE INDEX quotes_speaker_key ON quotes (speaker_key);
CREATE TABLE story_events (
  id INTEGER PRIMARY KEY, story_id INTEGER NOT NULL REFERENCES stories (id), key TEXT NOT NULL,
  type TEXT NOT NULL, cameo TEXT, source TEXT, target TEXT, date TEXT
);
CREATE INDEX story_events_story ON story_events (story_id, key);
CREATE TABLE events (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles (id), idx INTEGER NOT NULL,
  type TEXT NOT NULL, cameo TEXT, mode TEXT, trigger TEXT, start INTEGER, stop INTEGER, sentence INTEGER,
  evidence TEXT, date TEXT, source_actors TEXT NOT NULL, target_actors TEXT NOT NULL,
  negated INTEGER NOT NULL, hypothetical INTEGER NOT NULL, reported_by TEXT, quote_idx INTEGER,
  confidence REAL, record TEXT NOT NULL, story_event_id INTEGER REFERENCES story_events (id),
  UNIQUE (article_id, idx)
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_cameo ON events (cameo);
CREATE TABLE event_actors (
  article_id INTEGER NOT NULL REFERENCES articles (id), event_idx INTEGER NOT NULL, role TEXT NOT NULL,
  actor_id TEXT, name TEXT, name_key TEXT
);
CREATE INDEX event_actors_event ON event_actors (article_id, event_idx);
CREATE INDEX event_actors_actor ON event_actors (actor_id);
CREATE TABLE related (
  article_id INTEGER NOT NULL REFERENCES articles (id), idx INTEGER NOT NULL, title TEXT NOT NULL,
  time_text TEXT, published TEXT, url TEXT, PRIMARY KEY (article_id, idx)
);
CREATE TABLE lsh_bands (
  band INTEGER NOT NULL, key TEXT NOT NULL, article_id INTEGER NOT NULL REFERENCES articles (id),
  PRIMARY KEY (band, key, article_id)
);
-- Full text over lemmas (pymorphy3 normal forms), one row per current article (rowid = articles.id).
CREATE VIRTUAL TABLE article_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 0');
