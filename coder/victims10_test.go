package coder_test

import (
	"testing"

	"sitrep"
)

// TestKillByVictim: a killing or shooting is coded by its victims (the
// gold guide): civilians, villagers, workers → 180; protesters → 175;
// other victims keep 190 (docs/events.md, "Tenth session: victims10").
// Made-up stories.
func TestKillByVictim(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"soldiers killing villagers",
			"BAMAKO, May 28 (Sitrep) — Malian soldiers killed 12 villagers near Mopti on Monday, residents said.",
			[]string{"MLI 18"}, []string{"MLI 19"}},
		{"soldiers shooting farm workers",
			"NIAMEY, May 28 (Sitrep) — Nigerien soldiers shot two French workers near Tillaberi on Friday.",
			[]string{"NER 18"}, []string{"NER 19"}},
		{"police killing protesters",
			"NAIROBI, May 28 (Sitrep) — Kenyan police killed four protesters in Nairobi on Tuesday, a rights group said.",
			[]string{"KEN 17"}, []string{"KEN 19"}},
		{"a passive killing of civilians",
			"BAMAKO, May 28 (Sitrep) — Eight civilians were killed by Malian soldiers in a village near Mopti on Monday, residents said.",
			[]string{"MLI 18"}, []string{"MLI 19"}},
		{"troops killing soldiers stay 190",
			"KHARTOUM, May 28 (Sitrep) — Sudanese troops killed 20 Chadian soldiers near the border on Monday.",
			[]string{"SDN 19"}, []string{"SDN 18"}},
	}
	checkStories(t, p, cases, func(e sitrep.Event) string {
		return key(e.Source) + " " + e.CAMEO[:2]
	})
}
