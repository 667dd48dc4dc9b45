package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// docContext is what the rest of an article says about a word: a name is
// capitalised wherever it stands, a common word only at the start of a
// sentence or in a headline. So "Abbas" opening a sentence is a name if
// the article also has it mid-sentence.
type docContext struct {
	capital map[string]bool // lowercased words seen capitalised mid-sentence
	lower   map[string]bool // words seen in lowercase
}

func newDocContext() *docContext {
	return &docContext{capital: map[string]bool{}, lower: map[string]bool{}}
}

// reset empties d for another article, keeping its maps' room.
func (d *docContext) reset() {
	if d.capital == nil {
		d.capital, d.lower = map[string]bool{}, map[string]bool{}
	}
	clear(d.capital)
	clear(d.lower)
}

// addSentence records a sentence's words; lower holds them lowercased,
// or is nil.
func (d *docContext) addSentence(words, lower []string) {
	for i, w := range words {
		lw := ""
		if lower != nil {
			lw = lower[i]
		} else {
			lw = strings.ToLower(w)
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsLower(r):
			if w == lw {
				d.lower[w] = true
			}
		case unicode.IsUpper(r) && i > 0 && hasLower(w):
			// Mid-sentence title case; capitals are left out as
			// headlines write every word so.
			d.capital[lw] = true
		}
	}
}

// code says in two bits whether w was seen capitalised mid-sentence and
// whether in lowercase.
func (d *docContext) code(lower string) int {
	if d == nil {
		return 4
	}
	c := 0
	if d.capital[lower] {
		c |= 1
	}
	if d.lower[lower] {
		c |= 2
	}
	return c
}
