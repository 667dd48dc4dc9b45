package actors

import (
	_ "embed"
	"strings"

	"sitrep"
)

// genderOn switches gender agreement of "he" and "she" with their
// antecedents: a "she" skips a person known male, a "he" one known
// female. A person's gender is known only from a title ("Mrs.",
// "Queen", "Mr.", "King") or a given name found in one of the two given
// name lists only; everyone else stays unknown and may be the antecedent
// of either pronoun, as before.
var genderOn = true

//go:embed data/givennames.txt
var givenNamesText string

var givenNames = func() map[string]byte {
	m := map[string]byte{}
	for _, line := range strings.Split(givenNamesText, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		name, g, ok := strings.Cut(line, "\t")
		if ok && (g == "m" || g == "f") {
			m[name] = g[0]
		}
	}
	return m
}()

// genderTitles are titles that say a person's sex for sure. "Sen.",
// "President", "Chancellor" do not.
var genderTitles = map[string]byte{
	"mrs": 'f', "ms": 'f', "miss": 'f', "madam": 'f', "madame": 'f', "mme": 'f', "queen": 'f', "lady": 'f',
	"princess": 'f', "duchess": 'f', "baroness": 'f', "countess": 'f', "empress": 'f', "dame": 'f',
	"mr": 'm', "king": 'm', "prince": 'm', "duke": 'm', "lord": 'm', "sir": 'm', "pope": 'm',
	"ayatollah": 'm', "sheikh": 'm', "sheik": 'm', "emir": 'm', "sultan": 'm', "emperor": 'm', "baron": 'm',
	"earl": 'm', "archduke": 'm',
}

// pronounGender is 'm' for "he" and "him", 'f' for "she" and "her".
func pronounGender(w string) byte {
	switch strings.ToLower(w) {
	case "he", "him":
		return 'm'
	case "she", "her":
		return 'f'
	}
	return 0
}

// mentionGender is the sex a person mention [start,end) states: a title
// just before its name or before the mention ("Mrs. May", "Queen
// Elizabeth", "Mr. Trump"), else the first word of the person's name (the
// PER entity holding the mention's last word) when that name has two
// words or more and one given-name list only holds the first ("Angela
// Merkel" of "German Chancellor Angela Merkel"). 0 when unknown.
func mentionGender(doc *sitrep.Document, start, end int) byte {
	name := start // first token of the name
	per := false
	last := doc.Tokens[end-1].Start
	for _, e := range doc.Entities {
		if e.Label == "PER" && e.Start <= last && last < e.End {
			for name < end && doc.Tokens[name].Start < e.Start {
				name++
			}
			per = true
			break
		}
	}
	for i := start - 1; i < name+1 && i < end; i++ {
		if i >= 0 {
			if g := genderTitles[titleWord(doc.TokenText(i))]; g != 0 {
				return g
			}
		}
	}
	if !per || end-name < 2 {
		return 0 // a lone surname: "Jordan" is no given name here
	}
	w := doc.TokenText(name)
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return 0
	}
	return givenNames[strings.ToLower(w)]
}

// titleWord is w lower-cased without a final full stop: "Mrs." -> "mrs".
func titleWord(w string) string {
	return strings.TrimSuffix(strings.ToLower(w), ".")
}

// genderClash reports a pronoun p whose sex differs from the known sex
// of the earlier mention mi.
func genderClash(doc *sitrep.Document, p pending, mi mentionInfo) bool {
	if !genderOn || mi.gender == 0 {
		return false
	}
	g := pronounGender(doc.TokenText(p.start))
	return g != 0 && g != mi.gender
}
