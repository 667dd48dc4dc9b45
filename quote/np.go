package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words that never belong to a speaker phrase: they start clauses or are
// verbs and particles, so a phrase searched for backwards stops there.
var stopWords = setOf("and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "when", "where",
	"while", "because", "as", "if", "after", "before", "since", "than", "so", "then", "is", "are", "was",
	"were", "be", "been", "being", "am", "to", "by", "not", "also", "has", "have", "had", "will", "would",
	"can", "could", "should", "may", "might", "must", "do", "does", "did", "there", "here", "what", "how",
	"why", "yet", "though", "although", "unless", "until", "into", "about", "over", "against", "like",
	"just", "only", "even", "still", "now", "however", "instead", "too", "very", "why", "once", "n't", "n’t", "not",
	"this", "these", "those", "said", "says", "say", "told", "it's", "he's", "she's", "you", "your", "we're",
	"i'm", "they're", "without", "under", "through", "during", "between", "among", "per", "via", "up",
	"out", "off", "down", "again", "ever", "never", "already", "all", "both", "each", "either", "neither")

// Adverbs and auxiliaries allowed between a speaker and the cue:
// "Clinton also said", "officials have said", "he later told".
var gapWords = setOf("also", "later", "then", "previously", "recently", "repeatedly", "has", "have", "had",
	"will", "would", "once", "again", "publicly", "privately", "reportedly", "initially", "further",
	"frequently", "often", "subsequently", "separately", "still", "even", "never", "has", "had", "did",
	"does", "do", "may", "might", "could", "should", "can", "must", "had", "long", "first", "quickly",
	"immediately", "simply", "flatly", "explicitly", "openly", "specifically", "bluntly", "loudly",
	"famously", "correctly", "falsely", "wrongly", "rightly", "recently", "since", "already", "apparently",
	"just", "not", "n't", "n’t", "never", "always", "originally", "herself", "himself", "themselves", "itself")

var prepositions = setOf("of", "for", "at", "from", "with", "in", "on", "'s", "’s")

var pronouns = setOf("he", "she", "they", "i", "we", "it", "you", "who")

