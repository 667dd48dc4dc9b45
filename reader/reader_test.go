package reader

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// collect reads paths and returns every item.
func collect(t *testing.T, paths []string, opt Options) []Item {
	t.Helper()
	var items []Item
	err := Read(context.Background(), paths, opt, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return items
}

// goldenDoc is the part of a document the golden file records.
type goldenDoc struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text"`
	Sentences int    `json:"sentences,omitempty"`
	Tokens    int    `json:"tokens,omitempty"`
	Layers    string `json:"layers,omitempty"`
}

func render(items []Item) string {
	var b strings.Builder
	for _, it := range items {
		if it.Err != nil {
			fmt.Fprintf(&b, "ERROR %s\n", it.Err)
			continue
		}
		d := it.Doc
		g := goldenDoc{ID: d.ID, URL: d.URL, Title: d.Title, Source: d.Source, Text: d.Text,
			Sentences: len(d.Sentences), Tokens: len(d.Tokens)}
		if !d.Published.IsZero() {
			g.Published = d.Published.Format(time.RFC3339)
		}
		if d.Layers != 0 {
			g.Layers = d.Layers.String()
		}
		j, _ := json.MarshalIndent(g, "", "  ")
		fmt.Fprintf(&b, "DOC %s\n", j)
	}
	return b.String()
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from what was read; got:\n%s", path, got)
	}
}

// TestReadDirectory reads every kind of input in testdata/in, good and bad,
// and compares the items with the golden file.
func TestReadDirectory(t *testing.T) {
	dct := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	items := collect(t, []string{"testdata/in"}, Options{DCT: dct})
	checkGolden(t, "read.golden", render(items))
	for _, it := range items {
		if it.Err != nil {
			var e *Error
			if !errors.As(it.Err, &e) {
				t.Errorf("error %v is not a *reader.Error", it.Err)
			}
			if sitrep.ErrorCode(it.Err) != sitrep.EInvalid {
				t.Errorf("error %v has code %q, want invalid", it.Err, sitrep.ErrorCode(it.Err))
			}
			continue
		}
		checkDoc(t, it.Doc)
	}
}

// checkDoc holds every document to the promises of the package: an ID,
// valid UTF-8 text with something in it, spans inside the text.
func checkDoc(t *testing.T, d *sitrep.Document) {
	t.Helper()
	if d.ID == "" {
		t.Errorf("document without ID: %.60q", d.Text)
	}
	if blank(d.Text) {
		t.Errorf("%s: empty text", d.ID)
	}
	if !validUTF8(d.Text) {
		t.Errorf("%s: text is not valid UTF-8", d.ID)
	}
	for i, s := range d.Sentences {
		if s.Start < 0 || s.End < s.Start || s.End > len(d.Text) {
			t.Errorf("%s: sentence %d span [%d,%d) outside text of %d bytes", d.ID, i, s.Start, s.End, len(d.Text))
		}
	}
	for i, tk := range d.Tokens {
		if tk.Start < 0 || tk.End < tk.Start || tk.End > len(d.Text) {
			t.Errorf("%s: token %d span [%d,%d) outside text of %d bytes", d.ID, i, tk.Start, tk.End, len(d.Text))
		}
	}
}

func TestReadPaths(t *testing.T) {
	stdin := strings.NewReader("Title: From a pipe\n\nRead from standard input.\n")
	items := collect(t, []string{"testdata/in/b-plain.txt", "-", "testdata/missing.txt", "testdata/in/sub"},
		Options{Stdin: stdin})
	got := render(items)
	checkGolden(t, "paths.golden", got)
	if len(items) != 4 || items[1].Doc == nil || items[1].Doc.Title != "From a pipe" || items[2].Err == nil {
		t.Errorf("want plain, stdin, missing error, nested file in that order; got:\n%s", got)
	}
}

func TestReadNoStdin(t *testing.T) {
	items := collect(t, []string{"-"}, Options{})
	if len(items) != 1 || items[0].Err == nil || items[0].Err.Error() != "-: no standard input" {
		t.Errorf("got %v", render(items))
	}
}

func TestReadUnknownFormat(t *testing.T) {
	err := Read(context.Background(), []string{"x"}, Options{Format: "pdf"}, func(Item) error { return nil })
	want := `format: unknown format "pdf" (want auto, txt, jsonl, html, rss or conllu)`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// TestReadStops checks that an error from emit and a cancelled context end
// reading at once.
func TestReadStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), []string{"testdata/in"}, Options{}, func(Item) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("emit error: got %v after %d items, want stop after 1", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n = 0
	err = Read(ctx, []string{"testdata/in"}, Options{}, func(Item) error { n++; return nil })
	if !errors.Is(err, context.Canceled) || n != 0 {
		t.Errorf("cancelled: got %v after %d items", err, n)
	}
}

