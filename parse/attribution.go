package parse

import (
	"strings"

	"sitrep"
	"sitrep/nlp"
)

// WithAttributions wraps the parser so that a sentence ending in a news
// attribution ("..., injuring four crew members, the coast guard said.",
// "..., said KCNA.") is parsed as two pieces: the reported clause alone,
// then the attribution. Wire copy puts the source last far more often than
// the web text the parser learnt from, and a clause read with a subject
// and "said" still to come is a garden path: "a China Coast Guard ship
// fired water cannon at a boat, ..., the coast guard said" came out with
// "fired" as a relative clause on "ship" and "ship" as the subject of
// "said". Each piece is parsed as a sentence; the reported clause's root
// is then attached to the speech verb as ccomp, as the treebanks do, so
// that the sentence keeps one root.
func WithAttributions(c nlp.Component) nlp.Component { return attributionParser{c} }

type attributionParser struct{ nlp.Component }

func (a attributionParser) Process(doc *sitrep.Document) error {
	cuts := make([]int, len(doc.Sentences))
	for si := range doc.Sentences {
		from, to := doc.SentenceTokens(si)
		cuts[si] = attributionStart(doc, from, to)
	}
	return parseCut(a.Component, doc, cuts, "ccomp")
}

// speechVerbs are the reporting verbs an attribution ends on.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "adds": true,
	"stated": true, "noted": true, "wrote": true, "writes": true, "reported": true,
	"reports": true, "claimed": true, "claims": true, "insisted": true, "insists": true,
	"explained": true, "confirmed": true, "declared": true, "alleged": true,
	"announced": true, "warned": true, "warns": true, "argued": true, "argues": true,
}

// nominal are the fine tags of the words an attribution's source may have.
var nominal = map[string]bool{
	"DT": true, "JJ": true, "JJS": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true,
	"CD": true, "POS": true, "PRP": true, "PRP$": true, "HYPH": true, "VBN": true,
}

// attributionStart returns the first token of a sentence-final attribution
// in tokens [from, to), or from when there is none. The attribution is
// what follows the sentence's last comma (and any closing quote right
// after it): a short source and a speech verb in either order ("the
// ministry said", "said KCNA"), then at most a few words with no other
// verb ("in a statement on Tuesday"), then the final punctuation. The
// clause before the comma must have a verb of its own.
func attributionStart(doc *sitrep.Document, from, to int) int {
	last := to
	for last > from && doc.Tokens[last-1].UPOS == "PUNCT" && doc.TokenText(last-1) != "," {
		last--
	}
	comma := -1
	for i := last - 1; i > from; i-- {
		if doc.TokenText(i) == "," {
			comma = i
			break
		}
	}
	if comma < from+3 {
		return from
	}
	at := comma + 1
	for at < last && isQuote(doc.TokenText(at)) {
		at++
	}
	if at >= last || last-at > 14 {
		return from
	}
	if t := &doc.Tokens[at]; !nominal[t.XPOS] && !speechVerbs[strings.ToLower(doc.TokenText(at))] {
		return from
	}
	verb := -1
	for i := at; i < last; i++ {
		t := &doc.Tokens[i]
		w := strings.ToLower(doc.TokenText(i))
		switch {
		case verb < 0 && speechVerbs[w] && strings.HasPrefix(t.XPOS, "VB"):
			verb = i
		case strings.HasPrefix(t.XPOS, "VB") && t.XPOS != "VBN", t.XPOS == "MD", t.XPOS == "WDT", t.XPOS == "WP", t.XPOS == "TO":
			return from
		case verb < 0 && !nominal[t.XPOS] && t.XPOS != "IN" && t.XPOS != "CC":
			// The source may have a preposition or a coordination
			// ("a spokesman for the ministry", "Britain and France").
			return from
		}
	}
	// The source must be there: before the verb, or after it when the
	// verb comes first ("said KCNA").
	if verb < 0 || (verb == at && (verb+1 >= last || !nominal[doc.Tokens[verb+1].XPOS])) {
		return from
	}
	hasVerb := false
	for i := from; i < comma; i++ {
		if x := doc.Tokens[i].XPOS; strings.HasPrefix(x, "VB") || x == "MD" {
			hasVerb = true
			break
		}
	}
	if !hasVerb {
		return from
	}
	return at
}

func isQuote(s string) bool {
	switch s {
	case `"`, "'", "”", "’", "''":
		return true
	}
	return false
}
