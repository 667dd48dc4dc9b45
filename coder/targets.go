package coder

// At whom: the targets of an event, from the object, an oblique, a
// possessor or place, or the story's sides.

import (
	"strings"

	"sitrep"
	"sitrep/actors"
	"sitrep/cameo"
)

// inferTargets finds the target the frame does not name: for a third
// party's words (appeals, mediation, criticism) both sides of the story;
// else the nearest actor of another country in the sentence, else the
// other side of the article's dyad, else an actor of the source's own
// country with another role (police and protesters).
func (s *sent) inferTargets(lx *Lexicon, i int, src *sitrep.ActorMention, sources []*sitrep.ActorMention, code string) []*sitrep.ActorMention {
	off := s.doc.Tokens[i].Start
	other, same := s.sentenceCounterpart(i, src, sources)
	if other != nil && s.fellowDonor(lx, other, i, code) {
		// "Germany announced an arms package, and France said it
		// would send missiles" (targets_fellow_donor.go).
		other = nil
	}
	if sp := s.speakerOf(i); same != nil && sp != nil && sp.Start == same.Start {
		// "the prime minister said Egypt would not apologise": the
		// speaker of his own country's act is not its target.
		same = nil
	}
	if other != nil && strings.HasPrefix(actorKey(other), "IGO") && !s.inTriggerClause(other, i) {
		// "told U.N. Secretary-General Antonio Guterres that Morocco
		// would respond", "a U.S. spokesman said South Africa would not
		// be invited to any G20 meeting ..., a charge Ramaphosa
		// rejected": an international body named outside the act's own
		// clause (the one told, a forum, a reporter) is no guess for
		// its target; the story's sides are.
		other = nil
	}
	if other != nil && other.Sector == "MED" {
		// "Serbian media said Kosovo police had detained two Serbs",
		// "warned on Al Jazeera that the rebels would strike back": a
		// news outlet the sentence names tells or carries the act; it
		// is no guess for its target (the frame may still name one:
		// "police raided the broadcaster's office").
		other = nil
	}
	if other != nil && strings.HasPrefix(other.Code, "IGO") && strings.Contains(other.Code, "JUD") {
		// "said the case belonged before the International Court of
		// Justice": a court the sentence names is where a dispute is
		// heard, no party to the act; the story's sides are.
		other = nil
	}
	if other != nil && seldomCriticised(other, code) {
		// "criticised the missile programme, the U.N. nuclear watchdog
		// said", "denounced the capture, according to a U.N. mission": an
		// international body the sentence names in passing (a reporter,
		// a forum, its agencies) is not whom criticism with its target
		// left unnamed is aimed at; the story's other side is.
		other = nil
	}
	switch {
	case other == nil && src.Country != "" && s.billContent(i):
		// "threatened to veto the bill that allows lawsuits against
		// the Saudis" (targets_object_content.go).
		return s.atHome(i, src.Country)
	case (strings.HasPrefix(code, "172") || strings.HasPrefix(code, "081") && len(code) == 4 || code == "1231") && src.Country != "":
		// Martial law, curfews, bans on parties and their lifting are
		// imposed at home, whatever other country the sentence names
		// ("declared martial law, accusing the opposition of being North
		// Korea sympathisers"); so is a leader's refusal to resign
		// ("rejected calls to resign and said Zambian agents had
		// organised the protests").
		return s.atHome(i, src.Country)
	case (strings.HasPrefix(code, "09") && code != "094" || code == "0832" || strings.HasPrefix(code, "034")) && src.Country != "":
		// "said it was investigating the circumstances of the deaths",
		// "opened an investigation into the collapse of the dams": an
		// inquiry whose frame names no other party is a country's own,
		// at home (the gold guide's domestic acts); so is a policy given
		// up ("withdrew the tax bill", 0832), and elections or reforms
		// promised ("has promised elections within two years", 034).
		// (Not war crimes, 094: they are the other side's, and the
		// story's other side is their target.)
		return s.atHome(i, src.Country)
	case strings.HasPrefix(code, "18") && src.Country != "" && s.tok(i).UPOS == "VERB" && s.deniedClause(i) >= 0 && s.frame(i).passive:
		// "The ministry denied that any demonstrator had been beaten in
		// custody": force a side denies, told without its doer or a
		// victim the text places, is denied at home (sources_missing_subject.go).
		return s.atHome(i, src.Country)
	case s.homeCourt(code, src):
		return s.atHome(i, src.Country)
	case s.art.third(actorKey(src)) && thirdPartyCode(code):
		sides := s.art.sidesReached(off, code)
		if len(sides) == 2 && strings.HasPrefix(code, "033") {
			// "El Salvador and Guatemala said they were ready to
			// contribute troops", in a story of Haiti and a U.N.-backed
			// force: help offered by an outsider goes to the country,
			// not to the international body that is the other side.
			for k, m := range sides {
				if o := sides[1-k]; m.Country != "" && !strings.HasPrefix(actorKey(m), "IGO") && strings.HasPrefix(actorKey(o), "IGO") {
					return []*sitrep.ActorMention{m}
				}
			}
		}
		if len(sides) == 2 && other != nil && code[:2] != "04" && !s.objectElsewhere(other, i) {
			// "Germany welcomed the release and said it expected Iran to
			// free the others", in a story of Iran and Britain: a third
			// party's words aimed at no one named in their frame are
			// aimed at the side of the story the sentence names, not at
			// both. (Not meetings: a host receives both delegations.)
			for _, m := range sides {
				if actorKey(m) == actorKey(other) {
					return []*sitrep.ActorMention{other}
				}
			}
		}
		if one := s.judgedActSide(i, code, sides); one != nil {
			return one
		}
		return sides
	case (strings.HasPrefix(code, "070") || strings.HasPrefix(code, "071") || strings.HasPrefix(code, "073")) && len(s.art.ranked) > 0 && s.art.third(actorKey(src)) && (other == nil || actorKey(other) != s.art.ranked[0] && !s.aidPurpose(other, i)) && s.art.inLead(s.art.ranked[0]):
		// "Kenya and Ethiopia sent medical teams, and Qatar pledged
		// aid", "Tehran condemned Israel and sent a medical team": aid
		// from an outsider goes to the country the story is about, not
		// to another actor the sentence names. (Not troops or police:
		// the story is often about the country that sends them.)
		return []*sitrep.ActorMention{s.art.mentionOf(s.art.ranked[0], off)}
	case (strings.HasPrefix(code, "145") || protestAtHome(code) && (other == nil || !s.inOwnFrame(other, i))) && src.Country != "":
		// "protesters burned shops in the old town", "students who
		// burned police cars": a riot whose frame names no foreign
		// target (an embassy, a flag) is against the rioters' own
		// authorities, whatever foreign police the sentence names.
		if same != nil {
			return []*sitrep.ActorMention{same}
		}
		return s.atHome(i, src.Country)
	case forceCode(code) && src.Country != "" && (other == nil || strings.Contains(other.Entry, "dateline")) && s.homeScene(i, src):
		// "army jets bombed a village in Sagaing region, killing nine
		// people", in a story from Manila; "the rebels captured Laukkai",
		// in a story of Myanmar and China: force used at a place of the
		// doer's own country, on nothing the sentence gives another
		// country (people placed only by the dateline are no such
		// thing), is used at home, not against the story's other side
		// (the gold guide's domestic acts).
		return s.atHome(i, src.Country)
	case code[:2] == "13" && src.Country != "" && s.prosecutionWarned(i, src):
		return s.atHome(i, src.Country)
	case other != nil:
		return []*sitrep.ActorMention{other}
	case domesticCode(code) && same != nil:
		return []*sitrep.ActorMention{same}
	case domesticCode(code) && src.Country != "":
		// Protesters marching, police arresting or dispersing people
		// the sentence does not place abroad: the country's own
		// government or people.
		return s.atHome(i, src.Country)
	}
	if s.rivalRejected(code, same, i) {
		return []*sitrep.ActorMention{same}
	}
	cp := s.art.counterpart(actorKey(src), off)
	if cp != nil && coSourceGuard && (code[:2] == "02" || s.neitherNorSubject(i)) && sharedKey([]*sitrep.ActorMention{cp}, sources) {
		// "Yeltsin and Kuchma called for the fastest possible
		// ratification": the story's other side is here a co-author of
		// the act, not whom it is aimed at (appeal29).
		cp = nil
	}
	if cp != nil && talksCode(code) && strings.HasPrefix(actorKey(cp), "IGO") && src.Country != "" {
		// "the military was ready to resume negotiations", in a story of
		// Sudan and the African Union that suspended it; "Machar
		// rejected the offer" of talks, in a story of South Sudan and
		// the U.N.: a body of countries hosts or brokers a country's
		// talks, it is not their party; talks whose party the sentence
		// does not name are between the country's own sides.
		return s.atHome(i, src.Country)
	}
	if cp != nil && cp.Country != src.Country && (homeGroup(src) || s.homePolice(src) && (forceCode(code) || code[:2] == "15")) {
		// "the opposition party denounced the request", "about 300
		// people rallied in the town to support the talks", in a story
		// of two countries: a country's opposition, parties, students or
		// crowds whose act names no one aim it at their own country's
		// government or affairs, not at the story's other side; so do
		// its police using force or deployed ("police were deployed in
		// the capital's centre"; not coast or border guards, whose
		// patrols and seizures are most often aimed abroad).
		return s.atHome(i, src.Country)
	}
	if cp != nil {
		return []*sitrep.ActorMention{cp}
	}
	switch {
	case same != nil:
		return []*sitrep.ActorMention{same}
	case foreignHelp(code) && s.art.domestic() && len(s.art.ranked) > 0 && actorKey(src) != s.art.ranked[0]:
		// "China, India and Russia flew in rescue teams", in a story
		// about Myanmar's earthquake: help from abroad goes to the
		// country the story is about.
		return []*sitrep.ActorMention{s.art.mentionOf(s.art.ranked[0], off)}
	case s.art.domestic() && len(s.art.ranked) > 1 && actorKey(src) == s.art.ranked[0] && src.Country != "" && !cooperation(code):
		// In a story about one country's own affairs (another actor
		// is named, but only in passing), what its actors demand,
		// refuse or threaten is aimed at their own country (protest
		// leaders and the government).
		return s.atHome(i, src.Country)
	case s.art.domestic() && len(s.art.ranked) == 1 && actorKey(src) == s.art.ranked[0] && src.Country != "" && spokenCode(code) && !s.violent(i):
		// A story of one country alone: what its actors say, ask,
		// demand, criticise or threaten with no one named is said at
		// home, unless the sentence tells of fighting, whose doer it is
		// aimed at ("condemned the attack"). A rejection answers the
		// one who asked, which such a story does not name.
		return s.atHome(i, src.Country)
	}
	return nil
}

