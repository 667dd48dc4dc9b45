package coder_test

import "testing"

// TestWarCrimesInquiries: an inquiry whose own words name war crimes is
// CAMEO's 094 and is aimed at the side whose conduct of war it examines,
// the story's other side, not at home as other inquiries are
// (docs/events.md, "Eighth session: actor pairs"). Made-up stories.
func TestWarCrimesInquiries(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a war crimes investigation hung on the trigger as a compound",
			"YEREVAN, May 28 (Sitrep) — Azerbaijani artillery shelled border villages in Armenia on Monday, killing four farmers. Armenia's prosecutor general said on Tuesday that his office had opened a war crimes investigation.",
			[]string{"ARM>AZE 094"}, []string{"ARM>ARM 090", "ARM>ARM 094"}},
		{"killings investigated as war crimes, named by an as-phrase",
			"ADDIS ABABA, May 28 (Sitrep) — Eritrean troops shelled the town of Zalambessa in Ethiopia last week. Ethiopia's justice ministry said it was investigating the shelling as a war crime.",
			[]string{"ETH>ERI 094"}, []string{"ETH>ETH 090"}},
		{"an inquiry that names no war crimes stays at home",
			"ADDIS ABABA, May 28 (Sitrep) — Eritrean troops shelled the town of Zalambessa in Ethiopia last week. Ethiopia's justice ministry said it was investigating the collapse of a dam in Tigray.",
			[]string{"ETH>ETH 090"}, []string{"ETH>ERI 090", "ETH>ERI 094"}},
	}
	runStories(t, p, cases)
}

// TestNewsClaimDenials: a denial of what the news carries ("media
// reports", "claims in the press") answers no side: target "-" (the gold
// guide: a denial is aimed at the accuser, or at no one if none is
// named); a country's own report still names its accuser. Made-up
// stories.
func TestNewsClaimDenials(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"media reports named before the noun",
			"OSLO, May 28 (Sitrep) — Norway expelled a Swedish diplomat on Monday. Foreign Minister Espen Barth Eide denied Swedish media reports that Oslo had spied on the embassy.",
			[]string{"NOR>- 016"}, []string{"NOR>SWE 016"}},
		{"claims in the media, named by an in-phrase",
			"OSLO, May 28 (Sitrep) — Norway expelled a Swedish diplomat on Monday. The Norwegian foreign ministry rejected claims in Swedish media that it had spied on the embassy.",
			[]string{"NOR>- 016"}, []string{"NOR>SWE 016"}},
		{"a country's own report is answered",
			"OSLO, May 28 (Sitrep) — Norway expelled a Swedish diplomat on Monday. The Norwegian foreign ministry denied a Swedish report that it had spied on the embassy.",
			[]string{"NOR>SWE 016"}, []string{"NOR>- 016"}},
	}
	runStories(t, p, cases)
}

// TestMissilesAtSea: a missile that comes down at sea, told by the
// verb's own phrase ("off its coast") or by the missile's relative
// clause ("that landed in the sea"), is a test or show of force with no
// target (150 toward "-"), not an attack on the story's other side.
// Made-up stories.
func TestMissilesAtSea(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"fired off the coast",
			"TOKYO, May 28 (Sitrep) — Japan and China held talks on Monday. China fired a cruise missile off its southern coast on Tuesday, Japan's defence ministry said.",
			[]string{"CHN>- 150"}, []string{"CHN>JPN 195"}},
		{"a missile that landed in the sea",
			"TOKYO, May 28 (Sitrep) — Japan and China held talks on Monday. China fired a medium-range missile that landed in the sea east of Okinawa, Japan's defence ministry said.",
			[]string{"CHN>- 150"}, []string{"CHN>JPN 195"}},
		{"a missile fired at a named target is still an attack",
			"TOKYO, May 28 (Sitrep) — Japan and China held talks on Monday. China fired a missile at a Japanese destroyer on Tuesday, Japan's defence ministry said.",
			[]string{"CHN>JPN 195"}, []string{"CHN>- 150"}},
	}
	runStories(t, p, cases)
}

// TestWhichDenials: "X said …, which Y denied" answers the maker of the
// claim when it is of the denier's own country (a domestic accuser the
// usual guesses never reach); a foreign maker is left to those guesses.
// Made-up stories.
func TestWhichDenials(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a home accuser, clause hung on the last noun",
			"LUSAKA, June 4 (Sitrep) — Zambia and Malawi signed a trade accord on Monday. A Zambian opposition lawmaker said police had beaten traders at the Lusaka market on Tuesday, which the Zambian police denied.",
			[]string{"ZMB>ZMB 016"}, []string{"ZMB>MWI 016"}},
		{"a foreign accuser keeps the denied act's party",
			"LUSAKA, June 4 (Sitrep) — Zambia and Malawi held talks on Monday. Malawian officials said Zambian soldiers had fired at a Malawian border post, which Lusaka denied.",
			[]string{"ZMB>MWI 016"}, nil},
	}
	runStories(t, p, cases)
}
