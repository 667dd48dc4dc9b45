package coder

// SetRivalParties switches rivalParties for tests and returns the previous
// setting.
func SetRivalParties(on bool) bool {
	old := rivalPartiesOn
	rivalPartiesOn = on
	return old
}
