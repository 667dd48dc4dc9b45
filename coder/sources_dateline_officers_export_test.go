package coder

// DatelineOfficers switches the rule that officers the actor coder
// placed nowhere who arrest or beat, in a story filed from one of its
// two main sides, are the dateline country's police (subject18).
var DatelineOfficers = &datelineOfficer

// DatelinePolice switches bare "police" among the dateline's officers
// (realmiss).
var DatelinePolice = &datelinePoliceOn
