package coder

// BackRebels switches the fourteenth session's rule that backing an armed
// group is coded as aid, not endorsement (lowprec18c).
var BackRebels = &backRebelsSwitch
