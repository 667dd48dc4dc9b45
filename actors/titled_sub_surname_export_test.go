package actors

// SetTitledSubSurname switches titledSubSurname and personInEntries for
// tests and returns the previous setting.
func SetTitledSubSurname(on bool) bool {
	old := titledSubSurnameOn
	titledSubSurnameOn = on
	return old
}
