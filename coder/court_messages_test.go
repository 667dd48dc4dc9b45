package coder_test

import "testing"

// TestCourtAndMessages: a country taken to a court or to arbitration is
// the target of the legal complaint (115), as a dispute taken there is;
// a third party carrying messages between two sides mediates (045)
// between them (docs/events.md, "Ninth session: entries that coded
// nothing"). Made-up stories through the whole pipeline; the first three
// fail with the rows taken out of lexicon.tsv.
func TestCourtAndMessages(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a country taken to a court",
			"QUITO, June 3 (Sitrep) — Ecuador said on Monday it would take Peru to an international court over the seized trawlers.",
			[]string{"ECU>PER 115"}, nil},
		{"a dispute taken to a council",
			"DHAKA, June 3 (Sitrep) — Bangladesh said on Monday it would take the matter to the U.N. Security Council after Myanmar shelled a border village.",
			[]string{"BGD>IGOUNO 115"}, nil},
		{"messages carried between two sides",
			"MUSCAT, June 3 (Sitrep) — The United States and Iran held indirect talks in Muscat on Monday, with Oman's foreign minister carrying messages between the two delegations.",
			[]string{"OMN>USA 045", "OMN>IRN 045"}, nil},
		{"a bag carried is no mediation",
			"DOHA, June 3 (Sitrep) — Qatar's foreign minister carried a bag into the meeting with Iran's envoy on Monday.",
			nil, []string{"QAT>IRN 045"}},
	}
	runStories(t, p, cases)
}
