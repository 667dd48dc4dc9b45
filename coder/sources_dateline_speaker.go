package coder

import (
	"strings"

	"sitrep"
)

// datelineSpeaker switches the dateline's country for a speaker the
// actor coder placed nowhere (fourteenth session, speech18; tests turn
// it off).
var datelineSpeaker = true

// datelineSpeech reports the CAMEO roots of verbal acts (statements,
// appeals, demands, disapproval, rejections, threats) whose unplaced
// speaker datelineSubject may place.
var datelineSpeech = setOf("02", "10", "11", "12", "13")

// datelineSubject is the source of a verbal act whose subject the actor
// coder placed nowhere, in a story filed from a country that is one of
// its two main sides: that country's own ("KYIV — ... the ministry
// denied the report", "BRASILIA — Justice Minister Joao Silva accused
// local officials", "the commerce ministry said, accusing Canada"). A
// story filed from the capital of a side speaks for that side when it
// names a speaker with no country: a named person, an office or a body.
// homeSubject does the same for stories of one country's own affairs.
// With bare set (a denial, build's bareBodySpeech case), the subject
// must be a bare body instead of the act naming an addressee.
func (s *sent) datelineSubject(i int, a frameArgs, bare bool) []*sitrep.ActorMention {
	f := s.filedFromSide()
	if f == "" {
		return nil
	}
	k := s.unplacedSubject(i, a)
	if k < 0 {
		return nil
	}
	if h := s.head(i); k != a.subj && h >= 0 && s.rel(h) == "ccomp" {
		// "X said that Y died in a fight, admitting ...", with the
		// participle hung on the reported verb: Y's is no speech.
		return nil
	}
	if bare && !s.bareBody(k) || !bare && !s.namesAddressee(i) {
		return nil
	}
	if s.otherSide(k, f) {
		return nil
	}
	m := s.actorAt(k)
	if outsideBody(m) {
		return nil
	}
	if h := s.homeActorOf(k, m, f); h != nil {
		return []*sitrep.ActorMention{h}
	}
	if splitTitleSpeech {
		// "Justice | Minister Flavio Dino": the holder of a title.
		if h := s.splitTitleHolder(k, f); h != nil {
			return []*sitrep.ActorMention{h}
		}
	}
	if bare {
		// "the tourism ministry", "the government": nouns homeActorOf
		// leaves to the actor coder.
		return []*sitrep.ActorMention{s.governmentOf(k, f, "the bare body: the dateline's country")}
	}
	return nil
}

// otherSide reports a subject that says it is not of country f: "no
// foreign government", "Cardinal Zen, a retired bishop of Hong Kong",
// whose phrase names a place or actor of another country.
func (s *sent) otherSide(k int, f string) bool {
	for _, c := range s.kids(k) {
		if l := s.lemma(c); l == "foreign" || l == "no" || l == "international" {
			return true
		}
	}
	for _, m := range s.actorsIn(k) {
		if m.Country != "" && m.Country != f {
			return true
		}
	}
	return false
}

// namesAddressee reports a verbal act whose own phrases (object,
// oblique, complement) name a placed actor: "accused the ministry's
// rival of ...", "asked the European Union to ...". An act with none
// ("rejected the deal", "demanded that the government resign") leaves
// its target to guesses that a guessed source makes worse.
func (s *sent) namesAddressee(i int) bool {
	for _, c := range s.kids(i) {
		switch s.rel(c) {
		case "obj", "iobj", "obl":
			for _, m := range s.actorsIn(c) {
				if m.Country != "" || strings.HasPrefix(m.Code, "IGO") {
					return true
				}
			}
		}
	}
	return false
}

// filedFromSide returns the country a story is filed from when it is one
// of the story's two main sides, else "" (datelineSubject,
// datelineOfficers).
func (s *sent) filedFromSide() string {
	if s.art == nil {
		return ""
	}
	f := s.art.filedFrom()
	if len(f) != 3 {
		return ""
	}
	for j, c := range s.art.ranked {
		if j < 2 && c == f {
			return f
		}
	}
	return ""
}
