package coder

// CoSourceAppeal switches the guard (appeal29) that keeps an appeal's
// co-author, the story's other side, from being guessed as its target.
var CoSourceAppeal = &coSourceGuard

// ListedFirst switches the rule (appeal29) that lets an entry naming a
// phrase's words win over one of equal specificity taking any word there.
var ListedFirst = &listedFirst

// HeldTopic switches the guard (appeal29) dropping an appeal told as the
// content of a criticism or a concern.
var HeldTopic = &topicGuard

// AudienceAppeal switches the guard (appeal29) dropping an appeal to an
// audience at large.
var AudienceAppeal = &audienceSwitch

// PromisedAct switches the guard (appeal29) leaving a promise of a
// coercive act to the act itself.
var PromisedAct = &promisedActSwitch

// ReadinessNoun switches the rule (appeal29) reading "interest in
// resuming talks" as an offer of talks.
var ReadinessNoun = &readinessNounSwitch

// LooseAid switches the rule (appeal29) leaving the verb "aid" told as
// done uncoded, as "help".
var LooseAid = &looseAidSwitch

// SubjectTime switches the rule (appeal29) that a "now" inside the
// subject does not date the act.
var SubjectTime = &subjectTimeSwitch

// DutyNoun switches the guard (appeal29) dropping talks named under a
// verb of duty ("should engage in talks").
var DutyNoun = &dutyNounSwitch

// PleaNext switches the rule (appeal29) reading "pleaded innocent to
// charges" as a plea in court whatever the parse hangs "innocent" on.
var PleaNext = &pleaNextSwitch

// MeansGerund switches the rule (appeal29) giving a "by"-gerund hung on a
// noun the subject of the verb that governs the noun.
var MeansGerund = &meansGerundSwitch
