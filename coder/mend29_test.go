package coder_test

import (
	"testing"

	"sitrep/coder"
)

// mend29Stories: review29's findings on this session's rows, each a
// wrongly coded event before the mend. Made-up stories.
var mend29Stories = []story{
	{"a currency appreciated: an amount, no approval",
		"TOKYO — Japan criticized South Korea on Monday. The Japanese yen appreciated 0.5 percent against the euro.",
		[]string{"JPN>KOR 111"}, []string{"JPN>KOR 051"}},
	{"leaders embraced each other: no object, no approval",
		"PARIS — Macron met Scholz in Berlin. The two leaders embraced before the meeting.",
		[]string{"FRA>DEU 040"}, []string{"FRA>DEU 051", "DEU>FRA 051"}},
	{"appreciated help still codes",
		"MADRID — Spain's prime minister said on Monday that he appreciated Portugal's help.",
		[]string{"ESP>PRT 051"}, nil},
	{"forces assaulted positions: a military attack",
		"BAKU — Armenian forces assaulted Azerbaijani positions near the border on Monday.",
		[]string{"ARM>AZE 190"}, []string{"ARM>AZE 182"}},
	{"soldiers assaulted a journalist: a physical assault",
		"BAKU — Armenian soldiers assaulted an Azerbaijani journalist at the border on Monday.",
		[]string{"ARM>AZE 182"}, []string{"ARM>AZE 190"}},
	{"a bill rammed through parliament: no coercion",
		"LAGOS — The ruling party rammed the budget bill through the Nigerian senate on Friday.",
		nil, []string{"NGA>NGA 171"}},
	{"a boat rammed: still coded",
		"MANILA — Chinese coast guard ships rammed a Philippine supply vessel on Monday.",
		[]string{"CHN>PHL 171"}, nil},
	{"called a named leader as a witness: no call",
		"JERUSALEM — Lapid's lawyers called Israeli Prime Minister Benjamin Netanyahu as a witness.",
		nil, []string{"ISR>ISR 041"}},
	{"suspended talks: halted, as suspended negotiations",
		"SANTIAGO — Chile suspended talks with Peru on Monday.",
		[]string{"CHL>PER 164"}, []string{"CHL>PER 160"}},
}

// TestMend29 runs the stories through the whole pipeline. The lexicon
// rows cannot be switched off; each story was checked by hand to fail
// with main's rows before the mend.
func TestMend29(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), mend29Stories)
}

// TestMend29GuardsOff: with the guards off, the amount is read as the
// object approved and "called ... as a witness" is a call.
func TestMend29GuardsOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	defer func(m, c bool) { *coder.MeasureObject, *coder.CalledToRole = m, c }(*coder.MeasureObject, *coder.CalledToRole)
	*coder.MeasureObject, *coder.CalledToRole = false, false
	runStories(t, pipeline(t), []story{
		{"amount read as object, guard off", mend29Stories[0].text, []string{"JPN>KOR 051"}, nil},
		{"as a witness read as a call, guard off", mend29Stories[7].text, []string{"ISR>ISR 041"}, nil},
	})
}