// spokenCode reports the roots of acts made in words that need no
// asker: statements, appeals, demands, criticism and threats.
func spokenCode(code string) bool {
	switch code[:2] {
	case "01", "02", "10", "11", "13":
		return true
	}
	return false
}

// aidPurpose reports an actor named below the aid's own verb, in its
// object or its purpose, with no coordinated clause between ("pledged
// $2 billion to bring power to Fiji's villages"): the aid is for it,
// not for the story's main country. (An actor of a clause coordinated
// with the verb is another act's: "Kenya sent doctors, and Qatar pledged
// aid".)
func (s *sent) aidPurpose(m *sitrep.ActorMention, i int) bool {
	tok := s.firstTokIn(m)
	if tok < 0 {
		return false
	}
	for k := tok; k >= 0; k = s.head(k) {
		if k == i {
			return true
		}
		switch s.rel(k) {
		case "conj", "parataxis", "nsubj":
			return false
		}
	}
	return false
}

// homeGroup reports an actor of a country's own politics or people
// with no state office: the opposition, a party, civilians or students.
func homeGroup(m *sitrep.ActorMention) bool {
	if m.Country == "" || len(m.Code) < 6 || m.Code[:3] != m.Country {
		return false
	}
	switch m.Code[3:6] {
	case "OPP", "PTY", "CVL", "EDU":
		return true
	}
	return false
}

// homePolice reports police that keep order at home: not coast or
// border guards, whose acts are most often at a frontier.
func (s *sent) homePolice(m *sitrep.ActorMention) bool {
	if m.Country == "" || !strings.HasSuffix(m.Code, "COP") || m.Code[:3] != m.Country {
		return false
	}
	t := strings.ToLower(s.doc.Text[m.Start:m.End])
	return !strings.Contains(t, "coast") && !strings.Contains(t, "border")
}

// forceCode reports the codes of force used on people or places:
// repression (17x), assaults (18x) and the use of arms (19x). (Not
// shows of force, 15x: patrols are most often at a frontier.)
func forceCode(code string) bool {
	switch code[:2] {
	case "17", "18", "19":
		return true
	}
	return false
}

// homeScene reports an act of force whose clause places it in the
// doer's own country ("bombed a village in Sagaing region", "captured
// Laukkai"), where the place is no actor of its own ("would strike back
// at Saudi Arabia": the country itself is aimed at) and the act is no
// downing of a craft ("shot down the drone over Hormozgan": the craft
// is another's).
func (s *sent) homeScene(i int, src *sitrep.ActorMention) bool {
	if s.frame(i).prt == "down" {
		return false
	}
	p := s.place(i, []*sitrep.ActorMention{src}, nil)
	if p == nil || p.Country != src.Country {
		return false
	}
	lo, hi := s.tokensIn(p.Start, p.End)
	for k := lo; k < hi; k++ {
		if s.actorAt(k) != nil {
			return false
		}
	}
	return true
}

