-- Country-level dyad rollup (sectors summed), so that series between two
-- busy countries read a few thousand rows, and all-time actor totals, so
-- that the most-active list needs no GROUP BY over every day.
CREATE TABLE dyad_country_days (
	source_country TEXT COLLATE "C" NOT NULL,
	target_country TEXT COLLATE "C" NOT NULL,
	day            TEXT COLLATE "C" NOT NULL,
	week           TEXT COLLATE "C" NOT NULL,
	quad           INTEGER NOT NULL,
	n              INTEGER NOT NULL,
	goldstein_sum  DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (source_country, target_country, day, quad)
);
INSERT INTO dyad_country_days SELECT source_country, target_country, day, max(week), quad, sum(n), sum(goldstein_sum)
	FROM dyad_days GROUP BY source_country, target_country, day, quad;
CREATE TABLE actor_totals (
	code      TEXT COLLATE "C" PRIMARY KEY,
	as_source INTEGER NOT NULL DEFAULT 0,
	as_target INTEGER NOT NULL DEFAULT 0,
	total     INTEGER NOT NULL DEFAULT 0,
	name      TEXT COLLATE "C" NOT NULL DEFAULT '',
	country   TEXT COLLATE "C" NOT NULL DEFAULT '',
	sector    TEXT COLLATE "C" NOT NULL DEFAULT ''
);
INSERT INTO actor_totals SELECT code, sum(as_source), sum(as_target), sum(as_source) + sum(as_target), max(name), max(country), max(sector)
	FROM actor_days GROUP BY code;
CREATE INDEX actor_totals_total ON actor_totals(total);
