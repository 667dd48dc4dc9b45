package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUsageErrorsComeFirst: a mistake on the command line is exit 2 and
// leaves nothing behind: no new empty store, no period the store refuses
// as an internal failure (review34 finding 8).
func TestUsageErrorsComeFirst(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("Iran threatened Iraq on Tuesday.\n"), 0o644)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"ingest", []string{"ingest", "--dct", "2024-3-1", in}, "--dct"},
		{"ingest input", []string{"ingest", "--input", "pdf", in}, "--input"},
		{"watch", []string{"watch", "--once", "--dct", "2024-3-1", "http://127.0.0.1:1/feed"}, "--dct"},
		{"dyad", []string{"dyad", "USA", "CHN", "--by", "fortnight"}, "--by"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(dir, tc.name+".db")
			code, _, errs := sitrepRun(t, "", append(tc.args, "--store", db)...)
			if code != exitUsage || !strings.Contains(errs, tc.want) {
				t.Fatalf("exit %d, want %d with %q: %s", code, exitUsage, tc.want, errs)
			}
			if _, err := os.Stat(db); err == nil {
				t.Errorf("the usage error left a store %s behind", db)
			}
		})
	}
}
