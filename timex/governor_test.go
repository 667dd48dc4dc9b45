package timex

import (
	"testing"

	"sitrep/nlp/nlptest"
)

// The verb an expression hangs on in the parse decides its tense, not the
// nearest verb in the word order: in "told X on Sunday that Y would act"
// the modal is nearer, but Sunday is told's.
func TestWeekdayTakesTheTenseOfItsGovernor(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
		xpos            []string
	}{
		{
			"past governor, modal nearer",
			"Rubio/Rubio/PROPN/2/nsubj told/tell/VERB/0/root Panamanian/Panamanian/ADJ/5/amod President/President/PROPN/5/compound Mulino/Mulino/PROPN/2/obj on/on/ADP/7/case Sunday/Sunday/PROPN/2/obl it/it/PRON/10/nsubj would/would/AUX/10/aux act/act/VERB/2/ccomp",
			"2025-02-02",
			[]string{"NNP", "VBD", "JJ", "NNP", "NNP", "IN", "NNP", "PRP", "MD", "VB"},
		},
		{
			"future auxiliary on the governor",
			"Officials/official/NOUN/3/nsubj will/will/AUX/3/aux meet/meet/VERB/0/root on/on/ADP/5/case Thursday/Thursday/PROPN/3/obl",
			"2025-02-06",
			[]string{"NNS", "MD", "VB", "IN", "NNP"},
		},
		{
			"passive past",
			"Talks/talk/NOUN/3/nsubj:pass were/be/AUX/3/aux:pass held/hold/VERB/0/root on/on/ADP/5/case Friday/Friday/PROPN/3/obl",
			"2025-01-31",
			[]string{"NNS", "VBD", "VBN", "IN", "NNP"},
		},
		{
			"scheduled in the present: still to come",
			"Talks/talk/NOUN/3/nsubj:pass are/be/AUX/3/aux:pass planned/plan/VERB/0/root for/for/ADP/5/case Friday/Friday/PROPN/3/obl",
			"2025-02-07",
			[]string{"NNS", "VBP", "VBN", "IN", "NNP"},
		},
		{
			"a participle of scheduling without an auxiliary",
			"a/a/DET/2/det vote/vote/NOUN/0/root scheduled/schedule/VERB/2/acl for/for/ADP/5/case Friday/Friday/PROPN/3/obl",
			"2025-02-07",
			[]string{"DT", "NN", "VBN", "IN", "NNP"},
		},
		{
			"an infinitive agreed in the past: ahead",
			"Greece/Greece/PROPN/2/nsubj agreed/agree/VERB/0/root to/to/PART/4/mark hold/hold/VERB/2/xcomp talks/talk/NOUN/4/obj in/in/ADP/7/case July/July/PROPN/4/obl",
			"2025-07",
			[]string{"NNP", "VBD", "TO", "VB", "NNS", "IN", "NNP"},
		},
		{
			"an infinitive of a verb of no intent keeps the past",
			"Greece/Greece/PROPN/2/nsubj managed/manage/VERB/0/root to/to/PART/4/mark hold/hold/VERB/2/xcomp talks/talk/NOUN/4/obj in/in/ADP/7/case July/July/PROPN/4/obl",
			"2024-07",
			[]string{"NNP", "VBD", "TO", "VB", "NNS", "IN", "NNP"},
		},
		{
			"a day something is called for lies ahead",
			"Unions/union/NOUN/2/nsubj called/call/VERB/0/root a/a/DET/4/det strike/strike/NOUN/2/obj for/for/ADP/6/case Thursday/Thursday/PROPN/2/obl",
			"2025-02-06",
			[]string{"NNS", "VBD", "DT", "NN", "IN", "NNP"},
		},
		{
			"scheduled in the past: left as it was",
			"Talks/talk/NOUN/3/nsubj:pass were/be/AUX/3/aux:pass planned/plan/VERB/0/root for/for/ADP/5/case Friday/Friday/PROPN/3/obl",
			"2025-01-31",
			[]string{"NNS", "VBD", "VBN", "IN", "NNP"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := nlptest.Parse(tc.src, "2025-02-03") // a Monday
			if err != nil {
				t.Fatal(err)
			}
			for i := range d.Tokens {
				d.Tokens[i].XPOS = tc.xpos[i]
			}
			if err := New().Process(d); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, x := range d.Timexes {
				if x.Type == "DATE" {
					found = true
					if x.Value != tc.want {
						t.Errorf("%q = %s, want %s", x.Text, x.Value, tc.want)
					}
				}
			}
			if !found {
				t.Fatalf("no date found in %q", d.Text)
			}
		})
	}
}
