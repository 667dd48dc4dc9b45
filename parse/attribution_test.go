package parse

import (
	"testing"

	"sitrep"
	"sitrep/pos"
	"sitrep/tokenize"
)

// taggedText tokenizes and tags text with the embedded tagger.
func taggedText(t *testing.T, text string) *sitrep.Document {
	t.Helper()
	tg, err := pos.Load()
	if err != nil {
		t.Fatal(err)
	}
	d := &sitrep.Document{Text: text}
	if err := tokenize.New().Process(d); err != nil {
		t.Fatal(err)
	}
	if err := tg.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestAttributionStart(t *testing.T) {
	for _, tc := range []struct {
		text, first string // first: the attribution's first token, "" for none
	}{
		{"A China Coast Guard ship fired water cannon at a supply boat, injuring four crew members, the Philippine coast guard said.", "the"},
		{"By Sunday morning the frontier was calm, residents on both sides said.", "residents"},
		{"Six shells hit the area near the posts, said KCNA.", "said"},
		{`"We will not back down," he told reporters in Manila.`, "he"},
		{"The talks will resume next week, a spokesman for the ministry said in a statement.", "a"},
		{"The strike, the ministry said, killed five people.", ""},                                      // attribution inside
		{"In Manila, officials said.", ""},                                                              // nothing reported
		{"Troops moved to the border, officials said, adding that more would follow.", ""},              // another verb after
		{"The army struck the town, which officials said was a rebel base.", ""},                        // relative clause
		{"Russia has denied the charges, because the ministry said so.", ""},                            // a subordinate clause
		{"Ukraine and Russia exchanged prisoners on Friday, the two sides said.", "the"},                // plain
		{"Iran will retaliate if attacked, President Masoud Pezeshkian warned on Sunday.", "President"}, // title and name
	} {
		d := taggedText(t, tc.text)
		from, to := d.SentenceTokens(0)
		at := attributionStart(d, from, to)
		got := ""
		if at != from {
			got = d.TokenText(at)
		}
		if got != tc.first {
			t.Errorf("%q: attribution starts at %q, want %q", tc.text, got, tc.first)
		}
	}
}

func TestWithAttributionsAttachesTheReportedClause(t *testing.T) {
	d := taggedText(t, "Troops fired tear gas at protesters in the capital, injuring dozens, witnesses said. Beijing denied it.")
	inner := &chain{}
	if err := WithAttributions(inner).Process(d); err != nil {
		t.Fatal(err)
	}
	// The stand-in parser makes each piece's first token its root: the
	// reported clause, the attribution and the second sentence.
	if len(inner.seen) != 3 {
		t.Fatalf("inner parser saw %d sentences, want 3", len(inner.seen))
	}
	if len(d.Sentences) != 2 {
		t.Fatalf("document has %d sentences after parsing, want 2", len(d.Sentences))
	}
	witnesses := inner.seen[1][0]
	if got := d.TokenText(witnesses); got != "witnesses" {
		t.Fatalf("attribution starts at %q", got)
	}
	// In the attribution piece the stand-in made "witnesses" the root; the
	// reported clause's root (its first token) hangs on it as ccomp.
	if tok := d.Tokens[0]; tok.Head != witnesses || tok.Deprel != "ccomp" {
		t.Errorf("Troops: head %d %q, want %d ccomp", tok.Head, tok.Deprel, witnesses)
	}
	for si := range d.Sentences {
		from, to := d.SentenceTokens(si)
		roots := 0
		for i := from; i < to; i++ {
			if h := d.Tokens[i].Head; h < 0 {
				roots++
			} else if h < from || h >= to {
				t.Errorf("sentence %d: %q hangs outside its sentence", si, d.TokenText(i))
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d has %d roots", si, roots)
		}
	}
}

func TestWithAttributionsParsesTheReportedClauseAlone(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	d := taggedText(t, "By Sunday morning the frontier was calm, residents on both sides said.")
	if err := WithAttributions(p).Process(d); err != nil {
		t.Fatal(err)
	}
	calm, said, residents := 6, 12, 8
	if tok := d.Tokens[calm]; tok.Head != said || tok.Deprel != "ccomp" {
		t.Errorf("calm: head %d %q, want %d ccomp", tok.Head, tok.Deprel, said)
	}
	if tok := d.Tokens[residents]; tok.Head != said || tok.Deprel != "nsubj" {
		t.Errorf("residents: head %d %q, want %d nsubj", tok.Head, tok.Deprel, said)
	}
}
