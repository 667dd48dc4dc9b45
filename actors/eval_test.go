package actors

import (
	"bufio"
	"flag"
	"os"
	"strings"
	"testing"
)

var verbose = flag.Bool("eval.v", false, "print every miss of the evaluation set")

// goldActor is one actor of the evaluation set.
type goldActor struct {
	start, end int
	code       string
}

type evalRow struct {
	line      int
	published string
	text      string
	actors    []goldActor
	ents      []ent
}

// locate finds "text" or "text#2" in s, as whole words.
func locate(s, item string) (int, int, bool) {
	n := 1
	if i := strings.LastIndex(item, "#"); i > 0 {
		if item[i+1:] == "2" {
			n = 2
		}
		item = item[:i]
	}
	letter := func(i int) bool {
		return i >= 0 && i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z')
	}
	seen := 0
	for from := 0; ; {
		i := strings.Index(s[from:], item)
		if i < 0 {
			return 0, 0, false
		}
		a, b := from+i, from+i+len(item)
		from = a + 1
		if letter(a-1) || letter(b) {
			continue
		}
		if seen++; seen == n {
			return a, b, true
		}
	}
}

func readEval(t *testing.T, path string) []evalRow {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []evalRow
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		col := strings.Split(s, "\t")
		for len(col) < 4 {
			col = append(col, "")
		}
		r := evalRow{line: line, published: col[0], text: col[1]}
		for _, it := range strings.Split(col[2], " ; ") {
			span, code, ok := strings.Cut(it, "=")
			if !ok || code == "" {
				t.Fatalf("%s:%d: actors: %q is not span=CODE", path, line, it)
			}
			a, b, ok := locate(r.text, span)
			if !ok {
				t.Fatalf("%s:%d: actors: %q not in the sentence", path, line, span)
			}
			r.actors = append(r.actors, goldActor{a, b, code})
		}
		for _, it := range strings.Split(col[3], " ; ") {
			if it == "" {
				continue
			}
			span, label, ok := strings.Cut(it, "=")
			if !ok {
				t.Fatalf("%s:%d: entities: %q is not span=LABEL", path, line, it)
			}
			r.ents = append(r.ents, ent{text: span, label: label})
		}
		rows = append(rows, r)
	}
	return rows
}

type evalScore struct {
	gold, country, code int
	pred, predHit       int
}

func (s evalScore) countryAcc() float64 { return float64(s.country) / float64(s.gold) }
func (s evalScore) codeAcc() float64    { return float64(s.code) / float64(s.gold) }
func (s evalScore) precision() float64  { return float64(s.predHit) / float64(s.pred) }

// score codes every sentence and compares it with the gold actors: a gold
// actor is matched by the predicted mention that overlaps it most; its
// country is right when the two countries agree (none for IGOs and bare
// sectors).
func score(t *testing.T, c *Coder, rows []evalRow, withEntities bool) evalScore {
	var s evalScore
	for _, r := range rows {
		var ents []ent
		if withEntities {
			ents = r.ents
		}
		doc := makeDoc(t, r.text, r.published, ents...)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		for _, g := range r.actors {
			s.gold++
			best, bestOver := -1, 0
			for i, a := range doc.Actors {
				if over := min(a.End, g.end) - max(a.Start, g.start); over > bestOver {
					best, bestOver = i, over
				}
			}
			wantCountry := ""
			if len(g.code) >= 3 && c.kb.CountryName(g.code[:3]) != "" {
				wantCountry = g.code[:3]
			}
			gotCode, gotCountry := "", "(none)"
			if best >= 0 {
				gotCode, gotCountry = doc.Actors[best].Code, doc.Actors[best].Country
			}
			if gotCountry == wantCountry {
				s.country++
			}
			if gotCode == g.code {
				s.code++
			}
			if *verbose && gotCode != g.code {
				t.Logf("line %d: %q: got %q, want %q", r.line, r.text[g.start:g.end], gotCode, g.code)
			}
		}
		for _, a := range doc.Actors {
			if a.Ref >= 0 && pronouns[strings.ToLower(a.Text)] {
				continue // pronouns are not in the gold set
			}
			s.pred++
			hit := false
			for _, g := range r.actors {
				if a.Start < g.end && g.start < a.End {
					hit = true
					break
				}
			}
			if hit {
				s.predHit++
			} else if *verbose {
				t.Logf("line %d: extra %q=%s", r.line, a.Text, a.Code)
			}
		}
	}
	return s
}

// TestEval scores the coder on testdata/eval.tsv with the named entities a
// perfect NER would give, and without any. The thresholds sit a little
// under the figures recorded in docs/actors.md.
func TestEval(t *testing.T) {
	c := NewCoder(testKB(t))
	rows := readEval(t, "testdata/eval.tsv")
	for _, tt := range []struct {
		name       string
		ents       bool
		minCountry float64
	}{{"with entities", true, 0.90}, {"without entities", false, 0.85}} {
		s := score(t, c, rows, tt.ents)
		t.Logf("%s: %d sentences, %d gold actors: country accuracy %.3f, code accuracy %.3f, precision %.3f (%d mentions)",
			tt.name, len(rows), s.gold, s.countryAcc(), s.codeAcc(), s.precision(), s.pred)
		if s.countryAcc() < tt.minCountry {
			t.Errorf("%s: country accuracy %.3f, want at least %.2f", tt.name, s.countryAcc(), tt.minCountry)
		}
	}
}
