package eval

import (
	"strings"
	"testing"

	"sitrep/corpus"
)

const goldCoNLLU = `# sent_id = 1
1	Troops	troop	NOUN	NNS	Number=Plur	2	nsubj	_	_
2	left	leave	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	Kabul	Kabul	PROPN	NNP	Number=Sing	2	obj	_	_
4	's	's	PART	POS	_	3	case	_	_
5	airport	airport	NOUN	NN	Number=Sing	2	obl:npmod	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_

`

func readSents(t *testing.T, s string) []corpus.Sentence {
	t.Helper()
	sents, err := corpus.ReadCoNLLU(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func TestCompareCoNLLU(t *testing.T) {
	// Each case edits one line of the gold file; the expected counts say
	// which metrics the edit must cost, the subtype and feature-order
	// cases that it must not.
	tests := []struct {
		name     string
		from, to string
		want     CoNLLU
	}{
		{"identical", "", "", CoNLLU{6, 6, 6, 6, 6, 6, 6}},
		{"wrong upos", "3	Kabul	Kabul	PROPN", "3	Kabul	Kabul	NOUN", CoNLLU{6, 5, 6, 6, 6, 6, 6}},
		{"wrong xpos", "PROPN	NNP", "PROPN	NNPS", CoNLLU{6, 6, 5, 6, 6, 6, 6}},
		{"wrong lemma", "left	leave", "left	left", CoNLLU{6, 6, 6, 6, 5, 6, 6}},
		{"feature order ignored", "Mood=Ind|Tense=Past|VerbForm=Fin", "VerbForm=Fin|Mood=Ind|Tense=Past", CoNLLU{6, 6, 6, 6, 6, 6, 6}},
		{"non-universal feature ignored", "3	Kabul	Kabul	PROPN	NNP	Number=Sing", "3	Kabul	Kabul	PROPN	NNP	Number=Sing|ExtPos=PROPN", CoNLLU{6, 6, 6, 6, 6, 6, 6}},
		{"wrong feature", "Number=Plur", "Number=Sing", CoNLLU{6, 6, 6, 5, 6, 6, 6}},
		{"subtype ignored in LAS", "obl:npmod", "obl:tmod", CoNLLU{6, 6, 6, 6, 6, 6, 6}},
		{"wrong label", "2	obl:npmod", "2	obj", CoNLLU{6, 6, 6, 6, 6, 6, 5}},
		{"wrong head", "3	case", "2	case", CoNLLU{6, 6, 6, 6, 6, 5, 5}},
		{"no parse", "2	punct", "_	_", CoNLLU{6, 6, 6, 6, 6, 5, 5}},
	}
	gold := readSents(t, goldCoNLLU)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(goldCoNLLU, tt.from) {
				t.Fatalf("edit %q not in the gold file", tt.from)
			}
			pred := readSents(t, strings.Replace(goldCoNLLU, tt.from, tt.to, 1))
			got, err := CompareCoNLLU(gold, pred)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestCompareCoNLLUGoldLemmaUnknown(t *testing.T) {
	gold := readSents(t, strings.Replace(goldCoNLLU, "left	leave", "left	_", 1))
	pred := readSents(t, strings.Replace(goldCoNLLU, "left	leave", "left	lef", 1))
	got, err := CompareCoNLLU(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	if got.Lemma != 6 {
		t.Errorf("a word without a gold lemma must count as right, got %d of 6", got.Lemma)
	}
}

func TestCompareCoNLLUMismatch(t *testing.T) {
	gold := readSents(t, goldCoNLLU)
	tests := []struct {
		name, pred, want string
	}{
		{"other word", strings.Replace(goldCoNLLU, "Kabul	Kabul", "Kandahar	Kandahar", 1), `word 3 is "Kabul"`},
		{"missing word", strings.Replace(goldCoNLLU, "6	.	.	PUNCT	.	_	2	punct	_	_\n", "", 1), "has 6 words"},
		{"missing sentence", "", "1 sentences"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CompareCoNLLU(gold, readSents(t, tt.pred))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestCompareDocuments(t *testing.T) {
	sents := readSents(t, goldCoNLLU)
	gold := corpus.Documents(sents, "\n", true)
	pred := corpus.Documents(sents, "\n", true)
	pred[0].Tokens[1].Lemma = "leaves"
	pred[0].Tokens[3].Head = 1
	pred[0].Tokens[5].Deprel = ""
	got, err := CompareDocuments(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	want := CoNLLU{Words: 6, UPOS: 6, XPOS: 6, UFeats: 6, Lemma: 5, UAS: 4, LAS: 4}
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if _, err := CompareDocuments(gold, nil); err == nil {
		t.Error("document count mismatch not reported")
	}
}

func TestReport(t *testing.T) {
	var b strings.Builder
	CoNLLU{Words: 4, UPOS: 3, XPOS: 2, UFeats: 4, Lemma: 1}.Report(&b, Metrics{Tags: true, Lemmas: true})
	out := b.String()
	for _, want := range []string{"UPOS        75.00", "XPOS        50.00", "LEMMA       25.00"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "UAS") {
		t.Errorf("report shows UAS though deps were not asked for:\n%s", out)
	}
}

// TestCompareCoNLLUNoHeads: a "_" HEAD or DEPREL in the gold is refused
// (before, "_" against "_" scored as a right attachment, so a prediction
// of all "_" against such a gold got UAS 100); a prediction's "_" is
// wrong.
func TestCompareCoNLLUNoHeads(t *testing.T) {
	noDeps := func(s string) string {
		var b strings.Builder
		for _, line := range strings.SplitAfter(s, "\n") {
			f := strings.Split(line, "\t")
			if len(f) == 10 {
				f[6], f[7] = "_", "_"
			}
			b.WriteString(strings.Join(f, "\t"))
		}
		return b.String()
	}
	bare := noDeps(goldCoNLLU)
	if _, err := CompareCoNLLU(readSents(t, bare), readSents(t, bare)); err == nil || !strings.Contains(err.Error(), "gold line 2: HEAD or DEPREL") {
		t.Errorf("gold without heads: error %v", err)
	}
	if err := CheckGoldDeps(readSents(t, strings.Replace(goldCoNLLU, "2	obj", "2	_", 1))); err == nil || !strings.Contains(err.Error(), "gold line 4") {
		t.Errorf("gold word without a relation: error %v", err)
	}
	got, err := CompareCoNLLU(readSents(t, goldCoNLLU), readSents(t, bare))
	if err != nil {
		t.Fatal(err)
	}
	if got.UAS != 0 || got.LAS != 0 || got.UPOS != 6 {
		t.Errorf("all-\"_\" prediction: %+v, want UAS and LAS 0", got)
	}
}
