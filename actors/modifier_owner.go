package actors

import "sitrep"

// modifierOwnerOn switches the two rules below (session 20, actor29);
// tests turn it off to show what they add.
var modifierOwnerOn = true

// ownerTitledName codes a name the KB does not know as a person of the
// body or place named just before it with at most three capitalised
// title words between: "State Department Inspector General Hal Mott",
// "Dade County Judge Ann Reyes". US copy stacks the office's owner, the
// title and the name into one noun phrase; without this the name got no
// actor, and its later bare surname ("Mott said") had nothing to refer
// back to. The person takes the owner's country and sector.
func (s *scanner) ownerTitledName(e entitySpan, pend []pending) (pending, bool) {
	if !modifierOwnerOn || e.label != "PER" {
		return pending{}, false
	}
	// The phrase ending nearest before the name: pend is in token order
	// only up to the entities appended after the phrases.
	k := -1
	for i, q := range pend {
		if q.end <= e.start && (k < 0 || q.end > pend[k].end) {
			k = i
		}
	}
	if k < 0 {
		return pending{}, false
	}
	q := pend[k]
	gap := e.start - q.end
	if gap < 1 || gap > 3 || q.m.Country == "" || q.m.Person || q.plural || q.anaphor || q.pronoun || q.possessor != "" ||
		q.m.Sector == "MED" {
		// A news body's correspondent ("VOA Correspondent ...")
		// reports the story: a person who would only draw its
		// pronouns away from the people it tells of.
		return pending{}, false
	}
	for i := q.end; i < e.start; i++ {
		if w := s.words[i]; !capitalised(w) || !hasLower(w) {
			return pending{}, false // "Russia expert", "Iraq, Khalid"
		}
	}
	m := Match{Code: q.m.Code, Country: q.m.Country, Sector: q.m.Sector, Entry: "titled name + of " + q.m.Entry, Person: true}
	if q.m.Sector != "IGO" {
		m.Code = q.m.Country + q.m.Sector
	}
	return pending{start: e.start, end: e.end, m: m}, true
}

// modifierCountry returns the country of the mention that ends right
// where a country-less title begins ("Clinton spokesman Ray Bloom",
// "Ohio Secretary of State Dana Fisk"): a name before a title in one
// noun phrase says whose office it is.
func modifierCountry(prevCountry string, prevEnd, start int, sameSentence bool, p pending) string {
	if !modifierOwnerOn || !sameSentence || prevEnd != start || prevCountry == "" ||
		p.m.Country != "" || p.m.Sector == "" || p.m.Sector == "IGO" || p.plural || p.pronoun ||
		p.anaphor || p.possessor != "" || p.surname != "" || p.compass != "" {
		return ""
	}
	return prevCountry
}

// isTitleSector reports the sector whose country-less title a party-state
// tag makes American besides a legislator's ("Senate Minority Leader Hal
// Reid (D-Nev.)": a leader, GOV).
func isTitleSector(sector string) bool {
	return modifierOwnerOn && sector == "GOV"
}

// prevCountry applies modifierCountry to the last mention coded.
func prevCountry(doc *sitrep.Document, info []mentionInfo, sent int, p pending) string {
	n := len(info)
	if n == 0 || n != len(doc.Actors) {
		return ""
	}
	return modifierCountry(doc.Actors[n-1].Country, info[n-1].end, p.start, info[n-1].sent == sent, p)
}