// domesticTarget is the country itself as the target of its act at home.
func domesticTarget(span sitrep.Span, country string) *sitrep.ActorMention {
	return &sitrep.ActorMention{Span: span, Code: country, Country: country, Entry: domesticEntry, Ref: -1}
}

// atHome is the country itself as the only target of the act told by
// token i (domesticTarget at the trigger).
func (s *sent) atHome(i int, country string) []*sitrep.ActorMention {
	return []*sitrep.ActorMention{domesticTarget(s.tokSpan(i), country)}
}

// tokSpan is the span of token k's own text.
func (s *sent) tokSpan(k int) sitrep.Span {
	return s.doc.MakeSpan(s.tok(k).Start, s.tok(k).End)
}

// nmodsWith returns the noun modifiers of k with preposition p: a
// phrase of the verb's the parse hung on its object ("opened fire on
// the crowds", "lodged a protest with the envoy").
func (s *sent) nmodsWith(k int, p string) []int {
	var out []int
	for _, c := range s.kids(k) {
		if s.rel(c) == "nmod" && s.caseOf(c) == p {
			out = append(out, c)
		}
	}
	return out
}

// foreignHelp reports acts that an outside party aims at the country a
// story is about when the sentence names no recipient: aid of every kind.
// (Appeals, visits, cooperation and criticism were tried too: no change
// on the three dev sets.)
func foreignHelp(code string) bool {
	return code[:2] == "07"
}

// newKey reports a mention that can be an event actor and whose key none
// of ms has.
func newKey(ms []*sitrep.ActorMention, m *sitrep.ActorMention) bool {
	k := actorKey(m)
	if k == "" {
		return false
	}
	for _, x := range ms {
		if actorKey(x) == k {
			return false
		}
	}
	return true
}

func containsKey(ms []*sitrep.ActorMention, m *sitrep.ActorMention) bool {
	for _, x := range ms {
		if x != m && actorKey(x) == actorKey(m) && x.Code == m.Code {
			return true
		}
	}
	return false
}

// keyed keeps the mentions that can be event actors, once each: the
// first of each actor and code (a country's army and its government both
// stay).
func keyed(ms []*sitrep.ActorMention) []*sitrep.ActorMention {
	return firstOfEach(ms, func(m *sitrep.ActorMention) string { return actorKey(m) + m.Code })
}

// firstOfEach keeps the mentions that can be event actors, the first of
// each id.
func firstOfEach(ms []*sitrep.ActorMention, id func(*sitrep.ActorMention) string) []*sitrep.ActorMention {
	var out []*sitrep.ActorMention
	seen := map[string]bool{}
	for _, m := range ms {
		if actorKey(m) == "" || seen[id(m)] {
			continue
		}
		seen[id(m)] = true
		out = append(out, m)
	}
	return out
}

// argActors returns the actors of an argument and of the arguments
// coordinated with it; a phrase naming both sides at once ("the two
// countries") stands for the article's dyad.
func (s *sent) argActors(a int) []*sitrep.ActorMention {
	var out []*sitrep.ActorMention
	if l := s.lemma(a); l == "what" || l == "that" && s.tok(a).UPOS == "PRON" {
		// "condemned what it called the dangerous actions of the
		// Chinese vessels": the named thing is the relative clause's
		// object.
		if o := s.whatNamed(a); o >= 0 {
			return s.argActors(o)
		}
	}
	if r := s.relativeAntecedent(a); r >= 0 {
		// "Iraq's Saddam, with whom the king met Monday"
		// (targets_relative_oblique.go).
		return s.argActors(r)
	}
	for _, k := range s.conjuncts(a) {
		if ms := s.countGroup(k); len(ms) > 0 {
			// "the three countries": the three listed before.
			out = append(out, ms...)
		} else if ms := s.pluralAntecedent(k); len(ms) > 0 {
			out = append(out, ms...)
		} else if ms := s.modifierActors(k); len(ms) > 1 {
			// "the leaders of Mali, Burkina Faso and Niger": the list.
			out = append(out, ms...)
		} else if s.group(k) || s.groupOf(k) {
			// "both ministers", "the two countries": the story's two
			// sides, whatever the actor coder made of the phrase
			// ("urged both sides", in a story of a war within one
			// country, its two parties).
			if s.hasKid(k, "det", "all") {
				out = append(out, s.art.partiesAddressed(s.tok(k).Start)...)
			} else {
				out = append(out, s.art.sidesAddressed(s.tok(k).Start)...)
			}
		} else if m := s.actorAt(k); m != nil && actorKey(m) != "" {
			if s.blocMembers(k, m) {
				// Its member states, not the bloc: no party.
				continue
			}
			m = s.outsideLeaders(k, s.civilSide(m))
			if strings.Contains(m.Entry, "dateline") {
				// "condemned what it called criminal Israeli aggression",
				// "criminal" placed only by the dateline: the
				// phrase's own country adjective names it better.
				if dm := s.demonymActor(k); dm != nil && actorKey(dm) != actorKey(m) {
					m = dm
				}
			}
			out = append(out, m)
		} else if m := s.placeActor(k); m != nil {
			out = append(out, m)
		} else if m := s.apposedTarget(k); m != nil {
			// "with his closest ally, British Prime Minister Tony
			// Blair" (targets_apposed_name.go).
			out = append(out, m)
		} else if m := s.homeGovernment(k); m != nil {
			out = append(out, m)
		} else if m := s.bodyShortName(k); m != nil {
			out = append(out, m)
		} else if m := s.objectDemonym(k); m != nil {
			out = append(out, m)
		}
	}
	return out
}

// demonymActor codes a phrase the actor coder left uncoded by its
// country adjective: "a Palestinian state", "a Philippine supply boat",
// "the Iranian strike" stand for that country.
func (s *sent) demonymActor(k int) *sitrep.ActorMention {
	for _, c := range s.kids(k) {
		if s.rel(c) != "amod" && s.deprel(c) != "compound" {
			continue
		}
		if c > s.from && regionWords[s.lemma(c-1)] && s.head(c-1) == k {
			// "Latin American countries", "North African states": a
			// region, not the country of the bare adjective.
			continue
		}
		if m := s.countryWord(c); m != nil {
			return m
		}
	}
	return nil
}

// demonymDescent switches objectDemonym's reading of a compound's
// adjective on (tests turn it off).
var demonymDescent = true

