package actors

// SetCountryApposition switches countryApposition for tests and returns
// the previous setting.
func SetCountryApposition(on bool) bool {
	old := countryAppositionOn
	countryAppositionOn = on
	return old
}
