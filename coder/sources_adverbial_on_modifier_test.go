package coder_test

import (
	"testing"

	"sitrep/coder"
)

// adverbialStories have a participle or gerund clause whose doer is the
// subject above a word the clause hangs on (eighteenth session, subj26).
// Made-up stories; keys carry the status.
var adverbialStories = []struct {
	story
	on *bool
}{
	{story{"a while-clause hung on the adjective of an as-phrase",
		"LONDON, May 27 (Sitrep) — British Foreign Secretary Alan Brede on Friday slammed Russia as dangerous while praising Ukraine as a true friend.",
		[]string{"GBR>UKR 051 occurred"}, nil}, coder.AdverbialOnModifier},
	{story{"an after-clause hung on the adjective",
		"LONDON, May 27 (Sitrep) — Britain on Friday described Russia as hostile after praising Ukraine for its courage.",
		[]string{"GBR>UKR 051 occurred"}, nil}, coder.AdverbialOnModifier},
	{story{"a gerund after 'in' under a predicate adjective",
		"PARIS, May 27 (Sitrep) — France and Germany were alone in condemning Iran on Friday.",
		[]string{"FRA>IRN 111 occurred"}, nil}, coder.InGerund},
}

// TestAdverbialSources runs the stories through the whole pipeline, then
// again with each story's rule off: each story goes wrong.
func TestAdverbialSources(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range adverbialStories {
		checkStories(t, p, []story{c.story}, withStatus)
	}
	for _, c := range adverbialStories {
		*c.on = false
		wrong, got := goesWrong(t, p, c.story, withStatus)
		*c.on = true
		if !wrong {
			t.Errorf("%s: with the rule off, still right (got %v)", c.name, got)
		}
	}
}
