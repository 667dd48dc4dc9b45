package coder_test

import "testing"

// TestSpuriousEighth holds classes of events the coder made up where the
// gold guide codes none (docs/events.md, "Eighth session: spurious events
// with no gold twin"). Made-up stories through the whole pipeline.
func TestSpuriousEighth(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an organisation's own summit is no meeting between parties",
			"Chile and Peru signed a fisheries deal on Monday. The Chilean president then flew to Brussels for the NATO summit.",
			[]string{"CHL>PER 057"}, []string{"IGOWSTNAT>- 040"}},
		{"an organisation's council that meets meets inside the organisation",
			"NIAMEY, July 28 (Sitrep) — Soldiers in Niger seized power on Wednesday. The African Union's Peace and Security Council meets in Addis Ababa on Tuesday to weigh sanctions, officials said.",
			nil, []string{"IGOAFRAU>IGOUNO 040", "IGOUNO>IGOAFRAU 040"}},
		{"a summit held with someone is still a meeting",
			"The European Union held a summit with China in Beijing on Thursday.",
			[]string{"IGOEUREEC>CHN 040"}, nil},
		{"the broker of talks told by a compound mediates toward each party, it is no party",
			"Serbian and Kosovar delegations held a third day of U.S.-brokered talks in Geneva on Tuesday.",
			[]string{"USA>XKX 045"}, []string{"XKX>USA 046", "USA>XKX 046"}},
		{"the broker of talks told by a participle is no party either, even as the story's other side",
			"ANKARA, May 3 (Sitrep) — Sudan's army and an alliance of armed groups have agreed to an immediate ceasefire in the western region after talks brokered by Turkey, the Turkish foreign ministry said on Friday.",
			nil, []string{"SDN>TUR 046", "TUR>SDN 046"}},
		{"an act told only as the condition of a threat is not coded",
			"Al Shabaab threatened more attacks on Kenya on Monday unless Nairobi withdrew its troops from Somalia.",
			[]string{"SOM>KEN 138"}, []string{"KEN>SOM 0874"}},
		{"an act a blockade waits on is not coded either",
			"NIAMEY, May 3 (Sitrep) — Niger's opposition coalition said on Tuesday it would maintain the boycott of parliament until the junta stepped down.",
			nil, []string{"NER>NER 0831"}},
		{"an act a past fact lasted until happened",
			"Serbian police held the crossing with Kosovo for a week until Serbia withdrew its troops from the border.",
			[]string{"SRB>XKX 0874"}, nil},
	}
	runStories(t, p, cases)
}
