package coder

import (
	"slices"
	"strings"

	"sitrep"
)

// Figurative uses of event words. Political reporting borrows the words
// of war, protest, diplomacy and detention for the ordinary business of
// campaigns, parliaments and newsrooms: a candidate "attacks" a rival,
// party strategists "seize on" a gaffe, a poll is "released", a senator
// "hosts" a dinner and a campaign "rallies" its supporters. A careful
// coder reads those as criticism (111) or as no event at all. figurative
// is the one hook the coder calls for a matched trigger; it returns the
// entry to code the trigger with: e itself, the verbal-attack entry, or
// nil when the word names no event.
func (s *sent) figurative(i int, a frameArgs, e *Entry) *Entry {
	root := e.Code[:2]
	switch {
	case s.agendaOnly(i, a) || s.habitual(i):
		// "have other topics to discuss", "everywhere he visits"
		// (generic_acts.go).
		return nil
	case s.genericForce(i, e):
		// "thug Putin kills journalists" (generic_acts_present.go).
		return nil
	case s.talksSetting(i, e):
		// "expelled from peace talks" (talks_setting.go).
		return nil
	case s.criticismByForce(i, a, e):
		// "blasted the boat with water cannon": a blow, not words;
		// "troops fired back at the gunmen": fighting (190)
		// (figurative_criticism_by_force.go).
		return s.armedFireBack(i, a, e)
	case figOn("legal-state") && s.legalState(i, a):
		// "an American contractor accused of spying": the person's
		// standing state (figurative_background_states.go).
		return nil
	case e.Code == "020" && figOn("court-plea") && s.courtPlea(i, a):
		// "pleaded guilty to fraud": a plea in court, no appeal.
		return nil
	case e.Code == "020" && figOn("hope-state") && s.hopeNoAppeal(i, a):
		// "she is hoping voters see her as ready": a wish, no appeal.
		return nil
	case e.Code == "100" && figOn("insist-claim") && s.insistedClaim(i, a):
		// "insisted that his party was still the first force": a claim,
		// no demand (figurative_background_states.go).
		return nil
	case e.Code == "011" && figOn("refused-words") && s.refusedWords(i, a):
		// "refused to say the words": a stance, no comment declined.
		return nil
	case e.Code == "011" && figOn("declined-provision") && s.declinedProvision(i, a):
		// "declined to provide tanks to Ukraine": aid withheld, no
		// comment declined (figurative_declined_provision.go).
		return nil
	case e.Code[:2] == "12" && s.refusalOfWithheldAct(i, a):
		// "refused to endorse Ryan": the endorsement is coded, negated
		// (refused_endorsement.go).
		return nil
	case e.Code[:3] == "080" && figOn("comply-norm") && s.compliedNorm(i, a):
		// "make sure they comply with federal contribution limits": a
		// law kept, no demand yielded to (figurative_pay_price.go).
		return nil
	case e.Code[:3] == "162" && figOn("withheld-backing") && s.withheldBacking(i, a):
		// "withheld support from McCain and Ayotte": political backing
		// kept from a person, no aid cut (refused_endorsement.go).
		return nil
	case e.Code[:3] == "071" && figOn("pay-price") && s.paidPrice(i, a):
		// "they paid so little price for the hack": a cost borne, no
		// aid (figurative_pay_price.go).
		return nil
	case e.Code[:3] == "163" && figOn("standing-sanctions") && s.standingSanctions(i):
		// "blamed U.S. sanctions for the shortage", "an exemption from
		// Syria sanctions": sanctions in force, none imposed
		// (figurative_standing_sanctions.go).
		return nil
	case e.Code[:3] == "163" && figOn("imposed-term") && s.imposedTerm(i, a):
		// "imposed a 52-month sentence", "the deadline Congress
		// imposed": terms set, no sanction (figurative_imposed_terms.go).
		return nil
	case e.Code == "175" && figOn("used-forces") && s.usedForces(i, a):
		// "by using forces and weapons": troops, no repression
		// (figurative_used_forces.go).
		return nil
	case e.Code[:3] == "173" && figOn("locked-support") && s.lockedSupport(i, a):
		// "locked up endorsements from unions": support secured, no
		// one held (figurative_locked_support.go).
		return nil
	case (e.Code == "042" || e.Code == "043") && figOn("private-trip") && s.privateTrip(i, a):
		// "an Iranian journalist visiting Nice on vacation": a private
		// trip, no visit of a state (figurative_private_trips.go).
		return nil
	case e.Code == "111" && figOn("dismissed-office") && s.dismissedFromOffice(i, a):
		// "dismissed the general as defence minister": removed from
		// office, no criticism (figurative_office_pursuit.go).
		return nil
	case e.Code == "111" && figOn("armed-pursuit") && s.armedPursuit(i, a):
		// "troops went after the militants": a pursuit, no criticism
		// (figurative_office_pursuit.go).
		return nil
	case figOn("geography") && s.geography(i, a):
		// "South Africa, which surrounds Lesotho": the map, no act.
		return nil
	case root == "19" && figOn("killed-proposal") && s.killedProposal(i, a):
		// "worked to kill the proposal": a measure defeated, no one
		// killed (figurative_killed_proposal.go).
		return nil
	case root == "19" && s.hybridAttack(i):
		return nil
	case root == "19" && s.namedAttack(i, a):
		// "the Benghazi terrorist attacks", "a heart attack"
		// (figurative_named_attack.go).
		return nil
	case root == "19" && s.lemmaIn(attackWords, i):
		return s.verbalAttack(i, a, e)
	case root == "14" && figOn("gather-crowd") && s.gatheredNotCrowd(i, a):
		// "the mayors who gathered in Indianapolis": a meeting, no
		// protest (figurative_gather.go).
		return nil
	case e.Code == "054" && figOn("recognize-sense") && s.recognizedSense(i, a):
		// "would recognize the folly of the war": seeing, not
		// recognition (figurative_recognize.go); the refusal (120) is
		// the same 054 entry, recoded later when negated.
		return nil
	case e.Code == "0841" && figOn("release-relative") && s.releasedThingAbove(i, a):
		// "the ad that Trump released today", "released a parody
		// website": things put out (figurative_background_states.go).
		return nil
	case e.Code == "0841" && figOn("release-document"):
		// "released her medical records", "a survey released on
		// Monday", "the release of the memos": documents, not persons.
		if k := s.thing(i, a); k >= 0 {
			if s.lemmaIn(releasedThings, k) {
				return nil
			}
			if figOn("release-measure") {
				// "released 30 years of tax returns", "a batch of the
				// memos": the released things named after the measure.
				for _, c := range s.kids(k) {
					if s.rel(c) == "nmod" && s.caseOf(c) == "of" && s.lemmaIn(releasedThings, c) {
						return nil
					}
				}
			}
		}
		if i > s.from && s.lemmaIn(releasedThings, i-1) {
			// "the list will be released soon", "a Gallup survey
			// released today": the thing named right before the
			// participle. And "a CBS poll released Monday" parsed as the
			// sentence's own verb, past tense or participle: a thing
			// right before the verb is never its doer.
			switch x := s.tok(i).XPOS; {
			case x == "VBN" && s.rel(i) != "root":
				return nil
			case (x == "VBN" || x == "VBD") && figOn("release-measure"):
				return nil
			}
		}
		if figOn("release-apposed") && i > s.from+1 && s.doc.TokenText(i-1) == "," && s.lemmaIn(releasedThings, i-2) &&
			s.tok(i).XPOS == "VBN" && s.rel(i) != "root" && s.rel(i) != "conj" {
			// "In their joint statement, released by the Kremlin, the
			// two leaders pledged": a participle set off by a comma
			// after the document it describes, which the parse of a
			// long sentence hangs on the main verb.
			return nil
		}
		if a.obj < 0 && a.subj >= 0 && s.lemmaIn(releasedThings, a.subj) {
			// "the network's survey released today" misread as an active
			// verb with the survey its subject.
			return nil
		}
	case root == "04" && s.lemmaIn(hostWords, i) && figOn("social-host"):
		// "hosts a barbecue for his neighbours", "will host 300
		// asylum seekers": social hosting and the sheltering of
		// migrants are no state visit.
		if k := s.thing(i, a); k >= 0 && s.lemmaIn(hostedThings, k) {
			return nil
		}
	case root == "14" && figOn("rally-setting") && s.rallySetting(i):
		// "railed against the judge at a rally": a person's own rally,
		// the setting of what was said (figurative_background_states.go).
		return nil
	case (root == "14" || e.Code == "152" && s.lemmaIn(mobilizeWords, i)) && figOn("campaign-event"):
		if s.campaignEvent(i, a) {
			return nil
		}
	case (e.Code == "171" || e.Code == "1711") && figOn("seize-on"):
		// "critics seized on the gaffe", "seized the moment".
		if s.lemma(i) == "seize" && (s.hasOn(i, a) || a.obj >= 0 && s.lemmaIn(seizedChances, a.obj)) {
			return nil
		}
	case root == "18" && s.lemma(i) == "beat" && figOn("contest-beat"):
		// "beat back a challenger", "beat her in the runoff": a
		// contest won, not an assault.
		if s.violent(i) {
			break
		}
		if a.obj >= 0 && s.lemmaIn(contestThings, a.obj) || s.anyLemma(contestWords) {
			return nil
		}
		if s.civilPolitical(s.sourceActors(i, a)) && (a.obj < 0 || s.civilPolitical(s.argActors(a.obj)) || s.anyLemma(scoreWords)) {
			// "the mayor would beat the governor", "she beat her rival
			// by nine points": candidates beat each other at the polls.
			return nil
		}
	case e.Code == "192" && figOn("capture-win"):
		// "captured victories in three counties", "capture the
		// House", "occupied the limelight", "an invasion of privacy".
		if k := s.thing(i, a); k >= 0 && s.lemmaIn(capturedThings, k) {
			return nil
		}
		for _, k := range a.obl["in"] {
			// "captured in a documentary".
			if s.lemmaIn(mediaWorks, k) {
				return nil
			}
		}
		if (s.lemma(i) == "capture" || s.lemma(i) == "win" || s.lemma(i) == "take") && !s.violent(i) && s.civilPolitical(s.sourceActors(i, a)) {
			// "the senator captured Ohio and Iowa": a candidate takes
			// states by votes.
			return nil
		}
		for _, k := range a.obl["of"] {
			if s.lemmaIn(invadedDomains, k) {
				return nil
			}
		}
		if s.tok(i).UPOS == "NOUN" {
			// "an invasion, so to speak, of the council's turf": the
			// "of" cut off by an aside.
			of := false
			for k := i + 1; k < s.to && k <= i+10; k++ {
				if s.lemma(k) == "of" {
					of = true
				} else if of && s.tok(k).UPOS == "NOUN" && s.lemmaIn(invadedDomains, k) {
					return nil
				}
			}
		}
	case (root == "16" || root == "19" || root == "15") && s.lemmaIn(campaignVerbs, i) && figOn("campaign-verb"):
		// "suspended her bid", "advance a reform agenda", "amassed a
		// fortune".
		l := s.lemma(i)
		if a.obj >= 0 && (l == "advance" || !s.lemmaIn(militaryThings, a.obj) && l == "amass" || s.lemmaIn(campaignObjects, a.obj)) {
			return nil
		}
		if l == "advance" && a.obj < 0 && !s.violent(i) && s.civilPolitical(s.sourceActors(i, a)) {
			// "hopes to advance in state politics".
			return nil
		}
	case e.Code == "016" && s.lemma(i) == "deny" && figOn("deny-withhold"):
		// "to deny the mayor a second term", "denied them access":
		// denying someone something withholds it; no denial of an
		// accusation is made.
		if a.iobj >= 0 || a.obj >= 0 && (s.lemmaIn(contestThings, a.obj) || s.lemmaIn(requests, a.obj) || s.lemmaIn(withheld, a.obj)) {
			return nil
		}
		bare := 0
		for _, c := range s.kids(i) {
			if r := s.rel(c); c > i && (r == "obj" || r == "iobj" || r == "obl") && s.caseOf(c) == "" && !s.isTime(c) {
				bare++
			}
		}
		if bare >= 2 {
			// "deny Governor Smith a hearing" parsed with the two
			// objects as bare obliques.
			return nil
		}
	case e.Code == "175" && figOn("crackdown-offence"):
		// "crack down on hackers", "a crackdown on tax fraud": law
		// enforcement against offences, not repression of opponents.
		for _, p := range []string{"on", "against"} {
			for _, k := range a.obl[p] {
				if s.lemmaIn(offences, k) || s.compoundIn(k, offences) {
					return nil
				}
			}
		}
	case e.Code == "057" && s.lemma(i) == "sign" && figOn("sign-on"):
		// "signed on to the motion", "signed up with a broadcaster":
		// joining a bill or a service is no agreement between actors;
		// "signed on to the accord" is.
		if a.prt == "on" || a.prt == "up" || s.hasParticle(i, "up") || i+2 < s.to && s.lemma(i+1) == "on" && s.lemma(i+2) == "to" {
			for _, k := range append(slices.Clip(a.obl["to"]), a.obj) {
				if k >= 0 && s.lemmaIn(accordNouns, k) {
					return e
				}
			}
			return nil
		}
	case e.Code == "051" && s.lemma(i) == "back" && (a.prt == "out" || a.prt == "away" || s.hasParticle(i, "out")) && figOn("back-out"):
		// "the ministry backed out of the plan": a retreat from a
		// commitment, no support.
		return nil
	case root == "08" && (s.lemma(i) == "withdraw" || s.lemma(i) == "pull") && figOn("withdraw-race"):
		// "withdrew from the contest", "pulled out a narrow win",
		// "withdrew her endorsement".
		for _, k := range append(slices.Clip(a.obl["from"]), a.obj) {
			if k >= 0 && (s.lemmaIn(contestThings, k) || s.lemmaIn(campaignObjects, k)) {
				return nil
			}
		}
		// "the cricket board withdrew from a tri-nation series", "pulled
		// out of the championship": a team leaving a sporting fixture
		// is no military retreat.
		for _, k := range a.obl["from"] {
			if s.lemmaIn(sportFixtures, k) {
				return nil
			}
		}
	case root == "16" && s.lemma(i) == "ban" && figOn("ban-proposal"):
		// "the challenger's plan to ban foreign donations", "vowed to
		// ban imports from X": a candidate out of office proposing a
		// policy imposes no embargo.
		if s.proposed(i) && s.allSectors(s.sourceActors(i, a), "OPP") {
			return nil
		}
	case e.Code == "163" && s.lemma(i) == "impose" && figOn("impose-rule"):
		// "imposed a spending cap on the agency", "the deadline the
		// court imposed": a rule at home, no sanction.
		if k := s.thing(i, a); k >= 0 && s.lemmaIn(domesticRules, k) {
			return nil
		}
	case e.Code == "020" && s.lemma(i) == "ask" && figOn("ask-question"):
		// "she asked rhetorically", "'Why now?' he asked", "voters
		// may ask whether": a question, no appeal. An appeal asks
		// someone to do something, for something, or that something
		// be done.
		if s.question(i, a) {
			return nil
		}
	case e.Code == "020" && s.lemma(i) == "hope" && figOn("hope-own"):
		// "I hope to have a good relationship with him": a hope for
		// one's own doing (an infinitive with no subject of its own)
		// asks nothing of anyone; "hoped the deal would lead to" still
		// does.
		if a.xcomp >= 0 && s.child(a.xcomp, "nsubj") < 0 && s.childLemma(a.xcomp, "mark", "to") && a.obj < 0 {
			return nil
		}
	case e.Code == "054" && figOn("recognize-fact"):
		// "must recognize that the risk is real", "recognized the
		// massacre", "recognized as a leader in the field": a fact or a
		// merit acknowledged, no diplomatic recognition.
		if a.obj < 0 && a.ccomp > i || len(a.obl["as"]) > 0 && a.passive {
			return nil
		}
		if k := s.thing(i, a); k >= 0 && s.lemmaIn(recognizedFacts, k) {
			return nil
		}
	case (e.Code == "052" || e.Code == "051" && s.lemma(i) == "stand") && figOn("defend-own"):
		// "defended his remarks on trade", "stands by its decision",
		// "defended the government's record": a side justifying its own
		// words or acts defends no other actor (CAMEO 052 defends
		// another's policy or the actor itself). "Stood by its ally" is
		// support: only words, acts and stances count.
		k := a.obj
		if ks := a.obl["by"]; s.lemma(i) == "stand" && len(ks) > 0 {
			k = ks[0]
		}
		if k >= 0 && s.lemmaIn(ownStances, k) && s.ownThing(k, s.sourceActors(i, a)) {
			return nil
		}
		if e.Code == "052" && s.lemma(i) == "defend" && figOn("defend-unnamed") && (a.obj < 0 && len(a.obl["against"]) > 0 || a.obj >= 0 && s.lemmaIn(reflexives, a.obj)) {
			// "to deter and defend against aggression", "to defend
			// itself": arms or resolve, no words for another actor,
			// whom the coder could only guess.
			return nil
		}
	case e.Code == "138" && s.lemma(i) == "hesitate" && figOn("hesitate-speech"):
		// "does not hesitate to say so", "never hesitated to report
		// it": frankness, no threat of force.
		if a.xcomp >= 0 && (speechVerbs[s.lemma(a.xcomp)] || s.lemmaIn(frankWords, a.xcomp)) {
			return nil
		}
	case e.Code == "114" && s.lemma(i) == "summon" && figOn("summon-resolve"):
		// "summon the will to act", "summoned the courage": no envoy
		// called in.
		if a.obj >= 0 && s.lemmaIn(innerResources, a.obj) {
			return nil
		}
	case e.Code == "173" && s.lemma(i) == "round" && figOn("round-up-things"):
		// "rounded up a sampling of the reviews": a list compiled, no
		// arrest.
		for _, k := range append(s.bareObliques(i), s.thing(i, a)) {
			if k >= 0 && (s.lemmaIn(roundedThings, k) || s.lemmaIn(releasedThings, k)) {
				return nil
			}
		}
	case e.Code == "173" && s.lemma(i) == "charge" && figOn("charge-price"):
		// "charged the campaign for rent", "charged $20 a ticket": a
		// price asked, no indictment.
		fors := slices.Clip(a.obl["for"])
		for _, o := range s.kids(i) {
			if s.rel(o) != "obj" {
				continue
			}
			// "charged his campaign for rent", the phrase hung on the
			// object.
			for _, c := range s.kids(o) {
				if s.rel(c) == "nmod" && s.caseOf(c) == "for" {
					fors = append(fors, c)
				}
			}
		}
		for _, k := range fors {
			if s.lemmaIn(priced, k) {
				return nil
			}
		}
		if a.obj >= 0 && (s.tok(a.obj).UPOS == "NUM" || s.lemma(a.obj) == "$" || s.lemmaIn(priced, a.obj)) {
			return nil
		}
	case e.Code == "112" && s.lemma(i) == "single" && figOn("single-out-favour"):
		// "singled out the region for assistance", "for praise": a
		// favour, no blame.
		for _, k := range a.obl["for"] {
			if s.lemmaIn(requests, k) || s.lemmaIn(praiseNouns, k) {
				return nil
			}
		}
	case e.Code == "152" && s.lemma(i) == "raise" && figOn("raise-level-of"):
		// "raises a level of scepticism": a level of a feeling, not of
		// alert.
		if a.obj >= 0 && s.lemma(a.obj) == "level" {
			for _, c := range s.kids(a.obj) {
				if s.rel(c) == "nmod" && s.caseOf(c) == "of" && !s.lemmaIn(alertWords, c) {
					return nil
				}
			}
		}
	case e.Code == "130" && s.lemma(i) == "threaten" && figOn("threaten-endanger"):
		// "could threaten the party's viability", "threatens the
		// stability of the market": a danger, no threat made.
		if a.obj >= 0 && s.lemmaIn(endangered, a.obj) {
			return nil
		}
	case root == "02" && s.lemma(i) == "appeal" && figOn("appeal-sentiment"):
		// "appeal to a sense of grievance", "appealed to their
		// patriotism": persuasion, no request of an actor.
		for _, k := range a.obl["to"] {
			if s.lemmaIn(sentiments, k) {
				return nil
			}
		}
	case root == "08" && s.lemma(i) == "concede" && figOn("concede-fact"):
		// "conceding that a deal was likely": a point granted, no
		// yielding ("conceded defeat" keeps its object).
		if a.obj < 0 && a.ccomp >= 0 {
			return nil
		}
	case e.Code == "051" && (s.lemma(i) == "support" || s.lemma(i) == "back") && figOn("support-idea"):
		// "the party has supported the idea for months", "the study was
		// supported by the foundation": an idea or a piece of research
		// backed, no actor praised.
		for _, k := range []int{a.obj, a.subj} {
			if k >= 0 && (k == a.obj || a.passive) && s.lemmaIn(supportedIdeas, k) {
				return nil
			}
		}
	case root == "03" && s.lemma(i) == "offer" && figOn("offer-opinion"):
		// "offered her view of the budget": an opinion given, no
		// promise.
		if a.obj >= 0 && s.lemmaIn(opinions, a.obj) {
			return nil
		}
	}
	return e
}

