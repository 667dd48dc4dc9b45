package actors

import (
	"strings"
	"testing"
)

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// benchText is a hand-written news article dense with actors.
const benchText = `Chinese foreign ministry spokesperson Mao Ning said on Monday that Beijing opposed the move. ` +
	`The Philippine coast guard said Chinese vessels fired water cannon at a supply boat near the Second Thomas Shoal. ` +
	`Manila summoned the Chinese ambassador. US Secretary of State Antony Blinken called his counterpart Wang Yi. ` +
	`"We will defend our sovereignty," he said. NATO and the EU urged restraint, while ASEAN foreign ministers met in Jakarta. ` +
	`Russian troops shelled Kharkiv overnight, Ukrainian officials said, and President Volodymyr Zelensky asked for more air defence. ` +
	`The Kremlin said the talks had failed. Protesters in Minsk gathered outside the parliament as riot police watched. ` +
	`The minister said the weather and the markets were calm, and that the harvest had been good this year across the region. `

func BenchmarkCoder(b *testing.B) {
	kb := testKB(b)
	c := NewCoder(kb)
	text := strings.Repeat(benchText, 20)
	doc := makeDoc(b, text, "2024-03-05",
		ent{"Mao Ning", "PER", 0}, ent{"Antony Blinken", "PER", 0}, ent{"Wang Yi", "PER", 0}, ent{"Volodymyr Zelensky", "PER", 0},
		ent{"Beijing", "LOC", 0}, ent{"Manila", "LOC", 0}, ent{"Jakarta", "LOC", 0}, ent{"Kharkiv", "LOC", 0}, ent{"Minsk", "LOC", 0},
		ent{"NATO", "ORG", 0}, ent{"EU", "ORG", 0}, ent{"ASEAN", "ORG", 0}, ent{"Kremlin", "ORG", 0})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := c.Process(doc); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(doc.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
