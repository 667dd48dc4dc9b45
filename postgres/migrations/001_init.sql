-- The PostgreSQL schema mirrors the SQLite one (sqlite/migrations); see there for the meaning of
-- each table. Full-text search uses a generated tsvector.
CREATE TABLE articles (
	id          BIGSERIAL PRIMARY KEY,
	key         TEXT COLLATE "C" NOT NULL UNIQUE,
	doc_id      TEXT COLLATE "C" NOT NULL,
	url         TEXT COLLATE "C" NOT NULL DEFAULT '',
	title       TEXT COLLATE "C" NOT NULL DEFAULT '',
	source      TEXT COLLATE "C" NOT NULL DEFAULT '',
	published   TEXT COLLATE "C" NOT NULL DEFAULT '',
	text        TEXT COLLATE "C" NOT NULL,
	annotations BYTEA NOT NULL,
	tokens      INTEGER NOT NULL DEFAULT 0,
	search      tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || text)) STORED
);
CREATE INDEX articles_doc_id ON articles(doc_id);
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE events (
	id              BIGSERIAL PRIMARY KEY,
	date            TEXT COLLATE "C" NOT NULL,
	date_precision  TEXT COLLATE "C" NOT NULL DEFAULT '',
	day             BIGINT NOT NULL,
	source_code     TEXT COLLATE "C" NOT NULL,
	source_country  TEXT COLLATE "C" NOT NULL DEFAULT '',
	source_sector   TEXT COLLATE "C" NOT NULL DEFAULT '',
	source_name     TEXT COLLATE "C" NOT NULL DEFAULT '',
	target_code     TEXT COLLATE "C" NOT NULL DEFAULT '',
	target_country  TEXT COLLATE "C" NOT NULL DEFAULT '',
	target_sector   TEXT COLLATE "C" NOT NULL DEFAULT '',
	target_name     TEXT COLLATE "C" NOT NULL DEFAULT '',
	cameo           TEXT COLLATE "C" NOT NULL,
	root_code       TEXT COLLATE "C" NOT NULL,
	plover          TEXT COLLATE "C" NOT NULL DEFAULT '',
	mode            TEXT COLLATE "C" NOT NULL DEFAULT '',
	context         TEXT COLLATE "C" NOT NULL DEFAULT '',
	goldstein       DOUBLE PRECISION NOT NULL DEFAULT 0,
	quad            INTEGER NOT NULL DEFAULT 0,
	status          TEXT COLLATE "C" NOT NULL,
	status_at       TEXT COLLATE "C" NOT NULL DEFAULT '',
	place_name      TEXT COLLATE "C" NOT NULL DEFAULT '',
	place_geonameid INTEGER NOT NULL DEFAULT 0,
	place_lat       DOUBLE PRECISION,
	place_lon       DOUBLE PRECISION,
	place_country   TEXT COLLATE "C" NOT NULL DEFAULT '',
	mentions        INTEGER NOT NULL DEFAULT 0,
	sources         INTEGER NOT NULL DEFAULT 0,
	articles        INTEGER NOT NULL DEFAULT 0,
	first_article   BIGINT NOT NULL REFERENCES articles(id),
	first_seen      TEXT COLLATE "C" NOT NULL DEFAULT '',
	sentence        TEXT COLLATE "C" NOT NULL DEFAULT '',
	trigger         TEXT COLLATE "C" NOT NULL DEFAULT ''
);
CREATE INDEX events_merge ON events(source_code, target_code, cameo, day);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_target ON events(target_code, date);
CREATE INDEX events_source_date ON events(source_code, date);
CREATE INDEX events_status_date ON events(status, date);
CREATE INDEX events_cameo_date ON events(cameo, date);
CREATE INDEX events_countries ON events(source_country, target_country, date);

CREATE TABLE mentions (
	event_id   BIGINT NOT NULL REFERENCES events(id),
	article_id BIGINT NOT NULL REFERENCES articles(id),
	sentence   INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	status     TEXT COLLATE "C" NOT NULL,
	rule       TEXT COLLATE "C" NOT NULL DEFAULT '',
	count      INTEGER NOT NULL DEFAULT 1,
	PRIMARY KEY (event_id, article_id, start)
);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE quotes (
	id         BIGSERIAL PRIMARY KEY,
	article_id BIGINT NOT NULL REFERENCES articles(id),
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	text       TEXT COLLATE "C" NOT NULL,
	direct     BOOLEAN NOT NULL,
	speaker    TEXT COLLATE "C" NOT NULL DEFAULT '',
	actor      TEXT COLLATE "C" NOT NULL DEFAULT '',
	published  TEXT COLLATE "C" NOT NULL DEFAULT ''
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_actor ON quotes(actor);

CREATE TABLE dyad_days (
	source_code    TEXT COLLATE "C" NOT NULL,
	target_code    TEXT COLLATE "C" NOT NULL,
	source_country TEXT COLLATE "C" NOT NULL,
	target_country TEXT COLLATE "C" NOT NULL,
	day            TEXT COLLATE "C" NOT NULL,
	quad           INTEGER NOT NULL,
	n              INTEGER NOT NULL,
	goldstein_sum  DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (source_code, target_code, day, quad)
);
CREATE INDEX dyad_days_countries ON dyad_days(source_country, target_country, day);

CREATE TABLE actor_days (
	code      TEXT COLLATE "C" NOT NULL,
	day       TEXT COLLATE "C" NOT NULL,
	as_source INTEGER NOT NULL DEFAULT 0,
	as_target INTEGER NOT NULL DEFAULT 0,
	name      TEXT COLLATE "C" NOT NULL DEFAULT '',
	country   TEXT COLLATE "C" NOT NULL DEFAULT '',
	sector    TEXT COLLATE "C" NOT NULL DEFAULT '',
	PRIMARY KEY (code, day)
);
CREATE INDEX actor_days_day ON actor_days(day);
