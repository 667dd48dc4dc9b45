package coder

// Twenty-first session (judge30): "said Beijing firmly opposed all forms
// of cyber attacks", "firmly opposes any kind of interference": an
// opposition told of a kind of act in general, a stand of principle, is
// aimed at no one's act; the lexicon's "firmly oppose" (111) is
// criticism of an act someone did ("firmly opposed the decision").

// generalOppositionSwitch switches generalOpposition off (tests).
var generalOppositionSwitch = true

// kindNouns name a kind of act, not one act: "all forms of attacks".
var kindNouns = setOf("form", "kind", "type", "manner")

// generalOpposition reports "oppose" (i) whose object (o) is an act in
// general: a noun of kindNouns, or a noun under "all", "any" or "every".
func (s *sent) generalOpposition(i, o int) bool {
	if !generalOppositionSwitch || s.lemma(i) != "oppose" || o < 0 {
		return false
	}
	return s.lemmaIn(kindNouns, o) || s.hasKid(o, "det", "all", "any", "every")
}
