package coder_test

import "testing"

// TestRealNewsRows checks the sixteenth session's lexicon rows for words of
// real newswire the written sets lacked (realmiss): a military presence
// bolstered, strengthened or expanded (154) and name-calling (111).
// Made-up stories; each wanted event fails without the rows.
func TestRealNewsRows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{
			name: "bolstering its military presence",
			text: "Guyana protested to Venezuela on Monday over the disputed river border. Venezuela is bolstering its military presence along the river, officials in Caracas said.",
			want: []string{"VEN>GUY 154"},
		},
		{
			name: "strengthened its naval presence",
			text: "China sent coast guard ships to the Scarborough Shoal on Monday, and the Philippines protested. China strengthened its naval presence near the shoal on Tuesday.",
			want: []string{"CHN>PHL 154"},
		},
		{
			name: "called the president a liar",
			text: "ADDIS ABABA, May 27 (Sitrep) — Ethiopia on Monday called Eritrea's president a liar over the border dispute.",
			want: []string{"ETH>ERI 111"},
		},
		{
			name: "called him a murderer",
			text: "BAKU, May 27 (Sitrep) — Azerbaijan's foreign minister on Monday called the Armenian prime minister a murderer.",
			want: []string{"AZE>ARM 111"},
		},
	})
}

// TestPolNeARRows checks the pnmiss rows for the idioms of criticism in US
// copy (111): a swipe or whack taken at someone, swiping, railing and
// jabbing at, and name-calling ("called them racists"); and refugees
// accepted or admitted (075). Made-up stories;
// each wanted event fails without the rows.
func TestPolNeARRows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{name: "took a swipe at", text: "OTTAWA — Canada's prime minister on Monday took a swipe at Australia's prime minister over coal exports.", want: []string{"CAN>AUS 111"}},
		{name: "took a whack at", text: "PARIS — France's president on Monday took a whack at Italy's interior minister over the migrant ships.", want: []string{"FRA>ITA 111"}},
		{name: "swiped at", text: "BERLIN — Germany's chancellor swiped at Poland's government on Monday over the courts.", want: []string{"DEU>POL 111"}},
		{name: "railed against", text: "CARACAS — Venezuela's president railed against Colombia's government on Monday over the border.", want: []string{"VEN>COL 111"}},
		{name: "jabbed at", text: "TOKYO — Japan's foreign minister jabbed at China's coast guard on Monday over the islands.", want: []string{"JPN>CHN 111"}},
		{name: "accepted refugees from", text: "Canada has accepted 25,000 refugees from Syria this year, the immigration minister said on Monday.", want: []string{"CAN>SYR 075"}},
		{name: "admitted refugees", text: "Germany admitted 2,000 refugees from Eritrea this year, officials said on Monday.", want: []string{"DEU>ERI 075"}},
		{name: "called them racists", text: "ANKARA — Turkey's president on Monday called Dutch ministers racists.", want: []string{"TUR>NLD 111"}},
	})
}
