-- See sqlite/migrations/002_query_indexes.sql.
CREATE INDEX events_source_country_date ON events(source_country, date);
CREATE INDEX events_target_country_date ON events(target_country, date);
ALTER TABLE dyad_days ADD COLUMN week TEXT COLLATE "C" NOT NULL DEFAULT '';
UPDATE dyad_days SET week = to_char(date_trunc('week', day::date), 'YYYY-MM-DD') WHERE length(day) = 10;
CREATE INDEX dyad_days_code_country ON dyad_days(source_code, target_country, day);
CREATE INDEX dyad_days_country_code ON dyad_days(source_country, target_code, day);
