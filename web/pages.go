package web

import (
	"embed"
	"html/template"
	"io/fs"
	"net/http"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// pages renders the server-side HTML views.
type pages struct {
	s    *Server
	tmpl *template.Template
}

func newPages(s *Server) (*pages, error) {
	t, err := template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	return &pages{s: s, tmpl: t}, nil
}

var funcs = template.FuncMap{}

func (p *pages) routes(mux *http.ServeMux) {
	sub, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(sub)))
	mux.HandleFunc("GET /{$}", p.overview)
}

func (p *pages) render(w http.ResponseWriter, r *http.Request, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := p.tmpl.ExecuteTemplate(w, name, data); err != nil {
		p.s.Logger.Error("render", "page", name, "err", err)
	}
}

func (p *pages) overview(w http.ResponseWriter, r *http.Request) {
	st, err := p.s.Store.Stats(r.Context())
	if err != nil {
		writeError(w, r, err)
		return
	}
	p.render(w, r, "overview.html", map[string]any{"Stats": st})
}