// proposed reports an act only proposed: the infinitive or noun
// complement of a proposal, pledge, call or vow ("proposal to ban",
// "pledged to ban", "called for banning").
func (s *sent) proposed(i int) bool {
	for k, n := i, 0; k >= 0 && n < 3; k, n = s.head(k), n+1 {
		if k != i && s.lemmaIn(proposalWords, k) {
			return true
		}
		if r := s.rel(k); r != "xcomp" && r != "acl" && r != "advcl" && r != "nmod" && r != "obl" && r != "ccomp" &&
			!(r == "conj" && figOn("proposal-conj") && s.infinitive(k) && s.tok(s.head(k)).UPOS == "NOUN") {
			// (The last: "his proposal to temporarily ban Muslims",
			// the infinitive misread as a conjunct of the noun.)
			return false
		}
	}
	return false
}

// bareObliques are the obliques after trigger i with no preposition: an
// object the parse read as an oblique ("rounded up just a sampling").
func (s *sent) bareObliques(i int) []int {
	var out []int
	for _, c := range s.kids(i) {
		if c > i && s.rel(c) == "obl" && s.caseOf(c) == "" && !s.isTime(c) {
			out = append(out, c)
		}
	}
	return out
}

// ownThing reports a thing of the source's own, not an actor: a noun
// possessed by a pronoun or "own" ("his comments", "its own record"), or
// by an actor of the source's country ("the government's record", said
// of the prime minister).
func (s *sent) ownThing(k int, sources []*sitrep.ActorMention) bool {
	if s.mentionCovering(k) != nil {
		return false
	}
	for _, c := range s.kids(k) {
		if s.rel(c) == "appos" && len(s.actorsIn(c)) > 0 {
			// "his ally, the Syrian president": an actor after all.
			return false
		}
	}
	for _, c := range s.kids(k) {
		switch {
		case s.rel(c) == "amod" && s.lemma(c) == "own":
			return true
		case s.deprel(c) != "nmod:poss":
		case s.tok(c).UPOS == "PRON":
			return true
		case s.definite(c) && s.lemmaIn(ownBodies, c) && (s.mentionCovering(c) == nil || s.mentionCovering(c).Country == ""):
			// "the government's record", with no country named: the
			// speaker's own side.
			return true
		default:
			m := s.mentionCovering(c)
			for _, src := range sources {
				if m != nil && src.Country != "" && m.Country == src.Country {
					return true
				}
			}
		}
	}
	return false
}

