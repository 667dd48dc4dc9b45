package main

import (
	"context"
	"fmt"
	"strings"

	"sitrep/models"
)

const version = "0.1.0-dev"

func cmdVersion(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "version", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	// A write that fails (a full disk, a closed pipe) is the command's
	// failure: a script must not take an empty answer for one.
	_, err := fmt.Fprintf(e.stdout, "sitrep %s\nmodels: %s\n", version, strings.Join(models.List(), ", "))
	return err
}
