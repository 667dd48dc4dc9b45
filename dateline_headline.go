package sitrep

import "strings"

// DatelineSentence returns the sentence whose opening may hold the story's
// dateline: the first, or the second when the first is a headline line
// standing alone as the story's first paragraph ("Clinton wins primary in
// New York.\n\nNEW YORK (AP) — Hillary Clinton ..."): web copies of wire
// stories put the title above the wire's dateline. The second sentence is
// taken only when it opens with a dateline (DatelineEnd) and the first is
// one short line, the whole of the text's first paragraph, with no
// dateline of its own; else the first sentence is returned.
func (doc *Document) DatelineSentence() int {
	if len(doc.Sentences) < 2 || len(doc.Tokens) == 0 {
		return 0
	}
	s0, s1 := doc.Sentences[0], doc.Sentences[1]
	if s0.TokEnd <= s0.TokStart || s1.TokEnd <= s1.TokStart || s0.TokEnd-s0.TokStart > headlineTokens {
		return 0
	}
	if s0.Start < 0 || s0.Start > s0.End || s0.End > s1.Start || s1.Start > len(doc.Text) {
		return 0
	}
	// The headline is the text's first line and all of its first
	// paragraph: nothing but blanks before it, no line break inside it,
	// a line break between it and the next sentence.
	if strings.TrimSpace(doc.Text[:s0.Start]) != "" || strings.Contains(doc.Text[s0.Start:s0.End], "\n") ||
		!strings.Contains(doc.Text[s0.End:s1.Start], "\n") || strings.TrimSpace(doc.Text[s0.End:s1.Start]) != "" {
		return 0
	}
	if doc.DatelineEnd(s0.TokStart, s0.TokEnd) > s0.TokStart {
		return 0
	}
	if doc.DatelineEnd(s1.TokStart, s1.TokEnd) == s1.TokStart {
		return 0
	}
	return 1
}

// headlineTokens is the most tokens a headline line has.
const headlineTokens = 30
