package actors

// SetRecipientSlots switches recipientSlots for tests and returns the
// previous setting.
func SetRecipientSlots(on bool) bool {
	old := recipientSlots
	recipientSlots = on
	return old
}
