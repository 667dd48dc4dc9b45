package coder

import (
	"strings"
	"testing"
)

// FuzzParseLexicon feeds arbitrary lexicon files: the parser must return
// entries or an error naming the line, never panic.
func FuzzParseLexicon(f *testing.F) {
	f.Add("meet\t@with @obj\t040\tmeet\n")
	f.Add("visit\t@obj converse=043\t042\tvisit\n")
	f.Add("n:talk\t@with mutual notarget\t046\ttalks\n")
	f.Add("call\tfor=* @on\t020\tcall for\n# comment\n\n")
	f.Add("x\tconverse=\t040\ty\n")
	f.Add("\t\t\t\n")
	f.Add("appeal:release\t-\t0253\tappeal for a release\n")
	f.Add("class:envoy\tambassador|envoy\nrecall\tobj=$envoy|consul @from\t161\trecall\n")
	f.Add("class:a\t$a\n")
	f.Fuzz(func(t *testing.T, in string) {
		lx, err := ParseLexicon(strings.NewReader(in), "fuzz.tsv")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.tsv") && !strings.Contains(err.Error(), "token too long") {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		for _, m := range []map[string][]*Entry{lx.verbs, lx.nouns} {
			for _, es := range m {
				for _, e := range es {
					if len(e.Code) < 2 {
						t.Errorf("entry with code %q accepted", e.Code)
					}
				}
			}
		}
		for w, c := range lx.appeals {
			if w == "" || len(c) < 2 {
				t.Errorf("appeal %q → %q accepted", w, c)
			}
		}
	})
}
