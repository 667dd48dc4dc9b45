package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalEventsWhy: --why tells, for each missed gold event, what the
// coder did with its words, and counts the reasons; --errors alone keeps
// its listing as it was. A made-up article through the whole pipeline.
func TestEvalEventsWhy(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	gold := `{"id":"w-1","published":"2024-05-20","text":"TEHRAN, May 20 (Sitrep) — Iran summoned the French ambassador on Monday. Iranian officials scowled at Paris.","events":[` +
		`{"source":"IRN","target":"FRA","cameo":"114","status":"occurred","date":"2024-05-20","trigger":"summoned"},` +
		`{"source":"FRA","target":"IRN","cameo":"114","status":"occurred","date":"2024-05-20","trigger":"summoned"},` +
		`{"source":"IRN","target":"FRA","cameo":"111","status":"occurred","date":"2024-05-20","trigger":"scowled"},` +
		`{"source":"IRN","target":"FRA","cameo":"111","status":"occurred","date":"2024-05-19","trigger":"condemned"}]}` + "\n"
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(path, []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := sitrepRun(t, "", "eval", "events", "--why", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"«summoned»  [ok",
		"FRA>IRN 114 occurred 2024-05-20 «summoned»  [MISS coded, other pair: IRN>FRA 114]",
		"«scowled»  [MISS no entry for its words]",
		"«condemned»  [MISS trigger not found in the text]",
		"why missed events were missed:",
		"     1  coded, other pair",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("--why output lacks %q:\n%s", want, out)
		}
	}
	_, plain, _ := sitrepRun(t, "", "eval", "events", "--errors", path)
	if strings.Contains(plain, "why missed") || strings.Contains(plain, "MISS no entry") {
		t.Errorf("--errors alone explains misses:\n%s", plain)
	}
}
