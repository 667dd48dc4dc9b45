package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestStatusFlagIsChecked: a mistyped --status is a usage error naming
// the statuses, not an empty listing with exit 0 (review34 finding 6).
func TestStatusFlagIsChecked(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	if code, _, errs := sitrepRun(t, "", "ingest", "--store", db, manyArticles(t, 2)); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"events", "--status", "planed"}, exitUsage, "use occurred, planned"},
		{[]string{"export", "--status", "Occurred"}, exitUsage, "use occurred, planned"},
		{[]string{"calendar", "--status", "planed"}, exitUsage, "use occurred, planned"},
		{[]string{"calendar", "--status", "occurred"}, exitUsage, "planned events only"},
		{[]string{"events", "--status", "occurred"}, exitOK, ""},
		{[]string{"calendar", "--status", "planned", "--from", "2024-01-01"}, exitOK, ""},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, _, errs := sitrepRun(t, "", append(tc.args, "--store", db)...)
			if code != tc.code || !strings.Contains(errs, tc.want) {
				t.Fatalf("exit %d, want %d with %q: %s", code, tc.code, tc.want, errs)
			}
		})
	}
}
