package quote

import (
	"testing"

	"sitrep"
	"sitrep/corpus"
	"sitrep/eval"
	"sitrep/internal/shareddata"
)

// TestPolNeARDev guards the scores recorded in docs/quotes.md on PolNeAR
// dev (with the stand-in tokenizer), a little below them.
func TestPolNeARDev(t *testing.T) {
	if testing.Short() {
		t.Skip("gold-data test skipped with -short")
	}
	dir := shareddata.Need(t, "data/polnear/dev")
	arts, err := corpus.ReadPolNeAR(dir)
	if err != nil {
		t.Fatal(err)
	}
	f := New()
	var s eval.QuoteScore
	for _, a := range arts {
		doc := &sitrep.Document{ID: a.Name, Text: a.Text}
		Segment(doc)
		if err := f.Process(doc); err != nil {
			t.Fatal(err)
		}
		s.Add(a.Text, a.Attributions, doc.Quotes)
	}
	t.Logf("direct F1 %.3f, speaker %d/%d, all F1 %.3f", s.Direct.F1(), s.SpeakerOK, s.SpeakerN, s.All.F1())
	if f1 := s.Direct.F1(); f1 < 0.86 {
		t.Errorf("direct quote F1 %.3f, want at least 0.86", f1)
	}
	if f1 := s.All.F1(); f1 < 0.68 {
		t.Errorf("attribution F1 %.3f, want at least 0.68", f1)
	}
	if r := float64(s.SpeakerOK) / float64(s.SpeakerN); r < 0.94 {
		t.Errorf("direct speaker overlap %.3f, want at least 0.94", r)
	}
}
