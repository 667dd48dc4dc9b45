package timex

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep"
	"sitrep/tokenize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden tags a news text written for these tests. The first line of
// each .input file is the publication date; the .golden file lists one
// expression a line: start, end, type, value, mod, text.
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*.input"))
	if len(inputs) == 0 {
		t.Fatal("no testdata/*.input")
	}
	for _, in := range inputs {
		b, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		first, text, _ := strings.Cut(string(b), "\n")
		published, err := time.Parse("2006-01-02", first)
		if err != nil {
			t.Fatalf("%s:1: %v", in, err)
		}
		doc := &sitrep.Document{Text: text, Published: published}
		var out strings.Builder
		for _, x := range Find(doc) {
			fmt.Fprintf(&out, "%d\t%d\t%s\t%s\t%s\t%s\n", x.Start, x.End, x.Type, x.Value, x.Mod, x.Text)
		}
		golden := strings.TrimSuffix(in, ".input") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if out.String() != string(want) {
			t.Errorf("%s differs from %s:\n%s", in, golden, out.String())
		}
	}
}

func BenchmarkFind(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "news.input"))
	if err != nil {
		b.Fatal(err)
	}
	_, text, _ := strings.Cut(string(raw), "\n")
	text = strings.Repeat(text, 20)
	doc := &sitrep.Document{Text: text, Published: time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)}
	doc.Sentences, doc.Tokens = tokenize.New().Split(text)
	doc.Layers = sitrep.LayerSentences | sitrep.LayerTokens
	tokens := len(doc.Tokens)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		Find(doc)
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func FuzzFind(f *testing.F) {
	f.Add("Talks will resume on Tuesday, March 3, 2024 at 10:30 a.m. for two days.", int64(1710400000))
	f.Add("the '90s, mid-1990s, 12/03/2024, year-earlier, Q3 2023", int64(0))
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var pub time.Time
		if unix > 0 && unix < 1<<36 {
			pub = time.Unix(unix, 0).UTC()
		}
		for _, x := range Find(&sitrep.Document{Text: text, Published: pub}) {
			if x.Start < 0 || x.End > len(text) || x.Start >= x.End {
				t.Fatalf("bad span %d:%d", x.Start, x.End)
			}
			if x.Value == "" || x.Type == "" {
				t.Fatalf("empty value or type for %q", x.Text)
			}
		}
	})
}
