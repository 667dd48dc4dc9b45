package coder_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep"
	"sitrep/actors"
	"sitrep/coder"
	"sitrep/lemma"
	"sitrep/ner"
	"sitrep/nlp"
	"sitrep/parse"
	"sitrep/pos"
	"sitrep/quote"
	"sitrep/samples"
	"sitrep/timex"
	"sitrep/tokenize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// pipeline builds the real pipeline, or skips when a model does not load
// (a model being retrained, a checkout without model files).
func pipeline(t *testing.T) *nlp.Pipeline {
	t.Helper()
	tagger, err := pos.Load()
	if err != nil {
		t.Skipf("tagger model does not load: %v", err)
	}
	lem, err := lemma.Load()
	if err != nil {
		t.Skipf("lemmatiser does not load: %v", err)
	}
	parser, err := parse.Load()
	if err != nil {
		t.Skipf("parser model does not load: %v", err)
	}
	rec, err := ner.Load()
	if err != nil {
		t.Skipf("NER model does not load: %v", err)
	}
	kb, err := actors.Load()
	if err != nil {
		t.Skipf("actor knowledge base does not load: %v", err)
	}
	c, err := coder.New()
	if err != nil {
		t.Fatal(err)
	}
	// The same components in the same order as cmd/sitrep's pipeline,
	// dateline wrapper included, so that tests see what users get.
	p, err := nlp.New(0, tokenize.New(), tagger, lem, parse.WithDatelines(parser), rec, timex.New(), actors.NewCoder(kb), quote.New(), c.WithKB(kb))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestGoldenSamples codes the sample articles through the whole pipeline
// and compares the events with testdata/samples.golden. The upstream
// models change the output too: after a retrain, review the diff and run
// go test ./coder -run Golden -update.
func TestGoldenSamples(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	var out bytes.Buffer
	sc := bufio.NewScanner(bytes.NewReader(samples.JSONL))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		var a struct {
			ID, Title, Published, Text string
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("samples line %d: %v", line, err)
		}
		d := &sitrep.Document{ID: a.ID, Title: a.Title, Text: a.Text}
		if a.Published != "" {
			var err error
			if d.Published, err = sitrep.ParseDate(a.Published); err != nil {
				t.Fatalf("samples line %d: %v", line, err)
			}
		}
		if err := p.Process(d); err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		fmt.Fprintf(&out, "== %s\n", a.ID)
		for _, e := range d.Events {
			// Actors by country (or IGO code), as events are scored: the
			// sector an upstream model picks is not the coder's concern.
			src, tgt := key(e.Source), key(e.Target)
			fmt.Fprintf(&out, "%s>%s %s %s %s «%s» %s\n", src, tgt, e.CAMEO, e.Status, e.Date, e.Trigger.Text, e.Rule)
			if d.Text[e.Trigger.Start:e.Trigger.End] != e.Trigger.Text {
				t.Errorf("%s: trigger span %d-%d is not %q", a.ID, e.Trigger.Start, e.Trigger.End, e.Trigger.Text)
			}
		}
	}
	path := filepath.Join("testdata", "samples.golden")
	if *update {
		if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got := out.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Errorf("line %d:\n got  %s\n want %s", i+1, g, w)
				break
			}
		}
		t.Log("if the change is intended, review it and run go test ./coder -run Golden -update")
	}
}

func key(a *sitrep.EventActor) string {
	switch {
	case a == nil:
		return "-"
	case a.Country != "":
		return a.Country
	}
	return a.Code
}
