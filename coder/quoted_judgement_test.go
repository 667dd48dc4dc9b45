package coder_test

import "testing"

// TestQuotedJudgement: a judgement told inside a quote with its speaker
// after it ("\"The ban is unacceptable,\" the minister said") is the
// speaker's criticism (111) of whoever did the judged act. Made-up
// stories through the whole pipeline.
func TestQuotedJudgement(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a quoted judgement noun with the speaker after the quote",
			"ATHENS, May 6 (Sitrep) — Turkish warplanes flew over the Greek island of Lesbos on Monday. \"The flight was a flagrant violation of international law,\" Defence Minister Nikos Papas told reporters.",
			[]string{"GRC>TUR 111"}, nil},
		{"a quoted copular adjective with the speaker after the quote",
			"ATHENS, May 6 (Sitrep) — Turkish warplanes flew over the Greek island of Lesbos on Monday. \"The flight was utterly unacceptable,\" Defence Minister Nikos Papas told reporters.",
			[]string{"GRC>TUR 111"}, nil},
		// A pronoun subject is left to the other rules: in the tuning
		// sets the pronoun was read as the last party named.
		{"a quoted judgement of a pronoun is not coded by this rule",
			"MANILA, May 6 (Sitrep) — The Philippines said Chinese ships had entered its waters and asked Japan for help. \"This is a violation of our rights,\" President Ramon Cruz told reporters.",
			nil, []string{"PHL>JPN 111", "PHL>CHN 111"}},
	}
	runStories(t, p, cases)
}
