package coder

// DayObject switches the reading of a bare day parsed as the verb's
// object as a time (frame26).
var DayObject = &dayObjectOn

// ForInfinitive switches the reading of "for X to do", the infinitive
// hung on the noun, as the verb's complement (frame26).
var ForInfinitive = &forInfinitiveOn
