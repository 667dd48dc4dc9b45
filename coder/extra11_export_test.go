package coder

// ObjectFirst switches the eleventh session's reading of "called X ... on
// Y" (an object before the "on" or "for" phrase) as naming, not appeal.
var ObjectFirst = &objectFirst

// OwnPeople switches the drop of an appeal to the appealing country's
// own public ("urged its citizens", "asked residents", "urged Malians").
var OwnPeople = &ownPeople

// NestedRepeat switches the drop of an act told twice on nested dates.
var NestedRepeat = &nestedRepeat

// ProposedTalks switches the reading of proposed talks as no talks held.
var ProposedTalks = &proposedTalks

// BareParticiple switches the drop of support told by a participle with
// an agent and no auxiliary ("forces backed by Turkish drones").
var BareParticiple = &bareParticiple
