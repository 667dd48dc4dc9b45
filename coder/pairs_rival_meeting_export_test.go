package coder

// RivalMeeting switches rivalMeeting (actor26) for tests.
var RivalMeeting = &rivalMeetingOn
