package coder

// addresseeKind is what an appeal's addressee names: the world at large
// (the appeal is coded toward '-', worldAddressee), an audience at large
// (no appeal is coded, audienceAppeal), or neither.
type addresseeKind int

const (
	addresseeNone addresseeKind = iota
	addresseeWorld
	addresseeAudience
)

// appealAddressee classifies the addressee of appeal verb i (object, or
// on- or to-phrase) in one place, so that the two rules cannot read one
// phrase two ways (review23: "urged world leaders" was dropped as an
// audience while "urged governments" kept its appeal toward '-'). The
// world's words are asked first: leaders of the world are the world's.
func (s *sent) appealAddressee(i int) addresseeKind {
	for _, c := range s.kids(i) {
		switch s.rel(c) {
		case "obj", "iobj":
		case "obl", "nmod":
			if p := s.caseOf(c); p != "on" && p != "to" {
				continue
			}
		default:
			continue
		}
		if worldAddresseeSwitch && s.worldNoun(c) {
			return addresseeWorld
		}
		if s.audienceNoun(c) {
			return addresseeAudience
		}
	}
	return addresseeNone
}
