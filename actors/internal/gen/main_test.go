package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"sitrep/internal/shareddata"
)

// The committed country table must be what the generator makes of the
// shared gazetteer, so that nobody edits it by hand.
func TestCommittedTableIsGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the shared gazetteer")
	}
	info := shareddata.Need(t, "data/gazetteer/countryInfo_2025.tsv")
	ewt := shareddata.Need(t, "data/ud-english-ewt/en_ewt-ud-train.conllu")
	out := filepath.Join(t.TempDir(), "countries.tsv")
	if err := run(filepath.Dir(info), ewt, "../../../ner/data/firstnames.txt", out, 500000); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../data/countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("actors/data/countries.tsv differs from the generator's output: rerun go run ./actors/internal/gen")
	}
}
