// Package postgres is the shared store for many workers: the same schema
// and SQL as the embedded store (internal/sqlstore) on PostgreSQL through
// pgx, with full-text search on a generated tsvector and a transaction
// lock that serialises event merging across workers.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5/stdlib"

	"sitrep"
	"sitrep/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Store is a sitrep.Store in a PostgreSQL database.
type Store struct {
	*sqlstore.Store
}

var _ sitrep.Store = (*Store)(nil)

// lockKey is the advisory lock that write transactions take.
const lockKey = 7283

var dialect = sqlstore.Dialect{
	Dollar: true,
	Search: `SELECT a.doc_id, a.title, a.url, a.published,
		ts_headline('english', a.text, q, 'StartSel=[, StopSel=], MaxFragments=1, MaxWords=14, MinWords=6'),
		-ts_rank(a.search, q)
		FROM articles a, websearch_to_tsquery('english', ?) q WHERE a.search @@ q ORDER BY ts_rank(a.search, q) DESC, a.id`,
	SearchArg:              strings.TrimSpace,
	WriteLock:              fmt.Sprintf("SELECT pg_advisory_xact_lock(%d)", lockKey),
	DriverCachesStatements: true,
}

// Open connects to the database at url (postgres://...) and brings its
// schema up to date; a database made by a newer sitrep is refused.
func Open(ctx context.Context, url string) (*Store, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	db.SetMaxOpenConns(16)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{Store: sqlstore.New(db, db, dialect)}, nil
}

var _ = stdlib.GetDefaultDriver // registers the "pgx" database/sql driver

func migrations() ([]string, error) { return sqlstore.Migrations(migrationFiles) }

// migrate applies the missing migrations under an advisory lock, so that
// workers starting together do not race.
func migrate(ctx context.Context, db *sql.DB) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(7284)"); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS sitrep_schema (version INTEGER NOT NULL)"); err != nil {
		return err
	}
	var v int
	err = tx.QueryRowContext(ctx, "SELECT version FROM sitrep_schema").Scan(&v)
	if err == sql.ErrNoRows {
		if _, err := tx.ExecContext(ctx, "INSERT INTO sitrep_schema VALUES (0)"); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	if v > len(ms) {
		return sitrep.Errorf(sitrep.EConflict, "postgres store has schema version %d, newer than this sitrep supports (%d): use a newer sitrep", v, len(ms))
	}
	for i := v; i < len(ms); i++ {
		if _, err := tx.ExecContext(ctx, ms[i]); err != nil {
			return fmt.Errorf("postgres: migration %d: %w", i+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, "UPDATE sitrep_schema SET version = $1", len(ms)); err != nil {
		return err
	}
	return tx.Commit()
}

// Analyze refreshes the planner's statistics.
func (s *Store) Analyze(ctx context.Context) error {
	_, err := s.W.ExecContext(ctx, "ANALYZE")
	return err
}
