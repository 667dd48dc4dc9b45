package coder

// occasionAnchor switches occasionDay (tests turn it off).
var occasionAnchor = true

// anchorOccasions are the occasions a story tells its acts "at" or
// "during": a meeting, talks, a summit, a news conference, a visit.
var anchorOccasions = setOf("meeting", "talks", "summit", "conference", "visit", "trip",
	"session", "interview", "briefing", "rally", "debate", "hearing", "ceremony", "speech")

// occasionParts are the parts of an occasion an act is told at ("at
// the beginning of the meeting", "on the sidelines of the summit").
var occasionParts = setOf("beginning", "start", "end", "close", "sideline", "sidelines", "margin", "margins", "opening")

// occasionDay returns the day of an act told at or during an occasion
// the story has already dated ("Putin told him at the meeting that ...",
// "drones attacked the region during the summit", "said he had told
// Trump at the beginning of the meeting that Mexico would not pay", the
// visit dated "on Wednesday" sentences before): the nearest earlier
// sentence whose main verb has a past day of its own. Only with the
// definite article ("at a meeting" is a new one) and only "at", "during"
// or "on" (an act "before" or "after the meeting" is of another time);
// "" when no earlier sentence names a past day.
func (s *sent) occasionDay(i int) string {
	if !occasionAnchor || s.idx == 0 || !s.atOccasion(i) {
		return ""
	}
	return s.lastPastDay(false)
}

// lastPastDay returns the day of the nearest earlier sentence whose main
// verb has a day of its own before the publication day (or on it, with
// orToday), "" when none has. (A plan's day, "will travel to Washington
// on Monday", read as a past act's would be the Monday before: a main
// verb with "will" or "shall" is passed over.)
func (s *sent) lastPastDay(orToday bool) string {
	pub := s.doc.Published.Format("2006-01-02")
	for ps := s.previous(); ps != nil; ps = ps.previous() {
		if r := ps.root(); r >= 0 && !ps.hasKid(r, "aux", "will", "shall") {
			if d := ps.ownDay(r); d != "" && (d < pub || orToday && d == pub) {
				return d
			}
		}
	}
	return ""
}

// atOccasion reports trigger i, or a word above it in its sentence,
// with "at the meeting", "during the summit", "at the beginning of the
// talks".
func (s *sent) atOccasion(i int) bool {
	for k, steps := i, 0; k >= 0 && steps < 8; k, steps = s.head(k), steps+1 {
		for _, c := range s.kids(k) {
			if s.rel(c) != "obl" && s.rel(c) != "nmod" {
				continue
			}
			switch s.caseOf(c) {
			case "at", "during", "on":
			default:
				continue
			}
			n := c
			if occasionParts[s.lemma(c)] {
				n = -1
				for _, g := range s.kids(c) {
					if s.rel(g) == "nmod" && s.caseOf(g) == "of" {
						n = g
					}
				}
				if n < 0 {
					continue
				}
			}
			if anchorOccasions[s.lemma(n)] && s.childLemma(n, "det", "the") {
				return true
			}
		}
	}
	return false
}
