package coder

// SetBackground switches a part of background on or off for a test.
func SetBackground(rule string, on bool) {
	if on {
		delete(bgOff, rule)
	} else {
		bgOff[rule] = true
	}
}
