package actors

// SetModifierOwner switches ownerTitledName and modifierCountry for tests
// and returns the previous setting.
func SetModifierOwner(on bool) bool {
	old := modifierOwnerOn
	modifierOwnerOn = on
	return old
}

// SetSurnameOverPlace switches surnameOverPlace for tests and returns the
// previous setting.
func SetSurnameOverPlace(on bool) bool {
	old := surnameOverPlaceOn
	surnameOverPlaceOn = on
	return old
}

// SetUSPartyAdjective switches usPartyAdjective for tests and returns the
// previous setting.
func SetUSPartyAdjective(on bool) bool {
	old := usPartyAdjectiveOn
	usPartyAdjectiveOn = on
	return old
}

// SetClippedEntity switches clippedEntity for tests and returns the
// previous setting.
func SetClippedEntity(on bool) bool {
	old := clippedEntityOn
	clippedEntityOn = on
	return old
}

// SetPossessorTitle switches possessorTitle for tests and returns the
// previous setting.
func SetPossessorTitle(on bool) bool {
	old := possessorTitleOn
	possessorTitleOn = on
	return old
}
