package coder

// PrivateCompany switches the companions ("with his family") and private
// persons ("a Lebanese man") of privateTrip (spur30).
var PrivateCompany = &privateCompanyOn