// objectDemonym is demonymActor for an act's object, which also finds
// the country adjective the parser hung on a compound noun modifier
// rather than on the head: "detained three Afghan water engineers",
// "seized a Chinese fishing boat" name the head's country. (Only for
// targets: a subject so placed is more often a body of the speaker's
// own country that the gold leaves uncoded.)
func (s *sent) objectDemonym(k int) *sitrep.ActorMention {
	if m := s.demonymActor(k); m != nil || !demonymDescent {
		return m
	}
	for _, c := range s.kids(k) {
		if s.deprel(c) != "compound" || s.tok(c).UPOS != "NOUN" {
			continue
		}
		for _, g := range s.kids(c) {
			if s.rel(g) == "amod" {
				if m := s.countryWord(g); m != nil {
					return m
				}
			}
		}
	}
	return nil
}

// countryKB is the knowledge base the article's actors were coded with,
// else the embedded one, for its country names and adjectives; nil when
// neither loads.
func (a *article) countryKB() *actors.KB {
	if a.kb != nil {
		return a.kb
	}
	return countryWords()
}

// countryWords is the actor knowledge base, loaded once, for its table
// of country names and adjectives.
func countryWords() *actors.KB {
	countryOnce.Do(func() {
		if kb, err := actors.Load(); err == nil {
			countryKB = kb
		}
	})
	return countryKB
}

// placeOwner is the country a place names by its possessor or its
// country adjective ("in Russia's Volgograd region", "in the Turkish
// town of Akcakale"), for a place the gazetteer does not place.
func (s *sent) placeOwner(p int) *sitrep.ActorMention {
	for _, c := range s.kids(p) {
		if full := s.deprel(c); full != "nmod:poss" && full != "amod" && full != "compound" {
			continue
		}
		if m := s.placeActor(c); m != nil {
			return m
		}
		if m := s.countryWord(c); m != nil {
			return m
		}
	}
	return nil
}

// rebelPositions reports an attack whose object, or its at/on/against
// phrase, is armed groups named by no country ("rebel positions",
// "terrorist targets", "militants").
func (s *sent) rebelPositions(a frameArgs) bool {
	args := append([]int(nil), a.obl["at"]...)
	args = append(args, a.obl["on"]...)
	args = append(args, a.obl["against"]...)
	if a.obj >= 0 {
		args = append(args, a.obj)
		args = append(args, s.nmodsWith(a.obj, "at")...)
		args = append(args, s.nmodsWith(a.obj, "against")...)
	}
	for _, k := range args {
		if !s.lemmaIn(targetNouns, k) {
			continue
		}
		if s.headOrModifierIn(k, rebelNouns, rebelNouns) {
			return true
		}
	}
	return false
}

// armedTarget reports an attack whose object or at-, on- or
// against-phrase is an armed group outside the state that the actor
// coder placed ("struck an RSF convoy", "fired on positions of the Rada
// force").
func (s *sent) armedTarget(a frameArgs) *sitrep.ActorMention {
	args := append([]int(nil), a.obl["at"]...)
	args = append(args, a.obl["on"]...)
	args = append(args, a.obl["against"]...)
	if a.obj >= 0 {
		args = append(args, a.obj)
		args = append(args, s.nmodsWith(a.obj, "of")...)
	}
	for _, k := range args {
		if m := s.actorAt(k); m != nil && m.Country != "" && (m.Sector == "REB" || m.Sector == "INS" || m.Sector == "SEP") {
			return m
		}
	}
	return nil
}

// forcesAgainstRebels is the source of an attack by forces the actor
// coder placed in no country ("army jets bombed RSF positions",
// "helicopters fired on the convoy") on an armed group it did place: the
// forces of the group's country, fighting at home.
func (s *sent) forcesAgainstRebels(i int, a frameArgs) []*sitrep.ActorMention {
	k := a.subj
	if k < 0 {
		k = s.sharedSubject(i)
	}
	if k < 0 || s.rel(k) != "nsubj" {
		return nil
	}
	m := s.actorAt(k)
	if actorKey(m) != "" {
		return nil
	}
	if !(m != nil && (m.Sector == "MIL" || m.Sector == "COP") || homeBodies[s.lemma(k)] || s.bodyCompound(k)) {
		return nil
	}
	t := s.armedTarget(a)
	if t == nil {
		return nil
	}
	return []*sitrep.ActorMention{{Span: s.tokSpan(k), Code: t.Country + "MIL", Country: t.Country, Sector: "MIL", Entry: "forces against their country's armed group", Ref: -1}}
}

// homeTalks reports talks, an intent to talk or an agreement signed
// inside one country between the state and those outside it ("the
// president said he was ready to talk to opposition leaders", "the
// government signed a peace deal with the rebels"): a same-country pair of a cooperative act
// that is no misread sentence, as the two sides differ.
func homeTalks(code string, src, tgt *sitrep.ActorMention) bool {
	switch {
	case strings.HasPrefix(code, "036"), strings.HasPrefix(code, "046"), strings.HasPrefix(code, "057"):
	default:
		return false
	}
	return src.Sector != tgt.Sector && (nonState[strings.ToLower(src.Sector)] || nonState[strings.ToLower(tgt.Sector)]) && src.Country != ""
}

// manyCountries reports actors of more than one country.
func (s *sent) manyCountries(ms []*sitrep.ActorMention) bool {
	for _, m := range ms[1:] {
		if actorKey(m) != actorKey(ms[0]) {
			return true
		}
	}
	return false
}

// joinedBy returns the actors that join a subject in its act: "Saudi
// warplanes, *joined by jets from the United Arab Emirates and Bahrain*,
// struck", "Israel, *together with the United States*".
func (s *sent) joinedBy(k int) []*sitrep.ActorMention {
	var out []*sitrep.ActorMention
	for _, c := range s.kids(k) {
		join := s.rel(c) == "acl" && (s.lemma(c) == "join" || s.lemma(c) == "accompany") && s.tok(c).XPOS == "VBN"
		if !join && s.rel(c) == "nmod" {
			if p := s.caseOf(c); p == "alongside" || p == "with" && c > k+1 && (s.lemma(c-2) == "along" || s.lemma(c-2) == "together") {
				join = true
			}
		}
		if join {
			out = append(out, s.actorsIn(c)...)
		}
	}
	return byKey(out)
}

// deniedActTarget returns the actors other than the denier named in the
// complement of a denial (what is denied), nearest first. byOther is
// true instead when the first of them stands in the active subject of a
// denied clause the denier is no part of: the denial is of another
// side's act ("denied that Washington had pressed Oslo to expel the
// envoy"),
// and that side, the doer alleged, is not whom the denial answers.
func (s *sent) deniedActTarget(i int, src *sitrep.ActorMention) (ms []*sitrep.ActorMention, byOther bool) {
	for _, c := range s.kids(i) {
		switch s.rel(c) {
		case "ccomp", "xcomp", "obj", "advcl":
		default:
			continue
		}
		lo, hi := s.subtree(c)
		for j := lo; j <= hi; j++ {
			m := s.mentionCovering(j)
			if m == nil {
				m = s.demonymActor(j)
			}
			if m != nil && actorKey(m) != "" && actorKey(m) != actorKey(src) {
				if otherDoer && s.otherDoer(c, j, src) {
					return nil, true
				}
				return []*sitrep.ActorMention{m}, false
			}
		}
	}
	return nil, false
}

