package tokenize

import (
	"strings"

	"sitrep"
)

// sentences groups the pieces into sentences and turns them into tokens. A
// sentence ends after terminal punctuation (and the closing quotes and
// brackets attached to it) when what follows can begin a sentence, at a
// blank line, at a line break that does not look like wrapping, and around
// a news dateline ("Friday, May 8, 2009").
func (t *Tokenizer) sentences(text string, ps []piece) ([]sitrep.Sentence, []sitrep.Token) {
	toks := make([]sitrep.Token, 0, len(ps)+len(ps)/32+1)
	sents := make([]sitrep.Sentence, 0, len(ps)/16+1)
	wrapped := isWrapped(text)
	first := 0 // index in toks of the current sentence's first token
	close := func() {
		if len(toks) == first {
			return
		}
		s := len(sents)
		for k := first; k < len(toks); k++ {
			toks[k].Sent = s
		}
		sents = append(sents, sitrep.Sentence{Start: toks[first].Start, End: toks[len(toks)-1].End, TokStart: first, TokEnd: len(toks)})
		first = len(toks)
	}
	add := func(start, end int) {
		toks = append(toks, sitrep.Token{Start: start, End: end, Head: -1})
	}
	for i := 0; i < len(ps); i++ {
		if i > 0 && t.breakBefore(text, ps, i, wrapped) {
			close()
		}
		if n := t.dateline(text, ps, i); n > 0 {
			// A dateline after a headline is a sentence of its own; one
			// introduced by "on" or a comma is part of running text.
			alone := len(toks) == first || !t.joinsDate(text, ps[i-1])
			if alone {
				close()
			}
			for k := i; k < i+n; k++ {
				add(ps[k].start, ps[k].end)
			}
			i += n - 1
			if alone && i+1 < len(ps) && wordAt(text, ps[i+1].start, 0, len(text)) {
				close()
			}
			continue
		}
		if i+1 < len(ps) && (isCaption(text, ps[i], ps[i+1]) || t.opensAfterNoStop(text, ps, i)) {
			close()
		}
		p := ps[i]
		if p.flags&(fTerm|fAbbr) == 0 {
			add(p.start, p.end)
			continue
		}
		j, ends := t.endsAfter(text, ps, i)
		if ends && p.flags&fAbbr != 0 && p.end-p.start > 1 && (p.flags&fAcronym == 0 || !isUpperASCII(text[p.start])) {
			// EWT gives the sentence its own period after "etc", "Inc" and
			// "p.m"; GUM news keeps "U.S." and "D.C." whole.
			add(p.start, p.end-1)
			add(p.end-1, p.end)
		} else {
			add(p.start, p.end)
		}
		for k := i + 1; k <= j; k++ {
			add(ps[k].start, ps[k].end)
		}
		i = j
		if ends {
			close()
		}
	}
	close()
	return sents, toks
}

// endsAfter decides whether the sentence ends with piece i, which is
// terminal punctuation or an abbreviation. It returns the last piece that
// belongs to the sentence: i, or a closing quote or bracket after it.
func (t *Tokenizer) endsAfter(text string, ps []piece, i int) (int, bool) {
	p := ps[i]
	j := i
	for j+1 < len(ps) {
		q := ps[j+1]
		attached := !q.space
		switch {
		case q.flags&fClose != 0 && (attached || q.flags&fQuote == 0):
		case q.flags&fTerm != 0 && attached:
		default:
			goto next
		}
		j++
	}
next:
	if j+1 == len(ps) {
		return j, true
	}
	n := ps[j+1]
	if n.nl > 0 && !startsLower(text, n.start) && (p.flags&fAbbr == 0 || n.nl > 1) {
		// A line break after the punctuation ends the sentence; after an
		// abbreviation only a blank line does, since "Sen." may close a
		// wrapped line.
		return j, true
	}
	if p.flags&fAbbr != 0 {
		switch {
		case p.flags&fTitle != 0:
			return j, false
		case j > i:
			return j, t.canStart(text, n)
		}
		if 'a' <= text[p.start] && text[p.start] <= 'z' && !isDotted(text[p.start:p.end-1]) {
			// "etc." and "approx." come at the end of a list or before a
			// number, so a capital after them starts a sentence.
			return j, startsUpper(text, n.start)
		}
		return j, t.lex.starters[text[n.start:n.end]]
	}
	if text[p.start] == '.' && p.end-p.start > 1 || strings.HasPrefix(text[p.start:], "…") {
		// An ellipsis ends a sentence only before a capital.
		return j, startsUpper(text, n.start) || n.flags&fQuote != 0 && n.space
	}
	if (p.end-p.start == 1 && text[p.start] == '.' || text[p.end-1] == '?' || text[p.end-1] == '!') && j == i && n.space && startsLower(text, n.start) {
		// The mark is not an abbreviation's period nor inside a quotation,
		// so a lowercase word after it starts a sentence, as it often does
		// in web text.
		return j, true
	}
	return j, t.canStart(text, n)
}

