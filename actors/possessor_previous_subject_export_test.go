package actors

// SetPreviousSubjects switches previousSubjects for tests and returns the
// previous setting.
func SetPreviousSubjects(on bool) bool {
	old := previousSubjects
	previousSubjects = on
	return old
}
