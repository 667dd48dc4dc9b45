// Package web serves the JSON API and the web pages over a store. All
// assets are embedded; nothing is fetched from the internet.
package web

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"sitrep"
)

// Ingester annotates and stores one article (the pipeline plus the store),
// for POST /api/articles. nil disables the endpoint.
type Ingester func(ctx context.Context, doc *sitrep.Document) (sitrep.PutResult, error)

// Server is the HTTP interface of a store.
type Server struct {
	Store  sitrep.Store
	Ingest Ingester
	// Token guards write endpoints, and every endpoint when the server
	// listens beyond loopback. Empty means no token is accepted.
	Token string
	// Open is true when reads need no token (loopback listeners).
	Open   bool
	Logger *slog.Logger
	// MaxBody caps request bodies.
	MaxBody int64

	mux   *http.ServeMux
	pages *pages
}

// New returns a server; call Handler for its http.Handler.
func New(st sitrep.Store, ingest Ingester, token string, open bool) (*Server, error) {
	s := &Server{Store: st, Ingest: ingest, Token: token, Open: open, Logger: slog.Default(), MaxBody: 10 << 20, mux: http.NewServeMux()}
	p, err := newPages(s)
	if err != nil {
		return nil, err
	}
	s.pages = p
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	api := func(pattern string, h func(w http.ResponseWriter, r *http.Request) error) {
		s.mux.Handle(pattern, s.apiHandler(h))
	}
	api("GET /api/events", s.apiEvents)
	api("GET /api/events/{id}/mentions", s.apiMentions)
	api("GET /api/calendar", s.apiCalendar)
	api("GET /api/quotes", s.apiQuotes)
	api("GET /api/dyad", s.apiDyad)
	api("GET /api/actors", s.apiActors)
	api("GET /api/network", s.apiNetwork)
	api("GET /api/search", s.apiSearch)
	api("GET /api/articles/{id...}", s.apiArticle)
	api("POST /api/articles", s.apiPostArticle)
	api("GET /api/stats", s.apiStats)
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok\n")) })
	s.mux.Handle("GET /openapi.yaml", http.HandlerFunc(serveOpenAPI))
	s.pages.routes(s.mux)
}

// Handler returns the server's handler with its guards: panic recovery,
// body limits and the token check.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				s.Logger.Error("panic serving request", "path", r.URL.Path, "panic", fmt.Sprint(v))
				writeError(w, r, sitrep.Errorf(sitrep.EInternal, "internal error"))
			}
		}()
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.MaxBody)
		}
		write := r.Method != http.MethodGet && r.Method != http.MethodHead
		if (write || !s.Open) && !s.authorised(r) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="sitrep"`)
			writeError(w, r, &sitrep.Error{Code: "unauthorized", Message: "a valid token is required (Authorization: Bearer TOKEN)"})
			return
		}
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		s.mux.ServeHTTP(w, r)
	})
}

func (s *Server) authorised(r *http.Request) bool {
	if s.Token == "" {
		return false
	}
	got := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if got == "" {
		if c, err := r.Cookie("sitrep_token"); err == nil {
			got = c.Value
		}
	}
	return subtle.ConstantTimeCompare([]byte(got), []byte(s.Token)) == 1
}

func (s *Server) apiHandler(h func(w http.ResponseWriter, r *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			if sitrep.ErrorCode(err) == sitrep.EInternal {
				s.Logger.Error("api", "path", r.URL.Path, "err", err)
			}
			writeError(w, r, err)
		}
	})
}

// statusOf maps error codes to HTTP statuses.
func statusOf(code string) int {
	switch code {
	case sitrep.EInvalid:
		return http.StatusBadRequest
	case sitrep.ENotFound:
		return http.StatusNotFound
	case sitrep.EConflict:
		return http.StatusConflict
	case "unauthorized":
		return http.StatusUnauthorized
	case "too_large":
		return http.StatusRequestEntityTooLarge
	case "unsupported_media_type":
		return http.StatusUnsupportedMediaType
	}
	return http.StatusInternalServerError
}

// writeError answers with {"error":{"code","message"}}; internal errors
// say nothing of their cause.
func writeError(w http.ResponseWriter, r *http.Request, err error) {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		err = &sitrep.Error{Code: "too_large", Message: fmt.Sprintf("request body larger than %d bytes", mbe.Limit)}
	}
	code := sitrep.ErrorCode(err)
	msg := sitrep.ErrorMessage(err)
	var e *sitrep.Error
	if errors.As(err, &e) && e.Code == sitrep.EInternal {
		msg = "internal error"
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(statusOf(code))
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]string{"code": code, "message": msg}})
}

func writeJSON(w http.ResponseWriter, v any) error {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	return json.NewEncoder(w).Encode(v)
}

// IsLoopback reports whether addr (host:port) listens on loopback only.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// ListenAndServe serves until ctx ends, then shuts down gracefully.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	srv := &http.Server{
		Addr:              addr,
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    1 << 16,
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	s.Logger.Info("serving", "addr", "http://"+ln.Addr().String())
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	}
}
