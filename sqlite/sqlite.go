// Package sqlite is the embedded store: one file, no server, pure Go
// (modernc.org/sqlite), with FTS5 for full-text search. One connection
// writes; a pool of read-only connections answers queries during writes.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"net/url"
	"runtime"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"sitrep"
	"sitrep/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Store is a sitrep.Store in a SQLite file.
type Store struct {
	*sqlstore.Store
	path string
}

var _ sitrep.Store = (*Store)(nil)

// dialect is SQLite's: FTS5 in a table of its own, date() arithmetic, and
// no write lock (one connection writes).
var dialect = sqlstore.Dialect{
	IndexText: "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
	Search: `SELECT a.doc_id, a.title, a.url, a.published, snippet(articles_fts, 1, '[', ']', '…', 12), bm25(articles_fts)
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts)`,
	SearchArg: sqlstore.FTS5Query,
}

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
	if err := migrate(ctx, w, path); err != nil {
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite", dsn("&_pragma=query_only(1)"))
	if err != nil {
		w.Close()
		return nil, err
	}
	r.SetMaxOpenConns(max(4, runtime.NumCPU()))
	return &Store{Store: sqlstore.New(w, r, dialect), path: path}, nil
}

// migrations returns the embedded migrations in order; migration i brings
// the schema to user_version i+1.
func migrations() ([]string, error) { return sqlstore.Migrations(migrationFiles) }

// SchemaVersion is the schema version this binary writes.
func SchemaVersion() int {
	m, _ := migrations()
	return len(m)
}

func migrate(ctx context.Context, db *sql.DB, path string) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("store %s: %w", path, err)
	}
	if v > len(ms) {
		return sitrep.Errorf(sitrep.EConflict, "store %s has schema version %d, newer than this sitrep supports (%d): use a newer sitrep", path, v, len(ms))
	}
	for i := v; i < len(ms); i++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, ms[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("store %s: migration %d: %w", path, i+1, err)
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

// Analyze refreshes the query planner's statistics; worth running after a
// large ingest.
func (s *Store) Analyze(ctx context.Context) error {
	_, err := s.W.ExecContext(ctx, "ANALYZE")
	return err
}
