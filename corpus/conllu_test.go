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

// TestReadCoNLLURefusesNumbering: heads are read by position, so IDs out
// of order, a HEAD past the sentence or a token range that does not
// cover the words after it would give silently wrong trees; each is an
// error naming its line.
func TestReadCoNLLURefusesNumbering(t *testing.T) {
	w := func(id, form, head string) string {
		return id + "\t" + form + "\t_\tX\t_\t_\t" + head + "\tdep\t_\t_\n"
	}
	for _, tc := range []struct{ in, want string }{
		{w("1", "Birds", "2") + w("2", "sing", "0"), ""},
		{w("1-2", "can't", "_") + w("1", "ca", "0") + w("2", "n't", "1"), ""},
		{w("2", "sing", "0") + w("1", "Birds", "2"), "line 1: word ID 2, want 1"},
		{w("1", "Birds", "2") + w("3", "sing", "0"), "line 2: word ID 3, want 2"},
		{w("1", "Birds", "2") + w("1", "sing", "0"), "line 2: word ID 1, want 2"},
		{w("1", "Birds", "3") + w("2", "sing", "0"), "line 1: HEAD 3, but the sentence has 2 words"},
		{w("1", "Birds", "-1") + w("2", "sing", "0"), `line 1: bad HEAD "-1"`},
		{w("1", "Birds", "2") + w("2-3", "sing", "_") + w("2", "sing", "0"), "sentence at line 1: token range 2-3, but the sentence has 2 words"},
		{w("1", "Birds", "2") + w("1-2", "Birds sing", "_") + w("2", "sing", "0"), `line 2: token range "1-2" does not start at the next word, 2`},
		{w("1-3", "abc", "_") + w("1", "a", "0") + w("2-2", "b", "_") + w("2", "b", "1") + w("3", "c", "1"), "token ranges 1-3 and 2-2 overlap"},
		// The next sentence counts from 1 again.
		{w("1", "Birds", "0") + "\n" + w("1", "Fish", "0"), ""},
	} {
		_, err := ReadCoNLLU(strings.NewReader(tc.in))
		if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%q: error %v, want %q", tc.in, err, tc.want)
		}
	}
}

// TestWriteCoNLLUKeepsInput: a document read from CoNLL-U is written
// back with the input's sentence ids, token ranges (SpaceAfter on the
// range, not on its words), empty nodes and DEPS, so that annotate
// --input conllu keeps the gold tokens and numbering; a comment-only
// block is no sentence (review35 finding 1).
func TestWriteCoNLLUKeepsInput(t *testing.T) {
	const stop = `# sent_id = c
# text = Stop!
1-2	Stop!	_	_	_	_	_	_	_	_
1	Stop	stop	VERB	VB	_	0	root	_	_
2	!	!	PUNCT	.	_	1	punct	_	_

`
	const kept = `# newdoc id = d1
# sent_id = 7
# text = We won't stop.
1	We	we	PRON	PRP	_	3	nsubj	3:nsubj	_
2-3	won't	_	_	_	_	_	_	_	_
2	wo	will	AUX	MD	_	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	stop	stop	VERB	VB	_	0	root	0:root	SpaceAfter=No
4.1	stops	stop	VERB	VB	_	_	_	4:conj	_
5	.	.	PUNCT	.	_	4	punct	4:punct	_

# sent_id = news-2
# text = Fue del puerto.
0.1	ser	ser	VERB	_	_	_	_	1:dep	_
1	Fue	ser	VERB	VB	_	0	root	0:root	_
2-3	del	_	_	_	_	_	_	_	_
2	de	de	ADP	IN	_	4	case	4:case	_
3	el	el	DET	DT	_	4	det	4:det	_
4	puerto	puerto	NOUN	NN	_	1	obl	1:obl	SpaceAfter=No
5	.	.	PUNCT	.	_	1	punct	1:punct	_

` + stop
	for _, tc := range []struct{ name, in, want string }{
		{"kept", kept, kept},
		{"comment-only block", "# newdoc id = d2\n\n" + stop, "# newdoc id = d2\n" + stop},
		// No sent_id: the document's id and the sentence's number.
		{"no sent_id", "# newdoc id = d3\n1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n",
			"# newdoc id = d3\n# sent_id = d3-1\n# text = Go\n1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n"},
	} {
		sents, err := ReadCoNLLU(strings.NewReader(tc.in))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var buf bytes.Buffer
		for _, d := range Documents(sents, "\n", true) {
			if err := WriteCoNLLU(&buf, d, nil); err != nil {
				t.Fatal(err)
			}
		}
		if buf.String() != tc.want {
			t.Errorf("%s: wrote\n%s\nwant\n%s", tc.name, buf.String(), tc.want)
		}
	}
}

// TestReadCoNLLUCommentBlock: comments set apart by a blank line belong
// to the next sentence; a block of ranges or empty nodes without words
// is an error.
func TestReadCoNLLUCommentBlock(t *testing.T) {
	sents, err := ReadCoNLLU(strings.NewReader("# newdoc id = d\n\n# sent_id = a\n1\tGo\t_\t_\t_\t_\t0\troot\t_\t_\n\n# trailing\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || sents[0].Comment("newdoc id") != "d" || sents[0].Comment("sent_id") != "a" || sents[0].Line != 1 {
		t.Fatalf("got %+v", sents)
	}
	if _, err := ReadCoNLLU(strings.NewReader("1.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n")); err == nil || !strings.Contains(err.Error(), "no words") {
		t.Errorf("empty node alone: %v", err)
	}
}

// TestReadCoNLLURefusesEmptyFields: an empty field is not "_"; an empty
// FORM made a token without text that was written back as "_" and then
// did not match its gold (review35 finding 5).
func TestReadCoNLLURefusesEmptyFields(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1\t\t_\tX\tX\t_\t0\troot\t_\t_\n", "line 1: empty FORM field"},
		{"\tRain\t_\tX\tX\t_\t0\troot\t_\t_\n", "line 1: empty ID field"},
		{"1\tRain\t_\tX\tX\t_\t\troot\t_\t_\n", "line 1: empty HEAD field"},
		{"1\tRain\t_\tX\tX\t_\t0\troot\t_\t\n", "line 1: empty MISC field"},
		{"1-2\t\t_\t_\t_\t_\t_\t_\t_\t_\n1\tRa\t_\tX\tX\t_\t0\troot\t_\t_\n", "line 1: empty FORM field"},
		{"1\tRain\t_\tX\tX\t_\t0\troot\t_\t_\n", ""},
	} {
		_, err := ReadCoNLLU(strings.NewReader(tc.in))
		if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%q: error %v, want %q", tc.in, err, tc.want)
		}
	}
}
