// Package sitrep holds the domain of the project: an article with its
// annotation layers, the events coded from it, and the interfaces that the
// adapters (stores, queues) implement. It imports nothing else of the project
// and does no I/O.
//
// Every span in every layer is a byte offset into Document.Text, which is
// UTF-8; End is exclusive. Layers refer to one another by index (a token's
// head is an index into Tokens), never by pointer, so a document serialises as
// flat arrays.
package sitrep

import (
	"slices"
	"time"
)

// Document is one article and the annotation layers computed over its text.
type Document struct {
	ID     string `json:"id"`
	URL    string `json:"url,omitempty"`
	Title  string `json:"title,omitempty"`
	Source string `json:"source,omitempty"`
	// Published is the document creation time: the anchor for relative
	// dates. The zero value means unknown.
	Published time.Time `json:"published"`
	Text      string    `json:"text"`

	Sentences []Sentence     `json:"sentences"`
	Tokens    []Token        `json:"tokens"`
	Entities  []Entity       `json:"entities,omitempty"`
	Timexes   []Timex        `json:"timexes,omitempty"`
	Quotes    []Quote        `json:"quotes,omitempty"`
	Actors    []ActorMention `json:"actors,omitempty"`
	Events    []Event        `json:"events,omitempty"`
	Layers    Layer          `json:"-"` // which layers have been filled
	// Given is what a pre-tokenised input (CoNLL-U) says beyond its words,
	// kept for writing the document back in the input's numbering; nil
	// for text.
	Given *Given `json:"-"`
}

// Given holds the parts of a pre-tokenised input that the pipeline
// neither reads nor predicts: sentence ids, multi-word tokens, empty
// nodes and the enhanced graph. A writer gives them back unchanged, so
// that the output has the input's tokens and numbering.
type Given struct {
	SentIDs    []string    // per sentence; "" where the input has none
	MultiWords []MultiWord // in token order
	EmptyNodes []EmptyNode // in input order
	Deps       []string    // per token, the input's DEPS column ("" for "_"); nil if all are "_"
}

// MultiWord is a surface token made of several words (CoNLL-U "2-3
// don't" over "do" and "n't"): tokens First to Last, inclusive. Its
// surface is Text[Tokens[First].Start:Tokens[Last].End].
type MultiWord struct {
	First, Last int
}

// EmptyNode is an empty node of the enhanced graph (CoNLL-U "4.1"), as
// its input line, placed after the first After words of sentence Sent.
type EmptyNode struct {
	Sent, After int
	Line        string
}

// Sentence is a span of the text; tokens of sentence i are those with Sent == i.
type Sentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
	// First and Last+1 index the sentence's tokens in Document.Tokens.
	TokStart int `json:"-"`
	TokEnd   int `json:"-"`
}

// Token is one syntactic word. Its text is Document.Text[Start:End]; it
// stores no copy. For the parts of a multi-word token whose form is not a
// substring of the text (rare in English), Form holds the word and the span
// is that of the whole surface token.
type Token struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Sent  int    `json:"sent"`
	Form  string `json:"form,omitempty"`
	Lemma string `json:"lemma,omitempty"`
	UPOS  string `json:"upos,omitempty"`
	XPOS  string `json:"xpos,omitempty"`
	Feats string `json:"feats,omitempty"`
	// Head is the index of the head token in Document.Tokens, -1 for the
	// root. It is meaningful only when Deprel is set.
	Head   int    `json:"head"`
	Deprel string `json:"deprel,omitempty"`
}

// TokenText returns the word of token i.
func (d *Document) TokenText(i int) string {
	t := &d.Tokens[i]
	if t.Form != "" {
		return t.Form
	}
	return d.Text[t.Start:t.End]
}

// SentenceTokens returns the token index range [from, to) of sentence s.
func (d *Document) SentenceTokens(s int) (from, to int) {
	return d.Sentences[s].TokStart, d.Sentences[s].TokEnd
}

