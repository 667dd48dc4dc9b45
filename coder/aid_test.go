package coder_test

import "testing"

// TestTroopsSentAsAid: troops a body sends to a country are protection
// (074), not a threat (the thirteenth pass in docs/events.md). Made-up
// stories through the whole pipeline.
func TestTroopsSentAsAid(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an alliance deploying troops to a country sends protection (074), not a threat (154)",
			"SKOPJE, March 4 (Sitrep) — NATO said on Friday it would deploy 400 more troops to North Macedonia after riots near the border.",
			[]string{"IGOWSTNAT>MKD 074"}, []string{"IGOWSTNAT>MKD 154"}},
		{"a regional body sending soldiers to a member is peacekeeping",
			"NAIROBI, May 9 (Sitrep) — The African Union will send 2,000 soldiers to Somalia next month, the bloc said on Tuesday.",
			[]string{"IGOAFRAU>SOM 074"}, []string{"IGOAFRAU>SOM 154"}},
	}
	runStories(t, p, cases)
}

// TestAidNouns: aid told by a noun after a verb of
// approving or announcing.
func TestAidNouns(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"money approved in military aid for a country is aid to it",
			"WASHINGTON, March 2 (Sitrep) — The U.S. Senate approved $300 million in military aid for Jordan on Thursday.",
			[]string{"USA>JOR 070"}, nil},
		{"a loan approved for a country is aid to it",
			"TOKYO, Jan 5 (Sitrep) — Japan approved a loan for Sri Lanka on Monday, the finance ministry said.",
			[]string{"JPN>LKA 070"}, nil},
		{"money announced in aid for a country is aid to it",
			"BRUSSELS, Feb 7 (Sitrep) — The European Union announced 20 million euros in aid for Chad on Friday.",
			[]string{"IGOEUREEC>TCD 070"}, nil},
		{"the recipient named on the aid, not on the verb, is the target, not another party of the story",
			"GENEVA, May 4 (Sitrep) — U.N. agencies said on Monday that they had run out of food for refugees in Chad. The European Union announced 40 million euros in further humanitarian aid for Chad on Monday, saying it would be channelled through U.N. agencies and local charities.",
			[]string{"IGOEUREEC>TCD 070"}, []string{"IGOEUREEC>IGOUNO 070"}},
	}
	runStories(t, p, cases)
}
