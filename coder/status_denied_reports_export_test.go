package coder

// DeniedReports switches the thirteenth session's reading of an act told
// in a report that a deny verb takes as object as denied (status17).
var DeniedReports = &deniedReports

// LeadingAccording switches the reading of a sentence that opens with
// "According to X," as X's word throughout (status17).
var LeadingAccording = &leadingAccording

// DenierConjs switches the reading of a verbal act coordinated inside
// what a deny verb denies as the denier's own act, made (status17).
var DenierConjs = &denierConjs
