package coder_test

import "testing"

// fuzzedStories are texts the whole-pipeline fuzzer and the story
// generator (cmd/sitrep/pipeline_fuzz_test.go) found to crash the coder,
// reduced to a sentence or two. Coding them must end without a panic; no
// event is asked of them.
var fuzzedStories = []story{
	{"an offset from a past day asked in the first sentence",
		"Two days later, the Dickon Mitchell army refused to postpone the talk.", nil, nil},
	{"a text whose issuer is the text again (review21; mend21's guard and maxSourceDepth each stop it)",
		"In a statement on Friday, the statement accused Israel of blocking aid.", nil, nil},
}

func TestFuzzedStories(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the models")
	}
	runStories(t, pipeline(t), fuzzedStories)
}
