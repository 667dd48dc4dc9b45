package coder

// TargetlessActs switches the acts kept with target "-" (review37).
var TargetlessActs = &targetlessActs
