package main

import (
	"context"

	"sitrep"
)

// openPostgres is replaced when the PostgreSQL store lands (issue 10).
func openPostgres(ctx context.Context, url string) (sitrep.Store, error) {
	return nil, sitrep.Errorf(sitrep.EInvalid, "this sitrep has no PostgreSQL store yet: use a SQLite file path")
}
