package coder_test

import "testing"

// TestLex18Gaps checks the fourteenth session's lexicon rows for events the
// gold sets code and no row named: aid put under review (162), mistreatment
// (182), a refusal to reverse or change a policy (123), troops reinforced
// (154), an embassy evacuated (166), cooperation kept up or deepened (030)
// and restrictions kept in place (124). A crossing kept open codes nothing.
// Each wanted event fails without the rows.
func TestLex18Gaps(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{
			name: "aid under review",
			text: "MADRID, May 27 (Sitrep) — Bolivia's president was sworn in on Sunday. Spain said on Monday it might review its development aid to Bolivia.",
			want: []string{"ESP>BOL 162"},
		},
		{
			name: "mistreated migrants",
			text: "LIMA, May 27 (Sitrep) — Peru said on Monday that Chilean border guards mistreated Peruvian migrants last week.",
			want: []string{"CHL>PER 182"},
		},
		{
			name: "would not reverse the ban",
			text: "ROME, May 27 (Sitrep) — Italy said on Monday it would not reverse the ban on Tunisian fishing boats.",
			want: []string{"ITA>TUN 123"},
		},
		{
			name: "would not change its visa policy",
			text: "DUBLIN, May 27 (Sitrep) — Ireland said on Monday it would not change its policy on Kenyan asylum seekers.",
			want: []string{"IRL>KEN 123"},
		},
		{
			name: "troops reinforced",
			text: "ACCRA, May 27 (Sitrep) — Ghana reinforced its troops on the border with Togo on Monday.",
			want: []string{"GHA>TGO 154"},
		},
		{
			name: "embassy evacuated",
			text: "ANKARA, May 27 (Sitrep) — Turkey will evacuate its embassy in Khartoum next week, the foreign ministry said on Monday.",
			want: []string{"TUR>SDN 166"},
		},
		{
			name: "keep working with",
			text: "CAIRO, May 27 (Sitrep) — Egypt said on Monday it would keep working with Jordan on border security.",
			want: []string{"EGY>JOR 030"},
		},
		{
			name: "keep its side of the agreement",
			text: "ATHENS, May 27 (Sitrep) — Greece said on Monday it would keep its side of the agreement with Cyprus.",
			want: []string{"GRC>CYP 030"},
		},
		{
			name: "deepen cooperation",
			text: "HANOI, May 27 (Sitrep) — Vietnam said on Monday it would deepen cooperation with Laos in energy and trade.",
			want: []string{"VNM>LAO 030"},
		},
		{
			name: "keep honouring the agreement",
			text: "SANTIAGO, May 27 (Sitrep) — Peru and Chile signed a fishing agreement in 2019. Chile said on Monday it would keep honouring the agreement.",
			want: []string{"CHL>PER 030"},
		},
		{
			name: "keep its ties",
			text: "MANILA, May 27 (Sitrep) — Vietnam criticised the Philippines on Sunday. The Philippines said on Monday it would keep its trade ties.",
			want: []string{"PHL>VNM 030"},
		},
		{
			name: "keep the tariffs",
			text: "OTTAWA, May 27 (Sitrep) — Mexico criticised Canada's steel tariffs on Sunday. Canada said on Monday it could keep the tariffs.",
			want: []string{"CAN>MEX 124"},
		},
		{
			name: "a crossing kept open",
			text: "OTTAWA, May 27 (Sitrep) — Canada said on Monday it had kept the crossing with the United States open to trucks.",
			not:  []string{"CAN>USA 124"},
		},
	})
}
