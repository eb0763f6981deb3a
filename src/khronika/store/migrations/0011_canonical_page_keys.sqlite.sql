-- Page keys become canonical URLs (store/sql.py `page_key_of`, review rv19_U M3): the variants
-- of one address (http/https, `www.`, host case, trailing slash, `#fragment`, `utm_*` and other
-- tracking parameters) are one page.  The keys are recomputed, and pages that now share a key
-- merged into one chain of versions, by `SqlStore._rekey_pages`, in this migration's
-- transaction, after the statement below (the keys' canonical form is Python's, one function
-- for both backends).  Nothing is deleted.
SELECT 1
