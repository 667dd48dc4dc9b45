package coder

import "sitrep"

// toldForceOnly switches the eleventh session's rule (deny11) that keeps
// acts only planned or weighed out of the story's last forceful act.
var toldForceOnly = true

// toldForce reports whether a forceful or coercive event may stand for
// "the violence" or "the strikes" others later condemn: only an act told
// as done ("said it was considering sanctions, and France condemned the
// violence" condemns the police's shooting, not the sanctions weighed).
func toldForce(ev sitrep.Event) bool {
	if !toldForceOnly {
		return true
	}
	return ev.Status == sitrep.StatusOccurred || ev.Status == sitrep.StatusReported
}
