package coder

// VisitEndedByGerund switches the climb from a verb that ends a visit
// but has no subject of its own to the clause above it (noun27).
var VisitEndedByGerund = &visitEndedByGerundOn

// MeetingBetween switches the parties of a meeting noun named after
// "between" (noun27).
var MeetingBetween = &meetingBetweenOn