// TestFormatOverride reads a file under a format its extension does not
// say.
func TestFormatOverride(t *testing.T) {
	items := collect(t, []string{"testdata/in/m-sample.conllu"}, Options{Format: "txt"})
	if len(items) != 1 || items[0].Doc == nil || !strings.HasPrefix(items[0].Doc.Text, "# newdoc id = doc-a") {
		t.Fatalf("got %s", render(items))
	}
	if items[0].Doc.Layers != 0 {
		t.Errorf("plain text must leave tokenisation to the pipeline, got layers %v", items[0].Doc.Layers)
	}
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		e    Error
		want string
	}{
		{Error{File: "a.jsonl", Line: 3, Field: "published", Msg: "bad"}, "a.jsonl:3: published: bad"},
		{Error{File: "a.txt", Msg: "empty"}, "a.txt: empty"},
		{Error{File: "a.txt", Field: "text", Msg: "empty"}, "a.txt: text: empty"},
		{Error{Line: 2, Msg: "bad"}, "line 2: bad"},
		{Error{Field: "format", Msg: "bad"}, "format: bad"},
		{Error{Msg: "bad"}, "bad"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("%+v: got %q, want %q", tt.e, got, tt.want)
		}
	}
}

func TestContentIDStable(t *testing.T) {
	a, b := contentID("Some text."), contentID("Some text.")
	if a != b || !strings.HasPrefix(a, "sha256:") || len(a) != len("sha256:")+16 {
		t.Errorf("got %q and %q", a, b)
	}
	if contentID("Other text.") == a {
		t.Error("different texts share an ID")
	}
}

func validUTF8(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// TestCoNLLUKeepsTokens checks that a CoNLL-U input keeps the file's
// sentences and tokens, marked so the pipeline does not tokenise again.
func TestCoNLLUKeepsTokens(t *testing.T) {
	in := "# newdoc id = d1\n1\tPeace\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n" +
		"# newdoc id = d2\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n2\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n3\tgo\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	items := collect(t, []string{"-"}, Options{Format: "conllu", Stdin: strings.NewReader(in)})
	if len(items) != 2 || items[0].Doc == nil || items[1].Doc == nil {
		t.Fatalf("got %s", render(items))
	}
	d := items[1].Doc
	if d.ID != "d2" || d.Text != "don't go" || len(d.Tokens) != 3 || len(d.Sentences) != 1 ||
		!d.Layers.Has(sitrep.LayerSentences|sitrep.LayerTokens) || d.Layers.Has(sitrep.LayerTags) {
		t.Errorf("got %+v", d)
	}
	var words []string
	for i := range d.Tokens {
		words = append(words, d.TokenText(i))
	}
	if got := strings.Join(words, "|"); got != "do|n't|go" {
		t.Errorf("tokens %s, want do|n't|go", got)
	}
	if items[0].Doc.Text != "Peace." {
		t.Errorf("first text %q", items[0].Doc.Text)
	}
}

func TestCoNLLUNotSniffed(t *testing.T) {
	in := "1\tPeace\t_\t_\t_\t_\t_\t_\t_\t_\n"
	items := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(in)})
	if len(items) != 1 || items[0].Doc == nil || items[0].Doc.Text != in || items[0].Doc.Layers != 0 {
		t.Errorf("got %s", render(items))
	}
}

// A byte-order mark is dropped, as the other readers drop it.
func TestCoNLLUByteOrderMark(t *testing.T) {
	doc := "# newdoc id = d1\n1\tTalks\t_\t_\t_\t_\t_\t_\t_\t_\n2\tfailed\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	for _, tt := range []struct{ name, in string }{
		{"plain", doc},
		{"bom", "\xEF\xBB\xBF" + doc},
	} {
		var items []Item
		err := ReadFile(context.Background(), "n.conllu", strings.NewReader(tt.in), Options{}, func(it Item) error {
			items = append(items, it)
			return nil
		})
		if err != nil || len(items) != 1 || items[0].Doc == nil || items[0].Doc.ID != "d1" || items[0].Doc.Text != "Talks failed." {
			t.Errorf("%s: got %s, %v", tt.name, render(items), err)
		}
	}
}
