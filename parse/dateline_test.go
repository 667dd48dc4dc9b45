package parse

import (
	"testing"

	"sitrep"
	"sitrep/tokenize"
)

// chain is a stand-in parser: each sentence's first token is its root and
// every other token hangs on the one before, so the test sees which
// sentences the wrapper passed on.
type chain struct{ seen [][2]int }

func (c *chain) Name() string        { return "parse" }
func (c *chain) Needs() sitrep.Layer { return sitrep.LayerTokens | sitrep.LayerSentences }
func (c *chain) Fills() sitrep.Layer { return sitrep.LayerDeps }
func (c *chain) Process(d *sitrep.Document) error {
	for si := range d.Sentences {
		from, to := d.SentenceTokens(si)
		c.seen = append(c.seen, [2]int{from, to})
		for i := from; i < to; i++ {
			d.Tokens[i].Head, d.Tokens[i].Deprel = i-1, "dep"
		}
		d.Tokens[from].Head, d.Tokens[from].Deprel = -1, "root"
	}
	return nil
}

func TestDatelineEnd(t *testing.T) {
	for _, tc := range []struct {
		text, first string // first: the first token of the story, "" for no dateline
	}{
		{"MANILA, March 24 (Sitrep) — The Philippines summoned an envoy.", "The"},
		{"WASHINGTON (Reuters) - The Senate voted on Tuesday.", "The"},
		{"KYIV, Ukraine -- Russian drones struck the city overnight.", "Russian"},
		{"PORT-AU-PRINCE, Haiti — Kenyan police arrived on Tuesday.", "Kenyan"},
		{"NEW YORK — The council met.", "The"},
		// Older AP copy: a typewriter dash "_" ends the dateline.
		{"OSLO, Norway (AP)_ The minister flew to Riga on Monday.", "The"},
		{"LIMA _ Following are the remarks of the envoy.", "Following"},
		{"The file_name field was empty - nobody knew why.", ""},
		{"U.N. officials said on Monday that talks would resume.", ""},
		{"The Philippines summoned an envoy — and China protested.", ""},
		{"NATO said it would send more troops - a decision Russia condemned.", ""},
		{"MANILA, March 24 — Talks.", ""}, // too little story after the dash
		{"A MAN, 45, was arrested — police said.", ""},
	} {
		d := &sitrep.Document{Text: tc.text}
		if err := tokenize.New().Process(d); err != nil {
			t.Fatal(err)
		}
		from, to := d.SentenceTokens(0)
		end := d.DatelineEnd(from, to)
		got := ""
		if end != from {
			got = d.TokenText(end)
		}
		if got != tc.first {
			t.Errorf("%q: story starts at %q, want %q", tc.text, got, tc.first)
		}
	}
}

func TestWithDatelinesAttachesTheDateline(t *testing.T) {
	d := &sitrep.Document{Text: "MANILA, March 24 (Sitrep) — The Philippines summoned an envoy. China protested."}
	if err := tokenize.New().Process(d); err != nil {
		t.Fatal(err)
	}
	inner := &chain{}
	if err := WithDatelines(inner).Process(d); err != nil {
		t.Fatal(err)
	}
	if len(inner.seen) != 3 {
		t.Fatalf("inner parser saw %d sentences, want 3 (dateline, lead, second)", len(inner.seen))
	}
	if len(d.Sentences) != 2 {
		t.Fatalf("document has %d sentences after parsing, want 2", len(d.Sentences))
	}
	body := d.DatelineEnd(0, d.Sentences[0].TokEnd)
	roots := 0
	for i := 0; i < d.Sentences[0].TokEnd; i++ {
		tok := d.Tokens[i]
		if tok.Head < 0 {
			roots++
		}
		if i == 0 && (tok.Head != body || tok.Deprel != "parataxis") {
			t.Errorf("dateline root MANILA: head %d %q, want %d parataxis", tok.Head, tok.Deprel, body)
		}
		if i >= body && tok.Head >= 0 && tok.Head < body {
			t.Errorf("story token %q hangs on the dateline", d.TokenText(i))
		}
	}
	if roots != 1 {
		t.Errorf("lead sentence has %d roots, want 1", roots)
	}
	if got := d.TokenText(body); got != "The" {
		t.Errorf("story starts at %q", got)
	}
}
