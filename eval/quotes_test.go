package eval

import (
	"slices"
	"strings"
	"testing"

	"sitrep"
	"sitrep/corpus"
)

func sp(text string, start, end int) sitrep.Span {
	return sitrep.Span{Start: start, End: end, Text: text[start:end]}
}

func TestIsDirect(t *testing.T) {
	text := `"A," he said. “B.” ''C'' and D`
	tests := []struct {
		frags []sitrep.Span
		want  bool
	}{
		{[]sitrep.Span{sp(text, 0, 4)}, true},
		{[]sitrep.Span{sp(text, 14, 22)}, true},
		{[]sitrep.Span{sp(text, 23, 28)}, true},
		{[]sitrep.Span{sp(text, 33, 34)}, false},
		{[]sitrep.Span{sp(text, 33, 34), sp(text, 0, 4)}, true}, // the earliest fragment decides
		{nil, false},
	}
	for i, tc := range tests {
		if got := IsDirect(text, tc.frags); got != tc.want {
			t.Errorf("case %d: got %v, want %v", i, got, tc.want)
		}
	}
}

func TestQuoteScore(t *testing.T) {
	// "A, B," she said, "C." Then D, they said.
	text := `"A, B," she said, "C." Then D happened, they said.`
	she, said := sp(text, 8, 11), sp(text, 12, 16)
	they, said2 := sp(text, 40, 44), sp(text, 45, 49)
	gold := []corpus.Attribution{
		// One direct attribution in two fragments around its cue.
		{Content: []sitrep.Span{sp(text, 0, 7), sp(text, 18, 22)}, Source: []sitrep.Span{she}, Cue: []sitrep.Span{said}},
		{Content: []sitrep.Span{sp(text, 23, 38)}, Source: []sitrep.Span{they}, Cue: []sitrep.Span{said2}},
	}
	tests := []struct {
		name                string
		pred                []sitrep.Quote
		direct, all         Counts
		speakerOK, speakerN int
	}{
		{"split quote grouped by cue",
			[]sitrep.Quote{
				{Span: sp(text, 0, 7), Direct: true, Cue: &said, Speaker: &she},
				{Span: sp(text, 18, 22), Direct: true, Cue: &said, Speaker: &she},
				{Span: sp(text, 28, 38), Cue: &said2, Speaker: &they},
			},
			Counts{TP: 1}, Counts{TP: 2}, 1, 1},
		{"half of a split quote is not enough when it is under half",
			[]sitrep.Quote{{Span: sp(text, 18, 22), Direct: true, Cue: &said, Speaker: &they}},
			Counts{FP: 1, FN: 1}, Counts{FP: 1, FN: 2}, 0, 0},
		{"wrong speaker",
			[]sitrep.Quote{{Span: sp(text, 0, 7), Direct: true, Cue: &said, Speaker: &they}},
			Counts{TP: 1}, Counts{TP: 1, FN: 1}, 0, 1},
		{"nothing found",
			nil,
			Counts{FN: 1}, Counts{FN: 2}, 0, 0},
	}
	for _, tc := range tests {
		var s QuoteScore
		s.Add(text, gold, tc.pred)
		if s.Direct != tc.direct || s.All != tc.all || s.SpeakerOK != tc.speakerOK || s.SpeakerN != tc.speakerN {
			t.Errorf("%s: direct %+v all %+v speaker %d/%d, want %+v %+v %d/%d", tc.name,
				s.Direct, s.All, s.SpeakerOK, s.SpeakerN, tc.direct, tc.all, tc.speakerOK, tc.speakerN)
		}
		var b strings.Builder
		s.Report(&b)
		if !strings.Contains(b.String(), "direct quotes") {
			t.Errorf("%s: report lacks the direct row:\n%s", tc.name, b.String())
		}
	}
}

func TestUnmatched(t *testing.T) {
	text := "abcdefghij"
	gold := []corpus.Attribution{{Content: []sitrep.Span{sp(text, 0, 4)}}, {Content: []sitrep.Span{sp(text, 6, 10)}}}
	sys := []corpus.Attribution{{Content: []sitrep.Span{sp(text, 1, 4)}}, {Content: []sitrep.Span{sp(text, 5, 6)}}}
	fn, fp := Unmatched(gold, sys)
	if len(fn) != 1 || fn[0].Content[0].Start != 6 || len(fp) != 1 || fp[0].Content[0].Start != 5 {
		t.Errorf("got fn %+v fp %+v", fn, fp)
	}
	if m := Matched(gold, sys); len(m) != 2 || !m[0] || m[1] {
		t.Errorf("Matched: got %v", m)
	}
}

// The score and the error listing pair gold and system attributions the
// same way: one pairing function serves both.
func TestPairingShared(t *testing.T) {
	text := "abcdefghijklmnopqrst"
	at := func(a, b int) corpus.Attribution { return corpus.Attribution{Content: []sitrep.Span{sp(text, a, b)}} }
	for _, tc := range []struct {
		name      string
		gold, sys []corpus.Attribution
		pairs     []int
	}{
		{"one system content over two gold ones", []corpus.Attribution{at(0, 4), at(4, 8)}, []corpus.Attribution{at(0, 8)}, []int{0, -1}},
		{"the larger overlap wins", []corpus.Attribution{at(0, 10)}, []corpus.Attribution{at(0, 6), at(2, 10)}, []int{1}},
		{"under half is no pair", []corpus.Attribution{at(0, 10)}, []corpus.Attribution{at(0, 4)}, []int{-1}},
		{"gold order decides", []corpus.Attribution{at(0, 6), at(2, 8)}, []corpus.Attribution{at(1, 7), at(5, 9)}, []int{0, 1}},
	} {
		got := pairAttributions(tc.gold, tc.sys)
		if !slices.Equal(got, tc.pairs) {
			t.Errorf("%s: pairs %v, want %v", tc.name, got, tc.pairs)
		}
		c, _, _ := matchAttributions(tc.gold, tc.sys)
		fn, fp := Unmatched(tc.gold, tc.sys)
		if c.FN != len(fn) || c.FP != len(fp) || c.TP != len(tc.gold)-len(fn) {
			t.Errorf("%s: counts %+v but %d unmatched gold, %d unmatched system", tc.name, c, len(fn), len(fp))
		}
	}
}
