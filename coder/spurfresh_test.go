package coder_test

import (
	"testing"

	"sitrep/coder"
)

// hostedMeetingStories have "hosted" as a participle on a meeting
// ("talks hosted by X", "X-hosted talks", "meetings hosted by X"): it
// tells who held the talks, not that the others visited the host, so no
// 042 toward the host is coded from it (tenth session, spurfresh). A
// host with its own clause ("which Tanzania will host") still codes the
// visit both ways. Made-up stories.
var hostedMeetingStories = []story{
	{"talks hosted by a third country's president",
		"ARUSHA, Tanzania, May 27 (Sitrep) — Kenya and Uganda agreed on Monday to reopen their shared border at talks hosted by Tanzanian President Samia Suluhu Hassan.",
		nil, []string{"KEN>TZA 042", "UGA>TZA 042"}},
	{"meetings hosted by a presidency",
		"BRUSSELS, May 27 (Sitrep) — Poland and Lithuania said on Monday they would keep away from informal meetings hosted by the Belgian presidency.",
		nil, []string{"POL>BEL 042", "LTU>BEL 042"}},
}

// hostedClauseStories: a host with a clause of its own is a visit.
var hostedClauseStories = []story{
	{"a meeting which the host will hold",
		"NAIROBI, May 27 (Sitrep) — Ethiopia's prime minister and Somalia's president are expected to attend the meeting, which Kenyan President William Ruto will host in Nairobi on Friday.",
		[]string{"KEN>SOM 043", "SOM>KEN 042"}, nil},
}

// TestHostedMeeting runs the stories through the whole pipeline.
func TestHostedMeeting(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, hostedMeetingStories)
	runStories(t, p, hostedClauseStories)
}

// TestHostedMeetingOff: with the rule off, the visits toward the host are
// coded from the participle.
func TestHostedMeetingOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.HostedMeeting = false
	defer func() { *coder.HostedMeeting = true }()
	p := pipeline(t)
	for _, c := range hostedMeetingStories {
		if got := denialCodes(t, p, c.text); !got[c.not[0]] {
			t.Errorf("with the rule off, %s is not coded in %q (the test no longer shows the rule)", c.not[0], c.text)
		}
	}
}
