package actors

import (
	"strings"

	"sitrep"
)

// titledSurnameOn switches titledSurname (eighteenth session, actor26).
var titledSurnameOn = true

// titledSurname returns the earlier person a title before a surname
// stands for ("Hillary Clinton ... Secretary Clinton", "Scott Walker ...
// Governor Walker"), or -1. The title alone codes only a country-less
// office ("minister", "lawmaker"), which wire copy writes for a person it
// has named in full before; without this the mention got no country, and
// a later bare "Clinton" referred back to the country-less one. Only for
// a phrase whose own match found no country: "President Macron" the
// knowledge base reads itself.
func (c *Coder) titledSurname(doc *sitrep.Document, info []mentionInfo, sent int, words []string, p pending) int {
	if !titledSurnameOn {
		return -1
	}
	w := titledSurnameWord(words, p)
	if w == "" || !knownSurname(doc, info, w) {
		return -1
	}
	return c.antecedent(doc, info, sent, pending{start: p.start, end: p.end, surname: w})
}

// titledSurnameWord returns the surname, lower-cased, of a phrase that is
// a title and a capitalised last word whose own match found no country
// ("Secretary Clinton", "Sen. Sanders"), or "": not a pronoun, anaphor,
// surname, plural or IGO phrase. titledSurname and titledSubSurname both
// start from it.
func titledSurnameWord(words []string, p pending) string {
	if p.pronoun || p.anaphor || p.surname != "" || p.m.Country != "" || p.m.Sector == "IGO" ||
		p.plural || p.end-p.start < 2 || p.end > len(words) {
		return ""
	}
	last := words[p.end-1]
	if !capitalised(last) || !hasLower(last) || !capitalised(words[p.start]) {
		return ""
	}
	return strings.ToLower(last)
}
