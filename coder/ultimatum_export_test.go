package coder

// UltimatumTerms switches the rule (root26) that leaves uncoded the
// "demanding" participle stating an ultimatum's terms.
var UltimatumTerms = &ultimatumTermsOn
