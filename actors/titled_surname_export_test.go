package actors

// SetTitledSurname switches titledSurname for tests and returns the
// previous setting.
func SetTitledSurname(on bool) bool {
	old := titledSurnameOn
	titledSurnameOn = on
	return old
}
