package actors

import (
	"strings"

	"sitrep"
)

// titledSubSurnameOn switches titledSubSurname (twenty-second session,
// ref31).
var titledSubSurnameOn = true

// titledSubSurname returns the person a title before a surname stands for
// when that person was named in full only inside a larger phrase
// ("Bernie Sanders supporters rallied ... Sen. Sanders spoke", "the
// Hillary Clinton campaign ... Secretary Clinton"), or nil. titledSurname
// finds only full names that were mentions of their own; a name inside
// another mention is kept as its sub match for later surnames, and a
// title plus that surname is the same later surname. Without it the
// title alone codes a country-less office ("lawmaker"), and every event
// of the person loses its actor. The same guards as titledSurname
// (titledSurnameWord), and a full mention of the same surname after the
// phrase stops the search (that one is titledSurname's).
func (c *Coder) titledSubSurname(doc *sitrep.Document, info []mentionInfo, words []string, p pending) *Match {
	if !titledSubSurnameOn {
		return nil
	}
	return c.personInEntries(doc, info, titledSurnameWord(words, p))
}

// personInEntries returns the person of surname w (lower-cased) that an
// earlier phrase held inside it, as the phrase's entry names it ("Bernie
// Sanders + supporter", "supporter + of Bernie Sanders"), or nil; a full
// mention of that surname on the way back stops the search.
func (c *Coder) personInEntries(doc *sitrep.Document, info []mentionInfo, w string) *Match {
	if !titledSubSurnameOn || w == "" {
		return nil
	}
	for k := len(info) - 1; k >= 0 && k < len(doc.Actors); k-- {
		if info[k].surname == w {
			return nil
		}
		// The phrase's entry names the person it holds: "Bernie
		// Sanders + supporter", "supporter + of Bernie Sanders".
		for _, part := range strings.Split(doc.Actors[k].Entry, " + ") {
			part = strings.TrimPrefix(part, "of ")
			f := strings.Fields(part)
			if len(f) < 2 || strings.ToLower(f[len(f)-1]) != w {
				continue
			}
			if m, ok := c.kb.Code(part, doc.Published); ok && m.Person && m.Country != "" {
				return &m
			}
		}
	}
	return nil
}
