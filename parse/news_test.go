package parse

import (
	"bufio"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep"
	"sitrep/corpus"
	"sitrep/pos"
)

var tagNews = flag.String("tag-news", "", "rewrite testdata/news.conllu from testdata/news.txt with this tagger model file")

// TestTagNews regenerates the tagged benchmark prose when asked: the
// sentences of news.txt (one per line, tokens separated by spaces) tagged
// by a tagger model, with no heads.
func TestTagNews(t *testing.T) {
	if *tagNews == "" {
		t.Skip("run with -tag-news=TAGGER.gz to rewrite testdata/news.conllu")
	}
	f, err := os.Open(*tagNews)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := pos.Read(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	in, err := os.Open(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	doc := &sitrep.Document{ID: "news"}
	var b strings.Builder
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		words := strings.Fields(sc.Text())
		if len(words) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		s := sitrep.Sentence{Start: b.Len(), TokStart: len(doc.Tokens)}
		for i, w := range words {
			if i > 0 {
				b.WriteByte(' ')
			}
			doc.Tokens = append(doc.Tokens, sitrep.Token{Start: b.Len(), End: b.Len() + len(w), Sent: len(doc.Sentences), Head: -1})
			b.WriteString(w)
		}
		s.End, s.TokEnd = b.Len(), len(doc.Tokens)
		doc.Sentences = append(doc.Sentences, s)
	}
	doc.Text = b.String()
	if err := tg.Process(doc); err != nil {
		t.Fatal(err)
	}
	out, err := os.Create(filepath.Join("testdata", "news.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	if err := corpus.WriteCoNLLU(out, doc, nil); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