// civilPolitical reports sources all of civil political life: a
// candidate, an opposition figure, a lawmaker, a party, a former
// official.
func (s *sent) civilPolitical(ms []*sitrep.ActorMention) bool {
	return s.allSectors(ms, "OPP", "LEG", "PTY", "ELI")
}

// allSectors reports actors, at least one, all of one of the sectors.
func (s *sent) allSectors(ms []*sitrep.ActorMention, sectors ...string) bool {
	for _, m := range ms {
		if !slices.Contains(sectors, m.Sector) {
			return false
		}
	}
	return len(ms) > 0
}

// question reports "ask" used of a question: no infinitive, no "for",
// no that-clause, no thing requested.
func (s *sent) question(i int, a frameArgs) bool {
	for _, k := range a.obl["advmod"] {
		if s.lemma(k) == "rhetorically" {
			return true
		}
	}
	if figOn("ask-question-noun") && a.obj >= 0 && (s.lemma(a.obj) == "question") {
		// "reporters asked questions about Trump to all three leaders":
		// what is asked for is a question, whatever actors hang on it.
		return true
	}
	if figOn("ask-wh-next") && s.whAfter(i) {
		// "when asked which candidate she would back", "asked what the
		// plan was": a question word right after "asked" opens the
		// question, which the parser may read as the verb's xcomp.
		return true
	}
	if a.xcomp >= 0 || len(a.obl["for"]) > 0 || s.nextInfinitive(i) >= 0 {
		return false
	}
	if figOn("ask-if") {
		for _, c := range s.kids(i) {
			if c < i {
				continue
			}
			if m := s.child(c, "mark"); m >= 0 && (s.lemma(m) == "if" || s.lemma(m) == "whether") {
				// "asked the workers if they would vote": an indirect
				// question, whatever relation the parser gave it.
				return true
			}
		}
	}
	if figOn("ask-quoted") && s.askedQuoted(i) {
		// "“But why?” the reporter asked him" (figurative_ask_about.go).
		return true
	}
	if figOn("ask-about") && s.askedAbout(a) {
		// "Hugh Hewitt asked Trump about statements he had made",
		// "a young woman asked Mrs. Clinton about several women":
		// a question on a topic, no request (figurative_ask_about.go).
		return true
	}
	if to := max(a.obj, a.iobj); to >= 0 && figOn("ask-wh") && s.whAfter(to) {
		// "asked the senator how high the wall would be": the parser
		// loses the wh-clause (here under the senator), but a question
		// word right after the party asked opens the question.
		return true
	}
	if to := max(a.obj, a.iobj); to >= 0 && len(s.argActors(to)) > 0 && !s.askedWhat(a.ccomp) {
		// "asked France on Tuesday to hand over the former president"
		// with the infinitive misparsed: asked of a party, and no
		// question (whether, what, why) told beside it, is an appeal.
		return false
	}
	if a.ccomp >= 0 {
		if m := s.child(a.ccomp, "mark"); m >= 0 && s.lemma(m) == "that" {
			return false
		}
	}
	if a.obj >= 0 && s.lemmaIn(requests, a.obj) {
		return false
	}
	for _, c := range s.kids(i) {
		if r := s.rel(c); (r == "advcl" || r == "xcomp") && c > i {
			if r == "advcl" && figOn("ask-wh") && s.tok(c).XPOS == "VBG" && s.child(c, "mark") < 0 {
				// "he asked, turning to the crowd": a participle
				// tells how the question was put, asks for nothing.
				continue
			}
			return false
		}
	}
	return true
}

