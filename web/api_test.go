package web

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"sitrep"
	"sitrep/sqlite"
	"sitrep/storetest"
)

func testServer(t *testing.T, open bool) (*httptest.Server, *sqlite.Store) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	_, err = st.PutDocuments(ctx, []*sitrep.Document{
		storetest.Doc("a1", "https://x.test/a1", "wire", "2024-03-14",
			[5]string{"CHNGOV", "PHLGOV", "138", "2024-03-12", "occurred"},
			[5]string{"PHLGOV", "CHNMIL", "112", "2024-03-13", "occurred"},
			[5]string{"IGOSEAASN", "-", "043", "2099-03-28", "planned"}),
	})
	if err != nil {
		t.Fatal(err)
	}
	ingest := func(ctx context.Context, d *sitrep.Document) (sitrep.PutResult, error) {
		d.Sentences = []sitrep.Sentence{{Start: 0, End: len(d.Text)}}
		return st.PutDocument(ctx, d)
	}
	s, err := New(st, ingest, "secret", open)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return srv, st
}

func get(t *testing.T, url string, hdr ...string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	b, _ := io.ReadAll(resp.Body)
	json.Unmarshal(b, &m)
	return resp.StatusCode, m
}

func TestAPIQueries(t *testing.T) {
	srv, _ := testServer(t, true)
	for _, c := range []struct {
		path  string
		code  int
		items int
	}{
		{"/api/events", 200, 3},
		{"/api/events?actor=CHN", 200, 2},
		{"/api/events?source=PHL&cameo=11", 200, 1},
		{"/api/events?limit=1", 200, 1},
		{"/api/events?status=bogus", 400, -1},
		{"/api/events?from=yesterday", 400, -1},
		{"/api/events?cameo=abc", 400, -1},
		{"/api/events?limit=0", 400, -1},
		{"/api/calendar?from=2024-01-01", 200, 1},
		{"/api/quotes?speaker=wang", 200, 1},
		{"/api/dyad?a=CHN&b=PHL&by=month&both=true", 200, 1},
		{"/api/dyad?a=CHN", 400, -1},
		{"/api/actors", 200, 4},
		{"/api/network", 200, 2},
		{"/api/search?q=security+guarantees", 200, 1},
		{"/api/search", 400, -1},
		{"/api/events/1/mentions", 200, 1},
		{"/api/events/999/mentions", 404, -1},
	} {
		code, m := get(t, srv.URL+c.path)
		if code != c.code {
			t.Errorf("%s: status %d, want %d (%v)", c.path, code, c.code, m)
			continue
		}
		if c.items >= 0 {
			items, _ := m["items"].([]any)
			if len(items) != c.items {
				t.Errorf("%s: %d items, want %d", c.path, len(items), c.items)
			}
		} else if e, ok := m["error"].(map[string]any); !ok || e["code"] == "" || e["message"] == "" {
			t.Errorf("%s: error body %v", c.path, m)
		}
	}
	code, m := get(t, srv.URL+"/api/events?limit=1")
	if code != 200 || m["next"] != float64(1) {
		t.Errorf("paging: %v", m)
	}
	code, m = get(t, srv.URL+"/api/articles/a1")
	if code != 200 || m["id"] != "a1" || m["text"] == "" {
		t.Errorf("article: %d %v", code, m)
	}
	if code, _ := get(t, srv.URL+"/api/articles/nope"); code != 404 {
		t.Errorf("missing article: %d", code)
	}
}

func post(t *testing.T, url, body, token string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	json.NewDecoder(resp.Body).Decode(&m)
	return resp.StatusCode, m
}

func TestAPIWritesNeedToken(t *testing.T) {
	srv, st := testServer(t, true)
	art := `{"id":"n1","url":"https://x.test/n1","published":"2024-03-15","text":"Officials met."}`
	if code, m := post(t, srv.URL+"/api/articles", art, ""); code != 401 || m["error"] == nil {
		t.Fatalf("no token: %d %v", code, m)
	}
	if code, _ := post(t, srv.URL+"/api/articles", art, "wrong"); code != 401 {
		t.Fatalf("wrong token: %d", code)
	}
	if code, m := post(t, srv.URL+"/api/articles", art, "secret"); code != 201 || m["stored"] != true {
		t.Fatalf("post: %d %v", code, m)
	}
	if code, m := post(t, srv.URL+"/api/articles", art, "secret"); code != 200 || m["stored"] != false {
		t.Fatalf("repost: %d %v", code, m)
	}
	// Without a URL the id is the key: another text under it is a
	// different article, refused, not reported as stored already.
	if code, _ := post(t, srv.URL+"/api/articles", `{"id":"k1","text":"Officials met."}`, "secret"); code != 201 {
		t.Fatalf("post k1: %d", code)
	}
	if code, m := post(t, srv.URL+"/api/articles", `{"id":"k1","text":"Troops left."}`, "secret"); code != 409 || m["error"] == nil {
		t.Fatalf("other article under k1: %d %v", code, m)
	}
	if stats, _ := st.Stats(context.Background()); stats.Articles != 3 {
		t.Fatalf("stats %+v", stats)
	}
	for _, bad := range []string{`{"text":""}`, `{"id":"x","text":"a","extra":1}`, `{"id":"x","text":"a","published":"soon"}`, `not json`, `{"id":"x","text":"a\u0000b"}`,
		// Trailing junk after the object (review38 finding 7: 201).
		`{"id":"z","text":"x"} {"junk":1}`, `{"id":"z","text":"x"}]`} {
		if code, m := post(t, srv.URL+"/api/articles", bad, "secret"); code != 400 || m["error"] == nil {
			t.Errorf("%s: %d %v", bad, code, m)
		}
	}
	big := `{"id":"b","text":"` + strings.Repeat("a", 11<<20) + `"}`
	if code, m := post(t, srv.URL+"/api/articles", big, "secret"); code != 413 {
		t.Errorf("big body: %d %v", code, m)
	}
}

