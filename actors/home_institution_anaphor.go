package actors

// A bare institution told again after a foreign one of its kind
// (twenty-first session, pair30).

import "sitrep"

// homeInstitutionAnaphor switches the rule below.
var homeInstitutionAnaphor = true

// homeInstitution returns, for an anaphor of an institution ("the
// government") whose nearest antecedent ref is a foreign one ("the Swiss
// government"), the story's earlier mention of the same institution at
// home, the dateline's country, when there is one: "the five commanders
// held by the government [Nigeria's] ... talks mediated by the Swiss
// government ... Presidential spokesman Garba Shehu said the government
// had not paid a ransom". A story filed from a country that has already
// told its own government bare keeps the bare noun for it; a foreign one,
// named in passing with its adjective, does not take it over. Otherwise,
// or when the foreign one is its clause's subject, ref. (Not people's
// titles, "the minister": a person named last is the one meant.)
func homeInstitution(doc *sitrep.Document, info []mentionInfo, ref int, p pending, home string) int {
	if !homeInstitutionAnaphor || ref < 0 || home == "" || !p.anaphor || humanRoles[p.m.Role] || p.plural {
		return ref
	}
	a := &doc.Actors[ref]
	if info[ref].person || info[ref].human || a.Country == "" || a.Country == home || a.Sector == "IGO" {
		return ref
	}
	if subjectMention(doc, info[ref]) {
		// "The Swiss government said on Monday it would host new talks
		// ... The government said it would send envoys": a foreign
		// institution that is the subject is the story's topic, not
		// one named in passing.
		return ref
	}
	for k := ref - 1; k >= 0; k-- {
		if info[k].role == info[ref].role && doc.Actors[k].Country == home && !info[k].person && !info[k].human {
			return k
		}
	}
	return ref
}

// homeRedirect records an anaphor (index) that homeInstitution sent from
// its foreign antecedent (foreign) to the home mention.
type homeRedirect struct{ index, foreign int }

// restoreRedirects gives a redirected anaphor its foreign antecedent back
// when undateline took the home mention's country away: the home mention
// had only the dateline's guess ("DUBAI ... Iran's foreign minister said
// the government would not negotiate ... The Iranian government rejected
// the U.S. offer. The government said it would expel the Swiss envoy"),
// and the story, about another country, never told its own government.
func restoreRedirects(doc *sitrep.Document, redirects []homeRedirect) {
	for _, r := range redirects {
		a, f := &doc.Actors[r.index], doc.Actors[r.foreign]
		if a.Country != "" || f.Country == "" {
			continue
		}
		a.Code, a.Country, a.Sector, a.Entry, a.Ref = f.Code, f.Country, f.Sector, f.Entry, r.foreign
	}
}
