package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWorkersFlagIsChecked: a negative -j is a usage error, not a panic
// making a channel of negative size (review34 finding 7); 0 means one
// worker per CPU.
func TestWorkersFlagIsChecked(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("Iran threatened Iraq on Tuesday.\n"), 0o644)
	db := filepath.Join(dir, "j.db")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"annotate", "-j", "-1", in}, exitUsage, "-j -1"},
		{[]string{"ingest", "-j", "-3", "--store", db, in}, exitUsage, "-j -3"},
		{[]string{"watch", "--once", "-j", "-2", "--store", db, "http://127.0.0.1:1/feed"}, exitUsage, "-j -2"},
		{[]string{"annotate", "-j", "0", in}, exitOK, ""},
	} {
		t.Run(strings.Join(tc.args[:3], " "), func(t *testing.T) {
			code, _, errs := sitrepRun(t, "", tc.args...)
			if code != tc.code || !strings.Contains(errs, tc.want) || strings.Contains(errs, "internal error") {
				t.Fatalf("exit %d, want %d with %q: %s", code, tc.code, tc.want, errs)
			}
		})
	}
}
