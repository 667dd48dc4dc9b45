package coder_test

import "testing"

// TestMednoun10MediationBy checks that the noun "mediation" with a
// by-phrase naming its mediator ("after mediation by Qatar's emir") is
// mediation (045) by that mediator toward the party the sentence names.
func TestMednoun10MediationBy(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"after mediation by",
			"Mali has freed two Algerian engineers held for six months, after mediation by Qatar's emir, officials said on Tuesday.",
			[]string{"QAT>MLI 045"}, nil},
		{"following mediation by",
			"Niger released a detained Beninese trader on Friday following mediation by Togo's president.",
			[]string{"TGO>NER 045"}, nil},
	})
}

// TestMednoun10MediationMission checks that a mediation mission a body
// will send is its mediation (045) toward the party, not toward another
// international body the story names.
func TestMednoun10MediationMission(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"would send a mediation mission",
			"The African Union suspended Gabon after the coup. ECOWAS condemned the takeover in Gabon and said it would send a mediation mission led by Ghana's former president next week.",
			[]string{"IGOWAFWAS>GAB 045"}, []string{"IGOWAFWAS>IGOAFRAU 045"}},
	})
}
