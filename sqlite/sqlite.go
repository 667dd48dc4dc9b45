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
	"net/url"
	"runtime"
	"strings"
	"time"

	"modernc.org/sqlite" // also registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"

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
		// No journal_mode(WAL) here: switching a fresh file to WAL needs
		// the exclusive lock, and SQLite answers SQLITE_BUSY at once
		// instead of waiting, so processes opening one new file together
		// failed. WAL is set once, by useWAL, and persists in the file.
		return "file:" + (&url.URL{Path: path}).EscapedPath() + "?_pragma=busy_timeout(" + fmt.Sprint(busyTimeout.Milliseconds()) + ")&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(ON)" + extra
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

// migrate applies the missing migrations, one transaction each. Each
// transaction takes the write lock first (BEGIN IMMEDIATE) and reads the
// version inside it: processes opening a fresh file together then apply
// each migration once, instead of all reading version 0 and failing on
// tables another one made.
func migrate(ctx context.Context, db *sql.DB, path string) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	// An up-to-date store, the usual case, is opened without the write
	// lock, so that a query does not wait for a running ingest's batch.
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("store %s: %w", path, err)
	}
	if v == len(ms) {
		return useWAL(ctx, db, path)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("store %s: %w", path, err)
	}
	defer conn.Close()
	for {
		done, err := migrateOne(ctx, conn, path, ms)
		if err != nil {
			return err
		}
		if done {
			break
		}
	}
	conn.Close()
	return useWAL(ctx, db, path)
}

// busyTimeout is how long a connection waits for another's lock.
const busyTimeout = 10 * time.Second

// useWAL puts the file in WAL mode (readers do not wait for the writer),
// unless it is in it already. The mode is stored in the file, so this
// switches once per file. The switch needs the exclusive lock, and SQLite
// reports SQLITE_BUSY at once, without calling the busy handler, when
// another connection holds a lock: so it is retried here for up to the
// busy timeout.
func useWAL(ctx context.Context, db *sql.DB, path string) error {
	var mode string
	if err := db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return fmt.Errorf("store %s: %w", path, err)
	}
	if strings.EqualFold(mode, "wal") {
		return nil
	}
	deadline := time.Now().Add(busyTimeout)
	wait := time.Millisecond
	for {
		// A file that cannot be WAL (in memory) answers its own mode,
		// not an error: that is accepted.
		err := db.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode)
		if err == nil {
			return nil
		}
		if !isBusy(err) || time.Now().After(deadline) {
			return fmt.Errorf("store %s: setting WAL mode: %w", path, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 50*time.Millisecond)
	}
}

// isBusy reports whether err is SQLITE_BUSY or one of its extended codes.
func isBusy(err error) bool {
	var e *sqlite.Error
	return errors.As(err, &e) && e.Code()&0xff == sqlite3.SQLITE_BUSY
}

// migrateOne applies the next migration, or reports that there is none.
func migrateOne(ctx context.Context, conn *sql.Conn, path string, ms []string) (done bool, err error) {
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return false, fmt.Errorf("store %s: %w", path, err)
	}
	defer func() {
		if err != nil || done {
			conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
		}
	}()
	var v int
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return false, fmt.Errorf("store %s: %w", path, err)
	}
	if v > len(ms) {
		return false, sitrep.Errorf(sitrep.EConflict, "store %s has schema version %d, newer than this sitrep supports (%d): use a newer sitrep", path, v, len(ms))
	}
	if v == len(ms) {
		return true, nil
	}
	if _, err := conn.ExecContext(ctx, ms[v]); err != nil {
		return false, fmt.Errorf("store %s: migration %d: %w", path, v+1, err)
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
		return false, err
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		return false, fmt.Errorf("store %s: %w", path, err)
	}
	return false, nil
}

// Analyze refreshes the query planner's statistics; worth running after a
// large ingest.
func (s *Store) Analyze(ctx context.Context) error {
	_, err := s.W.ExecContext(ctx, "ANALYZE")
	return err
}
