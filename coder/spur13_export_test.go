package coder

// GenericConsult switches the tenth session's drop of a bare meeting
// (040) told beside a call or talks of the same pair on the same day.
var GenericConsult = &genericConsult

// RelativeNoun switches the tenth session's reading of a relative "that"
// or "which" after a noun that names no actor ("fighting that killed").
var RelativeNoun = &relativeNoun

// DefendedLand switches the drop of "defend" with land, sovereignty or
// interests as its object (no verbal defence, 052).
var DefendedLand = &defendedLand
