package coder

// Fourteenth session (lowprec18b): a deployment asked or proposed of
// another party is not one.

// sendAskedSwitch switches sendAsked.
var sendAskedSwitch = true

// sendAsked reports a deployment verb (154, 074) that is the infinitive
// of a request made of its subject ("asked the United States to send
// troops", "urged its allies to send soldiers") or of a noun of proposal
// or possibility ("a proposal by the president to send troops", "opens
// the way for each country to send troops"). The request or proposal is
// the event (02, 03); the troops are not sent.
func (s *sent) sendAsked(i int, e *Entry) bool {
	if !sendAskedSwitch || e.Code != "154" && e.Code != "074" {
		return false
	}
	h := s.head(i)
	if h < 0 || !s.hasKid(i, "mark", "to") {
		return false
	}
	if proposalNouns[s.lemma(h)] && s.tok(h).UPOS == "NOUN" {
		return true
	}
	switch s.rel(i) {
	case "xcomp", "advcl":
		// The parse hangs the infinitive on the verb whose object
		// is the proposal ("rejected a proposal ... to send").
		for _, c := range s.kids(h) {
			if s.rel(c) == "obj" && c < i && proposalNouns[s.lemma(c)] {
				return true
			}
		}
	}
	return false
}

// proposalNouns name an act proposed or made possible, not done.
var proposalNouns = setOf("proposal", "request", "call", "plea", "appeal", "way", "idea", "suggestion", "plan")
