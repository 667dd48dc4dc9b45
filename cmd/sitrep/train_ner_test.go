package main

import (
	"reflect"
	"testing"

	"sitrep/corpus"
)

func TestFoldsByDocument(t *testing.T) {
	doc := func(c ...string) corpus.IOB2Sentence { return corpus.IOB2Sentence{Comments: c} }
	for _, tc := range []struct {
		name  string
		sents []corpus.IOB2Sentence
		k     int
		want  []int
	}{
		{"no comments", []corpus.IOB2Sentence{doc(), doc()}, 2, []int{0, 0}},
		{"documents dealt round-robin", []corpus.IOB2Sentence{doc("newdoc id = a"), doc("sent_id = 2"), doc("newdoc id = b"), doc("newdoc id = c"), doc()}, 2,
			[]int{0, 0, 1, 0, 0}},
		{"first sentence without newdoc", []corpus.IOB2Sentence{doc(), doc("newdoc id = b")}, 3, []int{0, 1}},
	} {
		if got := foldsByDocument(tc.sents, tc.k); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
