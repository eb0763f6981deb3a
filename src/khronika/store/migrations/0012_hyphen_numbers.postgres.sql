-- A number after a hyphen is a word of its own in the full-text index (review rv20_T M2).
-- PostgreSQL's parser reads "-19" in "covid-19" (and "евро-2020", "су-57", "10-15",
-- "1995-1997гг") as a signed integer, the lexeme '-19', which the query `19` or "COVID 19"
-- never met; SQLite's tokenizer splits at the hyphen, so it found them.  `khronika_unsign`
-- gives such a lexeme its number ('-19' → '19', positions and weights kept, merged with the
-- number's own lexeme); the index (store/postgres.py `_fts_write`) and the query
-- (`khronika_query`: the lexemes `plainto_tsquery` would AND, unsigned) both go through it.
-- Compound words keep their tokens ('санкт-петербург', 'ил-18в' and their parts).  The
-- stored vectors holding a signed number are rewritten by the same function (the GIN index
-- finds them: only they are read and written).
CREATE FUNCTION khronika_unsign(v tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN NOT v @@ '''-'':*'::tsquery THEN v ELSE (
    SELECT coalesce(string_agg(
             '''' || replace(replace(CASE WHEN u.lexeme ~ '^-[0-9]' THEN substr(u.lexeme, 2) ELSE u.lexeme END,
                                     '\', '\\'), '''', '''''') || ''''
             || coalesce(':' || (SELECT string_agg(x.p::text || x.w, ',' ORDER BY x.p)
                                 FROM unnest(u.positions, u.weights) AS x(p, w)), ''),
             ' '), '')::tsvector
    FROM unnest(v) AS u) END
$$;
CREATE FUNCTION khronika_query(q text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(string_agg('''' || replace(replace(l, '\', '\\'), '''', '''''') || '''', ' & '), '')::tsquery
  FROM unnest(tsvector_to_array(khronika_unsign(to_tsvector('russian', q)))) AS l
$$;
UPDATE article_search SET fts = khronika_unsign(fts) WHERE fts @@ '''-'':*'::tsquery;
