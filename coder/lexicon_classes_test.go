package coder

import (
	"strings"
	"testing"
)

// TestLexiconClasses: a "$name" in a condition stands for the lemmas of
// the class line above it, also inside another class, and among other
// lemmas of the same list.
func TestLexiconClasses(t *testing.T) {
	in := "class:envoy\tambassador|envoy\n" +
		"class:staff\t$envoy|attaché\n" +
		"recall\tobj=$envoy|consul @from\t161\trecall an envoy\n" +
		"withdraw\tobj=$staff subj=$envoy\t161\twithdraw staff\n" +
		"pledge\tobj=$|dollar\t070\tpledge money\n"
	lx, err := ParseLexicon(strings.NewReader(in), "x.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lemma string
		got   []string
		want  string
	}{
		{"recall", lx.verbs["recall"][0].Obj, "ambassador|envoy|consul"},
		{"withdraw", lx.verbs["withdraw"][0].Obj, "ambassador|envoy|attaché"},
		{"withdraw", lx.verbs["withdraw"][0].Subj, "ambassador|envoy"},
		// A lone "$" is the currency sign's lemma, as before classes.
		{"pledge", lx.verbs["pledge"][0].Obj, "$|dollar"},
	} {
		if got := strings.Join(c.got, "|"); got != c.want {
			t.Errorf("%s: got %s, want %s", c.lemma, got, c.want)
		}
	}
	if len(lx.verbs) != 3 {
		t.Errorf("class lines taken for entries: %d verbs", len(lx.verbs))
	}
}

// TestLexiconClassErrors: a bad class line or use names its line.
func TestLexiconClassErrors(t *testing.T) {
	for _, c := range []struct{ in, line string }{
		{"recall\tobj=$envoy\t161\trecall\n", "x.tsv:1:"},                       // never defined
		{"recall\tobj=$envoy\t161\trecall\nclass:envoy\tenvoy\n", "x.tsv:1:"},   // defined below its use
		{"class:envoy\tenvoy\nclass:envoy\tambassador\n", "x.tsv:2:"},           // given twice
		{"class:\tenvoy\n", "x.tsv:1:"},                                         // no name
		{"class:en voy\tenvoy\n", "x.tsv:1:"},                                   // a space in the name
		{"class:envoy\n", "x.tsv:1:"},                                           // no lemmas
		{"class:envoy\tenvoy\t161\trecall\n", "x.tsv:1:"},                       // an entry's fields
		{"class:envoy\tenvoy||consul\n", "x.tsv:1:"},                            // an empty lemma
		{"class:envoy\tenvoy\n\nrecall\tobj=envoy|\t161\trecall\n", "x.tsv:3:"}, // an empty lemma in a condition
		{"class:envoy\t$staff\n", "x.tsv:1:"},                                   // a class not defined above
	} {
		_, err := ParseLexicon(strings.NewReader(c.in), "x.tsv")
		if err == nil || !strings.HasPrefix(err.Error(), c.line) {
			t.Errorf("%q: got %v, want an error at %s", c.in, err, c.line)
		}
	}
}
