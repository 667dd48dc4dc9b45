package corpus

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"sitrep"
)

// WriteCoNLLU writes doc as CoNLL-U: "# newdoc id", then for each sentence
// "# sent_id" and "# text", one line per token, SpaceAfter=No where the next
// token follows without a space. Extra MISC items per token (NER=B-PER, say)
// come from misc, which may be nil. What doc.Given holds (from a CoNLL-U
// input) is written back: the input's sentence ids, token ranges before
// the words they cover, empty nodes and DEPS. A sentence without tokens
// is left out, as CoNLL-U has none.
func WriteCoNLLU(w io.Writer, doc *sitrep.Document, misc func(tok int) []string) error {
	bw := bufio.NewWriter(w)
	g := doc.Given
	if g == nil {
		g = &sitrep.Given{}
	}
	fmt.Fprintf(bw, "# newdoc id = %s\n", oneLine(doc.ID))
	// spaceAfterNo: token i is followed, in its sentence, by one that
	// starts where it ends.
	spaceAfterNo := func(i int, s sitrep.Sentence) bool {
		t := &doc.Tokens[i]
		return i+1 < s.TokEnd && doc.Tokens[i+1].Start == t.End && t.End != t.Start
	}
	mw, en := 0, 0 // the next multi-word token and empty node of g
	for si, s := range doc.Sentences {
		for mw < len(g.MultiWords) && g.MultiWords[mw].First < s.TokStart {
			mw++
		}
		for en < len(g.EmptyNodes) && g.EmptyNodes[en].Sent < si {
			en++
		}
		if s.TokStart >= s.TokEnd {
			continue
		}
		id := fmt.Sprintf("%s-%d", oneLine(doc.ID), si+1)
		if si < len(g.SentIDs) && g.SentIDs[si] != "" {
			id = oneLine(g.SentIDs[si])
		}
		fmt.Fprintf(bw, "# sent_id = %s\n", id)
		fmt.Fprintf(bw, "# text = %s\n", oneLine(doc.Text[s.Start:s.End]))
		emptyAfter := func(k int) {
			for ; en < len(g.EmptyNodes) && g.EmptyNodes[en].Sent == si && g.EmptyNodes[en].After <= k; en++ {
				bw.WriteString(g.EmptyNodes[en].Line)
				bw.WriteByte('\n')
			}
		}
		emptyAfter(0)
		inside := -1 // the last token of the multi-word token being written
		for i := s.TokStart; i < s.TokEnd; i++ {
			t := &doc.Tokens[i]
			if mw < len(g.MultiWords) && g.MultiWords[mw].First == i {
				last := min(g.MultiWords[mw].Last, s.TokEnd-1)
				mw++
				// SpaceAfter belongs to the range, never to a word in it.
				rm := "_"
				if spaceAfterNo(last, s) {
					rm = "SpaceAfter=No"
				}
				fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", i-s.TokStart+1, last-s.TokStart+1,
					field(doc.Text[t.Start:doc.Tokens[last].End]), rm)
				inside = last
			}
			head, rel := "_", "_"
			if t.Deprel != "" {
				rel = t.Deprel
				head = "0"
				if t.Head >= 0 {
					head = fmt.Sprint(t.Head - s.TokStart + 1)
				}
			}
			var m []string
			if i > inside && spaceAfterNo(i, s) {
				m = append(m, "SpaceAfter=No")
			}
			if misc != nil {
				m = append(m, misc(i)...)
			}
			mf := "_"
			if len(m) > 0 {
				mf = strings.Join(m, "|")
			}
			deps := ""
			if i < len(g.Deps) {
				deps = g.Deps[i]
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", i-s.TokStart+1, field(doc.TokenText(i)),
				field(t.Lemma), field(t.UPOS), field(t.XPOS), field(t.Feats), head, rel, field(deps), mf)
			emptyAfter(i - s.TokStart + 1)
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

func field(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
