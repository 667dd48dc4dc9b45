package coder

// Twenty-first session (judge30): a judgement told from the side of the
// judged, "Trump's comments have drawn criticism from Berlin, Paris and
// other European capitals", "the decision drew criticism from Merz's
// allies", "earned praise from Washington": the from-phrase names who
// judges (the source), the verb's subject what or whom is judged (the
// target, or the doer of the act it names). The written gold and the
// real coders code these as 111 (051 for praise) from the critics.

// drawnJudgementSwitch switches drawnJudgement off (tests).
var drawnJudgementSwitch = true

// drawingVerbs receive a judgement: "drew criticism", "faced
// condemnation", "won praise".
var drawingVerbs = setOf("draw", "attract", "face", "earn", "win", "receive", "meet")

// drawnBlame and drawnPraise are the judgements drawn.
var (
	drawnBlame  = setOf("criticism", "condemnation", "rebuke", "censure", "reproach")
	drawnPraise = setOf("praise", "acclaim", "commendation")
)

// drawnCriticismEntry codes "X drew criticism from Y" as Y's criticism
// (111) of X; drawnPraiseEntry "X won praise from Y" as Y's praise (051).
var (
	drawnCriticismEntry = &Entry{Lemma: "(drawn)", Targets: []string{"obj"}, Code: "111", Name: "drew criticism from"}
	drawnPraiseEntry    = &Entry{Lemma: "(drawn)", Targets: []string{"obj"}, Code: "051", Name: "drew praise from"}
)

// drawnJudgement returns, for a verb of drawingVerbs (i) whose object is
// a judgement of drawnBlame or drawnPraise with a from-phrase naming an
// actor (on the verb or on the object), the entry and the from-phrase's
// word; nil, -1 for none. The verb's own subject must name the judged
// party ("Trump's comments", "the test carried out by Pyongyang"). Not a
// participle ("deported them, drawing condemnation from Washington"):
// the critics' own words are mostly told after it, on their own day, and
// the participle would date them with the act.
func (s *sent) drawnJudgement(i int) (*Entry, int) {
	if !drawnJudgementSwitch || s.tok(i).UPOS != "VERB" || !s.lemmaIn(drawingVerbs, i) {
		return nil, -1
	}
	o, sb := s.child(i, "obj"), s.child(i, "nsubj")
	if o < 0 || sb < 0 || len(keyed(s.argActors(sb))) == 0 && s.doingOwner(sb) < 0 {
		// ("The decision drew criticism from Merz's allies": a thing
		// that names no party leaves the judged side to a guess.)
		return nil, -1
	}
	var e *Entry
	switch {
	case s.lemmaIn(drawnBlame, o):
		e = drawnCriticismEntry
	case s.lemmaIn(drawnPraise, o):
		e = drawnPraiseEntry
	default:
		return nil, -1
	}
	for _, h := range []int{i, o} {
		for _, c := range s.kids(h) {
			if r := s.rel(c); (r == "obl" || r == "nmod") && s.caseOf(c) == "from" && len(keyed(s.argActors(c))) > 0 {
				return e, c
			}
		}
	}
	return nil, -1
}
