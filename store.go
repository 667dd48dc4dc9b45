package sitrep

import (
	"context"
	"time"
)

// Store keeps annotated articles and the events merged across them. The
// embedded SQLite store is the default; PostgreSQL serves many workers. One
// conformance suite (storetest) runs against every implementation.
type Store interface {
	// PutDocument stores an annotated article and merges its events into
	// the cross-article event table, all or nothing. An article whose key
	// (ArticleKey: URL, else id) is already stored is left untouched and
	// reported with Stored false, so that re-ingesting changes nothing;
	// but an id-keyed article whose stored text differs is a different
	// article and an EConflict error (ArticleConflict).
	PutDocument(ctx context.Context, doc *Document) (PutResult, error)
	// PutDocuments stores several articles in one transaction, in order,
	// with the same idempotence: a batch is all or nothing.
	PutDocuments(ctx context.Context, docs []*Document) ([]PutResult, error)
	// HasArticle reports whether an article with this key is stored.
	HasArticle(ctx context.Context, key string) (bool, error)
	// Document returns a stored article with its annotations, by key
	// (ArticleKey), else by id: keys are unique, ids need not be, so links
	// name articles by key.
	Document(ctx context.Context, id string) (*Document, error)

	Events(ctx context.Context, f EventFilter) ([]StoredEvent, error)
	// EachEvent streams events in id order, for export.
	EachEvent(ctx context.Context, f EventFilter, fn func(*StoredEvent) error) error
	Mentions(ctx context.Context, eventID int64) ([]Mention, error)
	Quotes(ctx context.Context, f QuoteFilter) ([]StoredQuote, error)
	Dyad(ctx context.Context, q DyadQuery) ([]DyadPoint, error)
	Actors(ctx context.Context, f ActorFilter) ([]ActorCount, error)
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)
	Stats(ctx context.Context) (StoreStats, error)
	Close() error
}

// ArticleKey is an article's identity in a store: its URL when it has one,
// else its id (which readers derive from a content hash when the input has
// none).
func ArticleKey(d *Document) string {
	if d.URL != "" {
		return d.URL
	}
	return d.ID
}

// ArticleConflict is the error for an article keyed by its id (it has no
// URL) whose id is stored with other text: a different article, which
// keeping the stored one would drop without a word. A URL-keyed article is
// the same page however its text changed since, and is no conflict.
func ArticleConflict(d *Document) error {
	return Errorf(EConflict, "article %q: a different article (other text) is stored under this id; give each article its own id or a URL", d.ID)
}

// PutResult says what PutDocument did.
type PutResult struct {
	Stored    bool // false when the article was already there
	ArticleID int64
	Events    int // event mentions stored
	NewEvents int // of which started a new merged event
}

// StoredEvent is an event merged across the articles that mention it, like
// a row of GDELT's event table.
type StoredEvent struct {
	ID            int64     `json:"id"`
	Date          string    `json:"date"` // YYYY-MM-DD, YYYY-MM or YYYY
	DatePrecision string    `json:"date_precision"`
	SourceCode    string    `json:"source_code"`
	SourceCountry string    `json:"source_country,omitempty"`
	SourceSector  string    `json:"source_sector,omitempty"`
	SourceName    string    `json:"source_name"`
	TargetCode    string    `json:"target_code,omitempty"`
	TargetCountry string    `json:"target_country,omitempty"`
	TargetSector  string    `json:"target_sector,omitempty"`
	TargetName    string    `json:"target_name,omitempty"`
	CAMEO         string    `json:"cameo"`
	RootCode      string    `json:"root_code"`
	PLOVER        string    `json:"plover,omitempty"`
	Mode          string    `json:"mode,omitempty"`
	Context       string    `json:"context,omitempty"`
	Goldstein     float64   `json:"goldstein"`
	Quad          int       `json:"quad"`
	Status        string    `json:"status"`
	Place         *Place    `json:"place,omitempty"`
	Mentions      int       `json:"mentions"`
	Sources       int       `json:"sources"`
	Articles      int       `json:"articles"`
	FirstSeen     time.Time `json:"first_seen"`
	// Evidence from the first article that mentioned the event.
	ArticleID  string `json:"article_id"`
	ArticleURL string `json:"article_url,omitempty"`
	Sentence   string `json:"sentence,omitempty"`
	Trigger    string `json:"trigger,omitempty"`
}

// Mention is one article's mention of a stored event.
type Mention struct {
	EventID   int64     `json:"event_id"`
	ArticleID string    `json:"article_id"`
	URL       string    `json:"url,omitempty"`
	Source    string    `json:"source,omitempty"`
	Published time.Time `json:"published"`
	Sentence  int       `json:"sentence"`
	Start     int       `json:"start"` // trigger offsets in the article
	End       int       `json:"end"`
	Status    string    `json:"status"`
	Rule      string    `json:"rule"`
}

