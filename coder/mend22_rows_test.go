package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/coder"
)

// mend22RowStories: idiom28's rows narrowed (review22 findings 3-6).
// Made-up stories; each unwanted event was coded before the narrowing.
var mend22RowStories = []story{
	// Finding 3: a court, executive or deportation order cancelled is
	// no trade; a contract ended is 121 whatever the verb; a purchase
	// order cancelled by its buyers still is.
	{"a deportation order cancelled",
		"NAIROBI — Kenya cancelled the deportation order against the Ugandan activist on Monday.",
		nil, []string{"KEN>UGA 121"}},
	{"an executive order cancelled",
		"WASHINGTON — The United States cancelled an executive order on Chinese apps on Monday.",
		nil, []string{"USA>USA 121", "USA>CHN 121"}},
	{"a contract scrapped",
		"ALGIERS — Algeria scrapped a French company's contract for the new port on Monday.",
		[]string{"DZA>FRA 121"}, []string{"DZA>FRA 160"}},
	{"buyers cancelled orders",
		"MASERU — Lesotho's garment factories are struggling. Two US buyers cancelled orders on Monday.",
		[]string{"USA>LSO 121"}, nil},
	// Finding 4: grenades used by security forces, or on a crowd, are
	// repression; by militants against soldiers they are not.
	{"police used rubber bullets",
		"LIMA — Peru's police used rubber bullets on Tuesday, opposition lawmakers said.",
		[]string{"PER>PER 175"}, nil},
	{"live ammunition used on a crowd by gunmen",
		"KHARTOUM — Gunmen used live ammunition against Sudanese protesters on Tuesday.",
		[]string{"SDN>SDN 175"}, nil},
	// Finding 5: drones given to a government are military aid, unless
	// for a search or a rescue; helicopters stay material aid.
	{"drones provided for a war",
		"TEHRAN — Iran provided drones to Russia for its war in Ukraine.",
		[]string{"IRN>RUS 072"}, []string{"IRN>RUS 070"}},
	{"drones provided for a search",
		"LILONGWE — Israel provided two drones to Malawi for the search on Friday.",
		[]string{"ISR>MWI 070"}, []string{"ISR>MWI 072"}},
}

// ownTariffStories: a country's own trade policy is no sanctions eased
// on its own government (finding 6). Made-up stories.
var ownTariffStories = []story{
	{"duties on imports reduced at home",
		"NEW DELHI — India reduced duties on imported rice on Monday to curb prices.",
		[]string{"IND>- 085"}, []string{"IND>IND 085"}},
	{"an export duty lowered",
		"MOSCOW — Russia lowered the duty on wheat exports on Monday.",
		[]string{"RUS>- 085"}, []string{"RUS>RUS 085"}},
}

// mend22CodeStories are told by code alone: an act no row should code at
// all, whoever the parties are coded as.
var mend22CodeStories = []story{
	// Finding 4.
	{"militants used grenades against soldiers",
		"GAZA — Hamas militants used grenades against Israeli soldiers on Tuesday.",
		nil, []string{"175"}},
	{"fighters used grenades against troops",
		"MOSUL — Islamic State fighters used grenades against Iraqi troops on Tuesday.",
		nil, []string{"175"}},
}

// TestMend22Rows runs the stories through the whole pipeline. The rows
// cannot be switched off; each unwanted event was checked by hand to be
// coded with the rows as idiom28 left them.
func TestMend22Rows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, mend22RowStories)
	checkStories(t, p, mend22CodeStories, func(e sitrep.Event) string { return e.CAMEO })
}

// TestOwnEasedSanctions: the stories with the rule, and without it the
// unwanted events are coded (the rule is what drops them).
func TestOwnEasedSanctions(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, ownTariffStories)
	*coder.OwnEasedSanctions = false
	defer func() { *coder.OwnEasedSanctions = true }()
	for _, c := range ownTariffStories {
		if wrong, _ := goesWrong(t, p, c, func(e sitrep.Event) string {
			return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO
		}); !wrong {
			t.Errorf("%s: coded right without the rule", c.name)
		}
	}
}
