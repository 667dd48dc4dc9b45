package coder

// VisitingModifier switches the reading of wire copy's "visiting" before
// a named visitor as a modifier: the visitor 042 toward the clause's
// subject, the host 043 back; nothing beside talks (visiting23).
var VisitingModifier = &visitingModifierOn
