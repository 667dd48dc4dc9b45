package sitrep

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// DatelineEnd returns the index of the first token after a dateline that
// opens tokens [from, to), or from when there is none. A dateline is a
// place in capitals ("MANILA", "PORT-AU-PRINCE", "NEW YORK"), then a comma
// or an agency in brackets, and a dash within the next few tokens; at
// least three tokens of story must follow.
func (doc *Document) DatelineEnd(from, to int) int {
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
	if w := doc.TokenText(k); w != "," && w != "(" && !isDash(w) || doc.hyphen(k, to) {
		return from
	}
	for j := k; j < to && j < from+16; j++ {
		if isDash(doc.TokenText(j)) && !doc.hyphen(j, to) {
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

// hyphen reports whether token k is a "-" glued to the words on both sides,
// which joins a compound ("U.S.-China talks", "US-Iran") and ends no
// dateline.
func (doc *Document) hyphen(k, to int) bool {
	return doc.TokenText(k) == "-" && k > 0 && k+1 < to &&
		doc.Tokens[k].Start == doc.Tokens[k-1].End && doc.Tokens[k+1].Start == doc.Tokens[k].End
}

func isDash(w string) bool {
	// "_" is the typewriter dash of older AP copy ("MOSCOW (AP)_ The",
	// "WASHINGTON _ Following").
	return w == "—" || w == "–" || w == "--" || w == "-" || w == "_"
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
