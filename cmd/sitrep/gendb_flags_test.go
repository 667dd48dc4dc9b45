package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestGenDBRefusesCountsThatNeverEnd: --per-article 0 or below never made
// an event and looped for ever, growing the store (review34 finding 9).
func TestGenDBRefusesCountsThatNeverEnd(t *testing.T) {
	for _, args := range [][]string{
		{"--per-article", "0", "--events", "10"},
		{"--per-article", "-2", "--events", "10"},
		{"--events", "-5"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "g.db")
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			var out, errb strings.Builder
			e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
			code := run(ctx, e, append([]string{"gendb", "--store", db}, args...))
			if code != exitUsage || !strings.Contains(errb.String(), "--per-article") {
				t.Fatalf("exit %d, want %d: %s", code, exitUsage, errb.String())
			}
			if _, err := os.Stat(db); err == nil {
				t.Errorf("the usage error left a store behind")
			}
		})
	}
}
