package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGDELTRowsKeepTheirColumns: names and URLs with tabs or line breaks
// in them leave every row of the GDELT export one line of 61 fields
// (review34 finding 4: "IRAQI\ngovernment" split a row in two).
func TestGDELTRowsKeepTheirColumns(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "w.jsonl")
	os.WriteFile(in, []byte(`{"id":"g1","published":"2024-03-20","url":"http://example.org/a\tb","text":"Iran threatened the Iraqi\ngovernment on Monday."}
{"id":"g2","published":"2024-03-20","url":"http://example.org/c","text":"North\tKorea condemned Japan on Monday."}
`), 0o644)
	db := filepath.Join(dir, "g.db")
	if code, _, errs := sitrepRun(t, "", "ingest", "--store", db, in); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	code, out, errs := sitrepRun(t, "", "export", "--format", "gdelt", "--store", db)
	if code != exitOK {
		t.Fatalf("export: %d %s", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) < 2 {
		t.Fatalf("want two events, got:\n%s", out)
	}
	for i, l := range lines {
		if n := len(strings.Split(l, "\t")); n != len(gdeltColumns) {
			t.Errorf("row %d has %d fields, want %d: %q", i+1, n, len(gdeltColumns), l)
		}
	}
}
