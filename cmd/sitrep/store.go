package main

import (
	"context"
	"flag"
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
	return fs.String("store", def, "store: a SQLite file `path` or a postgres:// URL (default $SITREP_STORE or ./sitrep.db)")
}

// openStore opens the store a --store value names.
func openStore(ctx context.Context, spec string) (sitrep.Store, error) {
	if strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://") {
		return openPostgres(ctx, spec)
	}
	return sqlite.Open(ctx, spec)
}
