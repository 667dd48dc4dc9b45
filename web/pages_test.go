package web

import (
	"context"
	"fmt"
	"html"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"sitrep"
	"sitrep/storetest"
)

func TestPagesRender(t *testing.T) {
	srv, _ := testServer(t, true)
	for path, want := range map[string]string{
		"/":                                    "Latest events",
		"/events?actor=CHN":                    "CHNGOV",
		"/events?status=bogus":                 "invalid",
		"/dyad":                                "Name two actor codes",
		"/dyad?a=CHN&b=PHL&both=true&by=month": `class="point" href="/events?dyad=CHN%2CPHL&amp;from=2024-03-01&amp;to=2024-03-31"`,
		"/dyad?a=CHN&b=PHL&by=month":           `class="point" href="/events?source=CHN&amp;target=PHL&amp;from=2024-03-01&amp;to=2024-03-31"`,
		"/network":                             `id="graph"`,
		"/calendar?from=2024-01-01":            "2099-03-28",
		"/quotes?speaker=wang":                 "Wang Yi",
		"/search?q=guarantees":                 "[guarantees]",
		"/articles/a1":                         `<a id="event-0"></a><span class="trigger"`,
		"/articles/none":                       "not_found",
		"/static/vendor/echarts.min.js":        "echarts",
		"/openapi.yaml":                        "openapi: 3.0.3",
	} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !strings.Contains(string(b), want) {
			t.Errorf("%s (%d): %q not in page:\n%.600s", path, resp.StatusCode, want, b)
		}
		wantCode := 200
		if strings.Contains(path, "bogus") {
			wantCode = 400
		} else if strings.Contains(path, "none") {
			wantCode = 404
		}
		if resp.StatusCode != wantCode {
			t.Errorf("%s: status %d, want %d", path, resp.StatusCode, wantCode)
		}
	}
}

// An article whose ID is a URL (with "//", a query and a fragment) must be
// reachable through the links the pages write.
func TestArticleLinksEscapeURLIDs(t *testing.T) {
	srv, st := testServer(t, true)
	id := "https://x.test//news/a?id=7&p=2#top"
	if _, err := st.PutDocuments(context.Background(), []*sitrep.Document{
		storetest.Doc(id, "", "wire", "2024-03-20",
			[5]string{"RUSGOV", "UKRGOV", "112", "2024-03-19", "occurred"}),
	}); err != nil {
		t.Fatal(err)
	}
	for _, page := range []string{"/events?actor=RUS", "/"} {
		resp, err := http.Get(srv.URL + page)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		m := regexp.MustCompile(`href="(/articles/[^"]*7[^"]*)"`).FindSubmatch(b)
		if m == nil {
			t.Fatalf("%s: no link to %s in page:\n%.800s", page, id, b)
		}
		link := html.UnescapeString(string(m[1]))
		for _, path := range []string{link, "/api" + link} {
			resp, err := http.Get(srv.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 || !strings.Contains(string(body), "x.test") {
				t.Errorf("%s → %s: status %d\n%.300s", page, path, resp.StatusCode, body)
			}
		}
	}
}

// TestArticleLinksNameTheKey: two pages stored under one id are each
// reached by the links the pages write, which name the unique key, the URL
// (review38 finding 3: every link by id led to the first).
func TestArticleLinksNameTheKey(t *testing.T) {
	srv, st := testServer(t, true)
	d1 := storetest.Doc("dup", "https://one.test/a", "wire", "2024-03-20", [5]string{"FRAGOV", "DEUGOV", "036", "2024-03-19", "occurred"})
	d2 := storetest.Doc("dup", "https://two.test/b", "wire", "2024-03-20", [5]string{"ESPGOV", "ITAGOV", "036", "2024-03-19", "occurred"})
	d2.Text = strings.Replace(d2.Text, "Officials", "Envoys", 1)
	if _, err := st.PutDocuments(context.Background(), []*sitrep.Document{d1, d2}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ page, want string }{
		{"/events?actor=FRA", "Officials met"},
		{"/events?actor=ESP", "Envoys met"},
	} {
		resp, err := http.Get(srv.URL + tc.page)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		m := regexp.MustCompile(`class="evidence" href="(/articles/[^"]*)"`).FindSubmatch(b)
		if m == nil {
			t.Fatalf("%s: no evidence link in page:\n%.800s", tc.page, b)
		}
		resp, err = http.Get(srv.URL + html.UnescapeString(string(m[1])))
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), tc.want) {
			t.Errorf("%s → %s: status %d, want %q\n%.300s", tc.page, m[1], resp.StatusCode, tc.want, body)
		}
	}
}

// TestDyadRowsLinkTheirEvents: a dyad row's link lists as many events as
// the row counts, in one direction or both (review38 finding 4: with both
// directions the link listed A→B only).
func TestDyadRowsLinkTheirEvents(t *testing.T) {
	srv, _ := testServer(t, true)
	fetch := func(path string) string {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("%s: status %d\n%.300s", path, resp.StatusCode, b)
		}
		return string(b)
	}
	row := regexp.MustCompile(`class="point" href="([^"]*)">[^<]*</a></td><td>(\d+)</td>`)
	for _, page := range []string{"/dyad?a=CHN&b=PHL&both=true&by=week", "/dyad?a=PHL&b=CHN&both=true&by=month", "/dyad?a=CHN&b=PHL&by=day"} {
		m := row.FindAllStringSubmatch(fetch(page), -1)
		if len(m) == 0 {
			t.Fatalf("%s: no rows", page)
		}
		for _, r := range m {
			list := fetch(html.UnescapeString(r[1]))
			if n := strings.Count(list, `class="evidence"`); fmt.Sprint(n) != r[2] {
				t.Errorf("%s: row says %s, its link %s lists %d", page, r[2], r[1], n)
			}
		}
	}
	for path, want := range map[string]int{"/api/events?dyad=CHN,PHL": 200, "/api/events?dyad=CHN": 400, "/api/events?dyad=CHN,PHL&source=CHN": 400} {
		if code, _ := get(t, srv.URL+path); code != want {
			t.Errorf("%s: status %d, want %d", path, code, want)
		}
	}
}
