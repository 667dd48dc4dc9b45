package web

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestPagesRender(t *testing.T) {
	srv, _ := testServer(t, true)
	for path, want := range map[string]string{
		"/":                                    "Latest events",
		"/events?actor=CHN":                    "CHNGOV",
		"/events?status=bogus":                 "invalid",
		"/dyad":                                "Name two actor codes",
		"/dyad?a=CHN&b=PHL&both=true&by=month": `class="point" href="/events?source=CHN&amp;target=PHL&amp;from=2024-03-01&amp;to=2024-03-31"`,
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
