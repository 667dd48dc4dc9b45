package actors

import (
	"strings"
	"testing"
	"time"
)

// TestUserFileChecks: a user file may start with a byte-order mark, and its
// countries must be ones the knowledge base knows.
func TestUserFileChecks(t *testing.T) {
	tests := []struct {
		name, in, err string
	}{
		{"byte-order mark", "\ufeffperson\tJane Roe\tRoe\tUSA\tGOV\tmayor\t2020\n", ""},
		{"mark then comment", "\ufeff# my people\nperson\tJane Roe\tRoe\tUSA\tGOV\tmayor\t2020\n", ""},
		{"unknown country", "person\tJane Roe\tRoe\tURK\tGOV\tmayor\t2020\n", `actors file 1:1: country: "URK" is no country`},
	}
	for _, tt := range tests {
		kb, err := Load(strings.NewReader(tt.in))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if m, ok := kb.Code("Jane Roe", time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)); !ok || m.Code != "USAGOV" {
			t.Errorf("%s: Jane Roe coded %q, want USAGOV", tt.name, m.Code)
		}
	}
}
