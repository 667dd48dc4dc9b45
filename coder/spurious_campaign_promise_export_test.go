package coder

// SetCampaignPromise switches dropCampaignPromises for a test.
func SetCampaignPromise(on bool) { campaignPromiseSwitch = on }

// SetLegislatorPromise switches the legislators' half of the
// campaign-promise filter for a test.
func SetLegislatorPromise(on bool) { legislatorPromiseSwitch = on }