// EventFilter selects events. Empty fields do not filter. Actor codes match
// as prefixes (USA matches USAGOV and USAMIL).
type EventFilter struct {
	Actor    string // source or target
	Source   string
	Target   string
	Country  string // source or target country (ISO alpha-3)
	CAMEO    string // code or prefix: 04 matches 040, 042, 0431
	PLOVER   string
	Status   string
	From, To string // inclusive event date bounds, YYYY-MM-DD
	Place    string // place name or country
	Text     string // full-text match on the evidence sentence
	Article  string // article key, else id (see Store.Document)
	// Soonest orders by event date ascending (then id), for calendars of
	// planned events: the default, newest first, would make a limited
	// page the furthest-future events.
	Soonest bool
	Limit   int
	Offset  int
}

// QuoteFilter selects quotes.
type QuoteFilter struct {
	Speaker  string // substring of the speaker's name
	Actor    string // actor code prefix
	Text     string // substring of the quote
	From, To string
	Limit    int
	Offset   int
}

// StoredQuote is a quote with its article.
type StoredQuote struct {
	Quote
	ArticleID string    `json:"article_id"`
	URL       string    `json:"url,omitempty"`
	Published time.Time `json:"published"`
}

// Period is a time bucket for series.
type Period string

const (
	ByDay   Period = "day"
	ByWeek  Period = "week"
	ByMonth Period = "month"
)

// DyadQuery asks how the relation of A toward B (and, with Both, of B
// toward A) moved over time.
type DyadQuery struct {
	A, B     string // actor code prefixes, e.g. USA, CHNGOV
	By       Period
	Both     bool
	From, To string
}

// DyadPoint is one period of a dyad series: event counts by quad class
// (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
// 4 material conflict) and the mean Goldstein score.
type DyadPoint struct {
	Period        string  `json:"period"` // 2024-03-11 (week start), 2024-03, 2024-03-14
	Events        int     `json:"events"`
	Quad          [4]int  `json:"quad"`
	MeanGoldstein float64 `json:"mean_goldstein"`
}

// ActorFilter selects actors for the most-active list.
type ActorFilter struct {
	Prefix   string
	From, To string
	Limit    int
	Offset   int // rows to skip, for paging
}

// ActorCount is an actor code with how many events it took part in.
type ActorCount struct {
	Code     string `json:"code"`
	Name     string `json:"name"` // the most frequent surface name
	Country  string `json:"country,omitempty"`
	Sector   string `json:"sector,omitempty"`
	AsSource int    `json:"as_source"`
	AsTarget int    `json:"as_target"`
}

// SearchQuery is a full-text query over articles.
type SearchQuery struct {
	Query  string
	Limit  int
	Offset int
}

// SearchHit is an article matching a query, with a snippet.
type SearchHit struct {
	ArticleID string    `json:"article_id"`
	Title     string    `json:"title"`
	URL       string    `json:"url,omitempty"`
	Published time.Time `json:"published"`
	Snippet   string    `json:"snippet"`
	Rank      float64   `json:"rank"`
}

// StoreStats counts what a store holds.
type StoreStats struct {
	Articles int `json:"articles"`
	Events   int `json:"events"`
	Mentions int `json:"mentions"`
	Quotes   int `json:"quotes"`
}

// MergeNewest merges two lists of events, each newest first (by date,
// then id), into one list newest first; an event in both lists appears
// once. Stores and the CLI use it to answer "A or B" queries from two
// index-ordered ones.
func MergeNewest(a, b []StoredEvent) []StoredEvent {
	return mergeEvents(a, b, func(x, y *StoredEvent) bool {
		return x.Date > y.Date || x.Date == y.Date && x.ID > y.ID
	})
}

// MergeSoonest is MergeNewest for lists ordered oldest first
// (EventFilter.Soonest).
func MergeSoonest(a, b []StoredEvent) []StoredEvent {
	return mergeEvents(a, b, func(x, y *StoredEvent) bool {
		return x.Date < y.Date || x.Date == y.Date && x.ID < y.ID
	})
}

// MergeEvents merges by the order f asks for.
func MergeEvents(f EventFilter, a, b []StoredEvent) []StoredEvent {
	if f.Soonest {
		return MergeSoonest(a, b)
	}
	return MergeNewest(a, b)
}

// EitherPage answers f's page of the events that match x or y (f narrowed
// two ways, e.g. A→B and B→A). Each side is asked for everything up to the
// page's end, and the merge is cut: an offset applied to each side would
// skip events of both. A limit of 0 means the stores' default page, 100.
func EitherPage(ctx context.Context, f, x, y EventFilter, query func(context.Context, EventFilter) ([]StoredEvent, error)) ([]StoredEvent, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	end := max(f.Offset, 0) + limit
	x.Offset, x.Limit = 0, end
	y.Offset, y.Limit = 0, end
	a, err := query(ctx, x)
	if err != nil {
		return nil, err
	}
	b, err := query(ctx, y)
	if err != nil {
		return nil, err
	}
	out := MergeEvents(f, a, b)
	from := min(max(f.Offset, 0), len(out))
	return out[from:min(from+limit, len(out))], nil
}

func mergeEvents(a, b []StoredEvent, before func(x, y *StoredEvent) bool) []StoredEvent {
	out := make([]StoredEvent, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || i < len(a) && before(&a[i], &b[j]):
			out = append(out, a[i])
			i++
		case i < len(a) && a[i].ID == b[j].ID:
			out = append(out, a[i])
			i++
			j++
		default:
			out = append(out, b[j])
			j++
		}
	}
	return out
}