// Child returns the first token of h's sentence attached to h by rel,
// or -1. It reads the tokens' Sent fields, not the sentence index, so
// that a document whose sentences are not indexed still answers.
func (d *Document) Child(h int, rel string) int {
	if h < 0 || h >= len(d.Tokens) {
		return -1
	}
	sent := d.Tokens[h].Sent
	lo := h
	for lo > 0 && d.Tokens[lo-1].Sent == sent {
		lo--
	}
	for k := lo; k < len(d.Tokens) && d.Tokens[k].Sent == sent; k++ {
		if d.Tokens[k].Head == h && d.Tokens[k].Deprel == rel {
			return k
		}
	}
	return -1
}

// Span is a stretch of the text with its words, for layers whose items are
// few enough that carrying Text (a substring that shares the document's
// memory) costs nothing.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// MakeSpan builds a span of d's text.
func (d *Document) MakeSpan(start, end int) Span {
	return Span{Start: start, End: end, Text: d.Text[start:end]}
}

// Entity is a named entity: PER, ORG or LOC (Universal NER labels).
type Entity struct {
	Span
	Label string `json:"label"`
}

// Timex is a TIMEX3 time expression with its normalised value.
type Timex struct {
	Span
	Type  string `json:"type"`  // DATE, TIME, DURATION, SET
	Value string `json:"value"` // e.g. 2024-03-12, 2024-03, P3D, PRESENT_REF
	Mod   string `json:"mod,omitempty"`
}

// Quote is an attributed statement. For direct quotes the span runs from
// the opening to the closing quotation mark, inclusive.
type Quote struct {
	Span
	Direct          bool             `json:"direct"`
	Cue             *Span            `json:"cue"`
	Speaker         *Span            `json:"speaker"`
	SpeakerResolved *ResolvedSpeaker `json:"speaker_resolved"`
}

// ResolvedSpeaker is the full mention a speaker span refers to.
type ResolvedSpeaker struct {
	Text  string `json:"text"`
	Actor string `json:"actor,omitempty"`
}

// ActorMention is an entity or nominal phrase coded as a political actor.
type ActorMention struct {
	Span
	Code    string `json:"code"`              // CAMEO actor code, e.g. CHNGOV
	Country string `json:"country,omitempty"` // ISO 3166 alpha-3, empty for none
	Sector  string `json:"sector,omitempty"`  // GOV, MIL, ...
	Entry   string `json:"entry,omitempty"`   // knowledge-base entry that matched
	// Ref is the index in Document.Actors of the fuller mention this one
	// refers to ("the spokesperson", "he"), or -1.
	Ref int `json:"ref"`
}

// EventActor is the source or target of an event.
type EventActor struct {
	Span
	Code    string `json:"code"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
}

// Place is a geocoded location.
type Place struct {
	Span
	Name      string  `json:"name"`
	GeonameID int     `json:"geonameid,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Country   string  `json:"country,omitempty"` // ISO 3166 alpha-3
}

// Event statuses.
const (
	StatusOccurred     = "occurred"
	StatusPlanned      = "planned"
	StatusDenied       = "denied"
	StatusNegated      = "negated"
	StatusHypothetical = "hypothetical"
	StatusReported     = "reported"
)

// Statuses lists the event statuses in the order the docs give them.
var Statuses = []string{StatusOccurred, StatusPlanned, StatusDenied, StatusNegated, StatusHypothetical, StatusReported}

// ValidStatus reports whether s is one of Statuses.
func ValidStatus(s string) bool { return slices.Contains(Statuses, s) }

// Event is one coded political event: who did what to whom, when, where.
type Event struct {
	Sentence      int         `json:"sentence"`
	Trigger       Span        `json:"trigger"`
	Source        *EventActor `json:"source"`
	Target        *EventActor `json:"target"`
	CAMEO         string      `json:"cameo"`
	PLOVER        string      `json:"plover,omitempty"`
	Mode          string      `json:"mode,omitempty"`
	Context       string      `json:"context,omitempty"`
	Goldstein     float64     `json:"goldstein"`
	Quad          int         `json:"quad"`
	Status        string      `json:"status"`
	Date          string      `json:"date,omitempty"`
	DatePrecision string      `json:"date_precision,omitempty"` // day, month, year
	Place         *Place      `json:"place"`
	Quote         *int        `json:"quote"`
	Rule          string      `json:"rule"`
	Mentions      int         `json:"mentions"`
}
