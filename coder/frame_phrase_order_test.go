package coder_test

import (
	"testing"

	"sitrep/coder"
)

// TestPhraseOrder: an entry's phrase of any noun ("call on=*") follows its
// trigger and no other phrase of it comes between (frame_phrase_order.go).
// Each case of the rule must differ with the rule switched off.
func TestPhraseOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		text string
		rule bool
		want string
	}{
		{"Germany's ambassador did not attend a meeting the Serbian president called with foreign envoys on the unrest.", true, ""},
		{"BELGRADE, Aug 12 (Sitrep) — Serbia's president called on Germany to recall its ambassador.", false, "020"},
		// A time read as the object does not part the verb from its phrase.
		{"LIMA (Sitrep) — Peru's president called Wednesday for Chile to recall its ambassador.", false, "020"},
		// A medium of speech between does not part them either (mend25).
		{"The European Union called in a statement on Russia to withdraw its troops.", false, "020"},
		// The coder's occasions are such settings too (mend26, review
		// finding 9: settingPhrases reuses occasionNouns and
		// anchorOccasions).
		{"The European Union called at the ceremony on Russia to withdraw its troops.", false, "020"},
	}
	codes := func(text string) string {
		return codesOf(t, p, text, func(code string) bool { return code == "020" })
	}
	for _, c := range cases {
		if got := codes(c.text); got != c.want {
			t.Errorf("%q: appeals %q, want %q", c.text, got, c.want)
		}
		if !c.rule {
			continue
		}
		*coder.PhraseOrder = false
		off := codes(c.text)
		*coder.PhraseOrder = true
		if off == c.want {
			t.Errorf("%q: with the rule off still %q: the case does not test the rule", c.text, off)
		}
	}
}

// namingTwoObjects: a naming verb the parse gives two objects, one before
// it ("what") and one after ("a matter"): the phrase after the second is
// no appeal (objectBefore reads every object, spur30). Made-up story.
var namingTwoObjects = []story{
	{"what she called a matter for a country",
		"LIMA, May 6 (Sitrep) — Canada's foreign minister declined to comment on what she called a matter for Peru.",
		nil, []string{"CAN>PER 020"}},
}

// TestNamingTwoObjects runs the story, and with the rule off the appeal
// comes back.
func TestNamingTwoObjects(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), namingTwoObjects)
	comesBackWithout(t, coder.ObjectFirst, namingTwoObjects)
}
