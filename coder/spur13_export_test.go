package coder

// GenericConsult switches the tenth session's drop of a bare meeting
// (040) told beside a call or talks of the same pair on the same day.
var GenericConsult = &genericConsult
