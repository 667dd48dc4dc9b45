package coder

// SetRefusedEndorsement switches the refused-endorsement rule for a test.
func SetRefusedEndorsement(on bool) { refusedEndorsementSwitch = on }
