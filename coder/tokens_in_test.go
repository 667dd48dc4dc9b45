package coder

import "testing"

// TestTokensIn: the tokens inside a byte span, exactly (review22 finding
// 9). The text is "The Minsk peace deal held", tokens at 0-3, 4-9, 10-15,
// 16-20 and 21-25.
func TestTokensIn(t *testing.T) {
	s := handSent(t, "The/the/4/det Minsk/Minsk/4/compound peace/peace/4/compound deal/deal/5/nsubj held/hold/0/root")
	for _, tc := range []struct {
		name       string
		start, end int
		lo, hi     int
		last       int
	}{
		{"whole tokens", 4, 20, 1, 4, 3},
		{"a span ending inside a token leaves it out", 4, 18, 1, 3, 2},
		{"a span starting inside a token leaves it out", 5, 20, 2, 4, 3},
		{"one token", 10, 15, 2, 3, 2},
		{"inside one token: none", 11, 14, 3, 3, -1},
		{"the whole sentence", 0, 25, 0, 5, 4},
		{"past the sentence: none", 30, 40, 5, 5, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lo, hi := s.tokensIn(tc.start, tc.end)
			if lo != tc.lo || hi != tc.hi {
				t.Errorf("tokensIn(%d, %d) = %d, %d, want %d, %d", tc.start, tc.end, lo, hi, tc.lo, tc.hi)
			}
			if got := s.lastTokIn(tc.start, tc.end); got != tc.last {
				t.Errorf("lastTokIn(%d, %d) = %d, want %d", tc.start, tc.end, got, tc.last)
			}
		})
	}
}
