package quote

import (
	"strings"
	"testing"

	"sitrep"
)

// quoteWith returns "content | cue | speaker" of the first quote whose
// content holds part, or "?".
func quoteWith(qs []sitrep.Quote, part string) string {
	for _, q := range qs {
		if strings.Contains(q.Text, part) {
			return q.Text + " | " + spanText(q.Cue) + " | " + spanText(q.Speaker)
		}
	}
	return "?"
}

// stripOffsets drops the "@offset" of spanText from a quoteWith line.
func stripOffsets(s string) string {
	var b strings.Builder
	for _, f := range strings.Split(s, " | ") {
		if i := strings.LastIndex(f, "@"); i >= 0 && b.Len() > 0 {
			f = f[:i]
		}
		if b.Len() > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(f)
	}
	return b.String()
}

// A sentence closed by "X said" and only when or where it was said takes
// the clause before as content, not the adverbial after the cue; a
// dateline is no content, and a cue inside the clause does not take it.
func TestWireSentenceFinal(t *testing.T) {
	for _, tc := range []struct {
		text, part, want string
	}{
		{"The port reopened after the storm, officials said on Thursday.", "port",
			"The port reopened after the storm | said | officials"},
		{"The port reopened after the storm, officials said Tuesday.", "port",
			"The port reopened after the storm | said | officials"},
		{"Talks will resume in May, Hartmann said in a statement on Friday.", "Talks",
			"Talks will resume in May | said | Hartmann"},
		{"The rebels pulled back, the army told a news conference.", "rebels",
			"The rebels pulled back | told | the army"},
		{"KARSK (Wire) -- Talks will resume in May, officials said late on Friday.", "Talks",
			"Talks will resume in May | said | officials"},
		{"VALMORA, June 3 (Wire) - Norland and Estoria agreed to resume talks next week after a border clash, officials said on Thursday.", "talks",
			"Norland and Estoria agreed to resume talks next week after a border clash | said | officials"},
		// Objects and clauses after the cue stay content.
		{"The mayor welcomed the release.", "release", "the release | welcomed | The mayor"},
		{"Officials said Russia would pay.", "Russia", "Russia would pay | said | Officials"},
		// ", a claim the rebels denied" is no attribution closing the sentence.
		{"The minister said the talks had failed, a claim the rebels denied.", "talks",
			"the talks had failed, a claim the rebels denied | said | The minister"},
	} {
		if got := stripOffsets(quoteWith(find(t, tc.text), tc.part)); got != tc.want {
			t.Errorf("%s\n  got  %s\n  want %s\n%s", tc.text, got, tc.want, show(find(t, tc.text)))
		}
	}
}

// Speakers: the subject after a dateline.
func TestWireSpeakers(t *testing.T) {
	for _, tc := range []struct {
		text, part, want string
	}{
		{"KINSHASA, May 2 (Wire) — Norland has closed its border and said it would not reopen it.", "reopen", "Norland"},
	} {
		if got, _ := speakerOf(t, tc.text, tc.part); got != tc.want {
			t.Errorf("%s\n  speaker %q, want %q\n%s", tc.text, got, tc.want, show(find(t, tc.text)))
		}
	}
}
