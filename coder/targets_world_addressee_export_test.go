package coder

// WorldAddressee switches the rule that an appeal to the world at large
// ("urged donors") has no target (appeal17).
var WorldAddressee = &worldAddresseeSwitch

// TornCompound switches the repair of a verb's object read as a compound
// across a preposition ("accused Spain of bias").
var TornCompound = &tornCompoundSwitch
