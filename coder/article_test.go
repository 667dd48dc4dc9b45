package coder

import (
	"testing"

	"sitrep"
)

// TestCoverIndex: each word maps to the first coded mention that holds
// it whole; mentions without a code and words only partly inside do not
// count.
func TestCoverIndex(t *testing.T) {
	s := handSent(t, "the/the/2/det northern/northern/3/amod army/army/4/nsubj shelled/shell/0/root villages/village/4/obj")
	d := s.doc
	span := func(from, to int) sitrep.Span { return d.MakeSpan(d.Tokens[from].Start, d.Tokens[to].End) }
	d.Actors = []sitrep.ActorMention{
		{Span: span(0, 2), Code: ""},       // uncoded: skipped
		{Span: span(1, 2), Code: "XXXMIL"}, // "northern army"
		{Span: span(2, 2), Code: "YYYMIL"}, // "army": second, loses
		{Span: sitrep.Span{Start: d.Tokens[4].Start, End: d.Tokens[4].End - 1}, Code: "ZZZ"}, // part of "villages"
	}
	want := []int32{-1, 1, 1, -1, -1}
	got := coverIndex(d)
	for j := range want {
		if got[j] != want[j] {
			t.Errorf("word %d: mention %d, want %d", j, got[j], want[j])
		}
	}
}
