package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestErrorLinesAreClean: on a stderr that is no terminal (a log
// file) the error lines carry no carriage return meant to wipe a progress
// counter that is not drawn there (review34, smaller findings).
func TestIngestErrorLinesAreClean(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(`{"id":"a","published":"2024-03-14","text":"Russia attacked Ukraine."}
{"id":"b", broken
`), 0o644)
	code, _, errs := sitrepRun(t, "", "ingest", "--store", filepath.Join(dir, "s.db"), in)
	if code != exitFailed || !strings.Contains(errs, "in.jsonl:2") {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.Contains(errs, "\r") {
		t.Fatalf("stderr has a carriage return: %q", errs)
	}
}
