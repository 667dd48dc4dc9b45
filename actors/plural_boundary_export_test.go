package actors

// SetPluralBoundary switches pluralBoundary for tests and returns the
// previous setting.
func SetPluralBoundary(on bool) bool {
	old := pluralBoundary
	pluralBoundary = on
	return old
}
