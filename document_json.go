package sitrep

import (
	"encoding/json"
	"fmt"
	"time"
)

// The JSON form of a document is the one `sitrep annotate` writes: tokens
// carry their text (derived from the offsets, for readers of the output),
// and the publication date is a day ("2024-03-14") when it has no time of
// day, an RFC 3339 timestamp when it has, and null when unknown.

type jsonToken struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Sent   int    `json:"sent"`
	Form   string `json:"form,omitempty"`
	Lemma  string `json:"lemma,omitempty"`
	UPOS   string `json:"upos,omitempty"`
	XPOS   string `json:"xpos,omitempty"`
	Feats  string `json:"feats,omitempty"`
	Head   *int   `json:"head,omitempty"`
	Deprel string `json:"deprel,omitempty"`
}

type jsonDoc struct {
	ID        string         `json:"id"`
	URL       string         `json:"url,omitempty"`
	Title     string         `json:"title,omitempty"`
	Source    string         `json:"source,omitempty"`
	Published *string        `json:"published"`
	Text      string         `json:"text"`
	Sentences []jsonSentence `json:"sentences"`
	Tokens    []jsonToken    `json:"tokens"`
	Entities  []Entity       `json:"entities,omitempty"`
	Timexes   []Timex        `json:"timexes,omitempty"`
	Quotes    []Quote        `json:"quotes,omitempty"`
	Actors    []ActorMention `json:"actors,omitempty"`
	Events    []Event        `json:"events,omitempty"`
}

type jsonSentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// FormatDate renders a publication date as the JSON form does; "" for zero.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// ParsePartialDate reads an event date, YYYY, YYYY-MM or YYYY-MM-DD, as
// its first day and its precision ("year", "month" or "day", as in
// Event.DatePrecision). Event dates, gold dates and query bounds share it.
func ParsePartialDate(s string) (time.Time, string, error) {
	for _, f := range [...]struct{ layout, precision string }{
		{"2006-01-02", "day"}, {"2006-01", "month"}, {"2006", "year"},
	} {
		if t, err := time.Parse(f.layout, s); err == nil {
			return t, f.precision, nil
		}
	}
	return time.Time{}, "", fmt.Errorf("%q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
}

// ParseDate reads a date written by FormatDate (or any RFC 3339 time).
func ParseDate(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}

// MarshalJSON writes the annotate form of the document.
func (d *Document) MarshalJSON() ([]byte, error) {
	j := jsonDoc{ID: d.ID, URL: d.URL, Title: d.Title, Source: d.Source, Text: d.Text,
		Entities: d.Entities, Timexes: d.Timexes, Quotes: d.Quotes, Actors: d.Actors, Events: d.Events}
	if s := FormatDate(d.Published); s != "" {
		j.Published = &s
	}
	j.Sentences = make([]jsonSentence, len(d.Sentences))
	for i, s := range d.Sentences {
		j.Sentences[i] = jsonSentence{s.Start, s.End}
	}
	j.Tokens = make([]jsonToken, len(d.Tokens))
	for i := range d.Tokens {
		t := &d.Tokens[i]
		jt := jsonToken{Start: t.Start, End: t.End, Text: d.Text[t.Start:t.End], Sent: t.Sent, Form: t.Form,
			Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Feats: t.Feats, Deprel: t.Deprel}
		if t.Deprel != "" {
			h := t.Head
			jt.Head = &h
		}
		j.Tokens[i] = jt
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the annotate form back, checking every offset, and
// recomputes what the form leaves out (sentence token ranges, layers).
func (d *Document) UnmarshalJSON(b []byte) error {
	var j jsonDoc
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*d = Document{ID: j.ID, URL: j.URL, Title: j.Title, Source: j.Source, Text: j.Text,
		Entities: j.Entities, Timexes: j.Timexes, Quotes: j.Quotes, Actors: j.Actors, Events: j.Events}
	if j.Published != nil {
		t, err := ParseDate(*j.Published)
		if err != nil {
			return fmt.Errorf("published: %v", err)
		}
		d.Published = t
	}
	n := len(d.Text)
	d.Sentences = make([]Sentence, len(j.Sentences))
	for i, s := range j.Sentences {
		if s.Start < 0 || s.End < s.Start || s.End > n {
			return fmt.Errorf("sentences[%d]: span %d-%d outside the text", i, s.Start, s.End)
		}
		d.Sentences[i] = Sentence{Start: s.Start, End: s.End}
	}
	d.Tokens = make([]Token, len(j.Tokens))
	for i, t := range j.Tokens {
		if t.Start < 0 || t.End < t.Start || t.End > n {
			return fmt.Errorf("tokens[%d]: span %d-%d outside the text", i, t.Start, t.End)
		}
		if t.Sent < 0 || t.Sent >= len(d.Sentences) {
			return fmt.Errorf("tokens[%d]: sentence %d does not exist", i, t.Sent)
		}
		head := -1
		if t.Head != nil {
			head = *t.Head
			if head < -1 || head >= len(j.Tokens) {
				return fmt.Errorf("tokens[%d]: head %d out of range", i, head)
			}
		}
		d.Tokens[i] = Token{Start: t.Start, End: t.End, Sent: t.Sent, Form: t.Form, Lemma: t.Lemma,
			UPOS: t.UPOS, XPOS: t.XPOS, Feats: t.Feats, Head: head, Deprel: t.Deprel}
	}
	d.IndexSentences()
	if len(d.Sentences) > 0 {
		d.Layers |= LayerSentences
	}
	if len(d.Tokens) > 0 {
		d.Layers |= LayerTokens
		t := d.Tokens[0]
		if t.UPOS != "" || t.XPOS != "" {
			d.Layers |= LayerTags
		}
		if t.Lemma != "" {
			d.Layers |= LayerLemmas
		}
		if t.Deprel != "" {
			d.Layers |= LayerDeps
		}
	}
	for _, l := range []struct {
		n int
		l Layer
	}{{len(d.Entities), LayerEntities}, {len(d.Timexes), LayerTimexes}, {len(d.Quotes), LayerQuotes}, {len(d.Actors), LayerActors}, {len(d.Events), LayerEvents}} {
		if l.n > 0 {
			d.Layers |= l.l
		}
	}
	return nil
}

// IndexSentences sets each sentence's token range from the tokens' Sent
// fields, which must be non-decreasing.
func (d *Document) IndexSentences() {
	for i := range d.Sentences {
		d.Sentences[i].TokStart, d.Sentences[i].TokEnd = 0, 0
	}
	for i := 0; i < len(d.Tokens); {
		s := d.Tokens[i].Sent
		j := i
		for j < len(d.Tokens) && d.Tokens[j].Sent == s {
			j++
		}
		if s >= 0 && s < len(d.Sentences) {
			d.Sentences[s].TokStart, d.Sentences[s].TokEnd = i, j
		}
		i = j
	}
}