// otherDoer switches off the tenth session's denials of another side's
// act (for its tests).
var otherDoer = true

// otherDoer reports token j inside the active subject of the clause c a
// denial governs, when that subject names no actor of the denier src:
// "denied that Paris had funded the rebels", not "denied that Malian or
// Russian troops had fired on the village" (the denier's own among
// them), nor a passive's subject, the one the act was done to ("denied
// that any Guinean traders had been held"), nor the teller of a claim
// the parse made the clause's verb ("denied French reports that ...",
// with "reports" read as a verb).
func (s *sent) otherDoer(c, j int, src *sitrep.ActorMention) bool {
	if s.rel(c) != "ccomp" || speechVerbs[s.lemma(c)] {
		return false
	}
	sb := s.child(c, "nsubj")
	if sb < 0 || s.deprel(sb) != "nsubj" || claimNouns[s.lemma(sb)] || hearsayNouns[s.lemma(sb)] {
		return false
	}
	lo, hi := s.subtree(sb)
	if j < lo || j > hi {
		return false
	}
	for k := lo; k <= hi; k++ {
		m := s.mentionCovering(k)
		if m == nil {
			m = s.demonymActor(k)
		}
		if m != nil && actorKey(m) == actorKey(src) {
			return false
		}
	}
	return true
}

// homeAppeal reports an appeal whose object or for-phrase is one of the
// homeAffairs ("called for free elections", "for the release of").
func (s *sent) homeAppeal(cd candidate) bool {
	args := append([]int{cd.args.obj}, cd.args.obl["for"]...)
	for _, a := range args {
		if a >= 0 && homeAffairs[s.lemma(a)] {
			return true
		}
	}
	return false
}

// coupCountry is the country of the coup the object k names ("the
// coup", "what it called an attempted coup", "the coup attempt", "a
// coup against Morales"): the country of whoever it was against or
// where it took place, else of the phrase's own country adjective,
// else the country the story names most of those its lead names; nil when k names no coup or the
// coup is the source's own country's.
func (s *sent) coupCountry(k int, src *sitrep.ActorMention) *sitrep.ActorMention {
	if o := s.whatNamed(k); o >= 0 {
		k = o
	}
	coup := coupNouns[s.lemma(k)]
	if !coup && s.lemma(k) == "attempt" {
		for _, c := range s.kids(k) {
			if r := s.rel(c); (r == "compound" || r == "nmod") && coupNouns[s.lemma(c)] {
				coup = true
			}
		}
	}
	if !coup && s.coupBefore(k) {
		coup = true
	}
	if !coup {
		return nil
	}
	span := s.tokSpan(k)
	country := ""
	for _, p := range []string{"against", "in"} {
		for _, n := range s.nmodsWith(k, p) {
			for _, m := range s.argActors(n) {
				if country == "" && m.Country != "" {
					country = m.Country
				}
			}
		}
	}
	if country == "" {
		if m := s.demonymActor(k); m != nil {
			country = m.Country
		}
	}
	for _, r := range s.art.ranked {
		if country == "" && len(r) == 3 && s.art.inLead(r) {
			// (The first country: an organisation that suspends the
			// country is often named more.)
			country = r
		}
	}
	if country == "" || country == src.Country {
		return nil
	}
	return domesticTarget(span, country)
}

// homeCritic returns the critic's own country when criticism of the deal
// noun k ("denounced the deal", "criticised the agreement") comes from
// its opposition, legislators or parties: they oppose the deal their own
// government made, not the foreign party to it. Nil otherwise, and for a
// deal the phrase gives an owner ("Beijing's pact with Honiara").
func (s *sent) homeCritic(k int, src *sitrep.ActorMention) *sitrep.ActorMention {
	if !accordNouns[s.lemma(k)] || s.actorAt(k) != nil || s.child(k, "nmod:poss") >= 0 || s.demonymActor(k) != nil || src.Country == "" {
		return nil
	}
	if !homeCritics[strings.ToLower(src.Sector)] && !strings.Contains(strings.ToLower(s.doc.Text[src.Start:src.End]), "opposition") {
		return nil
	}
	return domesticTarget(s.tokSpan(k), src.Country)
}

// homeCritics are the sectors (lower-cased, as setOf keeps them) that
// criticise their own government.
var homeCritics = setOf("OPP", "LEG", "PTY")

// forumOnly reports targets that are all international bodies (the
// U.N., the WTO, a court), the forum of a complaint rather than its
// object.
func (s *sent) forumOnly(ms []*sitrep.ActorMention) bool {
	for _, m := range ms {
		if !strings.HasPrefix(actorKey(m), "IGO") {
			return false
		}
	}
	return len(ms) > 0
}

// brokerVerbs name a third party's part in talks between others: "talks
// mediated by Malaysia", "negotiations brokered by Norway".
var brokerVerbs = map[string]bool{"mediate": true, "broker": true, "facilitate": true, "sponsor": true}

// brokered recodes the consultations told by the noun i ("U.S.-brokered
// talks between Russia and Ukraine", "talks brokered by China", "U.N.-
// hosted talks") that the story's guess for their parties made with the
// one who brokers or hosts them: that one mediates toward each party
// (045, the gold guide), and is no party whom the others talk to.
func (s *sent) brokered(evs []sitrep.Event, i int) []sitrep.Event {
	brokers := s.brokersOf(i)
	if len(brokers) == 0 {
		return evs
	}
	mediate, _ := cameo.Lookup("045")
	var out []sitrep.Event
	for _, e := range evs {
		switch {
		case brokers[eventActorKey(e.Target)]:
			continue
		case brokers[eventActorKey(e.Source)]:
			recode(&e, mediate)
		}
		out = append(out, e)
	}
	return out
}

// brokersOf returns the actors (by key) of a participle that says who
// brokers or hosts the talks or meeting told by the noun i, hung on the
// noun or on the phrase that counts it ("two days of talks mediated by").
func (s *sent) brokersOf(i int) map[string]bool {
	brokers := map[string]bool{}
	holders := []int{i}
	if h := s.head(i); h >= 0 && s.rel(i) == "nmod" && s.caseOf(i) == "of" {
		holders = append(holders, h)
	}
	for _, k := range holders {
		for _, m := range s.brokerActors(k, true) {
			brokers[actorKey(m)] = true
		}
	}
	return brokers
}

