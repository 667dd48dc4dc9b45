package actors

// SetPartyStateTag switches partyStateTag for tests and returns the
// previous setting.
func SetPartyStateTag(on bool) bool {
	old := partyStateTagOn
	partyStateTagOn = on
	return old
}
