package nlp

import (
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
