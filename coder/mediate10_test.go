package coder_test

import "testing"

// TestMediate10FutureMediation checks that a mediation told as to come
// ("would mediate", "could mediate", "is due ... to mediate") is the
// mediation itself (045) toward each party, not an offer to mediate (039),
// while readiness words ("ready to mediate") still make it an offer.
func TestMediate10FutureMediation(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"could mediate, hypothetical",
			"Ghana said it could mediate between Togo and Benin if both governments asked it to.",
			[]string{"GHA>TGO 045", "GHA>BEN 045"}, []string{"GHA>TGO 039", "GHA>BEN 039"}},
		{"due somewhere to mediate, planned",
			"Senegal's president was due in Bamako on Monday to mediate between Mali and Mauritania.",
			[]string{"SEN>MLI 045", "SEN>MRT 045"}, []string{"SEN>MLI 039", "SEN>MRT 039"}},
		{"ready to mediate stays an offer",
			"Norway said it was ready to mediate between Serbia and Kosovo.",
			[]string{"NOR>SRB 039", "NOR>XKX 039"}, []string{"NOR>SRB 045"}},
	})
}

// TestMediate10RefusedMediation checks that mediation a side "would not
// accept" is mediation rejected (126) by that side, toward no party the
// story would guess, and not an acceptance negated (038).
func TestMediate10RefusedMediation(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"would not accept mediation",
			"Guyana accused Venezuela of provocation and said it would not accept mediation.",
			[]string{"GUY>- 126"}, []string{"GUY>VEN 038", "GUY>VEN 126"}},
		{"will not accept outside mediation",
			"Serbia and Kosovo traded accusations on Friday, and Belgrade said it will not accept outside mediation.",
			[]string{"SRB>- 126"}, []string{"SRB>XKX 038", "SRB>XKX 126"}},
	})
}
