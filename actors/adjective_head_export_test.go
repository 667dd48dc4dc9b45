package actors

// SetAdjectiveHead switches the rule (mend29) that a list noun tagged an
// adjective after a linking verb heads no phrase; it returns the previous
// setting.
func SetAdjectiveHead(on bool) bool {
	old := adjectiveHeadSwitch
	adjectiveHeadSwitch = on
	return old
}
