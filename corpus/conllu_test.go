package corpus

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `# newdoc id = d1
# sent_id = s1
# text = I don't know.
1	I	I	PRON	PRP	_	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = s2
# text = Go.
1	Go	go	VERB	VB	_	0	root	_	SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	_	_

`

func TestDocumentsRebuildText(t *testing.T) {
	sents, err := ReadCoNLLU(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	docs := Documents(sents, " ", true)
	if len(docs) != 1 {
		t.Fatalf("got %d docs", len(docs))
	}
	d := docs[0]
	if d.Text != "I don't know. Go." {
		t.Fatalf("text %q", d.Text)
	}
	var words []string
	for i := range d.Tokens {
		words = append(words, d.TokenText(i))
	}
	if got := strings.Join(words, "|"); got != "I|do|n't|know|.|Go|." {
		t.Fatalf("words %s", got)
	}
	if d.Tokens[0].Head != 3 || d.Tokens[3].Head != -1 || d.Tokens[6].Head != 5 {
		t.Fatalf("heads %+v", d.Tokens)
	}
	if s := d.Sentences[1]; d.Text[s.Start:s.End] != "Go." || s.TokStart != 5 || s.TokEnd != 7 {
		t.Fatalf("sentence %+v", s)
	}
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, d, nil); err != nil {
		t.Fatal(err)
	}
	back, err := ReadCoNLLU(&buf)
	if err != nil {
		t.Fatal(err)
	}
	d2 := Documents(back, " ", true)[0]
	if d2.Text != d.Text || len(d2.Tokens) != len(d.Tokens) {
		t.Fatalf("round trip: %q", d2.Text)
	}
	for i := range d.Tokens {
		if d.Tokens[i] != d2.Tokens[i] {
			t.Fatalf("token %d: %+v vs %+v", i, d.Tokens[i], d2.Tokens[i])
		}
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	for _, in := range []string{"1\tx\n", "x\ta\tb\tc\td\te\tf\tg\th\ti\n", "1\ta\tb\tc\td\te\tX\tg\th\ti\n"} {
		if _, err := ReadCoNLLU(strings.NewReader(in)); err == nil || !strings.HasPrefix(err.Error(), "line 1:") {
			t.Errorf("%q: got %v", in, err)
		}
	}
}

func FuzzReadCoNLLU(f *testing.F) {
	f.Add(sample)
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLLU(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, d := range Documents(sents, "\n", true) {
			for _, tok := range d.Tokens {
				if tok.Start < 0 || tok.End > len(d.Text) || tok.Start > tok.End {
					t.Fatalf("bad span %+v in %q", tok, d.Text)
				}
			}
		}
	})
}

// TestReadCoNLLUWordLines: each word records its file line, past
// comments and multi-word token lines (mend26, for the GUM reader's
// errors).
func TestReadCoNLLUWordLines(t *testing.T) {
	sents, err := ReadCoNLLU(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	want := [][]int{{4, 6, 7, 8, 9}, {13, 14}}
	for si, s := range sents {
		for wi, w := range s.Words {
			if w.Line != want[si][wi] {
				t.Errorf("sentence %d word %d (%s): line %d, want %d", si+1, w.ID, w.Form, w.Line, want[si][wi])
			}
		}
	}
}
