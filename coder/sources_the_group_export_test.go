package coder

// GroupAntecedents switches the rule that "the group", left uncoded, is
// the armed group named before it (entry17).
var GroupAntecedents = &groupAntecedents

// ArmedMarches switches the rule that armed forces or groups marching
// on a place are no protest (entry17).
var ArmedMarches = &armedMarches