// askedWhat reports a clause that is a question: "whether it would
// stay", "what the plan was", "why now". (-1, no clause, is none.)
func (s *sent) askedWhat(c int) bool {
	if c < 0 {
		return false
	}
	for k := s.from; k < s.to; k++ {
		if s.lemma(k) == "?" {
			return true
		}
	}
	for _, k := range s.kids(c) {
		if s.lemmaIn(questionWords, k) {
			return true
		}
	}
	return s.lemmaIn(questionWords, c)
}

// whAfter reports a question word right after k, the head of the party
// asked (an English noun phrase ends in its head). A comma between would
// open a relative clause on k instead; the parser may hang the question
// word on k itself, so k's subtree is no guide.
func (s *sent) whAfter(k int) bool {
	return k+1 < s.to && s.lemmaIn(whOpeners, k+1)
}

// reflexives are the objects by which an actor defends itself.
var reflexives = setOf("itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself")

// whOpeners open an indirect question after the party asked ("if" and
// "whether" are marks, seen by ask-if).
var whOpeners = setOf("what", "why", "how", "when", "where", "which")

var questionWords = setOf("whether", "if", "what", "who", "whom", "whose", "which", "why", "how", "when", "where")

// figOff holds the figurative rules switched off, by name (for the tests,
// which check that each rule is what changes its sentence).
var figOff = map[string]bool{}

func figOn(rule string) bool { return !figOff[rule] }

// verbalAttack recodes an attack word as criticism (111) when nothing in
// the sentence is armed and something says the attack is made in words:
// "the senator's attacks on the mayor's record", "hit the governor over
// the budget", "fired at her rivals in a debate". A word used for
// fighting ("the bomb attacks") is left alone; an idiom ("shot itself
// in the foot") is dropped.
func (s *sent) verbalAttack(i int, a frameArgs, e *Entry) *Entry {
	l := s.lemma(i)
	if (l == "shoot" || l == "fire" || l == "hit" || l == "strike") && figOn("attack-idiom") {
		// Idioms that attack no one: "shooting itself in the foot",
		// "firing on all cylinders", "hit upon an idea", "strike a
		// deal", "strike a balance".
		if s.struckAtHeart(i, a) || s.firingOfPerson(i, a) {
			return nil
		}
		for _, k := range append(append(append([]int{a.obj}, a.obl["in"]...), a.obl["on"]...), a.obl["upon"]...) {
			if k >= 0 && s.lemmaIn(attackIdioms, k) {
				return nil
			}
		}
		if l == "hit" && a.obj < 0 && (len(a.obl["upon"]) > 0 || s.hasParticle(i, "upon")) {
			return nil
		}
		if l == "fire" && (a.prt == "up" || s.hasParticle(i, "up") || a.obj >= 0 && !s.lemmaIn(munitions, a.obj)) {
			// "fired her chief of staff", "the crowd fires him up": a
			// dismissal, an excitement.
			return nil
		}
	}
	if a.ccomp >= 0 && s.tok(i).UPOS == "VERB" && figOn("attack-that") {
		// "shot back that the reporter had not been called on", "hit
		// back that the charge was a lie": an attack told by what was
		// said is words, whatever violence the words mention.
		if m := s.child(a.ccomp, "mark"); m >= 0 && s.lemma(m) == "that" {
			return &Entry{Lemma: e.Lemma, Noun: e.Noun, Targets: verbalTargets(e), Code: "111", Name: "verbal attack"}
		}
	}
	if s.violent(i) || s.armed(i, a) || s.struckPlace(a) {
		return e
	}
	if figOn("verbal-attack") && s.verbalSigns(i, a) {
		return &Entry{Lemma: e.Lemma, Noun: e.Noun, Targets: verbalTargets(e), Code: "111", Name: "verbal attack"}
	}
	return e
}

// verbalTargets are the roles the target of a verbal attack is found in:
// the attack word's own, and for a noun its "on" and "against".
func verbalTargets(e *Entry) []string {
	if e.Noun {
		return []string{"on", "against"}
	}
	out := append([]string{}, e.Targets...)
	if len(out) == 0 {
		out = []string{"obj"}
	}
	return out
}

// verbalSigns reports what makes an attack one of words. Strong signs
// hold whoever the sides are: a modifier ("Twitter attacks", "personal
// attacks") or a target that is a statement, a record or an idea
// ("attacked his record", "an attack on the minister's integrity"). Weaker
// signs hold only when every source is of civil public life (a
// candidate, a party, a lawmaker, the press; not a government, which
// commands an army, nor a bare country): a reason given ("hit the mayor
// over taxes", "attacked her for flip-flopping"), a setting of speech
// ("in a speech", "during the debate"), or a target of civil public life
// too in the same country ("attacked several union leaders").
func (s *sent) verbalSigns(i int, a frameArgs) bool {
	for _, c := range s.kids(i) {
		if r := s.rel(c); (r == "amod" || r == "compound") && s.lemmaIn(verbalModifiers, c) {
			return true
		}
	}
	targets := attackTargets(a)
	if i+1 < s.to && (s.lemma(i+1) == "on" || s.lemma(i+1) == "against") && s.rel(i+1) == "case" && s.head(i+1) > i {
		// "criticised the senator's attacks on Smith" with "on Smith"
		// hung on the verb: the words right after the noun are its
		// target.
		targets = append(targets, s.head(i+1))
	}
	for _, k := range targets {
		if k < 0 {
			continue
		}
		if s.lemmaIn(verbalTargetNouns, k) {
			return true
		}
		for _, c := range s.kids(k) {
			// "an attack on a rival's war record": the record is the
			// target named.
			if s.rel(c) == "nmod" && s.lemmaIn(verbalTargetNouns, c) {
				return true
			}
		}
	}
	srcs := s.sourceActors(i, a)
	if len(srcs) == 0 {
		return false
	}
	country := srcs[0].Country
	gov := false
	for _, m := range srcs {
		if m.Country != country {
			return false
		}
		if m.Sector == "GOV" {
			gov = true
			continue
		}
		if !civilSectors[strings.ToLower(m.Sector)] {
			return false
		}
	}
	if gov {
		// A government commands an army: its attack is words only on
		// a person of its own country ("the prime minister attacked
		// the opposition leader in parliament").
		for _, k := range targets {
			if k < 0 {
				continue
			}
			if m := s.actorAt(k); m != nil && m.Country == country && s.namesPerson(m) || s.personEntity(k) {
				return true
			}
		}
		return false
	}
	if len(a.obl["over"]) > 0 || (len(a.obl["for"]) > 0 || len(a.obl["as"]) > 0) && s.tok(i).UPOS == "VERB" {
		// "hit the mayor over taxes", "attacked her for flip-flopping",
		// "attacked the governor as a spendthrift".
		return true
	}
	if s.anyLemma(speechSettings) {
		return true
	}
	if s.tok(i).UPOS == "NOUN" && a.obj < 0 && len(targets) == 1 && s.child(i, "nmod:poss") >= 0 {
		// "shrugged off the senator's attacks": a politician's attacks
		// with no target named.
		return true
	}
	for _, k := range targets {
		if k < 0 {
			continue
		}
		if s.lemmaIn(publicLife, k) {
			return true
		}
		if m := s.actorAt(k); m != nil && m.Country == country && (civilSectors[strings.ToLower(m.Sector)] || m.Sector == "GOV" || s.namesPerson(m)) {
			return true
		}
		if s.personEntity(k) || s.tok(k).UPOS == "PROPN" && s.actorAt(k) == nil && s.placeActor(k) == nil {
			// "attacks on Smith": a name that is no place.
			return true
		}
	}
	return false
}

