package coder_test

import "testing"

// TestCriticismTargets: whom criticism, condemnation and accusations
// with their target unnamed are aimed at (the twelfth pass in
// docs/events.md). Made-up stories through the whole pipeline.
func TestCriticismTargets(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"criticism with its target unnamed is not aimed at a body that only reports it",
			"SEOUL, May 6 (Sitrep) — North Korea launched an intercontinental ballistic missile into the sea on Monday. South Korea criticised the missile programme, the U.N. nuclear watchdog said.",
			[]string{"KOR>PRK 111"}, []string{"KOR>IGOUNOIAE 111", "KOR>IGOUNO 111"}},
		{"an agency named in passing is not the target of a condemnation: the doer of the act is",
			"HANOI, July 2 (Sitrep) — Chinese coast guard ships blocked Vietnamese fishing boats near the Paracel Islands on Tuesday. Vietnam condemned the blockade, the World Food Programme said.",
			[]string{"VNM>CHN 111"}, []string{"VNM>IGOUNOWFP 111", "VNM>IGOUNO 111"}},
		{"a monitoring mission cited as the source of the report is not the target of a denunciation",
			"KYIV, July 2 (Sitrep) — Russian troops captured a village in eastern Ukraine on Tuesday. Ukraine denounced the capture of the village, according to a report by the U.N. monitoring mission.",
			[]string{"UKR>RUS 111"}, []string{"UKR>IGOUNO 111"}},
		{"an outsider's criticism, in a story of a country and a U.N. body, is aimed at the country alone",
			"VIENNA, March 4 (Sitrep) — Venezuela suspended its cooperation with the U.N. human rights office on Monday. The U.N. said it regretted the decision. Canada said the decision was unacceptable.",
			[]string{"CAN>VEN 111"}, []string{"CAN>IGOUNO 111"}},
		{"an outsider's criticism of a country leaving a U.N. agency is not aimed at the agency",
			"GENEVA, March 4 (Sitrep) — Nicaragua withdrew from the World Health Organization on Monday. The WHO said it regretted the decision. Chile criticised the decision on Tuesday.",
			[]string{"CHL>NIC 111"}, []string{"CHL>IGOUNOHLHWHO 111", "CHL>IGOUNO 111"}},
		{"condemning a deportation is aimed at the deporting country, not also at the receiving one",
			"KUALA LUMPUR, March 4 (Sitrep) — Malaysia deported 30 Rohingya refugees to Myanmar on Monday, the refugees' lawyers said. Myanmar said it had received the group at the border. Canada condemned the deportation on Tuesday.",
			[]string{"CAN>MYS 111"}, []string{"CAN>MMR 111"}},
		{"condemning drills is aimed at the country that held them, not at the one they were held around",
			"TAIPEI, Aug 6 (Sitrep) — China held live-fire drills around Taiwan on Friday. Taiwan's defence ministry said Chinese warships had approached its coast. Japan condemned the drills on Saturday.",
			[]string{"JPN>CHN 111"}, []string{"JPN>TWN 111"}},
		{"criticising exercises is aimed at the country that held them",
			"SEOUL, Aug 6 (Sitrep) — Russia held naval exercises near the Korean peninsula on Friday. South Korea's navy said Russian warships had approached its coast. Australia criticised the exercises on Saturday.",
			[]string{"AUS>RUS 111"}, []string{"AUS>KOR 111"}},
	}
	runStories(t, p, cases)
}
