package coder_test

import "testing"

// TestBareObliqueConjunct: "called on X and Y" with the second name hung
// on the verb as a bare oblique of its own, with the "and" its own: both
// are the appeal's targets (docs/events.md, "Tenth session: pairs10").
// Made-up stories.
func TestBareObliqueConjunct(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an appeal to a country and a bloc",
			"KYIV, May 28 (Sitrep) — Ukraine's defence minister called on the United States and the European Union to speed up deliveries of fighter jets.",
			[]string{"UKR>USA 020", "UKR>IGOEUREEC 020"}, nil},
		{"an appeal to a country and a union",
			"NAIROBI, May 28 (Sitrep) — President William Ruto called on the United States and the African Union to speed up deliveries of food aid to Sudan.",
			[]string{"KEN>USA 020", "KEN>IGOAFRAU 020"}, nil},
	}
	runStories(t, p, cases)
}

// TestAidPurpose: aid from outsiders whose own purpose names the country
// it is for ("pledged $200 million to help Tonga rebuild") goes there,
// not to the country the story is about; an actor of another clause
// coordinated with the aid ("Australia sent doctors to Samoa, and New
// Zealand pledged aid") is still no guess (docs/events.md, "Tenth
// session: pairs10"). Made-up stories.
func TestAidPurpose(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	const lead = "SUVA, May 28 (Sitrep) — Chinese Premier Li Qiang arrived in Fiji on Sunday for talks with Prime Minister Sitiveni Rabuka on fisheries and policing. Li and Rabuka signed five agreements. "
	cases := []story{
		{"aid to help a country named in its purpose",
			lead + "Australia and New Zealand pledged $200 million to help Tonga rebuild its roads.",
			[]string{"AUS>TON 070", "NZL>TON 070"}, []string{"AUS>CHN 070", "NZL>CHN 070"}},
		{"aid to bring something to a country's people",
			lead + "Australia and New Zealand pledged $200 million to bring clean water to 80 percent of Tonga's people.",
			[]string{"AUS>TON 070", "NZL>TON 070"}, []string{"AUS>CHN 070", "NZL>CHN 070"}},
		{"a country of a coordinated clause",
			lead + "Australia sent doctors to Samoa, and New Zealand pledged $200 million in aid.",
			[]string{"AUS>WSM 073"}, []string{"NZL>WSM 070"}},
	}
	runStories(t, p, cases)
}
