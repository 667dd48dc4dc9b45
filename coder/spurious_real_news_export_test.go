package coder

// SetRealNewsGuard switches a guard against the spurious events of real
// newswire (meet_separately.go, water_names.go, background_named_acts.go,
// talks_setting.go, generic_acts.go, generic_acts_frequency.go,
// sources_shared_passive.go, background_named_inquiries.go,
// sources_participle_after_noun.go, targets_unaddressed_warning.go)
// on or off for a test.
func SetRealNewsGuard(rule string, on bool) {
	switch rule {
	case "separately":
		meetSeparately = on
	case "water-name":
		waterNamesOn = on
	case "named-past-act":
		namedActsOn = on
	case "third-talks-one-side":
		thirdTalksOneSide = on
	case "talks-setting":
		talksSettingOn = on
	case "generic-acts":
		genericActsOn = on
	case "frequency":
		frequencyOn = on
	case "shared-passive":
		sharedPassiveOn = on
	case "named-inquiry":
		namedInquiriesOn = on
	case "participle-noun":
		participleNounOn = on
	case "unaddressed-warning":
		unaddressedWarningOn = on
	case "blamed-thing":
		blamedThingOn = on
	}
}
