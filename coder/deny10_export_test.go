package coder

// OtherDoer switches the tenth session's denials of another side's act
// ("denied that Paris had funded the rebels": no target guessed).
var OtherDoer = &otherDoer
