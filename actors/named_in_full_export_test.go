package actors

// SetNamedInFull switches namedInFull for tests and returns the previous
// setting.
func SetNamedInFull(on bool) bool {
	old := namedInFull
	namedInFull = on
	return old
}
