package coder

// TrailingSays switches the reading of a trailing "..., witnesses said"
// at the sentence's root as covering a first clause the parse hangs
// below the second (status18).
var TrailingSays = &trailingSays
