-- Annotations are gzip'd already: storing them without TOAST compression
-- saves PostgreSQL a compression attempt that cannot succeed.
ALTER TABLE articles ALTER COLUMN annotations SET STORAGE EXTERNAL;
