package main

import (
	"context"
	"errors"
	"flag"
	"io/fs"
	"os"
	"strings"

	"sitrep"
	"sitrep/sqlite"
)

// storeFlag registers --store on a command that touches stored data.
func storeFlag(fs *flag.FlagSet, e *env) *string {
	def := e.getenv("SITREP_STORE")
	if def == "" {
		def = "sitrep.db"
	}
	// The flag package prints the default itself: the help names only
	// where it comes from.
	return fs.String("store", def, "store: a SQLite file `path` or a postgres:// URL ($SITREP_STORE when set)")
}

// openExistingStore opens the store for a command that only reads it: a
// SQLite file that does not exist is an error naming it, not a new empty
// store made at a mistyped path.
func openExistingStore(ctx context.Context, spec string) (sitrep.Store, error) {
	if !isPostgres(spec) {
		if _, err := os.Stat(spec); errors.Is(err, fs.ErrNotExist) {
			return nil, sitrep.Errorf(sitrep.ENotFound, "store %s does not exist: ingest into it first, or name the store with --store or $SITREP_STORE", spec)
		}
	}
	return openStore(ctx, spec)
}

func isPostgres(spec string) bool {
	return strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://")
}

// openStore opens the store a --store value names.
func openStore(ctx context.Context, spec string) (sitrep.Store, error) {
	if isPostgres(spec) {
		return openPostgres(ctx, spec)
	}
	return sqlite.Open(ctx, spec)
}

// textStore is what the SQL stores offer beyond sitrep.Store: an article's
// stored text, to tell a rerun from a different article sharing an id.
type textStore interface {
	StoredText(ctx context.Context, key string) (string, bool, error)
}

// alreadyStored reports whether d is stored, so that it can be skipped
// before annotating. An article keyed by its id (no URL) whose id is stored
// with other text is not the same article: that is a conflict error
// (sitrep.ArticleConflict), not "already present".
func alreadyStored(ctx context.Context, st sitrep.Store, d *sitrep.Document) (bool, error) {
	key := sitrep.ArticleKey(d)
	ts, ok := st.(textStore)
	if d.URL != "" || !ok {
		return st.HasArticle(ctx, key)
	}
	text, found, err := ts.StoredText(ctx, key)
	if err != nil || !found {
		return false, err
	}
	if text != d.Text {
		return false, sitrep.ArticleConflict(d)
	}
	return true, nil
}
