package actors

import "strings"

// titleAbbrevsOn switches the US title abbreviations below (tests turn it
// off to show what they add). Off is not the state before them: the
// titles stay out of nouns.tsv's honorifics either way, so off they are
// words that lose their period and name nothing.
var titleAbbrevsOn = true

// titleAbbrevs are the AP-style US titles that stand before a name ("Sen.
// Mary Poe", "Rep. John Roe", "Gov. Ann Coe"). The text tokenizer keeps
// their period, so the names file and the words of a phrase must keep it
// too; nouns.tsv gives them as aliases of "lawmaker" and "governor", so an
// unknown person so titled is a legislator or a governor whose country the
// dateline or the story gives, as "Senator Mary Poe" already was. Before,
// they were honorifics, and a name the KB did not know was no actor.
var titleAbbrevs = map[string]bool{"sen.": true, "rep.": true, "gov.": true}

// keepsPeriod reports a word whose final period is part of it.
func keepsPeriod(w string) bool {
	if !titleAbbrevsOn || len(w) != 4 {
		return false
	}
	return titleAbbrevs[strings.ToLower(w)]
}
