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
	if len(doc.Sentences) == 0 {
		return d.Component.Process(doc)
	}
	from, to := doc.SentenceTokens(0)
	end := doc.DatelineEnd(from, to)
	if end == from {
		return d.Component.Process(doc)
	}
	// A copy of the document whose first sentence is cut in two; it shares
	// the token slice, so the heads land in doc.
	split := *doc
	split.Sentences = make([]sitrep.Sentence, 0, len(doc.Sentences)+1)
	head, body := doc.Sentences[0], doc.Sentences[0]
	head.End, head.TokEnd = doc.Tokens[end-1].End, end
	body.Start, body.TokStart = doc.Tokens[end].Start, end
	split.Sentences = append(split.Sentences, head, body)
	split.Sentences = append(split.Sentences, doc.Sentences[1:]...)
	if err := d.Component.Process(&split); err != nil {
		return err
	}
	root := -1
	for i := end; i < to; i++ {
		if doc.Tokens[i].Head < 0 {
			root = i
			break
		}
	}
	if root < 0 {
		return nil
	}
	for i := from; i < end; i++ {
		if t := &doc.Tokens[i]; t.Head < 0 {
			t.Head, t.Deprel = root, "parataxis"
		}
	}
	return nil
}
