-- Articles with their annotations. key is the article's identity (URL, else
-- content-hash id); annotations is the gzip'd annotate JSON without the text.
CREATE TABLE articles (
	id          INTEGER PRIMARY KEY,
	key         TEXT NOT NULL UNIQUE,
	doc_id      TEXT NOT NULL,
	url         TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	published   TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL,
	annotations BLOB NOT NULL,
	tokens      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_doc_id ON articles(doc_id);
CREATE INDEX articles_published ON articles(published);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='porter unicode61');

-- Events merged across articles (GDELT's event table); day is the Julian
-- day number of the event date's first day, for merge windows.
CREATE TABLE events (
	id              INTEGER PRIMARY KEY,
	date            TEXT NOT NULL,
	date_precision  TEXT NOT NULL DEFAULT '',
	day             INTEGER NOT NULL,
	source_code     TEXT NOT NULL,
	source_country  TEXT NOT NULL DEFAULT '',
	source_sector   TEXT NOT NULL DEFAULT '',
	source_name     TEXT NOT NULL DEFAULT '',
	target_code     TEXT NOT NULL DEFAULT '',
	target_country  TEXT NOT NULL DEFAULT '',
	target_sector   TEXT NOT NULL DEFAULT '',
	target_name     TEXT NOT NULL DEFAULT '',
	cameo           TEXT NOT NULL,
	root_code       TEXT NOT NULL,
	plover          TEXT NOT NULL DEFAULT '',
	mode            TEXT NOT NULL DEFAULT '',
	context         TEXT NOT NULL DEFAULT '',
	goldstein       REAL NOT NULL DEFAULT 0,
	quad            INTEGER NOT NULL DEFAULT 0,
	status          TEXT NOT NULL,
	status_at       TEXT NOT NULL DEFAULT '',
	place_name      TEXT NOT NULL DEFAULT '',
	place_geonameid INTEGER NOT NULL DEFAULT 0,
	place_lat       REAL,
	place_lon       REAL,
	place_country   TEXT NOT NULL DEFAULT '',
	mentions        INTEGER NOT NULL DEFAULT 0,
	sources         INTEGER NOT NULL DEFAULT 0,
	articles        INTEGER NOT NULL DEFAULT 0,
	first_article   INTEGER NOT NULL REFERENCES articles(id),
	first_seen      TEXT NOT NULL DEFAULT '',
	sentence        TEXT NOT NULL DEFAULT '',
	trigger         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_merge ON events(source_code, target_code, cameo, day);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_target ON events(target_code, date);
CREATE INDEX events_source_date ON events(source_code, date);
CREATE INDEX events_status_date ON events(status, date);
CREATE INDEX events_cameo_date ON events(cameo, date);
CREATE INDEX events_countries ON events(source_country, target_country, date);

-- One row per article mention of an event (GDELT's mentions table).
CREATE TABLE mentions (
	event_id   INTEGER NOT NULL REFERENCES events(id),
	article_id INTEGER NOT NULL REFERENCES articles(id),
	sentence   INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	status     TEXT NOT NULL,
	rule       TEXT NOT NULL DEFAULT '',
	count      INTEGER NOT NULL DEFAULT 1,
	PRIMARY KEY (event_id, article_id, start)
);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE quotes (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles(id),
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	direct     INTEGER NOT NULL,
	speaker    TEXT NOT NULL DEFAULT '',
	actor      TEXT NOT NULL DEFAULT '',
	published  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_actor ON quotes(actor);

-- Daily rollup kept at ingest so that dyad series do not scan events.
CREATE TABLE dyad_days (
	source_code    TEXT NOT NULL,
	target_code    TEXT NOT NULL,
	source_country TEXT NOT NULL,
	target_country TEXT NOT NULL,
	day            TEXT NOT NULL,
	quad           INTEGER NOT NULL,
	n              INTEGER NOT NULL,
	goldstein_sum  REAL NOT NULL,
	PRIMARY KEY (source_code, target_code, day, quad)
);
CREATE INDEX dyad_days_countries ON dyad_days(source_country, target_country, day);

-- Per-actor counts, kept at ingest for the most-active list.
CREATE TABLE actor_days (
	code      TEXT NOT NULL,
	day       TEXT NOT NULL,
	as_source INTEGER NOT NULL DEFAULT 0,
	as_target INTEGER NOT NULL DEFAULT 0,
	name      TEXT NOT NULL DEFAULT '',
	country   TEXT NOT NULL DEFAULT '',
	sector    TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (code, day)
);
CREATE INDEX actor_days_day ON actor_days(day);
