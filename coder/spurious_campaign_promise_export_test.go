package coder

// SetCampaignPromise switches dropCampaignPromises for a test.
func SetCampaignPromise(on bool) { campaignPromiseSwitch = on }
