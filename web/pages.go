package web

import (
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"

	"sitrep"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// pages renders the server-side HTML views. Each view is one template
// that fills the "content" block of layout.html.
type pages struct {
	s     *Server
	views map[string]*template.Template
}

var viewNames = []string{"overview", "events", "dyad", "network", "calendar", "quotes", "search", "article"}

func newPages(s *Server) (*pages, error) {
	p := &pages{s: s, views: map[string]*template.Template{}}
	for _, v := range viewNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+v+".html")
		if err != nil {
			return nil, err
		}
		p.views[v] = t
	}
	return p, nil
}

var funcs = template.FuncMap{
	"date": sitrep.FormatDate,
	"clip": func(s string, n int) string {
		s = strings.Join(strings.Fields(s), " ")
		if len(s) <= n {
			return s
		}
		for n > 0 && (s[n]&0xC0) == 0x80 {
			n--
		}
		return s[:n] + "…"
	},
	"quadName": func(q int) string {
		return map[int]string{1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}[q]
	},
	"q": url.QueryEscape,
	// articlePath links an article by its key (its URL, else its id), which
	// is unique where ids are not: two pages may share an id, and a link by
	// id reached only the first. It escapes the whole key as one path
	// segment: a URL holds "/", "?" and "#", which would otherwise
	// collapse, start a query or a fragment. The {id...} routes get it back
	// unescaped.
	"articlePath": func(id, pageURL string) string {
		if pageURL != "" {
			id = pageURL
		}
		return "/articles/" + url.PathEscape(id)
	},
}

func (p *pages) routes(mux *http.ServeMux) {
	sub, _ := fs.Sub(staticFS, "static")
	static := http.StripPrefix("/static/", http.FileServerFS(sub))
	mux.Handle("GET /static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		static.ServeHTTP(w, r)
	}))
	mux.HandleFunc("GET /{$}", p.overview)
	mux.HandleFunc("GET /events", p.events)
	mux.HandleFunc("GET /dyad", p.dyad)
	mux.HandleFunc("GET /network", p.network)
	mux.HandleFunc("GET /calendar", p.calendar)
	mux.HandleFunc("GET /quotes", p.quotes)
	mux.HandleFunc("GET /search", p.search)
	mux.HandleFunc("GET /articles/{id...}", p.article)
}

// render executes a view; data is passed as .Data, with .Title and .Nav
// for the layout.
func (p *pages) render(w http.ResponseWriter, r *http.Request, view, title string, data any) {
	var b strings.Builder
	err := p.views[view].Execute(&b, map[string]any{"Title": title, "Nav": view, "Data": data, "Query": r.URL.Query()})
	if err != nil {
		p.s.Logger.Error("render", "view", view, "err", err)
		p.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:")
	w.Write([]byte(b.String()))
}

// fail renders an error page with the status its code implies.
func (p *pages) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := sitrep.ErrorCode(err)
	msg := sitrep.ErrorMessage(err)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(statusOf(code))
	fmt.Fprintf(w, "<!doctype html><meta charset=utf-8><title>sitrep: %s</title><link rel=stylesheet href=/static/site.css><main class=page><h1>%s</h1><p>%s</p><p><a href=/>Back to the overview</a></p></main>",
		template.HTMLEscapeString(code), template.HTMLEscapeString(code), template.HTMLEscapeString(msg))
}

func (p *pages) overview(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	st, err := p.s.Store.Stats(ctx)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	latest, err := p.s.Store.Events(ctx, sitrep.EventFilter{Limit: 15})
	if err != nil {
		p.fail(w, r, err)
		return
	}
	next, err := p.s.Store.Events(ctx, sitrep.EventFilter{Status: sitrep.StatusPlanned, From: time.Now().UTC().Format("2006-01-02"), Soonest: true, Limit: 10})
	if err != nil {
		p.fail(w, r, err)
		return
	}
	actors, err := p.s.Store.Actors(ctx, sitrep.ActorFilter{Limit: 200})
	if err != nil {
		p.fail(w, r, err)
		return
	}
	edges, err := p.s.network(r)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	if len(edges) > 10 {
		edges = edges[:10]
	}
	// The country summary: events by country, from the actor rollup.
	type country struct {
		Code           string
		Source, Target int
	}
	byCountry := map[string]*country{}
	for _, a := range actors {
		c := a.Country
		if c == "" {
			c = a.Code
		}
		if byCountry[c] == nil {
			byCountry[c] = &country{Code: c}
		}
		byCountry[c].Source += a.AsSource
		byCountry[c].Target += a.AsTarget
	}
	var countries []*country
	for _, c := range byCountry {
		countries = append(countries, c)
	}
	sort.Slice(countries, func(i, j int) bool {
		a, b := countries[i], countries[j]
		return a.Source+a.Target > b.Source+b.Target || a.Source+a.Target == b.Source+b.Target && a.Code < b.Code
	})
	if len(countries) > 12 {
		countries = countries[:12]
	}
	if len(actors) > 10 {
		actors = actors[:10]
	}
	p.render(w, r, "overview", "Overview", map[string]any{"Stats": st, "Latest": latest, "Next": next, "Actors": actors, "Dyads": edges, "Countries": countries})
}

