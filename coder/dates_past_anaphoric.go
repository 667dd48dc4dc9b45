package coder

import (
	"strings"
	"time"

	"sitrep"
)

// pastAnaphoric: the time tagger counts "a day earlier", "the day
// before", "two days later" from the last time it read, which may be a
// day to come named in passing ("where Trump was holding his rally ahead
// of next Tuesday's primary. A day earlier, six protesters were
// arrested"): the arrests came out planned, a week after the story. An
// act told in the past is not after the story's day: such an offset is
// counted from the last past day the story named instead, and a past
// verb is not made planned by a day to come.
var pastAnaphoric = true

// pastVerb reports trigger i as a verb told in the past ("arrested",
// "were arrested", "had met"), with no future or modal auxiliary.
func (s *sent) pastVerb(i int) bool {
	t := s.tok(i)
	if t.UPOS != "VERB" {
		return false
	}
	past := t.XPOS == "VBD"
	for _, c := range s.kids(i) {
		if r := s.rel(c); r != "aux" && r != "aux:pass" {
			continue
		}
		switch s.lemma(c) {
		case "will", "shall", "would", "could", "may", "might", "can", "should", "must", "be going":
			return false
		}
		if x := s.tok(c).XPOS; x == "VBD" && t.XPOS == "VBN" {
			past = true // "were arrested", "had met"
		}
	}
	return past
}

// offsetWords count the days of an anaphoric offset.
var offsetWords = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}

// anaphoricOffset returns the days an offset expression counts from the
// time before it ("a day earlier" −1, "two days later" +2, "the day
// before" −1, "the next day" +1), and whether it is one.
func anaphoricOffset(text string) (int, bool) {
	w := strings.Fields(strings.ToLower(text))
	switch strings.Join(w, " ") {
	case "the day before", "the previous day", "the day earlier":
		return -1, true
	case "the next day", "the following day", "the day after":
		return 1, true
	}
	if len(w) != 3 || (w[1] != "day" && w[1] != "days") {
		return 0, false
	}
	n, ok := offsetWords[w[0]]
	if !ok {
		return 0, false
	}
	switch w[2] {
	case "earlier", "before":
		return -n, true
	case "later", "after":
		return n, true
	}
	return 0, false
}

// pastOffsetDay returns the day of a past act dated by an offset
// expression the tagger put after the story's day: the offset counted
// from the nearest earlier sentence whose main verb has a past day of
// its own. ok reports that the expression was such an offset (d is ""
// when no earlier past day is named: the expression then dates nothing).
func (s *sent) pastOffsetDay(i int, tx *sitrep.Timex, d string) (string, bool) {
	if !pastAnaphoric || s.doc.Published.IsZero() || !s.pastVerb(i) {
		return "", false
	}
	pub := s.doc.Published.Format("2006-01-02")
	if len(d) != 10 || d <= pub {
		return "", false
	}
	n, ok := anaphoricOffset(tx.Text)
	if !ok {
		return "", false
	}
	if day := s.lastPastDay(true); day != "" {
		if t, err := time.Parse("2006-01-02", day); err == nil {
			if o := t.AddDate(0, 0, n).Format("2006-01-02"); o <= pub {
				return o, true
			}
		}
	}
	return "", true
}
