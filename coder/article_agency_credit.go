package coder

import (
	"strings"

	"sitrep"
)

// The agency credit. A wire story's dateline credits the agency that
// filed it: "CAGUAS, Puerto Rico (AP)_", "WASHINGTON (Reuters) -". The
// actor coder knows the agency as a news outlet, but the credit is no
// mention of a party to the story: counted among the story's actors it
// became the target guessed for acts whose target the sentence does not
// name ("Kidnappers demanded a ransom" coded toward the AP). It is left
// out of the story's actors (twenty-first session, spur30).

// agencyCreditOn switches agencyCredit off for tests.
var agencyCreditOn = true

// agencyCredit reports a news outlet's mention that stands alone in
// parentheses in the story's first sentence.
func agencyCredit(d *sitrep.Document, m *sitrep.ActorMention) bool {
	if !agencyCreditOn || m.Sector != "MED" || len(d.Sentences) == 0 || m.End > d.Sentences[0].End {
		return false
	}
	before := strings.TrimRight(d.Text[:m.Start], " ")
	after := strings.TrimLeft(d.Text[m.End:], " ")
	return strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")")
}