func (p *pages) events(w http.ResponseWriter, r *http.Request) {
	f, err := eventFilter(r.URL.Query())
	if err != nil {
		p.fail(w, r, err)
		return
	}
	if f.Limit, f.Offset, err = paging(r.URL.Query(), 50); err != nil {
		p.fail(w, r, err)
		return
	}
	evs, err := listEvents(r.Context(), p.s.Store, r.URL.Query(), f)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	next := ""
	if len(evs) == f.Limit {
		q := r.URL.Query()
		q.Set("offset", fmt.Sprint(f.Offset+f.Limit))
		next = "/events?" + q.Encode()
	}
	p.render(w, r, "events", "Events", map[string]any{"Events": evs, "Filter": f, "Next": next})
}

func (p *pages) dyad(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("a") == "" || q.Get("b") == "" {
		p.render(w, r, "dyad", "Dyad", map[string]any{})
		return
	}
	d, err := dyadQuery(q)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	pts, err := p.s.Store.Dyad(r.Context(), d)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	type row struct {
		sitrep.DyadPoint
		Link string
	}
	var rows []row
	for _, pt := range pts {
		from, to := periodRange(pt.Period, d.By)
		// The row counts both directions with Both: so must its list.
		link := fmt.Sprintf("/events?source=%s&target=%s&from=%s&to=%s", url.QueryEscape(d.A), url.QueryEscape(d.B), from, to)
		if d.Both {
			link = fmt.Sprintf("/events?dyad=%s&from=%s&to=%s", url.QueryEscape(d.A+","+d.B), from, to)
		}
		rows = append(rows, row{pt, link})
	}
	p.render(w, r, "dyad", d.A+" – "+d.B, map[string]any{"Query": d, "Rows": rows})
}

// periodRange gives the first and last day of a dyad period.
func periodRange(period string, by sitrep.Period) (string, string) {
	switch by {
	case sitrep.ByMonth:
		t, err := time.Parse("2006-01", period)
		if err != nil {
			return period, period
		}
		return t.Format("2006-01-02"), t.AddDate(0, 1, -1).Format("2006-01-02")
	case sitrep.ByWeek:
		t, err := time.Parse("2006-01-02", period)
		if err != nil {
			return period, period
		}
		return period, t.AddDate(0, 0, 6).Format("2006-01-02")
	}
	return period, period
}

func (p *pages) network(w http.ResponseWriter, r *http.Request) {
	p.render(w, r, "network", "Actor network", nil)
}

func (p *pages) calendar(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := eventFilter(q)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	if f.From == "" {
		f.From = time.Now().UTC().Format("2006-01-02")
	}
	f.Status, f.Soonest, f.Limit = sitrep.StatusPlanned, true, 500
	evs, err := p.s.Store.Events(r.Context(), f)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	type day struct {
		Date   string
		Events []sitrep.StoredEvent
	}
	var days []day
	for _, e := range evs {
		if len(days) == 0 || days[len(days)-1].Date != e.Date {
			days = append(days, day{Date: e.Date})
		}
		days[len(days)-1].Events = append(days[len(days)-1].Events, e)
	}
	p.render(w, r, "calendar", "Calendar", map[string]any{"Days": days, "From": f.From})
}

func (p *pages) quotes(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := sitrep.QuoteFilter{Speaker: q.Get("speaker"), Actor: q.Get("actor"), Text: q.Get("text"), Limit: 100}
	qs, err := p.s.Store.Quotes(r.Context(), f)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	p.render(w, r, "quotes", "Quotes", map[string]any{"Quotes": qs, "Filter": f})
}

func (p *pages) search(w http.ResponseWriter, r *http.Request) {
	query := strings.TrimSpace(r.URL.Query().Get("q"))
	var hits []sitrep.SearchHit
	if query != "" {
		var err error
		if hits, err = p.s.Store.Search(r.Context(), sitrep.SearchQuery{Query: query, Limit: 50}); err != nil {
			p.fail(w, r, err)
			return
		}
	}
	p.render(w, r, "search", "Search", map[string]any{"Q": query, "Hits": hits})
}

func (p *pages) article(w http.ResponseWriter, r *http.Request) {
	d, err := p.s.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		p.fail(w, r, err)
		return
	}
	p.render(w, r, "article", d.Title, map[string]any{"Doc": d, "Text": highlight(d), "Paragraphs": 0})
}
