package actors

import "strings"

// mend29 (review29 finding 6): the noun list is looked up by word alone,
// so a noun that is also an adjective ("hopeful") made an actor of "the
// officials remained hopeful". A noun entry the tagger reads as an
// adjective and that follows a linking verb ("are hopeful", "remained
// cautiously hopeful") is a predicate, no phrase's head. "White House
// hopeful Hillary Clinton" keeps it, and so does "the South's military
// fired" when the tagger reads "military" as an adjective.

// adjectiveHeadSwitch switches adjectiveHead off for tests.
var adjectiveHeadSwitch = true

// linkingVerbs are the forms of the verbs that take a predicate
// adjective.
var linkingVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "'re": true,
	"remain": true, "remains": true, "remained": true, "remaining": true, "stay": true, "stays": true, "stayed": true,
	"seem": true, "seems": true, "seemed": true, "appear": true, "appears": true, "appeared": true,
	"sound": true, "sounded": true, "look": true, "looked": true, "feel": true, "felt": true,
	"become": true, "became": true, "grow": true, "grew": true, "grown": true,
}

// adjectiveHead reports that the one-word noun entry at word j, the
// first word of phrase c, is tagged an adjective and follows a linking
// verb, at most one adverb between them.
func (s *scanner) adjectiveHead(c *chain, e *Entry, j, n int) bool {
	if !adjectiveHeadSwitch || e.Kind != KindNoun || n != 1 || c.det != "" || j != c.from || len(s.elems) > 0 || s.upos == nil || j >= len(s.upos) || s.upos[j] != "ADJ" {
		return false
	}
	k := j - 1
	if k >= 0 && s.upos[k] == "ADV" {
		k--
	}
	return k >= 0 && linkingVerbs[strings.ToLower(s.words[k])]
}
