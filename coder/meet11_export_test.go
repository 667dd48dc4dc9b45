package coder

// VisitConsult switches the eleventh session's drop of a bare meeting
// (040) told beside a visit, its hosting, a venue meeting or a mediation
// of the same pair on the same day.
var VisitConsult = &visitConsult

// Guestless switches the eleventh session's drop of a guessed guest for
// a hosted summit or series of meetings.
var Guestless = &guestless
