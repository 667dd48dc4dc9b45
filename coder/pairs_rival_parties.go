package coder

import (
	"strings"

	"sitrep"
)

// rivalPartiesOn makes two different parties of one country rivals, as two
// persons of different surnames are: "Senate Democrats demanded that
// Republicans hold a vote" is a USA>USA demand between two USAPTY
// mentions, not the self-pair of a misread sentence.
var rivalPartiesOn = true

func rivalParties(src, tgt *sitrep.ActorMention) bool {
	if !rivalPartiesOn || src == nil || tgt == nil || src.Sector != "PTY" || tgt.Sector != "PTY" {
		return false
	}
	a, b := partyEntry(src.Entry), partyEntry(tgt.Entry)
	return a != "" && b != "" && a != b
}

// partyEntry is the knowledge-base party an entry names, "" when the
// entry was borrowed from elsewhere ("+ of the name before").
func partyEntry(e string) string {
	if e == "" || strings.Contains(e, " + ") || !strings.HasSuffix(e, "Party") {
		return ""
	}
	return e
}
