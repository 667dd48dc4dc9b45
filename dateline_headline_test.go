package sitrep_test

import (
	"testing"

	"sitrep"
	"sitrep/tokenize"
)

// TestDatelineSentence: the dateline opens the second sentence only
// after a short headline line that is the whole first paragraph.
// Made-up stories.
func TestDatelineSentence(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"headline without a period",
			"Envoy stays despite aid cut\n\nHARARE, June 2 (Sitrep) — Zimbabwe said on Monday it would keep the envoy.", 1},
		{"headline with a period",
			"Senator vows to fight the new tariff.\n\nLISBON (Sitrep) – The senator said on Friday she would fight the tariff.", 1},
		{"dateline first",
			"HARARE, June 2 (Sitrep) — Zimbabwe said on Monday it would keep the envoy. Britain protested.", 0},
		{"no dateline after the headline",
			"Envoy stays despite aid cut\n\nZimbabwe said on Monday it would keep the envoy.", 0},
		{"no line break: one paragraph",
			"The minister spoke. HARARE, the capital, was calm — people went to work as usual.", 0},
		{"a long body paragraph is no headline",
			"Zimbabwe said on Monday it would keep the envoy, a week after Britain cut aid to the country and after months of talks over land, debts and the election that the opposition says was rigged.\n\nHARARE, June 2 (Sitrep) — The envoy stays.", 0},
	} {
		d := &sitrep.Document{Text: tc.text}
		if err := tokenize.New().Process(d); err != nil {
			t.Fatal(err)
		}
		if got := d.DatelineSentence(); got != tc.want {
			t.Errorf("%s: DatelineSentence = %d, want %d (%d sentences)", tc.name, got, tc.want, len(d.Sentences))
		}
	}
}

// TestDatelineSentenceBadSpans: sentence offsets out of order give the
// first sentence, never a panic.
func TestDatelineSentenceBadSpans(t *testing.T) {
	doc := &sitrep.Document{Text: "Title line\n\nPARIS (AP) — Text.",
		Tokens:    []sitrep.Token{{Start: 0, End: 5}, {Start: 6, End: 10}, {Start: 12, End: 17}},
		Sentences: []sitrep.Sentence{{Start: 0, End: -1, TokStart: 0, TokEnd: 2}, {Start: 12, End: 30, TokStart: 2, TokEnd: 3}}}
	if got := doc.DatelineSentence(); got != 0 {
		t.Errorf("DatelineSentence = %d, want 0", got)
	}
}
