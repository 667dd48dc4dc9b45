package actors

// SetTitledNameNoAnaphor switches titledNameNoAnaphor for tests and
// returns the previous setting.
func SetTitledNameNoAnaphor(on bool) bool {
	old := titledNameNoAnaphor
	titledNameNoAnaphor = on
	return old
}
