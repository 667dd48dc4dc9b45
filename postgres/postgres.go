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
	"time"

	"github.com/jackc/pgx/v5"
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
	s := &Store{Store: sqlstore.New(db, db, dialect)}
	s.Write = s.write
	return s, nil
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

// write runs fn in a transaction whose statements go out pipelined: the
// ones whose results are not needed wait and go with the next query or
// the commit, in one round trip. An article is a few dozen statements;
// one round trip each cost PostgreSQL and the worker more CPU in socket
// calls than the statements themselves.
func (s *Store) write(ctx context.Context, fn func(sqlstore.WriteTx) error) error {
	c, err := s.W.DB.Conn(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	return c.Raw(func(dc any) error {
		sc, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("postgres: unexpected driver connection %T", dc)
		}
		t := &pipeTx{conn: sc.Conn(), d: &s.D, batch: new(pgx.Batch)}
		t.batch.Queue("BEGIN")
		err := fn(t)
		if err == nil {
			t.batch.Queue("COMMIT")
			err = t.flush(ctx, nil)
		}
		if err != nil {
			t.rollback()
		}
		return err
	})
}

// pipeTx is a sqlstore.WriteTx that holds statements back until a query
// needs an answer.
type pipeTx struct {
	conn  *pgx.Conn
	d     *sqlstore.Dialect
	batch *pgx.Batch
}

func (t *pipeTx) Exec(ctx context.Context, q string, args ...any) error {
	t.batch.Queue(t.d.Rebind(q), args...)
	return nil
}

func (t *pipeTx) QueryRow(ctx context.Context, q string, args ...any) sqlstore.Row {
	return pipeRow{t: t, ctx: ctx, q: t.d.Rebind(q), args: args}
}

// pipeRow sends the held statements and its query when it is scanned.
type pipeRow struct {
	t    *pipeTx
	ctx  context.Context
	q    string
	args []any
}

func (r pipeRow) Scan(dest ...any) error {
	r.t.batch.Queue(r.q, r.args...)
	return r.t.flush(r.ctx, dest)
}

// flush sends the held statements in one batch and reads their results;
// with dest, the last statement is a query whose one row is scanned into
// it. The first error wins: after it the server skips the rest.
func (t *pipeTx) flush(ctx context.Context, dest []any) error {
	n := t.batch.Len()
	if n == 0 {
		return nil
	}
	// The results refer to the batch: start a new one, not reset it.
	br := t.conn.SendBatch(ctx, t.batch)
	t.batch = new(pgx.Batch)
	var first error
	execs := n
	if dest != nil {
		execs--
	}
	for range execs {
		if _, err := br.Exec(); err != nil && first == nil {
			first = err
		}
	}
	if dest != nil {
		err := br.QueryRow().Scan(dest...)
		if first == nil {
			first = err
		}
	}
	if err := br.Close(); err != nil && first == nil {
		first = err
	}
	return first
}

// rollback ends a failed transaction; a connection that cannot is closed,
// so that the pool drops it instead of lending out an aborted transaction.
func (t *pipeTx) rollback() {
	if t.conn.IsClosed() {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := t.conn.Exec(ctx, "ROLLBACK"); err != nil {
		t.conn.Close(ctx)
	}
}