// brokerActors returns the actors under the participles or adjectives of
// brokering hung on k ("U.S.-brokered talks", "talks mediated by Qatar"),
// and of hosting when host is set.
func (s *sent) brokerActors(k int, host bool) []*sitrep.ActorMention {
	var out []*sitrep.ActorMention
	for _, c := range s.kids(k) {
		if r := s.rel(c); (r == "acl" || r == "amod") && (brokerVerbs[s.lemma(c)] || host && s.lemma(c) == "host") {
			out = append(out, s.actorsUnder(c)...)
		}
	}
	return out
}

// brokeredHomeTalks returns the parties of talks told by a noun that a
// third party brokered, when both are sides of one country: "the
// government and the rebels agreed to a truce after talks mediated by
// Malaysia", "the president met the army chief in talks brokered by a
// priest". The broker is no party to the talks (it has its own event,
// 045), and the parties are the clause the talks belong to: its
// subjects, and its object. Two or more parties of one country with
// different actor codes are returned, else nil.
func (s *sent) brokeredHomeTalks(i int) []*sitrep.ActorMention {
	if s.tok(i).UPOS != "NOUN" {
		return nil
	}
	// The broker's participle hangs on the talks or on the phrase that
	// counts them ("two days of talks ... mediated by").
	holders := []int{i}
	if h := s.head(i); h >= 0 && s.rel(i) == "nmod" && s.caseOf(i) == "of" {
		holders = append(holders, h)
	}
	var broker []*sitrep.ActorMention
	for _, k := range holders {
		for _, c := range s.kids(k) {
			if s.rel(c) == "acl" && brokerVerbs[s.lemma(c)] && s.tok(c).XPOS == "VBN" {
				broker = append(broker, s.actorsUnder(c)...)
			}
		}
	}
	if len(broker) == 0 {
		return nil
	}
	// The clause the talks belong to: "agreed ... after talks", "met ...
	// in talks"; a clause that shares its subject ("seized control and
	// placed the president under arrest") is read with its head's.
	h := holders[len(holders)-1]
	for n := 0; n < 3 && h >= 0 && s.tok(h).UPOS != "VERB"; n++ {
		if r := s.rel(h); r != "obl" && r != "nmod" {
			return nil
		}
		h = s.head(h)
	}
	if h < 0 || s.tok(h).UPOS != "VERB" {
		return nil
	}
	var parties []*sitrep.ActorMention
	for _, c := range s.kids(h) {
		if s.rel(c) == "obj" {
			parties = append(parties, s.argActors(c)...)
		}
	}
	for n := 0; n < 3 && h >= 0; n++ {
		subj := false
		for _, c := range s.kids(h) {
			if s.rel(c) == "nsubj" {
				parties, subj = append(parties, s.argActors(c)...), true
			}
		}
		if subj || (s.rel(h) != "conj" && s.rel(h) != "advcl" && s.rel(h) != "xcomp") {
			break
		}
		h = s.head(h)
	}
	if len(parties) < 2 {
		return nil
	}
	for _, p := range parties {
		if p.Country == "" || p.Country != parties[0].Country || containsKey(broker, p) {
			return nil
		}
	}
	for _, p := range parties[1:] {
		if p.Code != parties[0].Code {
			return parties
		}
	}
	return nil
}

// actorsUnder returns the actors named in the phrase headed by k.
func (s *sent) actorsUnder(k int) []*sitrep.ActorMention {
	var out []*sitrep.ActorMention
	if m := s.actorAt(k); m != nil && actorKey(m) != "" {
		out = append(out, m)
	}
	for _, c := range s.kids(k) {
		out = append(out, s.actorsUnder(c)...)
	}
	return out
}

// claimMaker returns the maker of the claim noun n that the denial i
// answers: the actors of the subject (or by-phrase) of the nearest verb
// above n, other than the denial itself and the denier. found is false
// when no such verb is found, or when its maker is the denier.
func (s *sent) claimMaker(n, i int, src *sitrep.ActorMention) (out []*sitrep.ActorMention, found bool) {
	for h, steps := s.head(n), 0; h >= 0 && steps < 6; h, steps = s.head(h), steps+1 {
		if h == i || s.tok(h).UPOS != "VERB" || !claimVerbs[s.lemma(h)] {
			continue
		}
		ms := s.sourceActors(h, s.frame(h))
		for _, m := range ms {
			if actorKey(m) != "" && (actorKey(m) != actorKey(src) || m.Code != src.Code) {
				out = append(out, m)
			}
		}
		if len(keyed(ms)) == 0 {
			// A maker the coder cannot place: a group with no name
			// ("rights groups", "several leaders") is no one to
			// answer; a named person ("public defender Levan
			// Ioseliani") is most often of the story's own country,
			// which the usual guess gives.
			if sb := s.frame(h).subj; sb >= 0 {
				lo, hi := s.subtree(sb)
				for j := lo; j <= hi; j++ {
					if s.tok(j).UPOS == "PROPN" {
						return nil, false
					}
				}
			}
			return nil, true
		}
		return out, len(out) > 0
	}
	return nil, false
}

// relativeWhich reports a "which" that is the object of the relative
// clause i ("said soldiers had beaten students, which the army denied"):
// the parse hangs such a clause on the last noun, or joins it to the
// verb before as a conjunct, but what it answers is the whole claim of
// the clause before, as with "a charge X rejected".
func (s *sent) relativeWhich(o, i int) bool {
	if o > i || s.lemma(o) != "which" || s.rel(o) != "obj" || s.head(o) != i {
		return false
	}
	return s.rel(i) == "acl" || s.rel(i) == "conj"
}

// homeClaimMaker returns the makers claimMaker finds for the claim n
// that the denial i answers, when they are all of the denier's own
// country; nil otherwise.
func (s *sent) homeClaimMaker(n, i int, src *sitrep.ActorMention) []*sitrep.ActorMention {
	ms, _ := s.claimMaker(n, i, src)
	for _, m := range ms {
		if src.Country == "" || m.Country != src.Country {
			return nil
		}
	}
	return ms
}

// claimVerbs make the claims a trailing "a charge X rejected" answers.
var claimVerbs = setOf("accuse", "blame", "say", "claim", "allege", "report", "charge", "tell", "suggest", "insist")

// missionNouns are a country's premises abroad.
var missionNouns = setOf("embassy", "consulate", "mission", "chancery", "legation")

// raidNouns are attacks on premises.
var raidNouns = setOf("attack", "storming", "assault", "raid", "burning", "ransacking", "arson")

