package corpus

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"sitrep"
)

// TimeMLDoc is one TimeML (.tml) document: the text of its TEXT element
// with the markup stripped and entities decoded, its creation time, and the
// gold TIMEX3 annotations inside the text.
type TimeMLDoc struct {
	ID string
	// DCT is the value of the TIMEX3 whose functionInDocument is
	// CREATION_TIME, e.g. "1998-01-08"; "" when the file has none.
	DCT  string
	Text string
	// Timexes are the gold expressions of Text, in order. The DCT TIMEX3 is
	// not among them: it is metadata, outside the text.
	Timexes []GoldTimex
}

// GoldTimex is a gold TIMEX3. Start and End are byte offsets into
// TimeMLDoc.Text, end exclusive.
type GoldTimex struct {
	Start, End int
	TID        string
	Type       string
	Value      string
	Mod        string
}

// ReadTimeML reads one TimeML document. name is used in error messages
// (the file name). Only the TEXT element becomes text: the offsets of the
// gold spans are computed over the decoded characters as they are written
// out, so they are byte offsets into Text whatever the entities were.
func ReadTimeML(r io.Reader, name string) (*TimeMLDoc, error) {
	dec := xml.NewDecoder(r)
	doc := &TimeMLDoc{}
	var text strings.Builder
	var inText, inDocID bool
	var open *GoldTimex // the TIMEX3 being read inside TEXT
	var seenText bool
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line, _ := dec.InputPos()
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText, seenText = true, true
			case "DOCID":
				inDocID = true
			case "TIMEX3":
				g := GoldTimex{}
				var function string
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "tid":
						g.TID = a.Value
					case "type":
						g.Type = a.Value
					case "value":
						g.Value = a.Value
					case "mod":
						g.Mod = a.Value
					case "functionInDocument":
						function = a.Value
					}
				}
				if function == "CREATION_TIME" {
					doc.DCT = g.Value
					continue
				}
				if !inText {
					continue
				}
				if open != nil {
					line, _ := dec.InputPos()
					return nil, fmt.Errorf("%s:%d: TIMEX3 %s nested in %s", name, line, g.TID, open.TID)
				}
				g.Start = text.Len()
				open = &g
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DOCID":
				inDocID = false
			case "TIMEX3":
				if open != nil {
					open.End = text.Len()
					doc.Timexes = append(doc.Timexes, *open)
					open = nil
				}
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			} else if inDocID {
				doc.ID += strings.TrimSpace(string(t))
			}
		}
	}
	if !seenText {
		return nil, fmt.Errorf("%s: no TEXT element", name)
	}
	if open != nil {
		return nil, fmt.Errorf("%s: TIMEX3 %s not closed", name, open.TID)
	}
	doc.Text = text.String()
	if doc.ID == "" {
		doc.ID = name
	}
	return doc, nil
}

// Document returns the text as a sitrep.Document with the DCT as its
// publication time (zero when the DCT is missing or not a plain date).
func (d *TimeMLDoc) Document() *sitrep.Document {
	doc := &sitrep.Document{ID: d.ID, Text: d.Text}
	if t, ok := ParseDCT(d.DCT); ok {
		doc.Published = t
	}
	return doc
}

// ParseDCT reads a TIMEX3 creation time such as 1998-01-08 or
// 1998-01-08T14:30:00 as a UTC time.
func ParseDCT(v string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04:05", "2006-01-02T15:04", "20060102"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
