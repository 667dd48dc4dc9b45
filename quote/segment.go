package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep"
)

// Segment fills the token and sentence layers of doc with a plain rule
// tokenizer: whitespace, punctuation split off words, a few abbreviations
// kept whole, sentences ended by . ? ! before a capital, and at every line
// break. It is the stand-in that lets the finder run (in tests, in the quote
// evaluation) where no trained tokenizer is in the pipeline.
func Segment(doc *sitrep.Document) {
	text := doc.Text
	doc.Tokens = doc.Tokens[:0]
	doc.Sentences = doc.Sentences[:0]
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		splitWord(doc, i, j)
		i = j
	}
	sentStart := 0
	for k := range doc.Tokens {
		end := k == len(doc.Tokens)-1
		if !end {
			end = sentenceBreak(doc, k)
		}
		if end {
			for t := sentStart; t <= k; t++ {
				doc.Tokens[t].Sent = len(doc.Sentences)
				doc.Tokens[t].Head = -1
			}
			doc.Sentences = append(doc.Sentences, sitrep.Sentence{
				Start: doc.Tokens[sentStart].Start, End: doc.Tokens[k].End, TokStart: sentStart, TokEnd: k + 1})
			sentStart = k + 1
		}
	}
	doc.Layers |= sitrep.LayerTokens | sitrep.LayerSentences
}

// sentenceBreak reports whether a sentence ends after token k.
func sentenceBreak(doc *sitrep.Document, k int) bool {
	text := doc.Text
	cur, next := doc.Tokens[k], doc.Tokens[k+1]
	if strings.Contains(text[cur.End:next.Start], "\n") {
		return true
	}
	w := text[cur.Start:cur.End]
	if isClosingQuote(w) || w == ")" {
		// A closing quote after the stop ends the sentence with it.
		if k == 0 {
			return false
		}
		p := text[doc.Tokens[k-1].Start:doc.Tokens[k-1].End]
		if p != "." && p != "?" && p != "!" {
			return false
		}
	} else if w != "." && w != "?" && w != "!" {
		return false
	}
	if next.Start == cur.End && isQuoteToken(text[next.Start:next.End]) {
		return false // the closing quote of this sentence: `lingo.''`
	}
	r, _ := utf8.DecodeRuneInString(text[next.Start:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '(' || isOpeningQuote(text[next.Start:next.End])
}

var abbrevs = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "sen.": true, "rep.": true, "gov.": true,
	"gen.": true, "jr.": true, "sr.": true, "st.": true, "lt.": true, "col.": true, "sgt.": true,
	"capt.": true, "prof.": true, "rev.": true, "pres.": true, "sec.": true, "atty.": true,
	"inc.": true, "co.": true, "corp.": true, "ltd.": true, "no.": true, "vs.": true, "etc.": true,
	"jan.": true, "feb.": true, "aug.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
	"ala.": true, "ariz.": true, "calif.": true, "colo.": true, "conn.": true, "fla.": true, "ga.": true,
	"ill.": true, "ind.": true, "kan.": true, "ky.": true, "la.": true, "md.": true, "mass.": true,
	"mich.": true, "minn.": true, "miss.": true, "mo.": true, "nev.": true, "okla.": true, "ore.": true,
	"pa.": true, "tenn.": true, "tex.": true, "va.": true, "vt.": true, "wash.": true, "wis.": true,
}

// splitWord adds the tokens of the whitespace-free stretch text[i:j].
func splitWord(doc *sitrep.Document, i, j int) {
	text := doc.Text
	add := func(a, b int) {
		doc.Tokens = append(doc.Tokens, sitrep.Token{Start: a, End: b, Head: -1})
	}
	// Leading punctuation, one mark at a time.
	for i < j {
		if n := quoteMarkLen(text[i:j]); n > 0 {
			add(i, i+n)
			i += n
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:j])
		if r == '(' || r == '[' || r == '{' || r == '—' || r == '-' && j-i > 1 && text[i+1] == '-' {
			add(i, i+n)
			i += n
			continue
		}
		break
	}
	// Trailing punctuation, collected right to left.
	var tail [][2]int
	for j > i {
		if n := quoteMarkLenEnd(text[i:j]); n > 0 {
			tail = append(tail, [2]int{j - n, j})
			j -= n
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[i:j])
		if r == '.' {
			w := strings.ToLower(text[i:j])
			if k := strings.LastIndexByte(w, '-'); k >= 0 {
				w = w[k+1:] // "D-Ore."
			}
			if abbrevs[w] || isInitials(text[i:j]) {
				break
			}
		}
		if strings.ContainsRune(".,;:!?)]}—…", r) {
			tail = append(tail, [2]int{j - n, j})
			j -= n
			continue
		}
		break
	}
	if i < j {
		// Possessive and negation clitics are words of their own.
		w := text[i:j]
		if k := clitic(w); k > 0 && k < len(w) {
			add(i, i+k)
			add(i+k, j)
		} else if k := strings.Index(w, "—"); k > 0 && k+3 < len(w) {
			add(i, i+k)
			add(i+k, i+k+3)
			add(i+k+3, j)
		} else {
			add(i, j)
		}
	}
	for k := len(tail) - 1; k >= 0; k-- {
		add(tail[k][0], tail[k][1])
	}
}

// isInitials reports U.S. and J. style abbreviations.
func isInitials(w string) bool {
	if len(w) < 2 {
		return false
	}
	for k := 0; k < len(w); k += 2 {
		if w[k] < 'A' || w[k] > 'Z' || k+1 >= len(w) || w[k+1] != '.' {
			return false
		}
	}
	return true
}

func clitic(w string) int {
	lw := strings.ToLower(w)
	for _, suf := range []string{"'s", "’s", "n't", "n’t"} {
		if strings.HasSuffix(lw, suf) {
			return len(w) - len(suf)
		}
	}
	return -1
}