var determiners = setOf("the", "a", "an", "his", "her", "their", "its", "our", "my", "one", "another",
	"some", "many", "several", "most", "two", "three", "other", "few", "no", "any", "every")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func isPunct(w string) bool {
	if w == "" {
		return true
	}
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// inNP reports whether token t may be part of a speaker phrase.
func (p *pass) inNP(t int) bool {
	if p.quote[t] != 0 {
		return false
	}
	w := p.word(t)
	if (w == "-" || w == "–") && t > 0 && t+1 < len(p.toks) && p.toks[t-1].End == p.toks[t].Start && p.toks[t].End == p.toks[t+1].Start {
		return true // a hyphen split off a word: "Texas-based"
	}
	lw := p.low(t)
	if p.tags {
		switch p.toks[t].UPOS {
		case "PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM":
			return !stopWords[lw] || determiners[lw] || pronouns[lw]
		case "PART":
			return lw == "'s" || lw == "’s"
		case "ADP":
			return prepositions[lw]
		case "PUNCT":
			return w == "-" || w == "."
		}
		return false
	}
	if isPunct(w) {
		return false
	}
	if stopWords[lw] {
		return false
	}
	if n, _ := p.cueAt(t, t+1); n > 0 && !isCapitalized(w) {
		return false
	}
	return true
}

// plausible reports whether [a, b) looks like a speaker: it holds a name, a
// pronoun or a noun-like word that is not a preposition or determiner.
func (p *pass) plausible(a, b int) bool {
	if a >= b || b-a > 24 {
		return false
	}
	for t := a; t < b; t++ {
		lw := p.low(t)
		if pronouns[lw] || isCapitalized(p.word(t)) && !determiners[lw] {
			return true
		}
		if !prepositions[lw] && !determiners[lw] && !isPunct(lw) {
			return true
		}
	}
	return false
}

// trimNP drops prepositions and possessive markers from the left of [a, b).
func (p *pass) trimNP(a, b int) (int, int) {
	for a < b && (prepositions[p.low(a)] || p.word(a) == "," || p.word(a) == "-") {
		a++
	}
	for b > a && (prepositions[p.low(b-1)] || p.word(b-1) == "," || p.word(b-1) == "-") {
		b--
	}
	if b > a+1 && p.word(b-1) == "." && p.sentEnds(b-1) {
		b-- // "according to the United Nations.": the full stop (with tags a "." may be in a phrase)
	}
	return a, b
}

// npBack returns the speaker-like phrase ending at token j, reaching back
// no further than token lo.
func (p *pass) npBack(j, lo int) (int, int) {
	a := j + 1
	for t := j; t >= lo && j-t < 16; t-- {
		if p.word(t) == ")" {
			// A party label: "Rep. Earl Blumenauer (D-Ore.)".
			o := t - 1
			for o >= lo && t-o < 6 && p.word(o) != "(" {
				o--
			}
			if o < lo || p.word(o) != "(" {
				break
			}
			t, a = o, o
			continue
		}
		if !p.inNP(t) {
			break
		}
		a = t
	}
	a, b := p.trimNP(a, j+1)
	if !p.plausible(a, b) {
		return 0, 0
	}
	return a, b
}

// backNP finds the speaker before the cue at token m: skipping adverbs and
// auxiliaries ("also", "has"), taking an appositive between commas
// ("Sam Lau, the party's spokesman, said"), and for a cue that follows "and"
// ("He met voters and said") taking the subject of the sentence.
func (p *pass) backNP(m, lo int) (int, int) {
	// The subject of a story's first sentence follows its dateline
	// ("KINSHASA (Wire) — Congo accused ... and said ...").
	lo = p.afterDateline(lo, m)
	if m-1 >= lo && strings.HasSuffix(p.low(m), "ing") && (p.afterComma(m, lo) || participleLeads[p.low(m-1)]) {
		return p.participleSpeaker(m, lo)
	}
	j := m - 1
	for skipped := 0; j >= lo && skipped < 3 && gapWords[p.low(j)]; skipped++ {
		j--
	}
	if j < lo {
		return 0, 0
	}
	if p.low(j) == "who" {
		return j, j + 1 // "voters who said ...": the relative pronoun, as PolNeAR marks it
	}
	if lw := p.low(j); lw == "and" || lw == "but" {
		// "Silverman was joined on stage by Al Franken and joked":
		// the speaker is the subject of the sentence.
		if a, b := p.npFwd(lo, j, false); a == lo && a < b {
			return a, b
		}
		return p.firstName(lo, j)
	}
	if p.word(j) == "," {
		a, b := p.npBack(j-1, lo)
		if a >= b {
			return p.beforeRelative(j-1, lo)
		}
		if a-2 >= lo && p.word(a-1) == "," {
			if c, d := p.npBack(a-2, lo); c < d && isCapitalized(p.word(d-1)) {
				return c, j
			}
		}
		return a, b
	}
	a, b := p.npBack(j, lo)
	if c := p.coordinated(a, b, lo); c < a {
		return c, b
	}
	if a < b && a-1 >= lo {
		if lw := p.low(a - 1); (lw == "and" || lw == "but") && !(a-2 >= lo && p.word(a-2) == ",") {
			// Not after a comma: ", and Prime Minister Kurti accused"
			// opens a clause with a subject of its own.
			if c, d := p.npFwd(lo, a-1, false); c < d && c == lo {
				return c, d
			}
		}
	}
	return a, b
}

// npFwd returns the speaker-like phrase starting at token k and ending
// before lim, with an appositive that follows it ("said Smith, a
// spokesman"). After "according to" (comma false) the phrase stops at the
// first comma.
func (p *pass) npFwd(k, lim int, according bool) (int, int) {
	b := k
	for b < lim && b-k < 16 {
		if p.word(b) == "(" && b > k {
			c := b + 1
			for c < lim && c-b < 6 && p.word(c) != ")" {
				c++
			}
			if c < lim && p.word(c) == ")" {
				b = c + 1
				continue
			}
			break
		}
		if !(p.inNP(b) || according && p.word(b) != "," && !isPunct(p.word(b)) && p.quote[b] == 0) {
			break
		}
		b++
	}
	if !according && b+1 < lim && p.word(b) == "," && determiners[p.low(b+1)] {
		e := b + 1
		for e < lim && e-b < 12 && p.inNP(e) {
			e++
		}
		if e == lim || p.word(e) == "," || p.word(e) == "." {
			b = e
		}
	}
	a, b := p.trimNP(k, b)
	if a != k || !p.plausible(a, b) {
		return 0, 0
	}
	return a, b
}

// participleSpeaker finds the speaker of a participle cue (", adding",
// ", saying"), which is that of the clause before it: the speaker of an
// attribution found earlier in the sentence, or the sentence's subject.
func (p *pass) participleSpeaker(m, lo int) (int, int) {
	from := p.toks[lo].Start
	for i := len(p.out) - 1; i >= 0; i-- {
		q := p.out[i]
		if q.Speaker == nil || q.Cue == nil || q.Cue.Start < from || q.Cue.Start >= p.toks[m].Start {
			continue
		}
		a := p.tokAt(q.Speaker.Start)
		b := p.tokAt(q.Speaker.End)
		if a < b {
			return a, b
		}
	}
	if a, b := p.npFwd(lo, m, false); a == lo && a < b && b < m {
		// Without tags the phrase may run into the verb ("Trump took
		// a risk"): keep a leading name or pronoun.
		if pronouns[p.low(a)] {
			return a, a + 1
		}
		if isCapitalized(p.word(a)) && !determiners[p.low(a)] {
			e := a + 1
			for e < b && (isCapitalized(p.word(e)) || p.low(e) == "of" || p.low(e) == "'s" || p.low(e) == "’s") {
				e++
			}
			return a, e
		}
		return a, b
	}
	return p.firstName(lo, m)
}

// firstName returns the first pronoun or run of capitalised words in
// tokens [lo, m) that is not a sentence-opening function word: the likely
// subject of a sentence opening with an adverbial ("Before the
// convention, Chief Calvin Williams lobbied ..., saying").
func (p *pass) firstName(lo, m int) (int, int) {
	for t := lo; t < m; t++ {
		lw := p.low(t)
		if p.quote[t] != 0 || p.used[t] {
			continue
		}
		if pronouns[lw] && lw != "who" && lw != "it" {
			return t, t + 1
		}
		if isCapitalized(p.word(t)) && !stopWords[lw] && !determiners[lw] && !prepositions[lw] {
			e := t + 1
			for e < m && (isCapitalized(p.word(e)) || p.low(e) == "'s" || p.low(e) == "’s") {
				e++
			}
			if e < m && p.word(e) == "," {
				continue // an opening adverbial: "In Iowa, ..."
			}
			return t, e
		}
	}
	return 0, 0
}

// afterComma reports whether token m follows a comma, perhaps one inside
// the quote that closes just before it (`happening,” adding`).
func (p *pass) afterComma(m, lo int) bool {
	w := p.word(m - 1)
	if w == "," {
		return true
	}
	return isQuoteToken(w) && m-2 >= lo && p.word(m-2) == ","
}

// participleLeads introduce a participle cue whose speaker is the
// sentence's subject: "She followed that by saying".
var participleLeads = setOf("by", "after", "before", "while", "when", "in", "without")

// beforeRelative finds the speaker before a relative clause that ends at
// token j: "Clinton, who called Sanders after the result, told ...".
func (p *pass) beforeRelative(j, lo int) (int, int) {
	for w := j; w > lo && j-w < 25; w-- {
		if p.quote[w] != 0 {
			return 0, 0
		}
		if lw := p.low(w); (lw == "who" || lw == "which") && p.word(w-1) == "," {
			return p.npBack(w-2, lo)
		}
	}
	return 0, 0
}

// coordinated returns where a coordinated speaker starts whose last
// conjunct is [a, b): "Norland and Estoria agreed that ...", "The
// Philippines and the United States said". Both conjuncts must read as
// names (capitalised, or a determiner before the second), so that "voters
// and Lee" is no speaker. It returns a when there is none.
func (p *pass) coordinated(a, b, lo int) int {
	if a >= b || a-2 < lo || p.low(a-1) != "and" || !isCapitalized(p.word(a-2)) {
		return a
	}
	if w := p.word(a); !isCapitalized(w) && !determiners[p.low(a)] || pronouns[p.low(a)] {
		return a
	}
	c, d := p.npBack(a-2, lo)
	if c >= d || d != a-1 || pronouns[p.low(c)] || !p.nameLike(c, d) || c-1 >= lo && p.low(c-1) == "and" {
		// Another "and" before: "experts A and B of the Institute for
		// Science and International Security wrote" is no list of two.
		return a
	}
	// A list: "Russia, Cuba and Venezuela condemned", from the sentence's
	// start only, so that "In Iowa, Smith and Lee said" stays two names.
	for c-2 >= lo && p.word(c-1) == "," {
		e, f := p.npBack(c-2, lo)
		if e >= f || f != c-1 || e != lo && !isPunct(p.word(e-1)) || !p.nameLike(e, f) || !isCapitalized(p.word(f-1)) {
			break
		}
		c = e
	}
	return c
}

// nameLike reports whether [a, b) may be a conjunct of a coordinated
// speaker: no day, month or preposition of time or place in it ("fighting
// went on in Khartoum on Friday and the two sides agreed").
func (p *pass) nameLike(a, b int) bool {
	for t := a; t < b; t++ {
		if lw := p.low(t); whenWords[lw] && lw != "," || lw == "on" || lw == "at" || lw == "in" || lw == "since" {
			return false
		}
	}
	return true
}

// sentEnds reports whether token t is the last of its sentence.
func (p *pass) sentEnds(t int) bool {
	_, to := p.sentOf(t)
	return t == to-1
}