// struckPlace reports a target that is a place or a thing struck in
// fighting ("attacked a village", "hit the pipeline").
func (s *sent) struckPlace(a frameArgs) bool {
	for _, k := range attackTargets(a) {
		if k >= 0 && s.lemmaIn(strikePlaces, k) {
			return true
		}
	}
	return false
}

// attackTargets are the words an attack is aimed at: its object and its
// "on", "against" and "at" phrases (-1 for no object).
func attackTargets(a frameArgs) []int {
	return append(append(append([]int{a.obj}, a.obl["on"]...), a.obl["against"]...), a.obl["at"]...)
}

// armed reports an armed side: a source or target of the armed forces,
// police, intelligence, rebels or criminals.
func (s *sent) armed(i int, a frameArgs) bool {
	ms := s.sourceActors(i, a)
	for _, k := range attackTargets(a) {
		if k >= 0 {
			ms = append(ms, s.argActors(k)...)
		}
	}
	for _, m := range ms {
		if armedSectors[strings.ToLower(m.Sector)] {
			return true
		}
	}
	return false
}

// violent reports a word of fighting, weapons or casualties in the
// sentence other than the trigger i itself.
func (s *sent) violent(i int) bool {
	for k := s.from; k < s.to; k++ {
		if k == i || !s.wordIn(violenceWords, k) {
			continue
		}
		if h := s.head(k); h >= 0 && (s.rel(k) == "compound" || s.rel(k) == "amod") && s.lemmaIn(issueNouns, h) {
			// "the gun issue", "gun control", "her war record": a
			// subject of debate.
			continue
		}
		if h := s.head(k); h >= 0 && h != i && (s.rel(k) == "compound" || s.rel(k) == "amod") && s.doctrine(h) {
			// "foreign military interventionism", "war-time
			// militarism": a doctrine debated (figurative_pay_price.go).
			continue
		}
		return true
	}
	return false
}

// anyLemma reports a word of the set in the sentence.
func (s *sent) anyLemma(set map[string]bool) bool {
	for k := s.from; k < s.to; k++ {
		if s.wordIn(set, k) {
			return true
		}
	}
	return false
}

// wordIn reports token k in set by its lemma, its stem or its text as
// written (lower-cased).
func (s *sent) wordIn(set map[string]bool, k int) bool {
	return s.lemmaIn(set, k) || set[s.lowerWord(k)]
}

// thing is what a verb acts on: its object (the surface subject of a
// passive), the noun a participle modifies ("a survey released today"),
// or for a noun trigger its "of" complement ("the release of memos").
func (s *sent) thing(i int, a frameArgs) int {
	if a.obj >= 0 {
		if s.lemmaIn(partWords, a.obj) {
			// "one of the reports", "some of the memos".
			for _, c := range s.kids(a.obj) {
				if s.rel(c) == "nmod" && s.caseOf(c) == "of" {
					return c
				}
			}
		}
		return a.obj
	}
	if s.tok(i).UPOS == "VERB" && s.rel(i) == "acl" {
		return s.head(i)
	}
	if h := s.head(i); h >= 0 && s.tok(i).UPOS == "VERB" && s.rel(i) == "conj" && s.rel(h) == "acl" {
		// "the video recorded and released on Friday".
		return s.head(h)
	}
	if ks := a.obl["of"]; len(ks) > 0 {
		return ks[0]
	}
	if k := s.forSubject(i); k >= 0 && figOn("release-for-subject") {
		// "arranged for a lot of those emails to be released"
		// (figurative_for_subject.go).
		return k
	}
	return -1
}

// hasOn reports "seize on" or "seize upon", as a particle or a
// preposition.
func (s *sent) hasOn(i int, a frameArgs) bool {
	if a.prt == "on" || a.prt == "upon" || s.hasParticle(i, "upon") {
		return true
	}
	if a.obj >= 0 && a.obj > i+1 {
		// "seized a cargo ship on Monday": an object, and a day.
		return false
	}
	for _, k := range append(append([]int{}, a.obl["on"]...), a.obl["upon"]...) {
		if !s.isTime(k) && k > i && (s.lemma(i+1) == "on" || s.lemma(i+1) == "upon") {
			return true
		}
	}
	return false
}

// hasParticle reports the word right after i being p, hung on i.
func (s *sent) hasParticle(i int, p string) bool {
	return i+1 < s.to && s.lemma(i+1) == p && (s.head(i+1) == i || s.rel(i+1) == "case" || s.rel(i+1) == "mark")
}

// compoundIn reports a compound modifier of k in set ("tax fraud").
func (s *sent) compoundIn(k int, set map[string]bool) bool {
	for _, c := range s.kids(k) {
		if s.rel(c) == "compound" || s.rel(c) == "amod" {
			if s.lemmaIn(set, c) {
				return true
			}
		}
	}
	return false
}

// personEntity reports a person's name at token k.
func (s *sent) personEntity(k int) bool { return s.inEntity(k, "PER") }

// inEntity reports token k inside an entity of one of the labels.
func (s *sent) inEntity(k int, labels ...string) bool {
	t := s.tok(k)
	for _, e := range s.doc.Entities {
		if e.Start <= t.Start && t.End <= e.End {
			for _, l := range labels {
				if e.Label == l {
					return true
				}
			}
		}
	}
	return false
}

// campaignEvent reports a protest word used of a campaign: a
// candidate's rally ("the senator's rallies", "a campaign rally", "held
// a rally in Dayton" by a candidate), a leader rallying supporters, leaders
// gathering to talk, a campaign mobilising its volunteers, a person
// demonstrating a quality, "marching toward the convention", a person's
// own "protests" (protestations). Crowds rallying or marching against
// something stay protests.
func (s *sent) campaignEvent(i int, a frameArgs) bool {
	if len(a.obl["against"]) > 0 || len(a.obl["outside"]) > 0 {
		return false
	}
	l := s.lemma(i)
	switch l {
	case "demonstrate":
		// "has demonstrated her resolve", "as she has demonstrated",
		// "demonstrate their solidarity".
		if a.obj >= 0 || a.ccomp >= 0 {
			return true
		}
		if m := s.child(i, "mark"); m >= 0 && s.lemma(m) == "as" {
			return true
		}
		return false
	case "gather":
		// "gathering evidence", "ministers gathered to discuss".
		if a.obj >= 0 {
			return true
		}
	case "march":
		// "marching forward", "marching toward the convention".
		for _, k := range a.obl["advmod"] {
			if s.lemmaIn(onwardWords, k) {
				return true
			}
		}
		for _, p := range []string{"toward", "towards"} {
			for _, k := range a.obl[p] {
				if s.isTime(k) || s.lemmaIn(contestThings, k) || s.lemmaIn(monthWords, k) {
					return true
				}
			}
		}
		return false
	case "mobilize", "mobilise":
		// "mobilize volunteers": a campaign's followers.
		return a.obj >= 0 && s.lemmaIn(campaignFollowers, a.obj)
	case "protest":
		if s.tok(i).UPOS == "NOUN" {
			// "despite his repeated protests": protestations.
			if p := s.child(i, "nmod:poss"); p >= 0 && (s.lemmaIn(singlePronouns, p) || s.personEntity(p)) {
				return true
			}
		}
		return false
	}
	if s.anyLemma(protestMarkers) {
		return false
	}
	rally := i
	if l == "hold" && a.obj >= 0 {
		rally = a.obj
	}
	switch {
	case s.tok(rally).UPOS == "NOUN" && (s.lemma(rally) == "rally" || s.lemma(rally) == "rallies"):
		if s.compoundIn(rally, campaignModifiers) {
			return true
		}
		if p := s.child(rally, "nmod:poss"); p >= 0 {
			// "the senator's rally", "her rallies": a person's own rally.
			if s.tok(p).UPOS == "PRON" || s.personEntity(p) {
				return true
			}
			if m := s.actorAt(p); m != nil && (s.namesPerson(m) || campaignSectors[strings.ToLower(m.Sector)]) {
				return true
			}
		}
		for _, c := range s.kids(rally) {
			if s.rel(c) == "compound" && s.personEntity(c) {
				return true // "Smith rallies"
			}
		}
		if l == "hold" && a.subj >= 0 {
			if m := s.actorAt(a.subj); m != nil && campaignSectors[strings.ToLower(m.Sector)] && s.anyLemma(campaignWords) {
				return true
			}
		}
		return s.anyLemma(campaignWords)
	case l == "rally":
		// "rallied his base", "rallied behind the nominee":
		// mobilising one's own side.
		return a.obj >= 0 || len(a.obl["behind"]) > 0 || len(a.obl["around"]) > 0
	case l == "gather":
		if a.subj >= 0 && (s.lemmaIn(officialNouns, a.subj)) {
			return true
		}
		if m := s.actorAt(a.subj0()); a.subj >= 0 && m != nil && officialSectors[strings.ToLower(m.Sector)] {
			return true
		}
		for _, c := range s.kids(i) {
			if (s.rel(c) == "advcl" || s.rel(c) == "xcomp") && s.infinitive(c) && !s.lemmaIn(protestAims, c) {
				return true
			}
		}
	}
	return false
}

