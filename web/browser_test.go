package web

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// browser starts headless Chromium, or skips when there is none (fails
// in CI, where $SITREP_REQUIRE_SERVICES is set).
func browser(t *testing.T) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests are slow")
	}
	path, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("SITREP_REQUIRE_SERVICES") != "" {
			t.Fatal("chromium not installed")
		}
		t.Skip("needs chromium (apt-get install chromium)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// consoleErrors collects exceptions and console.error calls.
type consoleErrors struct {
	mu   sync.Mutex
	errs []string
}

func (c *consoleErrors) listen(t *testing.T, ctx context.Context) {
	err := chromedp.Listen(ctx, func(ev any) {
		c.mu.Lock()
		defer c.mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			c.errs = append(c.errs, "exception: "+fmt.Sprint(e.ExceptionDetails))
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				c.errs = append(c.errs, "console.error: "+fmt.Sprint(e.Args))
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

func (c *consoleErrors) take() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.errs
	c.errs = nil
	return e
}

// TestPagesInBrowser loads every page on a desktop and a phone screen,
// checks there are no script errors and no sideways scrolling, saves
// screenshots (to $SITREP_SCREENSHOTS when set), and follows a click from
// the dyad chart's period to its events to the evidence article.
func TestPagesInBrowser(t *testing.T) {
	ctx := browser(t)
	srv, _ := testServer(t, true)
	shots := os.Getenv("SITREP_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	var ce consoleErrors
	ce.listen(t, ctx)
	pages := []string{"/", "/events", "/dyad?a=CHN&b=PHL&both=true", "/network", "/calendar?from=2024-01-01", "/quotes", "/search?q=security", "/articles/a1"}
	for _, size := range []struct {
		name string
		w, h int64
	}{{"desktop", 1280, 800}, {"phone", 390, 844}} {
		for _, p := range pages {
			start := time.Now()
			err := chromedp.Do(ctx,
				chromedp.EmulateViewport(size.w, size.h),
				chromedp.Navigate(srv.URL+p),
				chromedp.WaitReady(chromedp.CSS("body")),
			)
			if err != nil {
				t.Fatalf("%s %s: %v", size.name, p, err)
			}
			scrollW, err1 := chromedp.Run(ctx, chromedp.Evaluate[int64](`document.documentElement.scrollWidth`))
			innerW, err2 := chromedp.Run(ctx, chromedp.Evaluate[int64](`window.innerWidth`))
			loadMS, err3 := chromedp.Run(ctx, chromedp.Evaluate[float64](`performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd`))
			if err := errors.Join(err1, err2, err3); err != nil {
				t.Fatalf("%s %s: %v", size.name, p, err)
			}
			if strings.HasPrefix(p, "/dyad") || p == "/network" {
				// Charts draw after their data arrives.
				sel := "#chart[data-ready]"
				if p == "/network" {
					sel = "#graph[data-ready]"
				}
				if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(sel))); err != nil {
					t.Fatalf("%s %s: chart never drew: %v", size.name, p, err)
				}
			}
			buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(80))
			if err != nil {
				t.Fatal(err)
			}
			name := strings.NewReplacer("/", "_", "?", "_", "&", "_", "=", "-").Replace(p)
			os.WriteFile(filepath.Join(shots, size.name+name+".jpg"), buf, 0o644)
			t.Logf("%s %-32s DOMContentLoaded %.0f ms, with charts %v", size.name, p, loadMS, time.Since(start).Round(time.Millisecond))
			if scrollW > innerW+1 {
				t.Errorf("%s %s: page is %d px wide in a %d px window", size.name, p, scrollW, innerW)
			}
			if errs := ce.take(); len(errs) > 0 {
				t.Errorf("%s %s: %v", size.name, p, errs)
			}
		}
	}
	// From a chart point to its events to the evidence.
	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 800),
		chromedp.Navigate(srv.URL+"/dyad?a=CHN&b=PHL&both=true"),
		chromedp.WaitVisible(chromedp.CSS("#chart[data-ready]")),
		chromedp.Click(chromedp.CSS("#points a.point")),
		chromedp.WaitVisible(chromedp.CSS("a.evidence")),
	)
	if err != nil {
		t.Fatalf("click path: %v", err)
	}
	url, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx, chromedp.Click(chromedp.CSS("a.evidence")), chromedp.WaitVisible(chromedp.CSS("span.trigger")))
	if err != nil {
		t.Fatalf("click path: %v", err)
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil {
		t.Fatal(err)
	}
	// A dyad shown both ways links to both directions' events (mend38).
	if !strings.Contains(url, "/events?dyad=CHN%2CPHL") || !strings.Contains(title, "Title a1") {
		t.Fatalf("click path ended at %q (%q)", url, title)
	}
	if errs := ce.take(); len(errs) > 0 {
		t.Errorf("click path: %v", errs)
	}
}