// hostedMission returns the critic's own country as the target of
// criticism of an attack on a foreign mission ("condemned the attack on
// the embassy", "the storming of the Swedish embassy"): a mission is
// attacked where it stands, and the government that condemns the attack
// on a foreign one is, as a rule, its host, condemning its own people; the
// mission's country is the victim, not the one criticised. Nil when k
// names no such attack, when the mission is the critic's own ("its
// embassy") or placed in another country ("the embassy in Kabul").
// onVerb are the verb's own on-phrases, where the parse may hang the
// mission ("condemned the attack | on the embassy").
func (s *sent) hostedMission(k int, onVerb []int, src *sitrep.ActorMention) *sitrep.ActorMention {
	if o := s.whatNamed(k); o >= 0 {
		k = o
	}
	if !raidNouns[s.lemma(k)] {
		return nil
	}
	on := append([]int(nil), onVerb...)
	for _, p := range []string{"on", "against", "of"} {
		on = append(on, s.nmodsWith(k, p)...)
	}
	for _, n := range on {
		if !missionNouns[s.lemma(n)] || s.child(n, "nmod:poss") >= 0 && s.actorAt(n) == nil {
			continue
		}
		if m := s.actorAt(n); m != nil && m.Country == src.Country {
			return nil
		}
		for _, in := range s.nmodsWith(n, "in") {
			if pl := s.placeActor(in); pl != nil && pl.Country != src.Country {
				return nil
			}
		}
		return domesticTarget(s.tokSpan(k), src.Country)
	}
	return nil
}

// deed reports the roots of acts done with or to the other party rather
// than said to it: meetings, cooperation, aid, yielding, investigation,
// force posture, reduced relations, coercion and force.
func deed(code string) bool {
	switch code[:2] {
	case "04", "06", "07", "08", "09", "15", "16", "17", "18", "19", "20":
		return true
	}
	return false
}

// objectElsewhere reports m as the object of a verb other than trigger
// i: "said it stood by its ally and urged China to respect the law" aims
// the urging at China, and says nothing of whom the standing by is for.
func (s *sent) objectElsewhere(m *sitrep.ActorMention, i int) bool {
	lo, hi := s.tokensIn(m.Start, m.End)
	for j := lo; j < hi; j++ {
		if h := s.head(j); h >= 0 && h != i && (s.rel(j) == "obj" || s.rel(j) == "iobj") && s.tok(h).UPOS == "VERB" {
			return true
		}
	}
	return false
}

// withoutBodies returns ms without its international bodies (IGO
// actors), but for one named in the clause of trigger i (none when i is
// negative).
func (s *sent) withoutBodies(ms []*sitrep.ActorMention, i int) []*sitrep.ActorMention {
	var out []*sitrep.ActorMention
	for _, m := range ms {
		if !strings.HasPrefix(actorKey(m), "IGO") || i >= 0 && s.ownClause(m, i) {
			out = append(out, m)
		}
	}
	return out
}

// ownClause reports m as a mention inside an argument of trigger i: a
// phrase hung on it ("expelled the United Nations peacekeepers"), not
// one of a clause of its own ("citing the threat of an intervention by
// ECOWAS").
func (s *sent) ownClause(m *sitrep.ActorMention, i int) bool {
	tok := s.firstTokIn(m)
	if tok < 0 {
		return false
	}
	for k := tok; k >= 0; k = s.head(k) {
		h := s.head(k)
		if h == i {
			switch s.rel(k) {
			case "advcl", "ccomp", "xcomp", "acl", "acl:relcl", "parataxis", "conj":
				return false
			}
			return true
		}
		if h >= 0 && s.tok(h).UPOS == "VERB" {
			return false
		}
	}
	return false
}

// askingVerbs ask for, offer or propose what their object or their
// "for" or "to" phrase names ("asked for talks", "invited him to talks").
var askingVerbs = setOf("ask", "invite", "call", "urge", "propose", "seek", "request", "demand", "press", "push", "offer", "suggest")

// talksAskedFor reports a talks noun i that a verb of request asks for:
// its object, or its "for" or "to" phrase.
func (s *sent) talksAskedFor(i int) bool {
	if s.tok(i).UPOS != "NOUN" {
		return false
	}
	if proposedTalks && s.talksProposed(i) {
		return true
	}
	h := s.head(i)
	if h < 0 || s.tok(h).UPOS != "VERB" || !askingVerbs[s.lemma(h)] {
		return false
	}
	c := s.caseOf(i)
	return s.rel(i) == "obj" || c == "for" || c == "to"
}

// proposedTalks switches talksProposed (off in tests that show it matters).
var proposedTalks = true

// proposedBegin switches talksProposed's that-clause case ("proposed
// that negotiations begin"; fifteenth session, actorless19).
var proposedBegin = true

// openingVerbs start talks that a request may ask for.
var openingVerbs = setOf("resume", "hold", "open", "start", "begin", "restart", "reopen", "launch")

// talksProposed reports talks only put forward: "proposed talks between
// the two governments" (the participle a modifier of the noun), "proposed
// resuming sovereignty talks" (the talks the object of an opening verb a
// request governs). The proposal is the event, not the talks.
func (s *sent) talksProposed(i int) bool {
	for _, c := range s.kids(i) {
		if s.rel(c) == "amod" && (s.lemma(c) == "propose" || s.lemma(c) == "suggest") {
			return true
		}
		if proposedBegin && (s.rel(c) == "amod" || s.rel(c) == "compound") && s.tok(c).XPOS == "VBG" && askingVerbs[s.lemma(c)] {
			// "a resolution urging talks", with "urging" parsed as the
			// noun's modifier: the talks are asked for.
			return true
		}
	}
	h := s.head(i)
	if proposedBegin && h >= 0 && s.rel(i) == "nsubj" && openingVerbs[s.lemma(h)] && s.rel(h) == "ccomp" {
		// "proposed that formal negotiations begin at the United
		// Nations": talks as the subject of a start asked for in a
		// that-clause (fifteenth session, actorless19).
		g := s.head(h)
		return g >= 0 && askingVerbs[s.lemma(g)]
	}
	if h < 0 || s.rel(i) != "obj" || !openingVerbs[s.lemma(h)] || s.rel(h) != "xcomp" {
		return false
	}
	g := s.head(h)
	return g >= 0 && askingVerbs[s.lemma(g)]
}

// talksCode reports talks, offered, held or refused (036, 046, 125).
func talksCode(code string) bool {
	return code == "036" || strings.HasPrefix(code, "046") || code == "125"
}

// homePartyEntry marks the country itself as the other party of a
// cooperative act at home: talks told by a noun with no party, in a story
// of one country's own affairs (homeTalksNoun); also the unplaced
// accuser at home whom a denial answers (claimantAtHome), which stays
// even when the denier is coded as the bare country.
const homePartyEntry = "unplaced party, at home"

// homeParty is country c as the other party of a cooperative act at home.
func homeParty(span sitrep.Span, c string) *sitrep.ActorMention {
	return &sitrep.ActorMention{Span: span, Code: c, Country: c, Entry: homePartyEntry, Ref: -1}
}

