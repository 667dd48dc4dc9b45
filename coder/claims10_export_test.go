package coder

// FalseClaims switches the tenth session's denial by a claim told false
// ("said the accusations were unfounded", claims10).
var FalseClaims = &falseClaims

// FalseClaimLast switches the story's last accusation as what a claim told
// false answers.
var FalseClaimLast = &falseClaimLast

// CoAccusers switches the denial answered to all the coordinated makers of
// an accusation.
var CoAccusers = &coAccusers
