package actors

// SetGender switches gender agreement of "he" and "she" for tests; it
// returns the previous setting.
func SetGender(on bool) bool {
	old := genderOn
	genderOn = on
	return old
}
