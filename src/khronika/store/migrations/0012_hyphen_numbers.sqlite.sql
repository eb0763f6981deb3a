-- A number after a hyphen is a word of its own in the full-text index (review rv20_T M2):
-- SQLite's unicode61 tokenizer already splits "covid-19" into 'covid' and '19'; PostgreSQL's
-- vectors are mended by 0012_hyphen_numbers.postgres.sql.  Nothing to do here.
SELECT 1
