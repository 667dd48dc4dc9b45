package coder

// HybridAttack switches the fourteenth session's rule that a "hybrid
// attack" is no use of force.
var HybridAttack = &hybridAttackSwitch

// TroopsBack switches the fourteenth session's rule that troops ordered
// or sent back are no deployment.
var TroopsBack = &troopsBackSwitch
