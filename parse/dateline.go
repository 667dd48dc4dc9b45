package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
	end := DatelineEnd(doc, from, to)
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

// DatelineEnd returns the index of the first token after a dateline that
// opens tokens [from, to), or from when there is none. A dateline is a
// place in capitals ("MANILA", "PORT-AU-PRINCE", "NEW YORK"), then a comma
// or an agency in brackets, and a dash within the next few tokens; at
// least three tokens of story must follow.
func DatelineEnd(doc *sitrep.Document, from, to int) int {
	k := from
	for k < to && k < from+8 {
		if w := doc.TokenText(k); capsWord(w) ||
			// "PORT-AU-PRINCE" may come as PORT - AU - PRINCE.
			w == "-" && k > from && k+1 < to && capsWord(doc.TokenText(k+1)) &&
				doc.Tokens[k].Start == doc.Tokens[k-1].End && doc.Tokens[k+1].Start == doc.Tokens[k].End {
			k++
			continue
		}
		break
	}
	if k == from || k >= to {
		return from
	}
	if w := doc.TokenText(k); w != "," && w != "(" && !isDash(w) {
		return from
	}
	for j := k; j < to && j < from+16; j++ {
		if isDash(doc.TokenText(j)) {
			if to-(j+1) < 3 {
				return from
			}
			return j + 1
		}
		if w := doc.TokenText(j); w == "." || w == "said" || w == "says" {
			return from // a sentence, not a dateline
		}
	}
	return from
}

func isDash(w string) bool {
	return w == "—" || w == "–" || w == "--" || w == "-"
}

// capsWord reports whether w is a word in capitals ("MANILA", "U.S.",
// "PORT-AU-PRINCE"), or a hyphen inside such a name.
func capsWord(w string) bool {
	if w == "-" {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLower(r):
			return false
		}
	}
	return letters > 0 && (letters > 1 || utf8.RuneCountInString(strings.Trim(w, ".")) > 1)
}
