"""Storage: one interface (`base.Store`), SQLite and PostgreSQL implementations."""
from khronika.store.base import DEFAULT_DB, Store, open_store
from khronika.store.query import Query, parse_query

__all__ = ["DEFAULT_DB", "Store", "open_store", "Query", "parse_query"]
