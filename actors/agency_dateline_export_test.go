package actors

// SetAgencyDateline switches agencyDateline for tests and returns the
// previous setting.
func SetAgencyDateline(on bool) bool {
	old := agencyDateline
	agencyDateline = on
	return old
}
