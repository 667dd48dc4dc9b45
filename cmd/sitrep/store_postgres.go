package main

import (
	"context"

	"sitrep"
	"sitrep/postgres"
)

func openPostgres(ctx context.Context, url string) (sitrep.Store, error) {
	return postgres.Open(ctx, url)
}
