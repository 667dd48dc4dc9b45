package coder

import (
	"sitrep"
)

// Guards of rivalCooperation (seventeenth session, rival24): its
// firings in the 840 unlabelled PolNeAR texts read by hand; the wrong
// ones of a general cause are left out here.
var (
	// rivalFollowersOn: a name that only qualifies a noun of followers
	// ("Clinton voters said they could not support Obama", "Bernie
	// Sanders' supporters", "Trump supporters in Congress") is not the
	// backer or the backed: the voters are.
	rivalFollowersOn = true
	// rivalCounterfactualOn: a past that did not happen ("should have
	// congratulated me", "would have endorsed him", "it would have been
	// cool had Clinton congratulated him") is no event.
	rivalCounterfactualOn = true
	// rivalReturnOn: welcoming a person's return or release ("welcomed
	// Nouri's return") greets the homecoming, it does not back the
	// person.
	rivalReturnOn = true
	// rivalPossibleOn: a "possible" or "rumored" endorsement is talk of
	// one, not the act ("the rumors of a possible Palin endorsement of
	// Trump").
	rivalPossibleOn = true
)

// homecomingNouns are nouns of a person's coming home or going free.
var homecomingNouns = map[string]bool{
	"return": true, "release": true, "arrival": true, "homecoming": true,
	"freedom": true, "repatriation": true, "rescue": true,
}

// hedgeAdjectives make an act noun a prospect, not an act.
var hedgeAdjectives = map[string]bool{
	"possible": true, "potential": true, "likely": true, "rumored": true,
	"rumoured": true, "expected": true, "anticipated": true, "prospective": true,
	"eventual": true, "future": true, "hoped-for": true, "probable": true,
}

// followerNouns are nouns of people who back, vote for or work for a
// politician.
var followerNouns = map[string]bool{
	"supporter": true, "voter": true, "backer": true, "fan": true,
	"delegate": true, "superdelegate": true, "adviser": true, "advisor": true,
	"aide": true, "staffer": true, "donor": true, "follower": true,
	"loyalist": true, "surrogate": true, "supporters": true, "voters": true,
	"backers": true, "fans": true, "delegates": true, "superdelegates": true,
	"advisers": true, "advisors": true, "aides": true, "staffers": true,
	"donors": true, "followers": true, "loyalists": true, "surrogates": true,
}

// rivalGuarded reports a same-country 05x pair at trigger i that is not
// one person backing another.
func (s *sent) rivalGuarded(i int, src, tgt *sitrep.ActorMention) bool {
	if rivalFollowersOn && (s.followersOf(i, src) || s.followersOf(i, tgt)) {
		return true
	}
	if rivalReturnOn && s.homecomingOf(tgt) {
		return true
	}
	if rivalPossibleOn && s.tok(i).UPOS == "NOUN" {
		for _, c := range s.kids(i) {
			if s.rel(c) == "amod" && hedgeAdjectives[s.lemma(c)] {
				return true
			}
		}
	}
	return rivalCounterfactualOn && s.counterfactual(i)
}

// homecomingOf reports a mention that is the possessor of a noun of
// coming home or going free ("Nouri's return", "the release of X").
func (s *sent) homecomingOf(m *sitrep.ActorMention) bool {
	if m == nil {
		return false
	}
	lo, hi := s.tokensIn(m.Start, m.End)
	for j := lo; j < hi; j++ {
		if s.rel(j) != "nmod" {
			continue
		}
		if h := s.head(j); h >= 0 && (s.tok(h).Start < m.Start || s.tok(h).End > m.End) && homecomingNouns[s.lemma(h)] {
			return true
		}
	}
	return false
}

// followersOf reports a mention that names followers ("Sanders'
// supporters") or only qualifies a noun of followers outside it
// ("Clinton voters", "Trump supporters"); the trigger i itself is no
// such noun ("is a big fan of X" is praise of X).
func (s *sent) followersOf(i int, m *sitrep.ActorMention) bool {
	if m == nil {
		return false
	}
	lo, hi := s.tokensIn(m.Start, m.End)
	for j := lo; j < hi; j++ {
		if followerNouns[s.lemma(j)] || followerNouns[s.lowerWord(j)] {
			return true
		}
		h := s.head(j)
		if h < 0 || h == i || (s.tok(h).Start >= m.Start && s.tok(h).End <= m.End) {
			continue
		}
		if r := s.rel(j); (r == "compound" || r == "nmod") && (followerNouns[s.lemma(h)] || followerNouns[s.lowerWord(h)]) {
			return true
		}
	}
	return false
}

// counterfactual reports trigger i as a past that did not happen: a
// modal with perfect "have" ("should have congratulated", "would have
// backed"), or a clause opened by "had" before its subject ("had Clinton
// congratulated him").
func (s *sent) counterfactual(i int) bool {
	modal, have, had, subj := false, false, -1, -1
	for _, c := range s.kids(i) {
		switch s.rel(c) {
		case "aux":
			switch s.lemma(c) {
			case "would", "should", "could", "might", "must", "ought":
				modal = true
			case "have":
				have = true
				if s.lowerWord(c) == "had" {
					had = c
				}
			}
		case "nsubj":
			subj = c
		}
	}
	return modal && have || had >= 0 && subj >= 0 && had < subj
}
