package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/coder"
)

// namingCallStories name a thing with "call" and carry an "on" or "for"
// phrase after the object (eleventh session, extra11): no appeal (020)
// to the country in that phrase. Made-up stories.
var namingCallStories = []story{
	{"a decision on talks called a victory",
		"KYIV, March 4 (Sitrep) — Moldova's president called the vote on membership talks \"a great day for Moldova and for Europe\" on Monday.",
		nil, []string{"MDA>MDA 020", "MDA>IGOEUREEC 020"}},
	{"what it called attacks on a country",
		"VILNIUS, June 2 (Sitrep) — Lithuania summoned the Belarusian envoy on Friday over what it called \"cyber attacks\" on Lithuania.",
		[]string{"LTU>BLR 114"}, []string{"BLR>LTU 020", "LTU>LTU 020"}},
}

// appealCallStories keep a true "called on" and "called for".
var appealCallStories = []story{
	{"called on a country to talk",
		"ACCRA, May 6 (Sitrep) — Ghana called on Togo on Monday to reopen the border.",
		[]string{"GHA>TGO 020"}, nil},
}

// TestNamingCall runs the stories through the whole pipeline.
func TestNamingCall(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, namingCallStories)
	runStories(t, p, appealCallStories)
}

// TestNamingCallOff: with the rule off, the appeal comes back.
func TestNamingCallOff(t *testing.T) {
	comesBackWithout(t, coder.ObjectFirst, namingCallStories)
}

// ownPeopleStories advise a country's own public (eleventh session,
// extra11): no appeal (020) of the country to itself. Made-up stories.
var ownPeopleStories = []story{
	{"citizens told to avoid travel",
		"ACCRA, May 6 (Sitrep) — Ghana urged its citizens on Monday to avoid travel to the border region.",
		nil, []string{"GHA>GHA 020", "GHA>GHACVL 020"}},
	{"residents asked to stay at home",
		"BISHKEK, May 6 (Sitrep) — Kyrgyzstan's interior ministry asked residents to stay at home on Monday.",
		nil, []string{"KGZ>KGZ 020", "KGZ>KGZCVL 020"}},
	{"a plural demonym",
		"BAMAKO, May 6 (Sitrep) — Mali's interim president urged Malians to save fuel on Monday.",
		nil, []string{"MLI>MLI 020", "MLIGOV>MLI 020"}},
}

// foreignPeopleStories keep appeals to another country's public or to a
// named party at home.
var foreignPeopleStories = []story{
	{"another country's residents",
		"ACCRA, May 6 (Sitrep) — Ghana urged Togo on Monday to let its residents cross the border.",
		[]string{"GHA>TGO 020"}, nil},
}

// TestOwnPeople runs the stories through the whole pipeline.
func TestOwnPeople(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, ownPeopleStories)
	runStories(t, p, foreignPeopleStories)
}

// TestOwnPeopleOff: with the rule off, the appeal to itself comes back.
func TestOwnPeopleOff(t *testing.T) {
	comesBackWithout(t, coder.OwnPeople, ownPeopleStories)
}

// nestedRepeatStories tell one act twice, once by the month and once by
// the day inside it (eleventh session, extra11): coded once.
var nestedRepeatStories = []story{
	{"protests told by their noun in the month and by a march on a day",
		"TBILISI, March 10 (Sitrep) — Georgian opposition supporters have staged protests in Tbilisi this month against the government. On Friday, thousands of Georgian protesters marched to parliament.",
		[]string{"GEO>GEO 141"}, nil},
}

// TestNestedRepeat checks that the protest is coded once, and twice
// with the rule off.
func TestNestedRepeat(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, on := range []bool{true, false} {
		*coder.NestedRepeat = on
		n := countCode(t, p, nestedRepeatStories[0].text, "GEO>GEO 141")
		if on && n != 1 || !on && n < 2 {
			t.Errorf("rule on=%v: GEO>GEO 141 coded %d times", on, n)
		}
	}
	*coder.NestedRepeat = true
	runStories(t, p, nestedRepeatStories)
}

