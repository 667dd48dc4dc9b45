package coder

// RivalCooperation switches verbal cooperation between two named people
// of one country (pnmiss23).
var RivalCooperation = &rivalCooperationOn

// MeetingOccasion switches the source of a meeting noun told as the
// occasion of a clause's act (pnmiss23).
var MeetingOccasion = &meetingOccasionOn

// SupportOf switches the of-target found inside an in-phrase (pnmiss23).
var SupportOf = &supportOfOn
