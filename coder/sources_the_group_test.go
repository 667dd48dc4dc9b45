package coder_test

import (
	"testing"

	"sitrep/coder"
)

// groupStories tell of an armed group named once in full and then called
// "the group" (thirteenth session, entry17). Made-up stories.
var groupStories = []story{
	{"a release by the group named the sentence before",
		"MANILA, June 2 (Sitrep) — Abu Sayyaf militants seized four Malaysian fishermen off Sabah last month. The group freed them on Sunday on the island of Basilan.",
		[]string{"PHL>MYS 0841"}, nil},
	{"missiles fired by the group, told by the other side",
		"SANAA, June 2 (Sitrep) — Yemen's Houthis said on Monday they had shot down an American drone. The group fired two missiles at an Israeli port on Tuesday, the Israeli army said.",
		[]string{"YEM>ISR 195"}, nil},
}

// groupOtherBodyStories: "the group" after a rights group is that body,
// not an armed group named earlier.
var groupOtherBodyStories = []story{
	{"a rights group between",
		"GOMA, June 2 (Sitrep) — M23 rebels shelled a camp near Goma on Monday. Human Rights Watch said the shelling had killed six people. The group accused Rwanda of arming the rebels.",
		nil, []string{"COD>RWA 112"}},
}

// TestGroupAntecedent runs the stories through the whole pipeline.
func TestGroupAntecedent(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, groupStories)
	runStories(t, p, groupOtherBodyStories)
}

// TestGroupAntecedentOff: with the rule off, the group's acts have no
// source.
func TestGroupAntecedentOff(t *testing.T) {
	var cases []offCase
	for _, c := range groupStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.GroupAntecedents, cases)
}

// armedMarchStories: rebels that march on a town advance; it is no
// protest. Made-up stories.
var armedMarchStories = []story{
	{"rebels marching on a city",
		"GOMA, June 2 (Sitrep) — M23 rebels captured the town of Rutshuru on Monday. The group said it would march on Goma next.",
		nil, []string{"COD>COD 141"}},
}

// protestMarchStories keep the protest marches of crowds.
var protestMarchStories = []story{
	{"protesters marching",
		"LIMA, June 2 (Sitrep) — Thousands of Peruvian protesters marched on Congress on Monday against the new pension law.",
		[]string{"PER>PER 141"}, nil},
}

// TestArmedMarch runs the stories through the whole pipeline.
func TestArmedMarch(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, armedMarchStories)
	runStories(t, p, protestMarchStories)
}

// TestArmedMarchOff: with the rule off, the rebels' march is a protest
// again.
func TestArmedMarchOff(t *testing.T) {
	comesBackWithout(t, coder.ArmedMarches, armedMarchStories)
}
