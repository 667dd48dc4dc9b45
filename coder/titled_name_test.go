package coder_test

import "testing"

// TestTitledNameObject: a person named with a title the entry lists ("sent
// Foreign Minister Ahmed Khan to Kabul") meets the entry's object
// condition, though the parse makes the name the object and the title its
// modifier.
func TestTitledNameObject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"minister sent",
			"ISLAMABAD (Reuters) - Pakistan sent Foreign Minister Ahmed Khan to Kabul on Sunday.",
			[]string{"PAK>AFG 042"}, nil},
		{"minister being sent",
			"India is sending Foreign Minister Raj Kumar to Nepal for two days.",
			[]string{"IND>NPL 042"}, nil},
		{"title not listed",
			"Kenya sent Bishop John Okoth to Juba on Friday.",
			nil, []string{"KEN>SSD 042"}},
	}
	runStories(t, p, cases)
}
