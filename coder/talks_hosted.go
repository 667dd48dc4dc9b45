package coder

// The thirteenth session's talks fixes (talks17).

import (
	"sitrep"
	"sitrep/cameo"
)

// hostedHome switches the rule that talks a third party hosts or
// brokers "between" two sides are not the host's own talks.
var hostedHome = true

// hostVerbs are the verbs whose subject stages talks for others:
// "Saudi Arabia hosted talks between ...", "the mission will broker
// talks between the two sides".
var hostVerbs = setOf("host", "broker", "mediate", "facilitate", "sponsor", "convene")

// hostedTalks mends the parties of the talks told by the noun i when
// they are the object of a host's verb and a between-phrase follows
// ("Saudi Arabia hosted talks in Riyadh on Saturday between Yemen's
// government and the southern separatists"). The host is no party to
// the talks (the verb's own entry codes its 045 or 043); the parse often
// hangs the between-phrase on a date or on the verb, so the side it
// names was paired with the host by the story's guess. When the sides
// left are all of one country, the talks are that country's own, X→X
// (the gold guide's domestic talks); else the host's pairs are dropped.
func (s *sent) hostedTalks(evs []sitrep.Event, i int) []sitrep.Event {
	if !hostedHome || s.tok(i).UPOS != "NOUN" {
		return evs
	}
	hosts, guests, receives := s.talksHosts(i)
	sides, between := s.betweenSides(i, hosts)
	if len(hosts) == 0 || !guests && !between {
		return evs
	}
	received, _ := cameo.Lookup("043")
	visited, _ := cameo.Lookup("042")
	var out, home []sitrep.Event
	parties := false // the talks have a pair without the host
	country, one := "", true
	for _, e := range evs {
		hs, ht := hosts[eventActorKey(e.Source)], hosts[eventActorKey(e.Target)]
		if e.CAMEO != "046" || !hs && !ht {
			parties = parties || e.CAMEO == "046"
			out = append(out, e)
			continue
		}
		p := e.Source
		if hs {
			p = e.Target
		}
		if p == nil || p.Country == "" || hosts[eventActorKey(p)] || country != "" && p.Country != country || sides > 1 {
			one = false
		} else {
			country = p.Country
		}
		// A country that hosts the talks receives their parties (043),
		// and they visit it (042): the guide codes the host when it
		// receives them. (A body hosts no visit, nor does a broker, nor
		// the host itself.)
		switch {
		case hs && ht || !receives:
		case hs && e.Source.Country != "":
			v := e
			recode(&v, received)
			out = append(out, v)
		case ht && e.Target.Country != "":
			v := e
			recode(&v, visited)
			out = append(out, v)
		}
		e.Source, e.Target = p, p
		home = append(home, e)
	}
	if len(home) > 0 && one && country != "" && !parties {
		out = append(out, home[0])
	}
	return out
}

// talksHosts returns the actors (by key) of the subject of a host's verb
// whose object is the talks noun i, or the phrase that counts them
// ("hosted two rounds of talks"), and whether that verb is "host" (the
// host receives the parties; a broker need not). guests is true when the talks are
// what the host received its guests for ("hosted the two leaders for two
// days of talks"): the guests, not the host, are their parties.
func (s *sent) talksHosts(i int) (hosts map[string]bool, guests, receives bool) {
	k := i
	if h := s.head(i); h >= 0 && s.rel(i) == "nmod" && s.caseOf(i) == "of" {
		k = h
	}
	v := s.head(k)
	if v < 0 || !hostVerbs[s.lemma(v)] {
		hosts = s.hostModifier(i)
		return hosts, false, len(hosts) > 0 && s.lemma(i-1) == "host"
	}
	switch {
	case s.rel(k) == "obj":
	case s.rel(k) == "obl" && s.caseOf(k) == "for" && s.frame(v).obj >= 0:
		guests = true
	default:
		return nil, false, false
	}
	hosts = map[string]bool{}
	for _, m := range s.sourceActors(v, s.frame(v)) {
		if key := actorKey(m); key != "" {
			hosts[key] = true
		}
	}
	return hosts, guests, s.lemma(v) == "host"
}

// hostModifier returns the actors (by key) named before a host's
// participle that modifies the talks noun i from just before it: "U.S.-
// brokered talks", and "Zuma hosted talks in Pretoria between ..." when
// the parse reads "hosted" as the noun's modifier and its subject as
// part of the noun phrase.
func (s *sent) hostModifier(i int) map[string]bool {
	c := i - 1
	if c < s.from || s.head(c) != i || !hostVerbs[s.lemma(c)] || s.tok(c).UPOS != "VERB" {
		return nil
	}
	hosts := map[string]bool{}
	for _, k := range s.kids(i) {
		if k >= c {
			continue
		}
		for _, m := range s.actorsUnder(k) {
			if key := actorKey(m); key != "" {
				hosts[key] = true
			}
		}
	}
	return hosts
}

// betweenSides reports a "between" after the noun i in its sentence, and
// the number of countries its phrase names other than the hosts'.
func (s *sent) betweenSides(i int, hosts map[string]bool) (int, bool) {
	for j := i + 1; j < s.to; j++ {
		if s.lemma(j) != "between" || s.tok(j).UPOS != "ADP" {
			continue
		}
		seen := map[string]bool{}
		if b := s.head(j); b >= 0 {
			for _, m := range s.actorsUnder(b) {
				if m.Country != "" && !hosts[actorKey(m)] {
					seen[m.Country] = true
				}
			}
		}
		return len(seen), true
	}
	return 0, false
}
