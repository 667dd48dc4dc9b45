package coder

// BareOblique switches frame29's reading of a bare oblique after a
// particle read as an adverb as the verb's object ("forced back
// refugees").
var BareOblique = &readBareOblique

// MisreadMore switches frame29's wider set of verbs misreadPast repairs
// (crowds torching buildings, sanctions lifted).
var MisreadMore = &readMisreadMore
