-- What storing an article costs PostgreSQL (docs/scaleout.md).
--
-- Foreign keys: each inserted quote, mention and event ran a trigger that
-- looked its parent up again, a query of its own (a tenth of the backend's
-- time). Rows are written only by PutDocuments, which inserts the article
-- and events before what refers to them in the same transaction, and no
-- row is ever deleted, so the checks could never fail.
ALTER TABLE quotes DROP CONSTRAINT IF EXISTS quotes_article_id_fkey;
ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_event_id_fkey;
ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_article_id_fkey;
ALTER TABLE events DROP CONSTRAINT IF EXISTS events_first_article_fkey;
-- The article text and its tsvector are compressed by TOAST; lz4 costs a
-- fraction of the default pglz's CPU for a similar size. A server built
-- without lz4 keeps pglz.
DO $$
BEGIN
	EXECUTE 'ALTER TABLE articles ALTER COLUMN text SET COMPRESSION lz4, ALTER COLUMN search SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
	NULL;
END $$;
