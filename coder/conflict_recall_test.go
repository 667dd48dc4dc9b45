package coder_test

import "testing"

// TestConflictRecall holds acts of roots 10–20 the coder missed for how
// they are told (docs/events.md, "Fourteenth pass: recall, roots 10–20").
// Made-up stories through the whole pipeline.
func TestConflictRecall(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a day between a threat and its infinitive leaves the infinitive the threat's complement",
			"Hungary threatened on Monday to impose sanctions on Slovakia.",
			[]string{"HUN>SVK 1312"}, []string{"HUN>SVK 163"}},
		{"troops flown to a country are deployed there",
			"Turkey flew 200 paratroopers to Azerbaijan on Friday.",
			[]string{"TUR>AZE 154"}, nil},
		{"a representative or a high commissioner is recalled like an ambassador",
			"Estonia recalled its representative from Minsk on Monday.",
			[]string{"EST>BLR 161"}, nil},
		{"the object counted out of a noun (\"three of its crossings\") is the noun",
			"Slovenia closed three of its border crossings with Croatia on Friday.",
			[]string{"SVN>HRV 191"}, nil},
		{"lorries barred from a border are movement stopped, like planes",
			"Hungary barred trucks from Serbia from entering on Tuesday.",
			[]string{"HUN>SRB 191"}, nil},
		{"a protest note sent is a formal protest",
			"Chile said it would send a protest note to Peru.",
			[]string{"CHL>PER 114"}, nil},
		{"a note that asks for something is no protest",
			"Chile said a diplomatic note requesting the return of the fugitive had been sent to Peru.",
			nil, []string{"CHL>PER 114"}},
		{"a delegation walking out of a ceremony reduces relations",
			"Serbian diplomats walked out of the meeting with Albania on Monday.",
			[]string{"SRB>ALB 160"}, nil},
		{"a revoked visa is a sanction",
			"The United States revoked the visa of Brazil's president on Friday.",
			[]string{"USA>BRA 163"}, nil},
		{"expulsions called unwarranted are criticised",
			"Canada called the expulsions by Mexico unwarranted.",
			[]string{"CAN>MEX 111"}, nil},
		{"a protest called for is the caller's protest",
			"TBILISI, May 27 (Sitrep) — The Georgian opposition called for a protest against the government on Saturday.",
			[]string{"GEO>GEO 141"}, nil},
		{"protests called are the caller's protests",
			"LA PAZ, May 27 (Sitrep) — Bolivian unions said they would call more protests against the government this week.",
			[]string{"BOL>BOL 141"}, nil},
		{"an untold agentless arrest in a story about one country's affairs is that country's",
			"LA PAZ, June 27 (Sitrep) — Bolivian troops stormed the government palace on Wednesday in a failed coup attempt, and the government said democracy had prevailed. The army chief was arrested on Wednesday evening. Seventeen others were detained on Thursday.",
			[]string{"BOL>BOL 173"}, nil},
	}
	runStories(t, p, cases)
}
