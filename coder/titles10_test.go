package coder_test

import "testing"

// TestTitles10 checks the tenth session's titled people (made-up stories):
// a country's name before an unknown word and a title gives the title its
// country ("U.S. hostage envoy"); "Acting", "Outgoing", "Incoming" read as
// a gerund taking the titled name as its object leave the name the verb's
// subject; a titled name whose given name is not the KB person's is not
// that person ("former prime minister Rosa Chavez" is no Hugo Chavez); and
// the KB's rows for Maria Angela Holguin as the U.N. envoy on Cyprus and
// for ministers it lacked (Gerald Darmanin, Ghassan Maumoon).
func TestTitles10(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{
			name: "a country's name, an unknown word, a title",
			text: "KABUL, May 27 (Sitrep) — U.S. hostage envoy Tom Carver held talks with Afghan officials in Kabul on Monday.",
			want: []string{"USA>AFG 046", "AFG>USA 046"},
		},
		{
			name: "Outgoing President",
			text: "ACCRA, May 27 (Sitrep) — Outgoing President Kwame Boateng accused Togo of arming rebels on Monday.",
			want: []string{"GHA>TGO 112"},
		},
		{
			name: "Acting Prime Minister",
			text: "YEREVAN, May 27 (Sitrep) — Acting Prime Minister Aram Petrosyan agreed on Monday to hold talks with Azerbaijan.",
			want: []string{"ARM>AZE 046"},
		},
		{
			name: "a country's acting Prime Minister",
			text: "BANGKOK, May 27 (Sitrep) — Thailand's acting Prime Minister Somchai Rattana signed a ceasefire with Cambodia on Monday.",
			want: []string{"THA>KHM 057"},
		},
		{
			name: "a country's outgoing President",
			text: "LIMA, May 27 (Sitrep) — Peru's outgoing President Rosa Quispe accused Mexico of meddling on Monday.",
			want: []string{"PER>MEX 112"},
		},
		{
			name: "another person's given name before a KB surname",
			text: "LIMA, May 27 (Sitrep) — Mexico granted asylum to former prime minister Rosa Chavez on Monday.",
			want: []string{"MEX>PER 075"},
			not:  []string{"MEX>VEN 075"},
		},
		{
			name: "the U.N. envoy on Cyprus",
			text: "NICOSIA, May 27 (Sitrep) — U.N. envoy Maria Angela Holguin met Cypriot President Nikos Christodoulides on Monday.",
			want: []string{"IGOUNO>CYP 040"},
			not:  []string{"COL>CYP 040"},
		},
		{
			name: "a French interior minister in a Noumea story",
			text: "NOUMEA, May 27 (Sitrep) — Interior Minister Gerald Darmanin accused Azerbaijan of meddling in the territory on Monday.",
			want: []string{"FRA>AZE 112"},
			not:  []string{"NCL>AZE 112"},
		},
		{
			name: "the Maldives' defence minister in a New Delhi story",
			text: "NEW DELHI, May 27 (Sitrep) — Defence Minister Ghassan Maumoon signed a military aid agreement with China on Monday.",
			want: []string{"MDV>CHN 057"},
			not:  []string{"IND>CHN 057"},
		},
	})
}
