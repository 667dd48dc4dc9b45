package actors

// SetStoryAcronym switches storyAcronym for tests and returns the previous
// setting.
func SetStoryAcronym(on bool) bool {
	old := storyAcronym
	storyAcronym = on
	return old
}
