package coder_test

import (
	"testing"

	"sitrep/coder"
)

// talksTopicStories name talks as the topic of another noun or as a past
// point in a "since" clause, in stories of two countries: no talks are
// held (thirteenth session, talksnoun17). Made-up stories.
var talksTopicStories = []story{
	{"the decision on talks",
		"ADDIS ABABA, June 2 (Sitrep) — Ethiopia accused Eritrea on Monday of massing troops on the border. Eritrea denied the charge. Ethiopian officials called the decision on talks a mistake.",
		nil, []string{"ETH>ERI 046", "ERI>ETH 046"}},
	{"no basis for talks",
		"ADDIS ABABA, June 2 (Sitrep) — Ethiopia accused Eritrea on Monday of massing troops on the border. Eritrea denied the charge. The Ethiopian foreign minister said Addis Ababa saw no basis for talks until Asmara pulled back its troops.",
		nil, []string{"ETH>ERI 046", "ERI>ETH 046"}},
	{"since talks broke down",
		"ADDIS ABABA, June 2 (Sitrep) — Ethiopia and Eritrea exchanged 40 prisoners on Monday, the first exchange since talks in Nairobi broke down in March.",
		[]string{"ETH>ERI 0841"}, []string{"ETH>ERI 046", "ERI>ETH 046"}},
}

// talksHeldStories17 keep talks held.
var talksHeldStories17 = []story{
	{"talks held",
		"ADDIS ABABA, June 2 (Sitrep) — Ethiopia accused Eritrea on Monday of massing troops on the border. Eritrean and Ethiopian envoys held talks in Nairobi on Monday.",
		[]string{"ETH>ERI 046", "ERI>ETH 046"}, nil},
	{"days of talks held",
		"GENEVA, June 2 (Sitrep) — Armenian and Azerbaijani negotiators held three days of talks in Geneva this week.",
		[]string{"ARM>AZE 046", "AZE>ARM 046"}, nil},
	{"a day of brokered talks held",
		"GENEVA, June 2 (Sitrep) — Armenian and Azerbaijani delegations held a second day of U.S.-brokered talks in Geneva on Tuesday.",
		[]string{"ARM>AZE 046", "AZE>ARM 046", "USA>ARM 045", "USA>AZE 045"}, []string{"USA>ARM 046"}},
}

// TestTalksTopic runs the stories through the whole pipeline.
func TestTalksTopic(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, talksTopicStories)
	runStories(t, p, talksHeldStories17)
	runStories(t, p, []story{{"span of talks in a story of another pair", spanStory,
		[]string{"ARM>AZE 046", "AZE>ARM 046", "USA>AZE 045"}, nil}})
}

// TestTalksTopicOff: with the rule off, the story's two sides come back
// as parties of the talks.
func TestTalksTopicOff(t *testing.T) {
	comesBackWithout(t, coder.TalksTopic, talksTopicStories)
}

// spanStory's main pair is another than the talks' sides: without the
// rule, the talks noun takes the story's pair and the sides are lost.
const spanStory = "WASHINGTON, June 2 (Sitrep) — The United States urged Armenia on Monday to sign a peace treaty. Armenian and Azerbaijani delegations held a second day of U.S.-brokered talks in Geneva on Tuesday."

// TestTalksSpanOff: with the rule off, the talks held over a span are
// not the verb's, and the story's pair takes them.
func TestTalksSpanOff(t *testing.T) {
	failsWithout(t, coder.TalksSpan, []offCase{
		{spanStory, "ARM>AZE 046"},
	})
}
