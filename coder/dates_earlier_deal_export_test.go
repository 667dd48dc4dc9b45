package coder

// DatedDeal switches the rule that a meeting-family act named by an
// earlier year ("which mediated the 2021 reconciliation") is background.
var DatedDeal = &datedDealSwitch

// FrontedBare switches the rule that a year opening the sentence with no
// comma ("In 2016 China froze talks") dates all the sentence tells.
var FrontedBare = &frontedBareSwitch
