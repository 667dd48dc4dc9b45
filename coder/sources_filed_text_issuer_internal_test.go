package coder

import "testing"

// TestJudgedTextCode: praise, defence, criticism and rejection of a text
// judge it; recognition, apology, forgiveness and signing do not
// (review21 finding 4).
func TestJudgedTextCode(t *testing.T) {
	for code, want := range map[string]bool{
		"051": true, "052": true, "111": true, "112": true, "1121": true, "120": true, "1231": true,
		"050": false, "053": false, "054": false, "055": false, "056": false, "057": false, "046": false, "130": false,
	} {
		if got := judgedTextCode(code); got != want {
			t.Errorf("judgedTextCode(%q) = %v, want %v", code, got, want)
		}
	}
}
