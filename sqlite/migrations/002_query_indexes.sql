-- Ordered scans for actor filters at country and code level, and the
-- week of each rollup day kept at ingest so that weekly series group on a
-- column instead of computing dates row by row.
CREATE INDEX events_source_country_date ON events(source_country, date);
CREATE INDEX events_target_country_date ON events(target_country, date);
ALTER TABLE dyad_days ADD COLUMN week TEXT NOT NULL DEFAULT '';
UPDATE dyad_days SET week = date(day, '-' || ((cast(strftime('%w', day) AS integer) + 6) % 7) || ' days') WHERE length(day) = 10;
CREATE INDEX dyad_days_code_country ON dyad_days(source_code, target_country, day);
CREATE INDEX dyad_days_country_code ON dyad_days(source_country, target_code, day);
