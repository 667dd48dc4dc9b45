package actors

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden codes a whole hand-written article (tokenized by the package's
// word splitter, no entities) and compares every mention with
// testdata/article.golden; run with -update after a deliberate change and
// review the diff.
func TestGolden(t *testing.T) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := makeDoc(t, string(text), "2024-03-05")
	if err := NewCoder(testKB(t)).Process(doc); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i, a := range doc.Actors {
		fmt.Fprintf(&b, "%d\t%d:%d\t%q\t%s\tcountry=%s sector=%s ref=%d entry=%q\n", i, a.Start, a.End, a.Text, a.Code, a.Country, a.Sector, a.Ref, a.Entry)
	}
	const golden = "testdata/article.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("actors differ from %s (rerun with -update and review the diff):\n%s", golden, b.String())
	}
}
