-- Nothing to do on SQLite (PostgreSQL's migration 005 changes column
-- storage); kept so that both stores share version numbers.
SELECT 1;