func TestClosedServerNeedsTokenToRead(t *testing.T) {
	srv, _ := testServer(t, false)
	if code, _ := get(t, srv.URL+"/api/events"); code != 401 {
		t.Fatalf("read without token: %d", code)
	}
	if code, _ := get(t, srv.URL+"/api/events", "Authorization", "Bearer secret"); code != 200 {
		t.Fatalf("read with token: %d", code)
	}
}

type panicStore struct{ sitrep.Store }

func (panicStore) Stats(context.Context) (sitrep.StoreStats, error) { panic("boom: secret detail") }

func TestPanicsBecomeInternalErrors(t *testing.T) {
	s, err := New(panicStore{}, nil, "", true)
	if err != nil {
		t.Fatal(err)
	}
	s.Logger = discardLogger()
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/api/stats")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 500 || strings.Contains(string(b), "secret detail") || !strings.Contains(string(b), `"internal"`) {
		t.Fatalf("%d %s", resp.StatusCode, b)
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{"127.0.0.1:8080": true, "localhost:80": true, "[::1]:8080": true, "0.0.0.0:8080": false, ":8080": false, "10.0.0.1:80": false} {
		if IsLoopback(addr) != want {
			t.Errorf("%s: want %v", addr, want)
		}
	}
}

// TestCalendarSoonestFirst: a limited calendar is the next planned events,
// not the furthest-future ones.
func TestCalendarSoonestFirst(t *testing.T) {
	srv, st := testServer(t, true)
	if _, err := st.PutDocuments(context.Background(), []*sitrep.Document{
		storetest.Doc("c1", "", "wire", "2024-03-20",
			[5]string{"FRAGOV", "DEUGOV", "036", "2099-06-01", "planned"},
			[5]string{"ITAGOV", "ESPGOV", "036", "2099-01-05", "planned"}),
	}); err != nil {
		t.Fatal(err)
	}
	code, m := get(t, srv.URL+"/api/calendar?limit=2")
	items, _ := m["items"].([]any)
	var dates []string
	for _, it := range items {
		dates = append(dates, it.(map[string]any)["date"].(string))
	}
	if code != 200 || strings.Join(dates, " ") != "2099-01-05 2099-03-28" {
		t.Fatalf("calendar: %d %v", code, dates)
	}
	resp, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), "2099-01-05") {
		t.Fatalf("overview lacks the soonest planned event:\n%.1500s", b)
	}
}

// TestBadUTF8QueriesAreInvalid: bytes that are not UTF-8 in a query are a
// bad request, not an internal error.
func TestBadUTF8QueriesAreInvalid(t *testing.T) {
	srv, _ := testServer(t, true)
	for _, path := range []string{"/api/events?text=%FF", "/api/events?actor=CH%FF", "/api/search?q=%C3", "/api/quotes?speaker=%FF", "/api/articles/a%FF"} {
		if code, m := get(t, srv.URL+path); code != 400 || m["error"] == nil {
			t.Errorf("%s: %d %v", path, code, m)
		}
	}
}

// TestPostNeedsJSONContentType: a cross-site form can post text/plain with
// the token cookie; the API accepts only application/json, which such a
// form cannot send.
func TestPostNeedsJSONContentType(t *testing.T) {
	srv, st := testServer(t, true)
	art := `{"id":"f1","text":"Officials met."}`
	for _, ct := range []string{"", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"} {
		req, _ := http.NewRequest("POST", srv.URL+"/api/articles", strings.NewReader(art))
		if ct != "" {
			req.Header.Set("Content-Type", ct)
		}
		req.AddCookie(&http.Cookie{Name: "sitrep_token", Value: "secret"})
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnsupportedMediaType {
			t.Errorf("Content-Type %q: status %d", ct, resp.StatusCode)
		}
	}
	if stats, _ := st.Stats(context.Background()); stats.Articles != 1 {
		t.Fatalf("stored through a non-JSON post: %+v", stats)
	}
	req, _ := http.NewRequest("POST", srv.URL+"/api/articles", strings.NewReader(art))
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	req.AddCookie(&http.Cookie{Name: "sitrep_token", Value: "secret"})
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("JSON post: %d", resp.StatusCode)
	}
}