// canStart reports whether piece n can begin a sentence: it is not
// lowercase and not punctuation that continues one.
func (t *Tokenizer) canStart(text string, n piece) bool {
	if startsLower(text, n.start) {
		return false
	}
	switch text[n.start] {
	case ',', ';', ':', ')', ']', '}', '%', '.', '!', '?':
		return false
	case '"', '\'':
		return n.space // an opening quote
	}
	return n.flags&fClose == 0
}

// breakBefore reports a sentence break at a line break before piece i that
// no punctuation marks: a blank line always; a single newline before
// anything but a lowercase word when the text is not hard-wrapped, and in
// wrapped text only after a short line (a headline) that does not end in a
// comma or hyphen.
func (t *Tokenizer) breakBefore(text string, ps []piece, i int, wrapped bool) bool {
	p := ps[i]
	if p.nl == 0 {
		return false
	}
	if p.nl >= 2 {
		return true
	}
	if startsLower(text, p.start) {
		return false
	}
	if !wrapped {
		return true // a paragraph, even one ending "Rathbun stated,"
	}
	prev := text[ps[i-1].end-1]
	if prev == ',' || prev == '-' || prev == '(' || prev == '&' {
		return false
	}
	ls := strings.LastIndexByte(text[:ps[i-1].end], '\n') + 1
	return ps[i-1].end-ls < 40
}

// isWrapped reports whether text looks hard-wrapped: most of its lines are
// of similar, moderate length and none is long, so a single newline does
// not mark a paragraph.
func isWrapped(text string) bool {
	lines, mid, long := 0, 0, 0
	for len(text) > 0 {
		k := strings.IndexByte(text, '\n')
		if k < 0 {
			break // the last line may be short in wrapped text too
		}
		l := len(text[:k])
		text = text[k+1:]
		if l == 0 {
			continue
		}
		lines++
		if l >= 50 && l <= 100 {
			mid++
		}
		if l > 100 {
			long++
		}
	}
	return lines >= 3 && long == 0 && mid*10 >= lines*6
}

var weekdays = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true,
}

var months = map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "May": true,
	"June": true, "July": true, "August": true, "September": true,
	"October": true, "November": true, "December": true,
}

// dateline returns the number of pieces of a dateline such as "Friday, May
// 8, 2009" starting at piece i, or 0. News sites print one on a line of its
// own between headline and story; it is a sentence of its own even when the
// line breaks are lost.
func (t *Tokenizer) dateline(text string, ps []piece, i int) int {
	if i+6 > len(ps) || !weekdays[text[ps[i].start:ps[i].end]] {
		return 0
	}
	w := func(k int) string { return text[ps[i+k].start:ps[i+k].end] }
	day, year := w(3), w(5)
	if w(1) != "," || !months[w(2)] || w(4) != "," || len(day) > 2 || !isDigit(day[0]) ||
		len(year) != 4 || !isDigit(year[0]) || !isDigit(year[3]) {
		return 0
	}
	return 6
}

// joinsDate reports whether the piece before a dateline introduces it in
// running text ("on Friday, May 8, 2009") rather than ending a headline.
func (t *Tokenizer) joinsDate(text string, p piece) bool {
	w := text[p.start:p.end]
	if p.flags&fClose != 0 {
		return false // a headline ending in a quotation: "... 'quasi-state of war'"
	}
	if len(w) == 1 && !isASCIILetter(w[0]) && !isDigit(w[0]) {
		return true // a comma or dash of running text
	}
	switch strings.ToLower(w) {
	case "on", "by", "until", "till", "since", "from", "to", "before", "after",
		"of", "last", "next", "this", "that", "and", "or", "between", "through",
		"for", "as", "at", "in", "dated", "effective", "than", "is", "was":
		return true
	}
	return false
}

// isCaption reports whether p begins an image caption, "Image: ...", which
// news sites set apart from the story; it begins a sentence even when the
// line break before it is lost.
func isCaption(text string, p, next piece) bool {
	return text[p.start:p.end] == "Image" && !next.space && text[next.start:next.end] == ":"
}

// opensAfterNoStop reports whether piece i begins a sentence although no
// punctuation ended the one before: it is a word such as "In" or "They",
// capitalised, straight after a word and before a lowercase one ("...
// geographical constituency In the New Territories ..."). The lowercase word
// after it keeps title-case headlines ("Agreement Adopted In Paris") whole.
func (t *Tokenizer) opensAfterNoStop(text string, ps []piece, i int) bool {
	p := ps[i]
	if i == 0 || !p.space || !t.lex.openers[text[p.start:p.end]] {
		return false
	}
	q := ps[i-1]
	if q.flags != 0 || !wordBefore(text, q.end, q.start) {
		return false
	}
	n := ps[i+1]
	return n.space && startsLower(text, n.start)
}
