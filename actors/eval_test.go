package actors

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var verbose = flag.Bool("eval.v", false, "print every miss of the evaluation set")

func readEvalFile(t *testing.T, path string) []EvalSentence {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := ReadEval(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestEval scores the coder on testdata/eval.tsv, tokenized by the
// package's own word splitter, with the named entities a perfect NER would
// give and without any. The thresholds sit a little under the figures
// recorded in docs/actors.md; `sitrep eval actors` runs the real pipeline.
func TestEval(t *testing.T) {
	c := NewCoder(testKB(t))
	for _, tt := range []struct {
		file, name string
		ents       bool
		minCountry float64
	}{
		{"testdata/eval.tsv", "with entities", true, 0.90},
		{"testdata/eval.tsv", "without entities", false, 0.90},
		// The held-back set: scored, never tuned on.
		{"testdata/test.tsv", "with entities", true, 0.90},
		{"testdata/test.tsv", "without entities", false, 0.90},
	} {
		rows := readEvalFile(t, tt.file)
		var s Score
		for _, r := range rows {
			var ents []ent
			if tt.ents {
				for _, e := range r.Entities {
					ents = append(ents, ent{text: e.Text, label: e.Label, n: strings.Count(r.Text[:e.Start], e.Text)})
				}
			}
			doc := makeDoc(t, r.Text, r.Published.Format("2006-01-02"), ents...)
			if err := c.Process(doc); err != nil {
				t.Fatal(err)
			}
			for _, m := range s.Add(c.kb, r, doc.Actors) {
				if *verbose {
					t.Logf("line %d: %q: got %q, want %q", m.Line, m.Text, m.Got, m.Want)
				}
			}
		}
		t.Logf("%s %s: %d sentences, %d gold actors: country accuracy %.3f, code accuracy %.3f, precision %.3f (%d mentions)",
			tt.file, tt.name, len(rows), s.Gold, s.CountryAccuracy(), s.CodeAccuracy(), s.Precision(), s.Mentions)
		if s.CountryAccuracy() < tt.minCountry {
			t.Errorf("%s %s: country accuracy %.3f, want at least %.2f", tt.file, tt.name, s.CountryAccuracy(), tt.minCountry)
		}
	}
}

func TestReadEvalErrors(t *testing.T) {
	for in, want := range map[string]string{
		"2024-01-01\tA b.":                      "e.tsv:1: 2 columns",
		"2024-13-01\tA b.\tA=USA":               "e.tsv:1: published",
		"2024-01-01\tA b.\tA":                   "e.tsv:1: actors: \"A\" is not span=CODE",
		"2024-01-01\tA b.\tC=USA":               "e.tsv:1: actors: \"C\" is not in the sentence",
		"2024-01-01\tA b.\tA=USA\tb=":           "e.tsv:1: entities",
		"#\n\n2024-01-01\tA b.\tA=USA\tA#2=LOC": "e.tsv:3: entities: \"A#2\" is not in the sentence",
	} {
		_, err := ReadEval(strings.NewReader(in), "e.tsv")
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("ReadEval(%q) error %v, want %q", in, err, want)
		}
	}
}

func TestLocate(t *testing.T) {
	s := "Ethiopian troops left Ethiopia and Ethiopia#x."
	for item, want := range map[string]int{"Ethiopia": 22, "Ethiopia#2": 35, "troops": 10} {
		if a, _, ok := locate(s, item); !ok || a != want {
			t.Errorf("locate(%q) = %d, %v; want %d", item, a, ok, want)
		}
	}
}

func FuzzReadEval(f *testing.F) {
	f.Add("2024-01-01\tRussian troops left Kyiv.\tRussian troops=RUSMIL\tKyiv=LOC\n")
	f.Add("#c\n\n\tA a.\tA#2=X\n")
	f.Fuzz(func(t *testing.T, s string) {
		rows, err := ReadEval(strings.NewReader(s), "fuzz.tsv")
		if err != nil {
			return
		}
		for _, r := range rows {
			for _, a := range r.Actors {
				if a.Start < 0 || a.End > len(r.Text) || a.Start >= a.End {
					t.Fatalf("span %d:%d in %q", a.Start, a.End, r.Text)
				}
			}
		}
	})
}
