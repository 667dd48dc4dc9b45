package actors

// countryAppositionOn switches countryApposition (tests turn it off to
// show what it adds).
var countryAppositionOn = true

// countryApposition codes a name the KB does not know by a title of a
// country set after it with no article: "Uri Lubrani, Israel's top
// official for Lebanon affairs," or "Ali Hassan, Iraqi deputy foreign
// minister,". Wire copy sets a person's office after the name this way
// more often than with "a" or "the". The title must name one person of a
// country (no plural, no anaphor, no possessive pronoun, no name of its
// own) and must not run into another name ("Smith, French President
// Jacques Chirac and ..." is a list).
func (s *scanner) countryApposition(e entitySpan, to int) (pending, bool) {
	if !countryAppositionOn || e.end+2 >= to || s.words[e.end] != "," || !capitalised(s.words[e.end+1]) {
		return pending{}, false
	}
	ch, _ := s.chainAt(e.end+1, to)
	if !ch.ok || ch.det != "" || ch.from != e.end+1 || !ch.human || ch.plural || ch.match.Country == "" ||
		ch.anaphor || ch.possessed || ch.name || ch.match.Person || ch.local || ch.sub != nil {
		return pending{}, false
	}
	if ch.to < to {
		if _, per := s.perAt[ch.to]; per || capitalised(s.words[ch.to]) {
			return pending{}, false
		}
	}
	p := pending{start: e.start, end: e.end, m: ch.match}
	p.m.Person = true
	return p, true
}
