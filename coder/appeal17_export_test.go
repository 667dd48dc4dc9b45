package coder

// WorldAddressee switches the rule that an appeal to the world at large
// ("urged donors") has no target (appeal17).
var WorldAddressee = &worldAddresseeSwitch
