package coder_test

import (
	"testing"

	"sitrep"
)

// A time expression that covers only part of a token ("1970" of
// "1970’s") has no head token in the parse; dating an act in its
// sentence once indexed the parse at -1 and the event stage failed.
func TestTimexInsideToken(t *testing.T) {
	p := pipeline(t)
	for _, text := range []string{
		"WASHINGTON — Ohio Governor John Kasich said on Tuesday that France condemned the protest, since he went to college in the 1970’s.",
		"PARIS — France accused Russia of meddling in the 1990’s and said it would summon the ambassador.",
	} {
		d := &sitrep.Document{ID: "t", Text: text}
		var err error
		if d.Published, err = sitrep.ParseDate("2024-05-28"); err != nil {
			t.Fatal(err)
		}
		if err := p.Process(d); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}
