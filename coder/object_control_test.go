package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/coder"
)

// objectControlStories have an act done by the object of the verb above
// it (fifteenth session, control19). Made-up stories; keys carry the
// status.
var objectControlStories = []story{
	{"an invited visit is the guest's, to the host, planned",
		"NAIROBI, May 27 (Sitrep) — Chinese President Xi Jinping invited Kenyan President William Ruto to visit Beijing next month.",
		[]string{"KEN>CHN 042 planned", "CHN>KEN 043 planned", "CHN>KEN 036 occurred"}, []string{"CHN>KEN 042 planned"}},
	{"an invited visit with no date is still to come",
		"NAIROBI, May 27 (Sitrep) — Chinese President Xi Jinping invited Kenyan President William Ruto to visit Beijing.",
		[]string{"KEN>CHN 042 planned", "CHN>KEN 043 planned"}, nil},
	{"the party persuaded signs, later",
		"TUNIS, May 27 (Sitrep) — France persuaded Italy to sign the migration accord with Tunisia.",
		[]string{"ITA>TUN 057 planned", "TUN>ITA 057 planned"}, []string{"FRA>TUN 057 occurred", "TUN>FRA 057 occurred"}},
}

// permittedActStories have an act only let, helped or invited to: not
// coded (control19). Made-up stories.
var permittedActStories = []story{
	{"fire authorised is not fire opened",
		"ASTANA, May 27 (Sitrep) — Kazakhstan's president said he had authorised the army to open fire on Kyrgyz smugglers at the border.",
		nil, []string{"KAZ>KGZ 190"}},
	{"a response helped is not the helper's",
		"ANKARA, May 27 (Sitrep) — The United States said it stood ready to help the Turkish government respond to the attack by Syrian forces.",
		[]string{"USA>TUR 030"}, []string{"USA>SYR 190", "TUR>SYR 190"}},
	{"talks invited are the invitation's content, not talks planned",
		"ACCRA, May 27 (Sitrep) — Ghana invited Togo to hold talks on the border dispute in Accra next week.",
		[]string{"GHA>TGO 036"}, []string{"GHA>TGO 046", "TGO>GHA 046"}},
}

func withStatus(e sitrep.Event) string {
	return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO + " " + e.Status
}

// TestObjectControl runs the stories through the whole pipeline.
func TestObjectControl(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	checkStories(t, p, objectControlStories, withStatus)
	runStories(t, p, permittedActStories)
}

// TestObjectControlOff: with the rule off, each story goes wrong: a
// wanted event is missing or an unwanted one is coded.
func TestObjectControlOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.ObjectControl = false
	defer func() { *coder.ObjectControl = true }()
	p := pipeline(t)
	check := func(stories []story, keyOf func(sitrep.Event) string) {
		for _, c := range stories {
			if wrong, got := goesWrong(t, p, c, keyOf); !wrong {
				t.Errorf("%s: with the rule off, still right (got %v)", c.name, got)
			}
		}
	}
	check(objectControlStories, withStatus)
	check(permittedActStories, func(e sitrep.Event) string { return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO })
}
