package coder

// AccessionTalks switches the eleventh session's rule that talks on
// joining a bloc are the candidate's with the bloc (visit14).
var AccessionTalks = &accessionSwitch
