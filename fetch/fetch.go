// Package fetch gets web pages and feeds politely: a per-host delay,
// conditional GET, a size cap, retries with backoff on transient failures,
// and an honest User-Agent.
package fetch

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"
)

// Client fetches URLs. The zero value is not usable; call New.
type Client struct {
	HTTP      *http.Client
	UserAgent string
	// PerHost is the least time between two requests to one host.
	PerHost  time.Duration
	MaxBytes int64
	Retries  int
	// Backoff is the first wait after a transient failure; it doubles.
	Backoff time.Duration

	mu   sync.Mutex
	next map[string]time.Time
}

// New returns a client with sensible defaults.
func New(userAgent string) *Client {
	return &Client{
		HTTP:      &http.Client{Timeout: 30 * time.Second},
		UserAgent: userAgent,
		PerHost:   time.Second,
		MaxBytes:  10 << 20,
		Retries:   3,
		Backoff:   2 * time.Second,
		next:      map[string]time.Time{},
	}
}

// Response is a fetched resource. NotModified is set, with no body, when a
// conditional GET found the resource unchanged.
type Response struct {
	URL          string
	Status       int
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
	NotModified  bool
}

// Validators make a GET conditional.
type Validators struct {
	ETag         string
	LastModified string
}

// StatusError is a final HTTP failure.
type StatusError struct {
	URL    string
	Status int
}

func (e *StatusError) Error() string { return fmt.Sprintf("%s: HTTP %d", e.URL, e.Status) }

// Get fetches rawURL, waiting for the host's turn, retrying transient
// failures (network errors, 429, 5xx) with exponential backoff and
// honouring Retry-After.
func (c *Client) Get(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, permanentError{fmt.Errorf("%q is not an http(s) URL", rawURL)}
	}
	wait := c.Backoff
	for attempt := 0; ; attempt++ {
		if err := c.turn(ctx, u.Host); err != nil {
			return nil, err
		}
		resp, retryAfter, err := c.once(ctx, rawURL, v)
		if err == nil {
			return resp, nil
		}
		if !Temporary(err) || attempt >= c.Retries || ctx.Err() != nil {
			return nil, err
		}
		d := wait
		if retryAfter > d {
			d = retryAfter
		}
		select {
		case <-time.After(d):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		wait *= 2
	}
}

// turn blocks until the host may be asked again.
func (c *Client) turn(ctx context.Context, host string) error {
	c.mu.Lock()
	now := time.Now()
	at := c.next[host]
	if at.Before(now) {
		at = now
	}
	c.next[host] = at.Add(c.PerHost)
	c.mu.Unlock()
	if d := time.Until(at); d > 0 {
		select {
		case <-time.After(d):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func (c *Client) once(ctx context.Context, rawURL string, v Validators) (*Response, time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, 0, err
	}
	req.Header.Set("User-Agent", c.UserAgent)
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	hc := *c.HTTP
	hc.CheckRedirect = c.checkRedirect
	resp, err := hc.Do(req)
	if err != nil {
		var cv *tls.CertificateVerificationError
		if errors.As(err, &cv) {
			// A certificate that does not verify will not verify on the
			// next try either.
			return nil, 0, permanentError{err}
		}
		return nil, 0, err
	}
	defer resp.Body.Close()
	r := &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"),
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		r.NotModified = true
		r.ETag, r.LastModified = firstNonEmpty(r.ETag, v.ETag), firstNonEmpty(r.LastModified, v.LastModified)
		return r, 0, nil
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
	default:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, retryAfter(resp.Header.Get("Retry-After")), &StatusError{URL: rawURL, Status: resp.StatusCode}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.MaxBytes+1))
	if err != nil {
		return nil, 0, err
	}
	if int64(len(body)) > c.MaxBytes {
		return nil, 0, permanentError{fmt.Errorf("%s: larger than %d bytes", rawURL, c.MaxBytes)}
	}
	r.Body = body
	return r, 0, nil
}

// maxRedirects is how many redirects one request follows, as net/http's
// default.
const maxRedirects = 10

// checkRedirect follows a redirect in the new URL's host's turn, so that a
// chain of redirects keeps the per-host delay; a redirect loop or a
// redirect off http(s) is a permanent failure, which retrying and every
// watch poll would only repeat.
func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirects {
		return permanentError{fmt.Errorf("stopped after %d redirects", maxRedirects)}
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return permanentError{fmt.Errorf("redirected to %q, not an http(s) URL", req.URL.Redacted())}
	}
	return c.turn(req.Context(), req.URL.Host)
}

// Temporary reports whether err, from Get, is a failure that a later try
// may not meet: a network error, HTTP 429 or 5xx. A bad URL, another HTTP
// status, a body over the cap, a certificate that does not verify, a
// redirect loop or a redirect off http(s) is not.
func Temporary(err error) bool {
	if err == nil {
		return false
	}
	var pe permanentError
	if errors.As(err, &pe) {
		return false
	}
	var se *StatusError
	if errors.As(err, &se) {
		return se.Status == 429 || se.Status >= 500
	}
	return true
}

// permanentError is a failure another attempt would only repeat (a body
// over the size cap, a redirect loop), which is not retried.
type permanentError struct{ error }

func (e permanentError) Unwrap() error { return e.error }

func retryAfter(h string) time.Duration {
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(h); err == nil && s >= 0 {
		return min(time.Duration(s)*time.Second, 10*time.Minute)
	}
	if t, err := http.ParseTime(h); err == nil {
		return min(time.Until(t), 10*time.Minute)
	}
	return 0
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
