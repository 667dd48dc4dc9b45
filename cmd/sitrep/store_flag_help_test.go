package main

import (
	"strings"
	"testing"
)

// TestStoreFlagHelpNamesTheDefaultOnce: the --store help said its default
// twice, once in its text and once as the flag package prints it
// (review34, smaller findings).
func TestStoreFlagHelpNamesTheDefaultOnce(t *testing.T) {
	code, _, errs := sitrepRun(t, "", "events", "-h")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	i := strings.Index(errs, "-store")
	if i < 0 {
		t.Fatalf("no --store in the help:\n%s", errs)
	}
	help := errs[i:]
	if j := strings.Index(help, "\n  -"); j >= 0 {
		help = help[:j]
	}
	if n := strings.Count(help, "default"); n != 1 || !strings.Contains(help, `(default "sitrep.db")`) {
		t.Fatalf("--store help names its default %d times:\n%s", n, help)
	}
}
