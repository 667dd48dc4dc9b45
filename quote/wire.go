package quote

import "strings"

// Wire-story constructions: a dateline before the first sentence, and an
// attribution closing the sentence with only its time or place after the
// cue ("..., officials said on Thursday.").

// whenWords may follow a cue with no content after them: days, months and
// the adverbs of when or how it was said ("said late on Thursday").
var whenWords = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
	"oct.", "nov.", "dec.", "late", "early", "overnight", "earlier", "later", "today", "yesterday",
	"tonight", "also", "again", "recently", "previously", "repeatedly", "publicly", "privately",
	"separately", "twice", "then", "ago", "last", "this", "week", "month", "year", "night", "morning",
	"afternoon", "evening", "weekend", ",")

// placePrepositions open the phrase of where or how something was said.
var placePrepositions = setOf("on", "in", "at", "to", "from", "by", "via", "during", "after", "before", "through")

// onlyAdverbial reports whether tokens [a, b) after a cue say only when,
// where or how it was said: "on Thursday", "Tuesday", "in a statement on
// Friday", "in Geneva". Nouns and names count only inside a prepositional
// phrase, so "welcomed the release" and "said Russia would pay" keep their
// content; after a tell-cue the addressee counts too ("told a news
// conference").
func (p *pass) onlyAdverbial(a, b int, tell bool) bool {
	if a >= b {
		return false
	}
	prep := tell
	for t := a; t < b; t++ {
		w, lw := p.word(t), p.low(t)
		switch {
		case p.quote[t] != 0:
			return false
		case placePrepositions[lw]:
			prep = true
		case whenWords[lw] || isNumber(w):
		case prep && (adverbialWords[lw] || determiners[lw] || isCapitalized(w) || p.low(t) == "'s" || p.low(t) == "’s"):
		default:
			return false
		}
	}
	return true
}

// isNumber reports whether w is a number: "14", "2024", "3.5".
func isNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	return strings.Trim(w, "0123456789.,:") == "" || strings.Trim(w, "0123456789") == "th" ||
		strings.Trim(w, "0123456789") == "st" || strings.Trim(w, "0123456789") == "nd" || strings.Trim(w, "0123456789") == "rd"
}

// afterDateline returns where the text of a story's first sentence starts
// when a dateline opens it at token a: capitalised words, numbers and
// punctuation ended by a dash ("VALMORA (Wire) —", "MANILA, March 14
// (Wire) -"). A spaced hyphen ends one only after a word in capitals or an
// agency in brackets, so "Iran - and its allies -" is no dateline.
func (p *pass) afterDateline(a, b int) int {
	caps := false
	for t := a; t < b && t < a+12; t++ {
		w := p.word(t)
		switch {
		case w == "—" || w == "--" || w == "–":
			return t + 1
		case w == "-" && t > a && p.toks[t-1].End < p.toks[t].Start:
			e := t + 1 // "--" may come as two tokens
			if e < b && p.word(e) == "-" && p.toks[t].End == p.toks[e].Start {
				e++
			}
			if e-t == 2 || (caps || p.word(t-1) == ")") && (e >= len(p.toks) || p.toks[e-1].End < p.toks[e].Start) {
				return e
			}
			return a
		case isPunct(w) || isNumber(w):
		case isCapitalized(w):
			if len(w) > 1 && strings.ToUpper(w) == w {
				caps = true
			}
		default:
			return a
		}
	}
	return a
}

// trailingCue finds an attribution closing sentence [sf, st) after a
// comma: ", officials said.", ", the ministry said on Thursday." It
// returns the cue's first token and length, or n = 0.
func (p *pass) trailingCue(sf, st int) (k, n int, kind cueKind) {
	e := st
	for e > sf && (p.word(e-1) == "." || p.word(e-1) == "!") {
		e--
	}
	// The cue is within the last few tokens, followed by adverbials only.
	for c := e - 1; c > sf+2 && e-c <= 8; c-- {
		if p.quote[c] != 0 || p.used[c] {
			return 0, 0, 0
		}
		m, kd := p.cueAt(c, st)
		if m == 0 || kd == kindAccording {
			continue
		}
		if c+m < e && !p.onlyAdverbial(c+m, e, kd == kindTell) {
			return 0, 0, 0
		}
		a, b := p.backNP(c, sf)
		if a-2 > sf && a < b && (p.low(a-1) == "both" || p.low(a-1) == "all" || p.low(a-1) == "each") && p.word(a-2) == "," {
			a-- // ", both sides said."
		}
		if a >= b || b != c || a-1 <= sf || p.word(a-1) != "," || p.zeroRelative(a, b) {
			return 0, 0, 0
		}
		return c, m, kd
	}
	return 0, 0, 0
}

// zeroRelative reports whether phrase [a, b) is a noun with a relative
// clause but no "that": "a claim the army" of ", a claim the army
// denied." A determiner inside the phrase, not after a preposition or a
// possessive, opens a second noun phrase.
func (p *pass) zeroRelative(a, b int) bool {
	for t := a + 1; t < b; t++ {
		if lw := p.low(t); (lw == "the" || lw == "a" || lw == "an") && !prepositions[p.low(t-1)] {
			return true
		}
		if claimNouns[p.low(t-1)] && !prepositions[p.low(t)] {
			return true // "a charge Orban", "an allegation opposition groups"
		}
	}
	return false
}

// claimNouns name what was said and may head a zero relative clause
// closing a sentence: ", a claim Baku denied."
var claimNouns = setOf("claim", "claims", "charge", "charges", "allegation", "allegations", "accusation",
	"accusations", "assertion", "account", "version", "report", "reports", "statement", "figure", "figures",
	"toll", "view", "position", "description", "characterisation", "characterization", "assessment")

// skipWhen returns where content [a, b) starts after the time or place
// of the saying that opens it: "said on Thursday it had caught ...". Only
// a subject pronoun after the adverbial shows where the clause starts.
func (p *pass) skipWhen(a, b int) int {
	for k := a + 1; k < b && k-a <= 6; k++ {
		if lw := p.low(k); pronouns[lw] && lw != "who" && lw != "you" {
			if p.onlyAdverbial(a, k, false) && !placePrepositions[p.low(k-1)] {
				return k
			}
			return a
		}
	}
	return a
}
