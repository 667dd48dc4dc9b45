package coder_test

import (
	"reflect"
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
	"sitrep/timex"
	"sitrep/tokenize"
)

// tracedPipeline is pipeline (golden_test.go) with a traced event coder
// that writes its reasons, by token, into *why.
func tracedPipeline(t *testing.T, why *map[int]string) *nlp.Pipeline {
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
	c.Trace(func(tok int, reason string) {
		if _, ok := (*why)[tok]; ok {
			t.Errorf("token %d traced twice", tok)
		}
		(*why)[tok] = reason
	})
	p, err := nlp.New(0, tokenize.New(), tagger, lem, parse.WithDatelines(parser), rec, timex.New(), actors.NewCoder(kb), quote.New(), c.WithKB(kb))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestTrace: a traced coder tells, for a looked-up word that gave no
// event, the first reason it stopped (eval events --why), and codes the
// same events as an untraced one.
func TestTrace(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	var why map[int]string
	traced := tracedPipeline(t, &why)
	plain := pipeline(t)
	for _, c := range []struct {
		name, text, word, want string
	}{
		{"a subject that is no actor",
			"OSLO, May 27 (Sitrep) — The storm hit Norway on Monday.",
			"hit", "no source: subject no actor"},
		{"a subject that is no actor, an attack",
			"ROME, May 27 (Sitrep) — Three masked men attacked the Nigerian embassy in Rome on Monday.",
			"attacked", "no source: subject no actor"},
		{"a trip with no destination (a guard of build)",
			"NAIROBI, May 27 (Sitrep) — The Kenyan president travelled on Monday, his office said.",
			"travelled", "travel without destination"},
		{"a figurative use (a guard of codeSentence)",
			"NAIROBI, May 27 (Sitrep) — Kenya seized on the remark by Uganda on Monday.",
			"seized", "figurative"},
		{"an act refused, not done",
			"NAIROBI, May 27 (Sitrep) — Kenya refused to apologise to Uganda on Monday.",
			"apologise", "act not done"},
		{"an act with no target the story gives",
			"NAIROBI, May 27 (Sitrep) — Kenya praised the weather on Monday.",
			"praised", "no target"},
	} {
		why = map[int]string{}
		d := &sitrep.Document{ID: "t", Text: c.text}
		d.Published, _ = sitrep.ParseDate("2024-05-28")
		if err := traced.Process(d); err != nil {
			t.Fatal(err)
		}
		found := false
		for k, w := range why {
			if d.TokenText(k) == c.word {
				found = true
				if w != c.want {
					t.Errorf("%s: %q traced %q, want %q", c.name, c.word, w, c.want)
				}
			}
			for _, e := range d.Events {
				if e.Trigger.Start < d.Tokens[k].End && e.Trigger.End > d.Tokens[k].Start {
					t.Errorf("%s: %q traced %q but has an event", c.name, d.TokenText(k), w)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q not traced (traces %v, events %v)", c.name, c.word, why, d.Events)
		}
		plainDoc := &sitrep.Document{ID: "t", Text: c.text, Published: d.Published}
		if err := plain.Process(plainDoc); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(d.Events, plainDoc.Events) {
			t.Errorf("%s: traced events %v, untraced %v", c.name, d.Events, plainDoc.Events)
		}
	}
}
