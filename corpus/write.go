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
// come from misc, which may be nil.
func WriteCoNLLU(w io.Writer, doc *sitrep.Document, misc func(tok int) []string) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# newdoc id = %s\n", oneLine(doc.ID))
	for si, s := range doc.Sentences {
		fmt.Fprintf(bw, "# sent_id = %s-%d\n", oneLine(doc.ID), si+1)
		fmt.Fprintf(bw, "# text = %s\n", oneLine(doc.Text[s.Start:s.End]))
		for i := s.TokStart; i < s.TokEnd; i++ {
			t := &doc.Tokens[i]
			head, rel := "_", "_"
			if t.Deprel != "" {
				rel = t.Deprel
				head = "0"
				if t.Head >= 0 {
					head = fmt.Sprint(t.Head - s.TokStart + 1)
				}
			}
			var m []string
			if i+1 < len(doc.Tokens) && doc.Tokens[i+1].Start == t.End && t.End != t.Start && i+1 < s.TokEnd {
				m = append(m, "SpaceAfter=No")
			}
			if misc != nil {
				m = append(m, misc(i)...)
			}
			mf := "_"
			if len(m) > 0 {
				mf = strings.Join(m, "|")
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t_\t%s\n", i-s.TokStart+1, field(doc.TokenText(i)),
				field(t.Lemma), field(t.UPOS), field(t.XPOS), field(t.Feats), head, rel, mf)
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
