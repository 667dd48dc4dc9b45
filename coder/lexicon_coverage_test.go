package coder_test

import "testing"

// TestVerbFormsMisLemmatised: verbs whose base ends in a silent e or in a
// doubled l, which the lemmatiser gets wrong ("rebuked" as "rebuk",
// "annulled" as "annull"), are found by their written form. Made-up
// stories through the whole pipeline.
func TestVerbFormsMisLemmatised(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{"a rebuke in the past tense is criticism",
			"The Czech government rebuked Slovakia on Tuesday over the vote.",
			[]string{"CZE>SVK 111"}, nil},
		{"a rebuke told with -ing",
			"Austria issued a statement rebuking Hungary for the decision.",
			[]string{"AUT>HUN 111"}, nil},
		{"a pact annulled",
			"Ecuador annulled the pact with Peru on Monday.",
			[]string{"ECU>PER 160"}, nil},
	})
}

// TestCrowdBlockade: a blockade by boats, farmers or a crowd is a protest
// (144); armed forces blockade (191). The tagger often reads "boats
// blockaded the port" as a participle on "boats"; a participle with an
// object of its own is the past verb, and the noun its subject.
func TestCrowdBlockade(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{"boats blockading a port protest",
			"Dozens of Spanish fishing boats blockaded Portugal's main harbour on Friday over the new quotas.",
			[]string{"ESP>PRT 144"}, []string{"ESP>PRT 191"}},
		{"a navy blockading a port uses force",
			"The Turkish navy blockaded the Greek port on Friday.",
			[]string{"TUR>GRC 191"}, nil},
	})
}

// TestLexiconCoverageEighth: wire phrasings of CAMEO acts the lexicon had
// no entry for (the eighth session's lexicon coverage in docs/events.md),
// with their synonyms. Made-up stories through the whole pipeline.
func TestLexiconCoverageEighth(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{"a withdrawal completed is a retreat",
			"Britain completed its withdrawal from Iraq on Monday.",
			[]string{"GBR>IRQ 0874"}, nil},
		{"a pullout completed",
			"Germany completed the pullout of its troops from Mali.",
			[]string{"DEU>MLI 0874"}, nil},
		{"weapons handed over demobilise",
			"Colombian rebels handed over their weapons to the United Nations on Friday.",
			[]string{"COL>IGOUNO 0873"}, nil},
		{"weapons surrendered",
			"Colombian rebels surrendered their weapons to the United Nations.",
			[]string{"COL>IGOUNO 0873"}, nil},
		{"flights resumed between two countries",
			"Egypt resumed flights to Qatar on Monday.",
			[]string{"EGY>QAT 061"}, nil},
		{"flights restored",
			"India restored flights to Pakistan.",
			[]string{"IND>PAK 061"}, nil},
		{"a party acting as mediator mediates",
			"Qatar acted as a mediator between Israel and Hamas.",
			[]string{"QAT>ISR 045"}, nil},
		{"a plea for clemency asks for a release",
			"Australia's plea for clemency was rejected by Indonesia on Monday.",
			[]string{"AUS>IDN 0253"}, nil},
		{"a deportation told as a noun",
			"Colombia condemned Venezuela's deportation of hundreds of Colombians.",
			[]string{"VEN>COL 174"}, nil},
		{"border guards facing off, each way",
			"Indian troops faced off with Chinese troops in Ladakh on Monday.",
			[]string{"IND>CHN 150", "CHN>IND 150"}, nil},
		{"concerns conveyed through diplomatic channels are a complaint",
			"Tokyo conveyed its concerns to Beijing through diplomatic channels.",
			[]string{"JPN>CHN 114"}, nil},
		{"a tour of two countries is a visit to each",
			"The Japanese prime minister began a tour of Vietnam and Indonesia on Monday.",
			[]string{"JPN>VNM 042", "VNM>JPN 043", "JPN>IDN 042", "IDN>JPN 043"}, nil},
		{"being in contact with a government is consultation, each way",
			"Egypt said it was in contact with Sudanese officials.",
			[]string{"EGY>SDN 040", "SDN>EGY 040"}, nil},
		{"a boycott of a country's goods",
			"China's boycott of Japanese goods hurt exporters on Monday.",
			[]string{"CHN>JPN 143"}, nil},
		{"a bombing told as a noun with its doer as possessor",
			"Ethiopia's bombing of Somalia killed ten people on Monday.",
			[]string{"ETH>SOM 195"}, nil},
		{"a judgement of cruelty is criticism",
			"The Dutch prime minister called the executions by Iran cruel.",
			[]string{"NLD>IRN 111"}, nil},
	})
}