var (
	attackWords = setOf("attack", "assault", "hit", "strike", "pound", "fire", "shoot", "blast", "target", "hammer", "bombard",
		"batter", "attacks", "clash")

	attackIdioms = setOf("foot", "cylinder", "bump", "snag", "roadblock", "obstacle", "hurdle", "milestone", "low", "high",
		"peak", "record", "ceiling", "threshold", "airwave", "airwaves", "deal", "balance", "tone", "chord", "note", "bargain",
		"compromise", "pose", "accord", "agreement", "rationale", "idea", "nerve", "jackpot", "road", "trail", "ground", "gold",
		"wall", "mark", "home", "button", "snag", "stride", "bottom", "question", "blank", "messenger")

	violenceWords = setOf("missile", "rocket", "bomb", "bombing", "bomber", "drone", "gun", "gunman", "gunmen", "gunfire",
		"artillery", "shell", "shelling", "troop", "troops", "soldier", "militant", "militia", "fighter", "jet", "warplane",
		"aircraft", "airstrike", "kill", "killed", "dead", "death", "wound", "wounded", "injure", "injured", "casualty", "explosive",
		"explosion", "knife", "stab", "terror", "terrorist", "terrorism", "army", "military", "police", "weapon", "raid", "ambush",
		"suicide", "hostage", "shooting", "grenade", "tank", "navy", "warship", "ship", "vessel", "base", "convoy", "checkpoint",
		"village", "town", "hospital", "camp", "cyber", "cyberattack", "hacker", "war", "insurgent", "rebel", "jihadist", "isis",
		"isil", "qaeda", "taliban", "hezbollah", "hamas", "houthi", "massacre", "victim", "violence", "violent", "riot", "mob",
		"armed", "arm", "fire", "firing", "blast", "strike", "struck", "siege", "invasion", "offensive", "forces", "battle",
		"combat", "fighting", "murder", "assassination", "assailant", "attacker", "beat", "beating", "punch", "mortar", "sniper",
		"rifle", "ammunition", "chemical", "embassy", "consulate")

	strikePlaces = setOf("village", "town", "city", "hospital", "camp", "base", "convoy", "checkpoint", "embassy", "consulate",
		"pipeline", "infrastructure", "grid", "ship", "vessel", "tanker", "position", "positions", "building", "station", "compound",
		"headquarters", "plant", "facility", "school", "market", "mosque", "church", "synagogue", "temple", "airport", "port",
		"bridge", "road", "train", "bus", "car", "vehicle", "truck", "boat", "aircraft", "plane", "target", "targets", "site",
		"depot", "refinery", "outpost", "barracks", "border", "territory", "district", "region", "province", "neighbourhood",
		"neighborhood", "server", "computer", "computers", "website")

	issueNouns = setOf("issue", "issues", "control", "law", "laws", "policy", "policies", "debate", "right", "rights", "lobby",
		"owner", "owners", "legislation", "reform", "vote", "record", "plan", "bill", "measure", "question", "safety", "violence",
		"powers", "authorization", "funding", "spending", "budget", "crisis", "stance", "position", "views", "hawk", "hawks")

	armedSectors = setOf("MIL", "REB", "INS", "UAF", "SPY", "CRM", "SEP", "COP")

	civilSectors = setOf("OPP", "LEG", "PTY", "ELI", "MED", "JUD", "BUS", "EDU", "CVL", "NGO", "HLH", "LAB", "REL")

	verbalModifiers = setOf("verbal", "personal", "political", "partisan", "rhetorical", "legislative", "twitter", "tweet",
		"negative", "campaign", "ad", "advertising", "television", "tv", "radio", "online", "scathing", "blistering", "withering",
		"stinging", "sharp", "sharpest", "vicious", "nasty", "relentless", "racist", "sexist", "misogynistic", "unfounded",
		"baseless", "unfair", "false", "public", "written", "media", "social", "facebook", "email", "e-mail", "editorial", "debate",
		"stump", "web", "internet", "smear", "attack")

	verbalTargetNouns = setOf("remark", "remarks", "comment", "comments", "statement", "record", "policy", "policies", "plan",
		"plans", "proposal", "proposals", "stance", "view", "views", "idea", "ideas", "heritage", "character", "integrity",
		"credibility", "honesty", "judgment", "judgement", "temperament", "agenda", "platform", "candidacy", "speech", "decision",
		"ruling", "law", "bill", "legislation", "tweet", "ad", "email", "e-mail", "rhetoric", "ideology", "leadership", "tenure",
		"handling", "approach", "language", "claim", "argument", "values", "belief", "faith", "religion", "patriotism", "motive",
		"motives", "competence", "qualification", "experience", "reputation", "outsourcing", "reform", "deal", "trade", "critic",
		"critics", "opponent", "opponents", "rival", "rivals", "nominee", "candidate", "candidates", "frontrunner", "front-runner",
		"challenger", "incumbent", "provision", "provisions", "emission", "emissions", "problem", "problems", "issue", "issues",
		"inequality", "poverty", "corruption", "tax", "taxes", "code", "loophole", "loopholes", "deficit", "debt", "cost", "costs",
		"price", "prices", "spending", "waste", "regulation", "regulations", "rule", "rules", "mandate", "economy", "ideology",
		"doctrine", "theory", "report", "study", "book", "article", "editorial")

	// publicLife are targets of civil public life, for an attack whose
	// sources are too ("attacked the banks").
	publicLife = setOf("position", "positions", "campaign", "media", "press", "party", "establishment", "senator", "lawmaker",
		"lawmakers", "congressman", "congresswoman", "governor", "journalist", "journalists", "reporter", "reporters", "newspaper",
		"network", "company", "companies", "business", "businesses", "firm", "firms", "corporation", "corporations", "donor",
		"donors", "judge", "republican", "democrat", "republicans", "democrats", "administration", "president", "foundation",
		"organization", "group", "movement", "union", "program", "programme", "family", "wife", "husband", "father", "mother",
		"bank", "banks")

	speechSettings = setOf("speech", "tweet", "tweets", "twitter", "interview", "debate", "debates", "ad", "ads", "advertisement",
		"op-ed", "editorial", "column", "rally", "rallies", "remarks", "campaign", "stump", "facebook", "podcast", "statement",
		"post", "blog", "town", "fundraiser", "primary", "caucus", "caucuses", "nominee", "nomination", "candidate", "candidacy",
		"frontrunner", "front-runner", "presidential", "senator", "sen.", "gop", "democratic", "republican", "campaigned",
		"campaigning", "opponent", "rival")

	releasedThings = setOf("poll", "survey", "report", "letter", "statement", "video", "footage", "audio", "tape", "recording",
		"email", "e-mail", "emails", "document", "page", "pages", "record", "records", "return", "returns", "data", "figure",
		"figures", "number", "numbers", "result", "results", "study", "transcript", "plan", "budget", "album", "film", "movie",
		"book", "memo", "ad", "advertisement", "list", "photo", "photograph", "picture", "image", "detail", "details", "information",
		"text", "version", "guidance", "guideline", "rule", "regulation", "proposal", "estimate", "forecast", "finding", "findings",
		"analysis", "statistic", "statistics", "note", "message", "tweet", "summary", "paper", "update", "schedule", "agenda",
		"platform", "fund", "funds", "money", "cash", "batch", "trove", "cable", "cables", "file", "files", "exchange",
		"correspondence", "conversation", "interview", "speech", "testimony", "chat", "log", "logs", "name", "names", "tape",
		"tapes", "survey", "surveys", "poll", "polls", "dossier", "memoir", "song", "trailer", "spot", "commercial", "product",
		"app", "software", "edition", "issue", "podcast", "episode", "series", "briefing", "brief", "ruling", "opinion", "decision",
		"order", "report", "index", "score", "rating", "ratings", "earnings", "tax", "water", "gas", "oil", "reserve", "reserves",
		"pressure", "tension", "energy", "hold", "grip", "emissions", "chemical", "balloon", "smoke", "dove", "doves", "hormone",
		"portrait", "biography", "timeline", "pdf")

	hostWords = setOf("host", "hosting")

	mobilizeWords = setOf("mobilize", "mobilise", "mobilizing", "mobilising")

	hostedThings = setOf("dinner", "dinners", "party", "parties", "event", "events", "fundraiser", "reception", "gala", "show",
		"program", "programme", "podcast", "debate", "rally", "forum", "hall", "game", "concert", "olympics", "tournament",
		"luncheon", "breakfast", "lunch", "barbecue", "celebration", "ceremony", "festival", "refugee", "refugees", "migrant",
		"migrants", "people", "student", "students", "family", "families", "child", "children", "asylum-seeker", "asylum-seekers",
		"seeker", "seekers", "immigrant", "immigrants", "guest", "guests", "fan", "fans", "party-goer", "tea", "brunch", "cookout",
		"screening", "webinar", "panel", "briefing", "exhibition", "exhibit", "fair", "race", "match", "championship", "cup",
		"games", "wedding", "funeral", "memorial", "vigil", "coverage", "broadcast", "segment", "telethon", "activist", "activists",
		"volunteer", "volunteers", "supporter", "supporters", "donor", "donors", "voter", "voters", "friend", "friends", "colleague",
		"colleagues", "professor", "professors", "party-goers", "house", "fundraisers", "night", "evening", "series", "festivities",
		"picnic", "potluck")

	seizedChances = setOf("opportunity", "moment", "initiative", "chance", "momentum", "advantage", "mantle", "spotlight",
		"nomination", "lead", "day", "imagination", "headline", "headlines", "narrative", "issue", "agenda", "high", "ground")

	capturedThings = setOf("win", "wins", "nomination", "vote", "votes", "delegate", "delegates", "attention", "imagination",
		"mood", "spirit", "essence", "heart", "hearts", "support", "majority", "seat", "seats", "primary", "primaries", "caucus",
		"victory", "share", "market", "title", "award", "prize", "momentum", "image", "moment", "footage", "sense", "feeling",
		"zeitgeist", "electorate", "privacy", "domain", "space", "prerogative", "jurisdiction", "turf", "field", "agenda",
		"narrative", "headline", "headlines", "video", "senate", "house", "congress", "presidency", "governorship", "legislature",
		"chamber", "frustration", "anger", "sentiment", "discontent", "energy", "enthusiasm", "voter", "voters", "spotlight",
		"limelight", "stage", "niche", "role", "centre", "center", "middle", "lane", "mantle", "throne", "crown")

	invadedDomains = setOf("privacy", "domain", "space", "prerogative", "jurisdiction", "turf", "field", "right", "rights",
		"life", "sphere", "realm", "authority", "power", "powers", "role", "responsibility")

	offences = setOf("hacker", "hackers", "hacking", "fraud", "crime", "crimes", "criminal", "criminals", "corruption", "evasion",
		"smuggling", "smuggler", "smugglers", "trafficking", "trafficker", "traffickers", "drug", "drugs", "dealer", "dealers",
		"abuse", "abuses", "leak", "leaks", "leaker", "leakers", "spam", "piracy", "counterfeiting", "counterfeit", "counterfeiter",
		"pollution", "polluter", "polluters", "emission", "emissions", "cheating", "cheat", "cheater", "doping", "speeding",
		"fraudster", "fraudsters", "scam", "scams", "scammer", "scammers", "loophole", "loopholes", "tax", "robocall", "robocalls",
		"overdose", "opioid", "opioids", "gambling", "poaching", "poacher", "poachers", "logging", "littering", "price-gouging",
		"gouging", "shoplifting", "theft", "thief", "thieves", "burglary", "vandalism", "misconduct", "bribery", "kickback",
		"kickbacks", "insider", "laundering", "launderer", "employer", "employers", "lender", "lenders", "bank", "banks", "landlord",
		"landlords", "spammer", "spammers", "counterfeiting", "violation", "violations", "violator", "violators", "waste", "dumping",
		"cartel", "cartels")

	accordNouns = setOf("agreement", "deal", "treaty", "accord", "pact", "declaration", "convention", "protocol", "initiative",
		"communique", "charter", "memorandum", "ceasefire", "truce", "alliance", "coalition")

	contestThings = setOf("challenge", "odds", "expectation", "expectations", "record", "deadline", "rap", "race", "contest",
		"election", "primary", "caucus", "campaign", "bid", "candidacy", "win", "victory", "upset", "nomination", "runoff",
		"run-off", "ballot", "poll", "polls", "vote", "seat", "reelection", "re-election", "competition", "tournament", "game",
		"match", "final", "heat")

	// Sporting fixtures a team or board withdraws from.
	sportFixtures = setOf("series", "championship", "championships", "cup", "league", "olympics", "games", "fixture",
		"tour", "qualifier", "qualifiers", "test", "rally", "marathon", "regatta", "tournament", "match")

	contestWords = setOf("election", "primary", "primaries", "caucus", "caucuses", "race", "poll", "polls", "vote", "votes",
		"ballot", "nomination", "delegate", "delegates", "runoff", "contest", "challenge", "game", "match", "tournament", "campaign",
		"candidate", "reelection", "re-election", "home-state", "victory", "win")

	opinions = setOf("assessment", "opinion", "view", "thought", "thoughts", "take", "prediction", "analysis", "perspective",
		"insight", "insights", "comment", "comments", "explanation", "excuse", "glimpse", "detail", "details", "reason", "reasons",
		"argument", "rebuttal", "critique", "summary", "answer", "response", "remark", "remarks", "observation", "joke", "quip",
		"anecdote", "story", "theory", "impression", "verdict", "endorsement", "praise", "criticism", "tribute", "reflection",
		"reflections", "advice", "tip", "tips", "hint", "clue", "preview", "estimate", "defense", "defence", "justification",
		"rationale", "apology")

	campaignModifiers = setOf("campaign", "election", "re-election", "reelection", "victory", "pep", "primary", "political",
		"gop", "republican", "democratic", "pre-election", "caucus", "get-out-the-vote", "fundraising", "midterm", "presidential",
		"stump", "endorsement", "unity", "kickoff", "kick-off", "homecoming", "town-hall")

	campaignSectors = setOf("OPP", "LEG", "PTY", "ELI", "GOV")

	campaignWords = setOf("campaign", "campaigning", "campaigned", "candidate", "nominee", "nomination", "primary", "primaries",
		"caucus", "caucuses", "delegate", "delegates", "stump", "presidential", "front-runner", "frontrunner", "voter", "voters",
		"fundraiser", "debate", "endorsement", "endorse", "endorsed", "supporter", "supporters", "crowd", "audience", "speech",
		"heckler", "hecklers", "protester", "protesters", "coliseum", "arena", "convention", "rally", "rallies")

	protestMarkers = setOf("against", "protest", "protests", "protester", "protesters", "protesting", "demand", "demanding",
		"denounce", "denouncing", "oppose", "opposing", "anti-government", "condemn", "condemning", "outrage", "outside", "defy",
		"defying", "resignation", "ouster", "police", "tear", "sit-in", "strike", "boycott", "junta", "coup", "regime", "opposition")

	officialNouns = setOf("leader", "leaders", "minister", "ministers", "official", "officials", "delegate", "delegates",
		"lawmaker", "lawmakers", "diplomat", "diplomats", "envoy", "envoys", "head", "heads", "president", "presidents", "senator",
		"senators", "governor", "governors", "executive", "executives", "investor", "investors", "donor", "donors", "scientist",
		"scientists", "expert", "experts", "journalist", "journalists", "reporter", "reporters", "negotiator", "negotiators",
		"representative", "representatives")

	officialSectors = setOf("GOV", "LEG", "ELI", "JUD", "BUS", "MED", "EDU", "IGO")

	protestAims = setOf("protest", "demand", "denounce", "oppose", "condemn", "call", "urge", "demonstrate", "march", "voice",
		"express", "show", "mourn", "commemorate", "reject", "support", "defend", "press")

	proposalWords = setOf("proposal", "propose", "pledge", "promise", "vow", "call", "plan", "idea", "push", "bid", "suggestion",
		"suggest", "want", "campaign", "threat", "threaten", "position", "policy")

	domesticRules = setOf("price", "deadline", "limit", "cap", "requirement", "standard", "fee", "rule", "regulation", "mandate",
		"minimum", "ceiling", "timeline", "schedule", "burden", "cost", "will", "view", "values", "discipline", "penalty", "fine",
		"moratorium", "freeze", "term")

	requests = setOf("help", "aid", "support", "assistance", "money", "permission", "funding", "fund", "billion", "million",
		"extension", "meeting", "consultation", "consultations", "talks", "intervention", "release", "extradition", "forgiveness",
		"clemency", "asylum", "protection", "patience", "understanding", "cooperation", "access", "favor", "favour")

	recognizedFacts = setOf("genocide", "atrocity", "atrocities", "massacre", "holocaust", "threat", "need", "importance", "fact",
		"reality", "achievement", "achievements", "contribution", "contributions", "problem", "danger", "value", "role", "effort",
		"efforts", "sacrifice", "sacrifices", "service", "work", "truth", "mistake", "error", "failure", "change", "limit", "limits",
		"contender", "contenders", "talent", "potential", "existence", "urgency", "seriousness", "gravity")

	withheld = setOf("passage", "access", "entry", "visa", "visas", "right", "rights", "chance", "opportunity", "benefit",
		"benefits", "service", "services", "care", "treatment", "permit", "license", "licence", "bail", "parole", "oxygen",
		"platform", "majority", "hearing", "vote", "seat", "say")

	munitions = setOf("missile", "missiles", "rocket", "rockets", "shot", "shots", "round", "rounds", "gun", "guns", "cannon",
		"gas", "bullet", "bullets", "shell", "shells", "salvo", "salvos", "volley", "volleys", "warning", "flare", "flares",
		"projectile", "projectiles", "torpedo", "torpedoes", "drone", "drones", "weapon", "weapons", "artillery", "mortar",
		"mortars", "grenade", "grenades", "tear", "pellet", "pellets", "barrage", "burst", "bursts")

	mediaWorks = setOf("movie", "film", "book", "video", "photo", "photograph", "picture", "documentary", "image", "footage",
		"camera", "painting", "song", "novel", "play", "series", "show", "article", "report", "poll", "survey", "ad")

	scoreWords = setOf("point", "points", "percent", "percentage", "%", "margin", "poll", "polls", "matchup", "matchups",
		"match-up", "match-ups", "head-to-head", "vote", "votes", "ballot", "primary", "caucus", "election", "race", "nomination")

	campaignVerbs = setOf("suspend", "advance", "amass")

	militaryThings = setOf("troop", "troops", "force", "forces", "soldier", "soldiers", "tank", "tanks", "weapon", "weapons",
		"army", "armies", "unit", "units", "ship", "ships", "warship", "warships", "missile", "missiles", "artillery", "fighter",
		"fighters", "militia", "militiamen", "division", "divisions", "brigade", "brigades", "battalion", "battalions", "armour",
		"armor", "jet", "jets", "vessel", "vessels", "equipment", "arsenal", "stockpile")

	campaignObjects = setOf("campaign", "bid", "candidacy", "run", "reality", "disbelief", "judgment", "judgement", "support",
		"endorsement", "name", "nomination", "application", "complaint", "lawsuit", "suit", "invitation", "offer", "pledge",
		"backing", "agenda", "cause", "interest", "interests", "career", "idea", "ideas", "policy", "policies", "plan", "plans",
		"goal", "goals", "delegate", "delegates", "vote", "votes", "fortune", "wealth", "following", "lead", "donation", "donations",
		"money", "fund", "funds")

	partWords = setOf("one", "some", "many", "all", "most", "part", "batch", "set", "series", "number", "handful", "dozen",
		"dozens", "hundred", "hundreds", "thousand", "thousands")

	monthWords = setOf("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "election", "election day", "convention", "summer", "fall", "autumn", "spring", "winter")

	campaignFollowers = setOf("supporter", "supporters", "voter", "voters", "volunteer", "volunteers", "base", "donor", "donors",
		"grassroots", "activist", "activists", "member", "members", "follower", "followers", "fan", "fans", "constituency",
		"electorate")

	singlePronouns = setOf("his", "her", "he", "she", "my", "your", "its")

	ownStances = setOf("remark", "remarks", "comment", "comments", "statement", "statements", "word", "words", "record",
		"decision", "decisions", "position", "positions", "stance", "policy", "policies", "praise", "criticism", "use",
		"action", "actions", "conduct", "handling", "response", "view", "views", "claim", "claims", "vote", "choice",
		"assessment", "approach", "move", "plan", "plans", "tweet", "tweets", "reporting", "story", "account", "answer",
		"proposal", "call", "right", "rights", "behaviour", "behavior", "performance", "tactics", "strategy")

	frankWords = setOf("call", "criticize", "criticise", "point", "express", "admit", "voice", "share", "question", "speak",
		"write", "talk", "ask", "label", "describe", "name", "disagree", "correct", "contradict", "mention")

	innerResources = setOf("will", "courage", "strength", "nerve", "energy", "resolve", "muscle", "spirit", "memory",
		"memories", "image", "images", "ghost", "ghosts", "vote", "votes", "support", "wit", "wits", "enthusiasm", "patience")

	roundedThings = setOf("sampling", "sample", "samples", "list", "highlight", "highlights", "reaction", "reactions", "news",
		"best", "worst", "quote", "quotes", "moment", "moments", "way", "ways", "story", "stories", "review", "reviews",
		"vote", "votes", "support", "endorsement", "endorsements", "pledge", "pledges", "donation", "donations", "money")

	priced = setOf("rent", "fee", "fees", "price", "use", "access", "admission", "ticket", "tickets", "service", "services",
		"interest", "rate", "rates", "dollar", "dollars", "cent", "cents", "premium", "premiums", "tuition", "postage", "delivery",
		"parking", "storage", "space", "office", "offices", "advertising", "airtime", "travel", "flight", "flights", "more", "less",
		"much", "twice", "double")

	praiseNouns = setOf("praise", "commendation", "recognition", "honour", "honor", "award", "tribute", "thanks", "gratitude",
		"attention", "investment", "funding", "relief", "grant", "grants", "subsidy", "subsidies", "benefit", "benefits")

	alertWords = setOf("alert", "readiness", "preparedness", "threat", "danger", "security", "vigilance", "combat", "warning")

	endangered = setOf("viability", "future", "existence", "stability", "survival", "integrity", "livelihood", "livelihoods",
		"credibility", "unity", "health", "safety", "economy", "prospect", "prospects", "chance", "chances", "recovery",
		"growth", "career", "careers", "job", "jobs", "majority", "lead", "reputation", "legacy", "coalition", "nomination")

	sentiments = setOf("sense", "emotion", "emotions", "fear", "fears", "instinct", "instincts", "value", "values", "pride",
		"nationalism", "patriotism", "prejudice", "prejudices", "anger", "resentment", "grievance", "grievances", "nostalgia",
		"sentiment", "sentiments", "hope", "hopes", "base", "taste", "tastes", "self-interest", "interest", "interests")

	ownBodies = setOf("government", "administration", "party", "campaign", "ministry", "cabinet", "coalition")

	supportedIdeas = setOf("idea", "ideas", "notion", "concept", "study", "studies", "research", "survey", "experiment",
		"experiments", "project", "projects", "science", "scholarship", "fellowship", "expedition", "exhibition")

	onwardWords = setOf("forward", "ahead", "onward", "onwards", "on", "along", "together", "lockstep", "backward", "backwards")
)
