// Package sqlite is the embedded store: one file, no server, pure Go
// (modernc.org/sqlite), with FTS5 for full-text search. One connection
// writes; a pool of read-only connections answers queries during writes.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"runtime"
	"sort"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"sitrep"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Store is a sitrep.Store in a SQLite file.
type Store struct {
	w, r *sql.DB
	path string
	// MergeWindow is how many days apart two mentions of the same
	// (source, target, code) with day precision may be and still be one
	// event.
	MergeWindow int
}

var _ sitrep.Store = (*Store)(nil)

// Open opens or creates the database at path and brings its schema up to
// date. A database made by a newer sitrep is refused.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, sitrep.Errorf(sitrep.EInvalid, "store: empty path")
	}
	dsn := func(extra string) string {
		return "file:" + (&url.URL{Path: path}).EscapedPath() + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(ON)" + extra
	}
	w, err := sql.Open("sqlite", dsn(""))
	if err != nil {
		return nil, err
	}
	w.SetMaxOpenConns(1)
	s := &Store{w: w, path: path, MergeWindow: 1}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite", dsn("&_pragma=query_only(1)"))
	if err != nil {
		w.Close()
		return nil, err
	}
	r.SetMaxOpenConns(max(4, runtime.NumCPU()))
	s.r = r
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	err := s.w.Close()
	if s.r != nil {
		if e := s.r.Close(); err == nil {
			err = e
		}
	}
	return err
}

// migrations returns the embedded migrations in order; migration i brings
// the schema to user_version i+1.
func migrations() ([]string, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []string
	for _, n := range names {
		b, err := migrationFiles.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	return out, nil
}

// SchemaVersion is the schema version this binary writes.
func SchemaVersion() int {
	m, _ := migrations()
	return len(m)
}

func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	var v int
	if err := s.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("store %s: %w", s.path, err)
	}
	if v > len(ms) {
		return sitrep.Errorf(sitrep.EConflict, "store %s has schema version %d, newer than this sitrep supports (%d): use a newer sitrep", s.path, v, len(ms))
	}
	for i := v; i < len(ms); i++ {
		tx, err := s.w.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, ms[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("store %s: migration %d: %w", s.path, i+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// HasArticle reports whether an article with this key is stored.
func (s *Store) HasArticle(ctx context.Context, key string) (bool, error) {
	var one int
	err := s.r.QueryRowContext(ctx, "SELECT 1 FROM articles WHERE key = ?", key).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// Document returns a stored article by its id or key.
func (s *Store) Document(ctx context.Context, id string) (*sitrep.Document, error) {
	var text string
	var ann []byte
	err := s.r.QueryRowContext(ctx, "SELECT text, annotations FROM articles WHERE doc_id = ? OR key = ? ORDER BY id LIMIT 1", id, id).Scan(&text, &ann)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, sitrep.Errorf(sitrep.ENotFound, "no article %q in the store", id)
	}
	if err != nil {
		return nil, err
	}
	return decodeDoc(text, ann)
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (sitrep.StoreStats, error) {
	var st sitrep.StoreStats
	err := s.r.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),
		(SELECT coalesce(sum(count),0) FROM mentions), (SELECT count(*) FROM quotes)`).Scan(&st.Articles, &st.Events, &st.Mentions, &st.Quotes)
	return st, err
}

// Analyze refreshes the query planner's statistics; worth running after a
// large ingest.
func (s *Store) Analyze(ctx context.Context) error {
	_, err := s.w.ExecContext(ctx, "ANALYZE")
	return err
}

// prefixRange turns a code prefix into a half-open range usable with an
// index: "USA" → ["USA", "USB").
func prefixRange(p string) (lo, hi string) {
	p = strings.ToUpper(p)
	if p == "" {
		return "", ""
	}
	b := []byte(p)
	b[len(b)-1]++
	return p, string(b)
}