// countCode counts the events of one story written "SRC>TGT CAMEO".
func countCode(t *testing.T, p interface{ Process(*sitrep.Document) error }, text, want string) int {
	t.Helper()
	d := &sitrep.Document{ID: "t", Text: text}
	var err error
	if d.Published, err = sitrep.ParseDate("2024-03-10"); err != nil {
		t.Fatal(err)
	}
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range d.Events {
		if key(e.Source)+">"+key(e.Target)+" "+e.CAMEO == want {
			n++
		}
	}
	return n
}

// proposedTalksStories put talks forward without holding them (eleventh
// session, extra11): no 046 between the parties. Made-up stories.
var proposedTalksStories = []story{
	{"talks proposed, the participle read as a modifier",
		"RIGA, May 6 (Sitrep) — Latvia's prime minister said he was ready to meet Estonia's leaders but not at the border, and proposed talks between the two governments in Riga on June 2.",
		nil, []string{"LVA>EST 046", "EST>LVA 046"}},
	{"resuming talks proposed",
		"SANTIAGO, May 6 (Sitrep) — Chile has proposed resuming fishing talks with Peru, its foreign minister said on Monday.",
		nil, []string{"CHL>PER 046", "PER>CHL 046"}},
}

// heldTalksStories keep talks that were held.
var heldTalksStories = []story{
	{"talks held",
		"SANTIAGO, May 6 (Sitrep) — Chile resumed fishing talks with Peru on Monday, its foreign minister said.",
		[]string{"CHL>PER 046"}, nil},
}

// TestProposedTalks runs the stories through the whole pipeline.
func TestProposedTalks(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, proposedTalksStories)
	runStories(t, p, heldTalksStories)
}

// TestProposedTalksOff: with the rule off, the talks come back.
func TestProposedTalksOff(t *testing.T) {
	comesBackWithout(t, coder.ProposedTalks, proposedTalksStories)
}

// backedByStories describe a side by the support it has (eleventh
// session, extra11): no praise or support (051) either way. Made-up
// stories.
var backedByStories = []story{
	{"forces backed by drones",
		"MOGADISHU, May 6 (Sitrep) — Somali troops backed by Ethiopian drones drove militants out of three towns in the Bay region on Tuesday, the army said.",
		nil, []string{"SOM>ETH 051", "ETH>SOM 051"}},
	{"loyal troops, backed by jets",
		"NIAMEY, May 6 (Sitrep) — Niger's government said on Monday it had regained control of the capital after loyal troops, backed by Chadian fighter jets, crushed a mutiny by a group of officers on Sunday.",
		nil, []string{"NER>TCD 051", "TCD>NER 051"}},
}

// backingStories keep support told as an act.
var backingStories = []story{
	{"backed a plan",
		"ACCRA, May 6 (Sitrep) — Ghana backed Togo's peace plan on Monday.",
		[]string{"GHA>TGO 051"}, nil},
}

// TestBackedBy runs the stories through the whole pipeline.
func TestBackedBy(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, backedByStories)
	runStories(t, p, backingStories)
}

// TestBackedByOff: with the rule off, the support comes back.
func TestBackedByOff(t *testing.T) {
	comesBackWithout(t, coder.BareParticiple, backedByStories)
}

// TestNestedRepeatMerged checks what the one record of an act told twice
// keeps: both mentions, and the day rather than the month it lies in.
func TestNestedRepeatMerged(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	d := &sitrep.Document{ID: "t", Text: nestedRepeatStories[0].text}
	var err error
	if d.Published, err = sitrep.ParseDate("2024-03-10"); err != nil {
		t.Fatal(err)
	}
	if err := pipeline(t).Process(d); err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Events {
		if key(e.Source)+">"+key(e.Target)+" "+e.CAMEO != "GEO>GEO 141" {
			continue
		}
		if e.Mentions < 2 || e.Date != "2024-03-08" || e.DatePrecision != "day" {
			t.Errorf("merged protest: mentions %d, date %s (%s); want 2 or more, 2024-03-08 (day)", e.Mentions, e.Date, e.DatePrecision)
		}
		return
	}
	t.Error("no GEO>GEO 141")
}
