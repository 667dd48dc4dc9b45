package reader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"sitrep"
)

// FeedItem is one entry of an RSS, Atom or JSON feed.
type FeedItem struct {
	Title     string
	Link      string
	Published time.Time // pubDate, published or updated; zero when absent or unreadable
	GUID      string
	Text      string // content, else description, as plain text in paragraphs
}

// feed is a parsed feed: its title, which names the source, and its items.
type feed struct {
	title string
	items []FeedItem
}

// ParseFeed reads an RSS (0.9x, 1.0, 2.0), Atom or JSON feed. HTML in
// descriptions and content is turned into text.
func ParseFeed(r io.Reader) ([]FeedItem, error) {
	f, err := parseFeed(r)
	if err != nil {
		return nil, err
	}
	return f.items, nil
}

func parseFeed(r io.Reader) (f feed, err error) {
	// A malformed feed must become an error, not a crash.
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("malformed feed: %v", p)
		}
	}()
	parsed, err := gofeed.NewParser().Parse(r)
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return f, errors.New("not an RSS, Atom or JSON feed")
		}
		return f, fmt.Errorf("malformed feed: %v", err)
	}
	f.title = strings.TrimSpace(parsed.Title)
	for _, it := range parsed.Items {
		if it == nil {
			continue
		}
		fi := FeedItem{
			Title: strings.Join(strings.Fields(fragmentText(it.Title)), " "),
			Link:  strings.TrimSpace(it.Link),
			GUID:  strings.TrimSpace(it.GUID),
		}
		fi.Published = feedDate(it)
		fi.Text = fragmentText(it.Content)
		if blank(fi.Text) {
			fi.Text = fragmentText(it.Description)
		}
		f.items = append(f.items, fi)
	}
	return f, nil
}

// readFeedFile emits one article per feed item.
func readFeedFile(ctx context.Context, path string, data []byte, opt Options, emit func(Item) error) error {
	f, err := parseFeed(bytes.NewReader(data))
	if err != nil {
		return emit(Item{Err: &Error{File: path, Msg: err.Error()}})
	}
	if len(f.items) == 0 {
		return emit(Item{Err: &Error{File: path, Msg: "feed has no items"}})
	}
	for i, it := range f.items {
		if err := ctx.Err(); err != nil {
			return err
		}
		var item Item
		if blank(it.Text) {
			item.Err = &Error{File: path, Field: fmt.Sprintf("item %d", i+1), Msg: "empty article (no description or content)"}
		} else {
			doc := &sitrep.Document{ID: it.GUID, URL: it.Link, Title: it.Title, Source: f.title, Published: it.Published, Text: it.Text}
			finish(doc, opt)
			item.Doc, item.part, item.Pos = doc, fmt.Sprintf("item %d", i+1), path
		}
		if err := emit(item); err != nil {
			return err
		}
	}
	return nil
}

// feedDate reads an item's date. The string is parsed here first because
// gofeed converts times to UTC and the offset says where the news was
// written; gofeed's reading is the fallback for forms parseDate lacks.
func feedDate(it *gofeed.Item) time.Time {
	for _, s := range []string{it.Published, it.Updated} {
		if t, err := parseDate(s); err == nil {
			return t
		}
	}
	switch {
	case it.PublishedParsed != nil:
		return *it.PublishedParsed
	case it.UpdatedParsed != nil:
		return *it.UpdatedParsed
	}
	return time.Time{}
}
