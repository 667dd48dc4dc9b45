package web

import (
	"context"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"sitrep"
)

// page is the envelope of list answers.
type page struct {
	Items  any `json:"items"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
	// Next is the offset of the following page, or null at the end.
	Next *int `json:"next"`
}

func paging(q url.Values, def int) (limit, offset int, err error) {
	limit, offset = def, 0
	if v := q.Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > 1000 {
			return 0, 0, sitrep.Errorf(sitrep.EInvalid, "limit: want a number from 1 to 1000")
		}
	}
	if v := q.Get("offset"); v != "" {
		if offset, err = strconv.Atoi(v); err != nil || offset < 0 {
			return 0, 0, sitrep.Errorf(sitrep.EInvalid, "offset: want a number of 0 or more")
		}
	}
	return limit, offset, nil
}

func newPage(items any, n, limit, offset int) page {
	p := page{Items: items, Limit: limit, Offset: offset}
	if n == limit {
		next := offset + limit
		p.Next = &next
	}
	return p
}

func checkDate(name, v string) error {
	if v == "" {
		return nil
	}
	if _, _, err := sitrep.ParsePartialDate(v); err == nil {
		return nil
	}
	return sitrep.Errorf(sitrep.EInvalid, "%s: want YYYY-MM-DD, YYYY-MM or YYYY, got %q", name, v)
}

// eventFilter reads the event filters shared by the API and the pages.
func eventFilter(q url.Values) (sitrep.EventFilter, error) {
	f := sitrep.EventFilter{Actor: q.Get("actor"), Source: q.Get("source"), Target: q.Get("target"), Country: q.Get("country"),
		CAMEO: q.Get("cameo"), PLOVER: q.Get("plover"), Status: q.Get("status"), From: q.Get("from"), To: q.Get("to"),
		Place: q.Get("place"), Text: q.Get("text"), Article: q.Get("article")}
	if f.Status != "" && !sitrep.ValidStatus(f.Status) {
		return f, sitrep.Errorf(sitrep.EInvalid, "status: want occurred, planned, denied, negated, hypothetical or reported")
	}
	for _, c := range []string{f.CAMEO} {
		for _, r := range c {
			if r < '0' || r > '9' {
				return f, sitrep.Errorf(sitrep.EInvalid, "cameo: want digits, got %q", c)
			}
		}
	}
	if err := checkDate("from", f.From); err != nil {
		return f, err
	}
	if err := checkDate("to", f.To); err != nil {
		return f, err
	}
	return f, nil
}

// listEvents answers f, or with dyad=A,B in q the events of f from A to B
// or from B to A: the list behind a both-directions dyad series.
func listEvents(ctx context.Context, st sitrep.Store, q url.Values, f sitrep.EventFilter) ([]sitrep.StoredEvent, error) {
	pair := q.Get("dyad")
	if pair == "" {
		return st.Events(ctx, f)
	}
	a, b, ok := strings.Cut(pair, ",")
	if !ok || a == "" || b == "" || strings.Contains(b, ",") {
		return nil, sitrep.Errorf(sitrep.EInvalid, "dyad: want two actor codes A,B, got %q", pair)
	}
	if f.Source != "" || f.Target != "" {
		return nil, sitrep.Errorf(sitrep.EInvalid, "dyad: names both sides; leave source and target out")
	}
	x, y := f, f
	x.Source, x.Target, y.Source, y.Target = a, b, b, a
	return sitrep.EitherPage(ctx, f, x, y, st.Events)
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, err := eventFilter(q)
	if err != nil {
		return err
	}
	if f.Limit, f.Offset, err = paging(q, 50); err != nil {
		return err
	}
	evs, err := listEvents(r.Context(), s.Store, q, f)
	if err != nil {
		return err
	}
	if evs == nil {
		evs = []sitrep.StoredEvent{}
	}
	return writeJSON(w, newPage(evs, len(evs), f.Limit, f.Offset))
}

func (s *Server) apiMentions(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return sitrep.Errorf(sitrep.EInvalid, "event id: want a number")
	}
	ms, err := s.Store.Mentions(r.Context(), id)
	if err != nil {
		return err
	}
	if len(ms) == 0 {
		return sitrep.Errorf(sitrep.ENotFound, "no event %d", id)
	}
	return writeJSON(w, map[string]any{"items": ms})
}

func (s *Server) apiCalendar(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, err := eventFilter(q)
	if err != nil {
		return err
	}
	if f.From == "" {
		f.From = time.Now().UTC().Format("2006-01-02")
	}
	f.Status, f.Soonest = sitrep.StatusPlanned, true
	if f.Limit, f.Offset, err = paging(q, 100); err != nil {
		return err
	}
	evs, err := s.Store.Events(r.Context(), f)
	if err != nil {
		return err
	}
	if evs == nil {
		evs = []sitrep.StoredEvent{}
	}
	return writeJSON(w, newPage(evs, len(evs), f.Limit, f.Offset))
}

func (s *Server) apiQuotes(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f := sitrep.QuoteFilter{Speaker: q.Get("speaker"), Actor: q.Get("actor"), Text: q.Get("text"), From: q.Get("from"), To: q.Get("to")}
	if err := checkDate("from", f.From); err != nil {
		return err
	}
	if err := checkDate("to", f.To); err != nil {
		return err
	}
	var err error
	if f.Limit, f.Offset, err = paging(q, 50); err != nil {
		return err
	}
	qs, err := s.Store.Quotes(r.Context(), f)
	if err != nil {
		return err
	}
	if qs == nil {
		qs = []sitrep.StoredQuote{}
	}
	return writeJSON(w, newPage(qs, len(qs), f.Limit, f.Offset))
}

func dyadQuery(q url.Values) (sitrep.DyadQuery, error) {
	d := sitrep.DyadQuery{A: q.Get("a"), B: q.Get("b"), By: sitrep.Period(q.Get("by")), Both: q.Get("both") == "true" || q.Get("both") == "1",
		From: q.Get("from"), To: q.Get("to")}
	if d.By == "" {
		d.By = sitrep.ByMonth
	}
	if d.A == "" || d.B == "" {
		return d, sitrep.Errorf(sitrep.EInvalid, "a and b: name both actors of the dyad")
	}
	if err := checkDate("from", d.From); err != nil {
		return d, err
	}
	return d, checkDate("to", d.To)
}

func (s *Server) apiDyad(w http.ResponseWriter, r *http.Request) error {
	d, err := dyadQuery(r.URL.Query())
	if err != nil {
		return err
	}
	pts, err := s.Store.Dyad(r.Context(), d)
	if err != nil {
		return err
	}
	if pts == nil {
		pts = []sitrep.DyadPoint{}
	}
	return writeJSON(w, map[string]any{"a": d.A, "b": d.B, "by": d.By, "both": d.Both, "items": pts})
}

func (s *Server) apiActors(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f := sitrep.ActorFilter{Prefix: q.Get("code"), From: q.Get("from"), To: q.Get("to")}
	if err := checkDate("from", f.From); err != nil {
		return err
	}
	if err := checkDate("to", f.To); err != nil {
		return err
	}
	var err error
	if f.Limit, f.Offset, err = paging(q, 50); err != nil {
		return err
	}
	as, err := s.Store.Actors(r.Context(), f)
	if err != nil {
		return err
	}
	if as == nil {
		as = []sitrep.ActorCount{}
	}
	return writeJSON(w, map[string]any{"items": as})
}

// edge is a link of the actor network: events from one actor to another.
type edge struct {
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Events    int     `json:"events"`
	Goldstein float64 `json:"mean_goldstein"`
	Conflict  int     `json:"conflict"` // quad classes 3 and 4
}

// network builds actor-to-actor edges from recent events.
func (s *Server) network(r *http.Request) ([]edge, error) {
	q := r.URL.Query()
	f, err := eventFilter(q)
	if err != nil {
		return nil, err
	}
	f.Limit = 2000
	if v := q.Get("limit"); v != "" {
		if f.Limit, err = strconv.Atoi(v); err != nil || f.Limit < 1 || f.Limit > 20000 {
			return nil, sitrep.Errorf(sitrep.EInvalid, "limit: want a number from 1 to 20000")
		}
	}
	evs, err := s.Store.Events(r.Context(), f)
	if err != nil {
		return nil, err
	}
	idx := map[[2]string]*edge{}
	var order [][2]string
	for _, e := range evs {
		if e.TargetCode == "" {
			continue
		}
		k := [2]string{e.SourceCode, e.TargetCode}
		ed, ok := idx[k]
		if !ok {
			ed = &edge{Source: k[0], Target: k[1]}
			idx[k] = ed
			order = append(order, k)
		}
		ed.Events++
		ed.Goldstein += e.Goldstein
		if e.Quad >= 3 {
			ed.Conflict++
		}
	}
	out := make([]edge, 0, len(order))
	for _, k := range order {
		ed := idx[k]
		ed.Goldstein /= float64(ed.Events)
		out = append(out, *ed)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Events > out[j].Events })
	return out, nil
}

func (s *Server) apiNetwork(w http.ResponseWriter, r *http.Request) error {
	edges, err := s.network(r)
	if err != nil {
		return err
	}
	return writeJSON(w, map[string]any{"items": edges})
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	sq := sitrep.SearchQuery{Query: strings.TrimSpace(q.Get("q"))}
	if sq.Query == "" {
		return sitrep.Errorf(sitrep.EInvalid, "q: say what to search for")
	}
	var err error
	if sq.Limit, sq.Offset, err = paging(q, 20); err != nil {
		return err
	}
	hits, err := s.Store.Search(r.Context(), sq)
	if err != nil {
		return err
	}
	if hits == nil {
		hits = []sitrep.SearchHit{}
	}
	return writeJSON(w, newPage(hits, len(hits), sq.Limit, sq.Offset))
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) error {
	d, err := s.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	return writeJSON(w, d)
}

// articleIn is the body of POST /api/articles: the JSON Lines article
// fields.
type articleIn struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

func (s *Server) apiPostArticle(w http.ResponseWriter, r *http.Request) error {
	if s.Ingest == nil {
		return sitrep.Errorf(sitrep.EInvalid, "this server does not ingest articles")
	}
	// A JSON body only: a form on another site can send text/plain or a
	// form encoding with the browser's sitrep_token cookie, but not
	// application/json without a CORS preflight, which this server never
	// grants. This is what keeps the cookie from being used across sites.
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
		return &sitrep.Error{Code: "unsupported_media_type", Message: "POST /api/articles wants Content-Type: application/json"}
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return err
	}
	var in articleIn
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return sitrep.Errorf(sitrep.EInvalid, "body: %v", err)
	}
	// One object and nothing after it: what follows would be dropped
	// without a word.
	if _, err := dec.Token(); err != io.EOF {
		return sitrep.Errorf(sitrep.EInvalid, "body: data after the article's JSON object")
	}
	if strings.TrimSpace(in.Text) == "" {
		return sitrep.Errorf(sitrep.EInvalid, "text: the article is empty")
	}
	d := &sitrep.Document{ID: in.ID, URL: in.URL, Title: in.Title, Source: in.Source, Text: in.Text}
	if in.Published != "" {
		t, err := time.Parse(time.RFC3339, in.Published)
		if err != nil {
			if t, err = time.Parse("2006-01-02", in.Published); err != nil {
				return sitrep.Errorf(sitrep.EInvalid, "published: want YYYY-MM-DD or RFC 3339, got %q", in.Published)
			}
		}
		d.Published = t
	}
	if d.ID == "" {
		d.ID = d.URL
	}
	if d.ID == "" {
		return sitrep.Errorf(sitrep.EInvalid, "id or url: the article needs one")
	}
	res, err := s.Ingest(r.Context(), d)
	if err != nil {
		return err
	}
	status := http.StatusOK
	if res.Stored {
		status = http.StatusCreated
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	return json.NewEncoder(w).Encode(map[string]any{"id": d.ID, "stored": res.Stored, "events": res.Events, "new_events": res.NewEvents})
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) error {
	st, err := s.Store.Stats(r.Context())
	if err != nil {
		return err
	}
	return writeJSON(w, st)
}
