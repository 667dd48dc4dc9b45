package coder

// DeniedAccounts switches a denial of "the account" or "the claim"
// reaching the acts told in the sentence before (status_denied_account.go).
var DeniedAccounts = &deniedAccounts
