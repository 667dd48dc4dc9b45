package reader

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"
)

func TestParseFeed(t *testing.T) {
	tests := []struct {
		name, in string
		want     []FeedItem
	}{
		{"rss 2.0", "testdata/in/j-feed.rss", []FeedItem{
			{Title: "Ceasefire holds for a second day", Link: "https://wire.example.com/ceasefire-day-two", GUID: "wire-20240601-001",
				Published: time.Date(2024, 6, 1, 10, 0, 0, 0, time.UTC), Text: "The ceasefire held for a second day.\n\nAid convoys crossed at dawn."},
			{Title: "Parliament passes budget", Link: "https://wire.example.com/budget",
				Published: time.Date(2024, 6, 1, 10, 30, 0, 0, time.UTC), Text: "Parliament passed the budget by 201 votes to 150.\n\nThe opposition walked out."},
			{Title: "Photo gallery", Link: "https://wire.example.com/gallery"},
		}},
		{"atom", "testdata/in/k-feed.atom", []FeedItem{
			{Title: "Dock workers end strike", Link: "https://harbour.example.net/strike-ends", GUID: "urn:uuid:7f1c2d3e-0000-4000-8000-000000000002",
				Published: time.Date(2024, 6, 2, 9, 0, 0, 0, time.UTC), Text: "Dock workers ended their strike after a pay deal."},
		}},
		{"rss 1.0", "testdata/feeds/rdf.xml", []FeedItem{
			{Title: "Rail line reopens", Link: "https://rail.example.org/reopens",
				Published: time.Date(2024, 7, 1, 6, 0, 0, 0, time.UTC), Text: "Trains ran again between the two cities."},
		}},
		{"json feed", "testdata/feeds/feed.json", []FeedItem{
			{Title: "Election called", Link: "https://json.example.org/election", GUID: "e-1",
				Published: time.Date(2024, 7, 2, 8, 0, 0, 0, time.UTC), Text: "The prime minister called an early election.\n\nVoting is set for September."},
		}},
		{"atom xhtml content and a latin-1 declaration", "testdata/feeds/latin1.atom", []FeedItem{
			{Title: "Grève générale", Link: "https://fr.example.org/greve", GUID: "g-1",
				Published: time.Date(2024, 7, 3, 12, 0, 0, 0, time.FixedZone("", 2*3600)), Text: "Les syndicats appellent à la grève."},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := os.Open(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			got, err := ParseFeed(f)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d items, want %d: %+v", len(got), len(tt.want), got)
			}
			for i := range got {
				g, w := got[i], tt.want[i]
				if g.Title != w.Title || g.Link != w.Link || g.GUID != w.GUID || g.Text != w.Text || !g.Published.Equal(w.Published) {
					t.Errorf("item %d:\n got %+v\nwant %+v", i, g, w)
				}
			}
		})
	}
}

func TestParseFeedErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "not an RSS, Atom or JSON feed"},
		{"<html><body>page</body></html>", "not an RSS, Atom or JSON feed"},
		{"<rss version=\"2.0\"><channel><item><title>x</title></item>", "malformed feed: XML syntax error on line 1: unexpected EOF"},
	}
	for _, tt := range tests {
		_, err := ParseFeed(strings.NewReader(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%.30q: got %v, want %s", tt.in, err, tt.want)
		}
	}
}

func TestReadFeedErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>", "f.rss: feed has no items"},
		{"<rss><channel><item>", "f.rss: malformed feed: XML syntax error on line 1: unexpected EOF"},
		{"plain text", "f.rss: not an RSS, Atom or JSON feed"},
	}
	for _, tt := range tests {
		var items []Item
		err := ReadFile(context.Background(), "f.rss", strings.NewReader(tt.in), Options{}, func(it Item) error {
			items = append(items, it)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(items) != 1 || items[0].Err == nil || items[0].Err.Error() != tt.want {
			t.Errorf("%.30q: got %s, want %s", tt.in, render(items), tt.want)
		}
	}
}
