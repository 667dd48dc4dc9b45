package corpus

import (
	"reflect"
	"strings"
	"testing"
)

const iob2Sample = `# newdoc id = d1
# sent_id = s1
# text = Barack Obama visited Paris .
1	Barack	B-PER	-	x
2	Obama	I-PER	-	x
3	visited	O	-	-
4	Paris	B-LOC	-	x
5	.	O	-	-

# sent_id = s2
1	He	O	-	-
2	met	O	-	-
3	the	O	-	-
4	UN	B-ORG	-	-

# newdoc id = d2
1	Bonn	B-LOC	-	-
`

func TestReadIOB2(t *testing.T) {
	sents, err := ReadIOB2(strings.NewReader(iob2Sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 3 {
		t.Fatalf("got %d sentences, want 3", len(sents))
	}
	if got := sents[0].Comment("sent_id"); got != "s1" {
		t.Errorf("sent_id = %q", got)
	}
	if !reflect.DeepEqual(sents[1].Tokens, []string{"He", "met", "the", "UN"}) {
		t.Errorf("tokens = %q", sents[1].Tokens)
	}
	docs, gold := IOB2Documents(sents)
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	if docs[0].Text != "Barack Obama visited Paris .\nHe met the UN" {
		t.Errorf("text = %q", docs[0].Text)
	}
	var got []string
	for _, e := range gold[0] {
		if docs[0].Text[e.Start:e.End] != e.Text {
			t.Errorf("entity %v: text does not match its offsets", e)
		}
		got = append(got, e.Label+":"+e.Text)
	}
	want := []string{"PER:Barack Obama", "LOC:Paris", "ORG:UN"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entities = %q, want %q", got, want)
	}
	if docs[0].Sentences[1].TokStart != 5 || docs[0].Tokens[5].Sent != 1 {
		t.Errorf("second sentence indexed wrongly: %+v", docs[0].Sentences[1])
	}
	if docs[1].ID != "d2" || len(gold[1]) != 1 {
		t.Errorf("second document: %q %v", docs[1].ID, gold[1])
	}
}

func TestIOB2Spans(t *testing.T) {
	for _, tc := range []struct {
		tags string
		want []TokenSpan
	}{
		{"O O", nil},
		{"B-PER I-PER O", []TokenSpan{{0, 2, "PER"}}},
		{"B-PER B-PER", []TokenSpan{{0, 1, "PER"}, {1, 2, "PER"}}},
		{"I-LOC I-LOC O I-ORG", []TokenSpan{{0, 2, "LOC"}, {3, 4, "ORG"}}},
		{"B-PER I-ORG", []TokenSpan{{0, 1, "PER"}, {1, 2, "ORG"}}},
		{"O B-LOC I-LOC", []TokenSpan{{1, 3, "LOC"}}},
	} {
		if got := IOB2Spans(strings.Fields(tc.tags)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.tags, got, tc.want)
		}
	}
}

func TestReadIOB2Errors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1\tx\n", "line 1: want at least 3"},
		{"a\tx\tO\n", "line 1: bad index"},
		{"1\tx\tO\n3\ty\tO\n", "line 2: index 3 out of sequence"},
		{"1\tx\tQ-PER\n", `line 1: bad tag "Q-PER"`},
		{"1\tx\tO\n# c\n", "line 2: comment inside"},
		{"1\t\tO\n", "line 1: empty token"},
	} {
		_, err := ReadIOB2(strings.NewReader(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.in, err, tc.want)
		}
	}
}

func FuzzReadIOB2(f *testing.F) {
	f.Add(iob2Sample)
	f.Add("1\ta\tI-X\n2\tb\tB-Y\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadIOB2(strings.NewReader(in))
		if err != nil {
			return
		}
		docs, gold := IOB2Documents(sents)
		for i, d := range docs {
			for _, e := range gold[i] {
				if e.Start < 0 || e.End > len(d.Text) || e.Start >= e.End || d.Text[e.Start:e.End] != e.Text {
					t.Fatalf("bad entity %+v in %q", e, d.Text)
				}
			}
			for _, tok := range d.Tokens {
				if tok.Start < 0 || tok.End > len(d.Text) || tok.Start > tok.End {
					t.Fatalf("bad token %+v", tok)
				}
			}
		}
	})
}
