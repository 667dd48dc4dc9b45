package actors

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"sitrep"
)

// EvalSentence is one row of an actor evaluation file (see
// testdata/eval.tsv): a sentence, its date, the actors a careful human
// coder would code, and the named entities a perfect NER would give.
type EvalSentence struct {
	Line      int
	Published time.Time
	Text      string
	Actors    []GoldActor
	Entities  []sitrep.Entity
}

// GoldActor is one coded actor of an evaluation sentence.
type GoldActor struct {
	Start, End int
	Code       string
}

// ReadEval reads an evaluation file: tab-separated published date (or
// empty), sentence, actors as "span=CODE" items and entities as
// "span=LABEL" items, items separated by " ; ". A span is the first
// whole-word occurrence of its text, or the second when written "text#2".
func ReadEval(r io.Reader, name string) ([]EvalSentence, error) {
	var out []EvalSentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		col := strings.Split(s, "\t")
		if len(col) < 3 || len(col) > 4 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 3 or 4 (published, sentence, actors, entities)", name, line, len(col))
		}
		for len(col) < 4 {
			col = append(col, "")
		}
		row := EvalSentence{Line: line, Text: col[1]}
		if col[0] != "" {
			t, err := time.Parse("2006-01-02", col[0])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: published: %q is not YYYY-MM-DD", name, line, col[0])
			}
			row.Published = t
		}
		items := func(field, what, list string, add func(a, b int, v string) error) error {
			if strings.TrimSpace(list) == "" {
				return nil
			}
			for _, it := range strings.Split(list, " ; ") {
				span, v, ok := strings.Cut(strings.TrimSpace(it), "=")
				if !ok || v == "" {
					return fmt.Errorf("%s:%d: %s: %q is not span=%s", name, line, field, it, what)
				}
				a, b, ok := locate(row.Text, span)
				if !ok {
					return fmt.Errorf("%s:%d: %s: %q is not in the sentence", name, line, field, span)
				}
				if err := add(a, b, v); err != nil {
					return err
				}
			}
			return nil
		}
		err := items("actors", "CODE", col[2], func(a, b int, v string) error {
			row.Actors = append(row.Actors, GoldActor{a, b, v})
			return nil
		})
		if err == nil {
			err = items("entities", "LABEL", col[3], func(a, b int, v string) error {
				row.Entities = append(row.Entities, sitrep.Entity{Span: sitrep.Span{Start: a, End: b, Text: row.Text[a:b]}, Label: v})
				return nil
			})
		}
		if err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return out, nil
}

// locate finds "text" or "text#2" in s as whole words.
func locate(s, item string) (int, int, bool) {
	n := 1
	if i := strings.LastIndex(item, "#"); i > 0 && item[i+1:] == "2" {
		n, item = 2, item[:i]
	}
	if item == "" {
		return 0, 0, false
	}
	letter := func(i int) bool {
		return i >= 0 && i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9')
	}
	seen := 0
	for from := 0; from <= len(s); {
		i := strings.Index(s[from:], item)
		if i < 0 {
			return 0, 0, false
		}
		a, b := from+i, from+i+len(item)
		from = a + 1
		if letter(a-1) || letter(b) {
			continue
		}
		if seen++; seen == n {
			return a, b, true
		}
	}
	return 0, 0, false
}

// Score counts how a coder's mentions agree with the gold actors.
type Score struct {
	Gold     int // gold actors
	Country  int // gold actors whose country the coder got right
	Code     int // gold actors whose whole code the coder got right
	Mentions int // the coder's mentions, pronouns aside
	Hits     int // of those, the ones that overlap a gold actor
}

// Miss is a gold actor coded wrongly (Want set) or a mention no gold actor
// overlaps (Want empty).
type Miss struct {
	Line            int
	Text, Got, Want string
}

// CountryAccuracy is the share of gold actors given the right country
// (none for an IGO or a bare sector).
func (s Score) CountryAccuracy() float64 { return ratio(s.Country, s.Gold) }

// CodeAccuracy is the share of gold actors given exactly the right code.
func (s Score) CodeAccuracy() float64 { return ratio(s.Code, s.Gold) }

// Precision is the share of the coder's mentions that are gold actors.
func (s Score) Precision() float64 { return ratio(s.Hits, s.Mentions) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Add scores the mentions coded for one sentence. A gold actor is matched
// with the mention that overlaps it most; a miss means no mention or one
// with another country. The country of a gold code is its first three
// letters when they are a country the KB knows.
func (s *Score) Add(kb *KB, g EvalSentence, mentions []sitrep.ActorMention) []Miss {
	var misses []Miss
	for _, a := range g.Actors {
		s.Gold++
		best, bestOver := -1, 0
		for i, m := range mentions {
			if over := min(m.End, a.End) - max(m.Start, a.Start); over > bestOver {
				best, bestOver = i, over
			}
		}
		want := ""
		if len(a.Code) >= 3 && kb.CountryName(a.Code[:3]) != "" {
			want = a.Code[:3]
		}
		got, gotCountry := "", "-"
		if best >= 0 {
			got, gotCountry = mentions[best].Code, mentions[best].Country
		}
		if gotCountry == want {
			s.Country++
		}
		if got == a.Code {
			s.Code++
		} else {
			misses = append(misses, Miss{g.Line, g.Text[a.Start:a.End], got, a.Code})
		}
	}
	for _, m := range mentions {
		if m.Ref >= 0 && pronouns[strings.ToLower(m.Text)] {
			continue
		}
		s.Mentions++
		hit := false
		for _, a := range g.Actors {
			if m.Start < a.End && a.Start < m.End {
				hit = true
				break
			}
		}
		if hit {
			s.Hits++
		} else {
			misses = append(misses, Miss{g.Line, m.Text, m.Code, ""})
		}
	}
	return misses
}
