package coder

// WithheldRecognition switches the twelfth session's rule (root16)
// keeping a recognition of a party that did not happen as 054 negated.
var WithheldRecognition = &withheldRecognitionOn
