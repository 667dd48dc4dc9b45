package nlp

import (
	"context"
	"errors"
	"strings"
	"testing"

	"sitrep"
)

type fake struct {
	name         string
	needs, fills sitrep.Layer
	err          error
	panics       bool
	ran          *[]string
}

func (f fake) Name() string        { return f.name }
func (f fake) Needs() sitrep.Layer { return f.needs }
func (f fake) Fills() sitrep.Layer { return f.fills }
func (f fake) Process(*sitrep.Document) error {
	*f.ran = append(*f.ran, f.name)
	if f.panics {
		panic("boom")
	}
	return f.err
}

func TestNewChecksOrder(t *testing.T) {
	var ran []string
	tok := fake{name: "tok", fills: sitrep.LayerTokens | sitrep.LayerSentences, ran: &ran}
	tag := fake{name: "tag", needs: sitrep.LayerTokens, fills: sitrep.LayerTags, ran: &ran}
	if _, err := New(0, tag, tok); err == nil || !strings.Contains(err.Error(), "tag needs tokens") {
		t.Fatalf("want order error, got %v", err)
	}
	p, err := New(0, tok, tag)
	if err != nil {
		t.Fatal(err)
	}
	doc := &sitrep.Document{}
	if err := p.Process(doc); err != nil {
		t.Fatal(err)
	}
	if strings.Join(ran, ",") != "tok,tag" {
		t.Fatalf("ran %v", ran)
	}
	// Layers already present are not recomputed.
	ran = nil
	if err := p.Process(&sitrep.Document{Layers: sitrep.LayerTokens | sitrep.LayerSentences}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(ran, ",") != "tag" {
		t.Fatalf("ran %v", ran)
	}
}

func TestProcessErrorsAndPanics(t *testing.T) {
	var ran []string
	bad := fake{name: "bad", fills: sitrep.LayerTokens, err: errors.New("broken"), ran: &ran}
	p, _ := New(0, bad)
	if err := p.Process(&sitrep.Document{}); err == nil || err.Error() != "bad: broken" {
		t.Fatalf("got %v", err)
	}
	p, _ = New(0, fake{name: "p", fills: sitrep.LayerTokens, panics: true, ran: &ran})
	if err := p.Process(&sitrep.Document{ID: "a1"}); err == nil || !strings.Contains(err.Error(), `"a1"`) {
		t.Fatalf("got %v", err)
	}
}

// picky fails on the document named bad and panics on the one named boom.
type picky struct {
	fake
}

func (f picky) Process(d *sitrep.Document) error {
	*f.ran = append(*f.ran, f.name+":"+d.ID)
	switch d.ID {
	case "bad":
		return errors.New("broken")
	case "boom":
		panic("boom")
	}
	return nil
}

func TestProcessBatchGoesStageByStage(t *testing.T) {
	var ran []string
	tok := fake{name: "tok", fills: sitrep.LayerTokens, ran: &ran}
	tag := picky{fake{name: "tag", needs: sitrep.LayerTokens, fills: sitrep.LayerTags, ran: &ran}}
	dep := picky{fake{name: "dep", needs: sitrep.LayerTags, fills: sitrep.LayerDeps, ran: &ran}}
	p, err := New(0, tok, tag, dep)
	if err != nil {
		t.Fatal(err)
	}
	docs := []*sitrep.Document{{ID: "a"}, {ID: "bad"}, {ID: "boom"}, {ID: "b", Layers: sitrep.LayerTokens | sitrep.LayerTags}}
	errs := p.ProcessBatch(context.Background(), docs)
	want := "tok,tok,tok,tag:a,tag:bad,tag:boom,dep:a,dep:b"
	if got := strings.Join(ran, ","); got != want {
		t.Fatalf("ran %s, want %s", got, want)
	}
	if errs[0] != nil || errs[3] != nil {
		t.Fatalf("good documents failed: %v", errs)
	}
	if errs[1] == nil || errs[1].Error() != "tag: broken" {
		t.Fatalf("bad document: %v", errs[1])
	}
	if errs[2] == nil || !strings.Contains(errs[2].Error(), `"boom"`) || !strings.Contains(errs[2].Error(), "tag") {
		t.Fatalf("panicking document: %v", errs[2])
	}
	if !docs[0].Layers.Has(sitrep.LayerDeps) || docs[1].Layers.Has(sitrep.LayerTags) {
		t.Fatalf("layers: %v %v", docs[0].Layers, docs[1].Layers)
	}
}

// cancelling fake cancels the batch's context when it reaches the
// document named stop.
type cancelling struct {
	fake
	cancel context.CancelFunc
}

func (f cancelling) Process(d *sitrep.Document) error {
	*f.ran = append(*f.ran, f.name+":"+d.ID)
	if d.ID == "stop" {
		f.cancel()
	}
	return nil
}

// TestProcessBatchStopsWhenCancelled: an interrupt in the middle of a
// batch stops it before the next document or stage (review34 finding 1);
// the documents not finished carry the context's error.
func TestProcessBatchStopsWhenCancelled(t *testing.T) {
	var ran []string
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tok := cancelling{fake{name: "tok", fills: sitrep.LayerTokens, ran: &ran}, cancel}
	tag := picky{fake{name: "tag", needs: sitrep.LayerTokens, fills: sitrep.LayerTags, ran: &ran}}
	p, err := New(0, tok, tag)
	if err != nil {
		t.Fatal(err)
	}
	docs := []*sitrep.Document{{ID: "a"}, {ID: "stop"}, {ID: "c"}}
	errs := p.ProcessBatch(ctx, docs)
	if got, want := strings.Join(ran, ","), "tok:a,tok:stop"; got != want {
		t.Fatalf("ran %s, want %s", got, want)
	}
	for i, err := range errs {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("document %d: error %v, want context.Canceled", i, err)
		}
	}
}
