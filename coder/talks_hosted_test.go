package coder_test

import (
	"testing"

	"sitrep/coder"
)

// hostedTalksStories tell of talks a third country hosts or brokers
// between two sides of another country: the talks are that country's
// own (X>X), not the host's with one side (thirteenth session, talks17).
// Made-up stories.
var hostedTalksStories = []story{
	{"talks brokered between a government and rebels",
		"DOHA, June 2 (Sitrep) — Qatar brokered talks between the government of Chad and the rebel groups on Sunday.",
		[]string{"TCD>TCD 046"}, []string{"TCD>QAT 046", "QAT>TCD 046"}},
	{"talks hosted with the between-phrase after a date",
		"PRETORIA, June 2 (Sitrep) — South Africa hosted talks in Pretoria on Monday between Malawi's president, Joseph Banda, and his vice-president, Peter Mwale.",
		[]string{"MWI>MWI 046"}, []string{"MWI>ZAF 046", "ZAF>MWI 046"}},
}

// foreignSidesStories: talks hosted between two countries are not made
// one country's own.
var foreignSidesStories = []story{
	{"talks hosted between two neighbours",
		"ANKARA, June 2 (Sitrep) — Turkey hosted talks in Ankara on Monday between Ethiopia and Somalia.",
		nil, []string{"ETH>ETH 046", "TUR>TUR 046"}},
}

// TestHostedHome runs the stories through the whole pipeline.
func TestHostedHome(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, hostedTalksStories)
	runStories(t, p, foreignSidesStories)
}

// TestHostedHomeOff: with the rule off, the host comes back as a party
// to the talks.
func TestHostedHomeOff(t *testing.T) {
	comesBackWithout(t, coder.HostedHome, hostedTalksStories)
}
