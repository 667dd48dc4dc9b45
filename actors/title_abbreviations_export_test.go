package actors

// SetTitleAbbrevs switches the US title abbreviations for tests and
// returns the previous setting.
func SetTitleAbbrevs(on bool) bool {
	old := titleAbbrevsOn
	titleAbbrevsOn = on
	return old
}
