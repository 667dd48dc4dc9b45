// Package sqlstore is the SQL shared by the SQLite and PostgreSQL stores:
// writing articles and merging their events, and every query. The
// adapters open the database, run their migrations and supply a Dialect
// for what differs (placeholders, full-text search, week arithmetic,
// write locking).
package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"sitrep"
)

// Dialect is what differs between the SQL engines.
type Dialect struct {
	// Dollar placeholders ($1) instead of question marks.
	Dollar bool
	// IndexText, when set, adds an article to the full-text index (args:
	// id, title, text).
	IndexText string
	// Search selects doc_id, title, url, published, snippet and rank of
	// articles matching one argument, best first.
	Search string
	// SearchArg turns user text into the Search argument; "" means the
	// query has nothing to search for.
	SearchArg func(string) string
	// WriteLock, when set, runs first in every write transaction.
	WriteLock string
	// DriverCachesStatements is set when the driver keeps prepared
	// statements across transactions itself (pgx): preparing them again
	// in each transaction would cost two round trips a statement.
	DriverCachesStatements bool
}

// Rebind turns ? placeholders into the dialect's.
func (d *Dialect) Rebind(q string) string {
	if !d.Dollar || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	inStr := false
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'':
			inStr = !inStr
			b.WriteByte(c)
		case c == '?' && !inStr:
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// DB wraps a *sql.DB so that queries written with ? run on either engine.
type DB struct {
	*sql.DB
	d *Dialect
}

func (db DB) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return db.DB.QueryContext(ctx, db.d.Rebind(q), args...)
}

func (db DB) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return db.DB.QueryRowContext(ctx, db.d.Rebind(q), args...)
}

func (db DB) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return db.DB.ExecContext(ctx, db.d.Rebind(q), args...)
}

// Store implements sitrep.Store over two connection pools: W for writes
// (one connection on SQLite), R for reads.
type Store struct {
	W, R DB
	D    Dialect
	// Write, when set, runs fn in a write transaction of the adapter's
	// own making and commits it if fn succeeds (PostgreSQL pipelines the
	// statements); nil means a database/sql transaction on W.
	Write func(ctx context.Context, fn func(WriteTx) error) error
	// MergeWindow is how many days apart two mentions of the same
	// (source, target, code) with day precision may be and still be one
	// event.
	MergeWindow int
}

var _ sitrep.Store = (*Store)(nil)

// New returns a store over the pools; w and r may be the same.
func New(w, r *sql.DB, d Dialect) *Store {
	s := &Store{D: d, MergeWindow: 1}
	s.W, s.R = DB{w, &s.D}, DB{r, &s.D}
	return s
}

// Close closes both pools.
func (s *Store) Close() error {
	err := s.W.Close()
	if s.R.DB != s.W.DB {
		if e := s.R.Close(); err == nil {
			err = e
		}
	}
	return err
}

// HasArticle reports whether an article with this key is stored.
func (s *Store) HasArticle(ctx context.Context, key string) (bool, error) {
	var one int
	err := s.R.QueryRowContext(ctx, "SELECT 1 FROM articles WHERE key = ?", key).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// LinkStored reports whether a feed link is remembered (RememberLink) as
// leading to an article that is stored.
func (s *Store) LinkStored(ctx context.Context, link string) (bool, error) {
	if err := validQuery(link); err != nil {
		return false, err
	}
	var one int
	err := s.R.QueryRowContext(ctx, "SELECT 1 FROM feed_links l JOIN articles a ON a.key = l.key WHERE l.link = ?", link).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// RememberLink records that a feed link leads to the article stored under
// key, for a later LinkStored; a link remembered before is pointed at key.
func (s *Store) RememberLink(ctx context.Context, link, key string) error {
	if err := validQuery(link, key); err != nil {
		return err
	}
	_, err := s.W.ExecContext(ctx, "INSERT INTO feed_links (link, key) VALUES (?, ?) ON CONFLICT (link) DO UPDATE SET key = excluded.key", link, key)
	return err
}

// StoredText returns the text of the article stored under key, and
// whether there is one: callers tell a rerun (same text) from a different
// article that shares an id.
func (s *Store) StoredText(ctx context.Context, key string) (string, bool, error) {
	var text string
	err := s.R.QueryRowContext(ctx, "SELECT text FROM articles WHERE key = ?", key).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return text, err == nil, err
}

// Document returns a stored article by its key, else by its id. Ids need
// not be unique (two pages may share a feed's guid), keys are: the key
// wins, so that every article can be reached; an id shared by several
// articles names the first stored.
func (s *Store) Document(ctx context.Context, id string) (*sitrep.Document, error) {
	if err := validQuery(id); err != nil {
		return nil, err
	}
	var text string
	var ann []byte
	err := s.R.QueryRowContext(ctx, "SELECT text, annotations FROM articles WHERE "+articleMatch("articles")+" ORDER BY id LIMIT 1", id, id, id).Scan(&text, &ann)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, sitrep.Errorf(sitrep.ENotFound, "no article %q in the store", id)
	}
	if err != nil {
		return nil, err
	}
	return decodeDoc(text, ann)
}

// articleMatch is the condition that table's row is the article named by
// a key, else an id (three arguments: the name thrice): its key, or its id
// when no article has that key.
func articleMatch(table string) string {
	return "(" + table + ".key = ? OR (" + table + ".doc_id = ? AND NOT EXISTS (SELECT 1 FROM articles k WHERE k.key = ?)))"
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (sitrep.StoreStats, error) {
	var st sitrep.StoreStats
	err := s.R.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),
		(SELECT coalesce(sum(count),0) FROM mentions), (SELECT count(*) FROM quotes)`).Scan(&st.Articles, &st.Events, &st.Mentions, &st.Quotes)
	return st, err
}

// validQuery refuses query values that are not UTF-8 (or hold a NUL) as
// the user's mistake: PostgreSQL fails the statement on them, which would
// be an internal error (HTTP 500), and no stored text can match them.
func validQuery(vals ...string) error {
	for _, v := range vals {
		if !utf8.ValidString(v) || strings.IndexByte(v, 0) >= 0 {
			return sitrep.Errorf(sitrep.EInvalid, "query %q: not valid UTF-8 text", v)
		}
	}
	return nil
}

// prefixRange turns a code prefix into a half-open range usable with an
// index: "USA" → ["USA", "USB"). The last character, not byte, is
// increased, so that the bound stays valid UTF-8 for PostgreSQL.
func prefixRange(p string) (lo, hi string) {
	p = strings.ToUpper(p)
	if p == "" {
		return "", ""
	}
	r, n := utf8.DecodeLastRuneInString(p)
	next := r + 1
	if next == 0xD800 {
		next = 0xE000 // past the surrogates, which UTF-8 cannot hold
	}
	if r == utf8.RuneError || next > utf8.MaxRune {
		// No next character: every longer string is in range.
		return p, p + string(utf8.MaxRune)
	}
	return p, p[:len(p)-n] + string(next)
}
