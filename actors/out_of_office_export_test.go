package actors

// SetOutOfOffice switches outOfOffice for tests and returns the previous
// setting.
func SetOutOfOffice(on bool) bool {
	old := outOfOffice
	outOfOffice = on
	return old
}
