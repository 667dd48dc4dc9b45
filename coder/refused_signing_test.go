package coder_test

import (
	"testing"

	"sitrep"
)

// TestRefusedSigning: "would not sign" tells a signing that will not
// happen, coded 057 negated for the refusing side only (the guide's
// "would not sign any deal"; the third wave of the ninth session in
// docs/events.md), while a refused renewal stays a rejection. Made-up
// stories through the whole pipeline.
func TestRefusedSigning(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a negated promise to sign is the signing negated, by the refusing side only",
			"HONIARA, June 3 (Sitrep) — China's foreign minister arrived in Honiara on Monday. The Solomon Islands said it would not sign a security pact with China.",
			[]string{"SLB>CHN 057"}, []string{"CHN>SLB 057", "SLB>CHN 121"}},
		{"will not sign any deal is the same",
			"ACCRA, Feb 9 (Sitrep) — Talks between Ghana and Togo on a customs union ended on Thursday. Ghana said on Friday it will not sign any trade deal with Togo this year.",
			[]string{"GHA>TGO 057"}, []string{"TGO>GHA 057", "GHA>TGO 121"}},
		{"a refused renewal of an agreement stays a rejection",
			"PANAMA CITY, Feb 2 (Sitrep) — Panama said on Sunday it would not renew its port agreement with China.",
			[]string{"PAN>CHN 121"}, nil},
	}
	runStories(t, p, cases)
	// The signing is negated, not planned nor occurred.
	negated := []story{
		{"the refused signing is negated", cases[0].text, []string{"SLB>CHN 057 negated"}, []string{"SLB>CHN 057 planned", "SLB>CHN 057 occurred"}},
		{"the refused deal is negated", cases[1].text, []string{"GHA>TGO 057 negated"}, nil},
	}
	checkStories(t, p, negated, func(e sitrep.Event) string {
		return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO + " " + string(e.Status)
	})
}

// TestRefusedResignation: "would not resign" tells a resignation that
// will not happen, 0831 negated (the ninth session's third wave), while
// "refused to resign", told by its own verb, stays the rejection 1231.
func TestRefusedResignation(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a negated promise to resign is the resignation negated, not a refusal to yield",
			"PORT MORESBY, March 4 (Sitrep) — Thousands marched through Port Moresby on Monday. Papua New Guinea's prime minister said he would not resign.",
			[]string{"PNG>PNG 0831 negated"}, []string{"PNG>PNG 124 occurred", "PNG>PNG 0831 planned"}},
		{"a refusal told by its own verb stays a rejection",
			"BISHKEK, April 8 (Sitrep) — Kyrgyzstan's president refused to resign on Thursday.",
			[]string{"KGZ>KGZ 1231 occurred"}, []string{"KGZ>KGZ 0831 negated"}},
	}
	checkStories(t, p, cases, func(e sitrep.Event) string {
		return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO + " " + string(e.Status)
	})
}
