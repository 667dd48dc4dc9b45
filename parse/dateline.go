package parse

import (
	"sitrep"
	"sitrep/nlp"
)

// WithDatelines wraps the parser so that a wire dateline opening an
// article ("MANILA, March 24 (Reuters) —", "KYIV, Ukraine -", "WASHINGTON
// (AP) --") is parsed apart from the sentence it prefixes. The treebanks
// give a dateline a sentence of its own (EWT: "TEHRAN (AFP) -"), so a
// parser that meets one glued to the lead makes the place the lead's
// subject or root and hangs the real clause on it. The dateline's tree is
// attached to the lead's root as parataxis, so that the sentence keeps one
// root.
func WithDatelines(c nlp.Component) nlp.Component { return datelineParser{c} }

type datelineParser struct{ nlp.Component }

func (d datelineParser) Process(doc *sitrep.Document) error {
	cuts := make([]int, len(doc.Sentences))
	for si := range doc.Sentences {
		cuts[si], _ = doc.SentenceTokens(si)
	}
	if len(cuts) > 0 {
		// The first sentence, or the second after a headline line.
		si := 0
		if datelineHeadline {
			si = doc.DatelineSentence()
		}
		from, to := doc.SentenceTokens(si)
		cuts[si] = doc.DatelineEnd(from, to)
	}
	return parseCut(d.Component, doc, cuts, "parataxis")
}

// parseCut parses doc with c, sentence si cut in two before token cuts[si]
// (a cut at the sentence's first token leaves it whole), then hangs each
// first piece's root on the root of the piece after it with relation rel,
// so that every sentence keeps one root.
func parseCut(c nlp.Component, doc *sitrep.Document, cuts []int, rel string) error {
	n := 0
	for si, s := range doc.Sentences {
		if cuts[si] > s.TokStart {
			n++
		}
	}
	if n == 0 {
		return c.Process(doc)
	}
	// A copy of the document with those sentences cut in two; it shares
	// the token slice, so the heads land in doc.
	split := *doc
	split.Sentences = make([]sitrep.Sentence, 0, len(doc.Sentences)+n)
	for si, s := range doc.Sentences {
		at := cuts[si]
		if at == s.TokStart {
			split.Sentences = append(split.Sentences, s)
			continue
		}
		first, rest := s, s
		first.End, first.TokEnd = doc.Tokens[at-1].End, at
		rest.Start, rest.TokStart = doc.Tokens[at].Start, at
		split.Sentences = append(split.Sentences, first, rest)
	}
	if err := c.Process(&split); err != nil {
		return err
	}
	for si, s := range doc.Sentences {
		at := cuts[si]
		if at == s.TokStart {
			continue
		}
		root := -1
		for i := at; i < s.TokEnd; i++ {
			if doc.Tokens[i].Head < 0 {
				root = i
				break
			}
		}
		if root < 0 {
			continue
		}
		for i := s.TokStart; i < at; i++ {
			if t := &doc.Tokens[i]; t.Head < 0 {
				t.Head, t.Deprel = root, rel
			}
		}
	}
	return nil
}

// datelineHeadline switches the cut of a dateline that opens the
// paragraph after a headline line ("Clinton wins primary in New
// York.\n\nNEW YORK (AP) — ...": sitrep.Document.DatelineSentence), as
// web copies of wire stories put the title above the dateline
// (dateline24).
var datelineHeadline = true
