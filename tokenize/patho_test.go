package tokenize

import (
	"strings"
	"testing"
)

// TestRepeated runs long repetitions of awkward units, which would expose
// rules that misbehave on runs (deep recursion, lost bytes).
func TestRepeated(t *testing.T) {
	tk := New()
	for _, unit := range []string{"a-", "(", "'", "''", ".", "a.", "-", "’", "a/", "x'", "'s", "Mr. ", "\n", "a\n", "U.S.", "..a", "a)(", "word.Word", "?.", "“"} {
		s := strings.Repeat(unit, 5000/len(unit))
		sents, toks := tk.Split(s)
		checkSpans(t, s, sents, toks)
	}
}
