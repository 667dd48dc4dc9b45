package coder

// SetFigurative switches a rule of figurative.go on or off for a test.
func SetFigurative(rule string, on bool) {
	if on {
		delete(figOff, rule)
	} else {
		figOff[rule] = true
	}
}