// homeTalksNoun returns the story's own country as the source of talks
// named by noun i with no party, when the story is about that country's
// own affairs; nil otherwise.
func (s *sent) homeTalksNoun(i int) *sitrep.ActorMention {
	if len(s.art.ranked) == 0 || !s.art.domestic() || strings.HasPrefix(s.art.ranked[0], "IGO") {
		return nil
	}
	switch r := s.rel(i); {
	case r == "nsubj" || r == "nsubj:pass" || r == "root":
	case r == "nmod" && s.caseOf(i) == "of" && (spanNouns[s.lemma(s.head(i))] || quantityNouns[s.lemma(s.head(i))]):
		// "after months of negotiations", "a new round of talks".
	default:
		// Talks hosted, mediated, offered or returned to are another
		// act's object: that act is the event, if any.
		return nil
	}
	m := s.art.mentionOf(s.art.ranked[0], s.tok(i).Start)
	if m == nil || m.Country == "" {
		return nil
	}
	return m
}

// homeClaimants are the people at home whose claims a government denies
// ("relatives of the detainee said ...", "his lawyers said ...",
// "activists said ..."): the actor coder places none of them, yet a
// denial answers them, and they are of the country the story is about.
// (Not "rights groups": an outside watchdog's claim answers no one the
// gold guide names.)
var homeClaimants = setOf("lawyer", "attorney", "activist", "witness", "resident", "villager", "supporter",
	"protester", "student", "neighbour", "neighbor", "lawmaker", "critic", "opponent")

// kinNouns are claimants at home only when the sentence names whose kin
// they are ("relatives of the bishop", "his family"): bare "relatives"
// are most often the foreign victims' ("denied ramming the boat, as
// relatives had said").
var kinNouns = setOf("relative", "family", "parent", "wife", "husband", "son", "daughter", "brother",
	"sister", "mother", "father")

// homeClaimant returns the denier's own country as the maker of the claim
// n that the denial i answers, when the claim verb's subject is one of
// the homeClaimants or a named person, neither placed by the actor
// coder, and the claim is at home: the story is about the denier's
// country, or the claim tells of the denier's own side ("relatives said
// police had beaten him, an accusation the ministry denied"). Nil
// otherwise.
func (s *sent) homeClaimant(n, i int, src *sitrep.ActorMention) *sitrep.ActorMention {
	return s.claimantAtHome(s.claimVerb(n, i), src)
}

// claimantAtHome returns src's country as the maker of the claim verb h,
// when its subject is a person or group at home the actor coder leaves
// unplaced (see homeClaimant). Nil otherwise, or when h < 0.
func (s *sent) claimantAtHome(h int, src *sitrep.ActorMention) *sitrep.ActorMention {
	if h < 0 || src.Country == "" {
		return nil
	}
	sb := s.frame(h).subj
	if sb < 0 || len(keyed(s.actorsUnder(sb))) > 0 {
		return nil
	}
	switch l := s.lemma(sb); {
	case kinNouns[l]:
		if s.child(sb, "nmod:poss") < 0 && len(s.nmodsWith(sb, "of")) == 0 {
			return nil
		}
	case !homeClaimants[l] && s.tok(sb).UPOS != "PROPN":
		return nil
	}
	if !s.art.about(src.Country) && !s.tellsOf(h, sb, src.Country) {
		return nil
	}
	return homeParty(s.tokSpan(sb), src.Country)
}

// claimVerb returns the nearest claim verb above n other than the denial
// i, or -1.
func (s *sent) claimVerb(n, i int) int {
	for h, steps := s.head(n), 0; h >= 0 && steps < 6; h, steps = s.head(h), steps+1 {
		if h != i && s.tok(h).UPOS == "VERB" && claimVerbs[s.lemma(h)] {
			return h
		}
	}
	return -1
}

// tellsOf reports an actor of country c in the clause of claim verb h
// outside its subject sb.
func (s *sent) tellsOf(h, sb int, c string) bool {
	for _, k := range s.kids(h) {
		if k == sb {
			continue
		}
		for _, m := range s.actorsUnder(k) {
			if m.Country == c {
				return true
			}
		}
	}
	return false
}

// asClaim returns the claim verb of an as-clause within the denial i
// ("denied that the money came from abroad, as critics have alleged"),
// or -1: the clause names who made the claim denied. The parse hangs it
// on the denial or on any verb of the denied clause.
func (s *sent) asClaim(i int) int {
	lo, hi := s.subtree(i)
	for c := max(lo, i+1); c <= hi; c++ {
		if s.tok(c).UPOS != "VERB" || !claimVerbs[s.lemma(c)] || !s.hasKid(c, "mark", "as") {
			continue
		}
		return c
	}
	return -1
}

// asClaimMakers returns the makers of the claim an as-clause within the
// denial i names, when they are at home: placed actors of the denier's
// own country other than the denier, or an unplaced claimant at home
// (claimantAtHome). Nil otherwise; a foreign maker is left to the usual
// guesses.
func (s *sent) asClaimMakers(i int, src *sitrep.ActorMention) []*sitrep.ActorMention {
	h := s.asClaim(i)
	if h < 0 || src.Country == "" || s.frame(h).subj < 0 {
		return nil
	}
	ms := keyed(s.actorsUnder(s.frame(h).subj))
	if len(ms) == 0 {
		if m := s.claimantAtHome(h, src); m != nil {
			return []*sitrep.ActorMention{m}
		}
		return nil
	}
	for _, m := range ms {
		if m.Country != src.Country || actorKey(m) == actorKey(src) && m.Code == src.Code {
			return nil
		}
	}
	return ms
}

// accusers returns the makers claimMaker finds for the claim n that the
// denial i answers when the claim is an accusation ("accused Pyongyang
// of supplying shells, which both countries deny"); nil for other claims
// (said, reported), whose foreign makers the usual guesses reach.
func (s *sent) accusers(n, i int, src *sitrep.ActorMention) []*sitrep.ActorMention {
	h := s.claimVerb(n, i)
	if h < 0 || s.lemma(h) != "accuse" && s.lemma(h) != "blame" {
		return nil
	}
	ms, _ := s.claimMaker(n, i, src)
	return ms
}

// unnamedAccused reports an accusation or blame (112) whose object is
// a party its speaker leaves unnamed on purpose: "accused foreign
// backers of arming the militants", "blamed unnamed foreign forces for
// the unrest", "accused outside powers of meddling". No country or body
// is named in the object, so none is guessed from the story's sides.
func (s *sent) unnamedAccused(i int, code string) bool {
	if !strings.HasPrefix(code, "112") {
		return false
	}
	for _, c := range s.kids(i) {
		if s.rel(c) != "obj" || len(s.argActors(c)) > 0 {
			continue
		}
		for _, m := range s.kids(c) {
			if s.rel(m) == "amod" && unnamedWords[s.lemma(m)] {
				return true
			}
		}
	}
	return false
}

// unnamedWords mark a party left unnamed on purpose.
var unnamedWords = map[string]bool{"foreign": true, "unnamed": true, "outside": true, "unidentified": true, "unspecified": true, "external": true}
