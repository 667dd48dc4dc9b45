// Package shareddata finds the project's shared training and development
// data (../shared beside the checkout, or $SITREP_SHARED), which the
// repository does not contain. Tests that need it skip when it is absent.
package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared folder (the one holding data/), or "" when there is
// none.
func Dir() string {
	if d := os.Getenv("SITREP_SHARED"); d != "" {
		if isDir(filepath.Join(d, "data")) {
			return d
		}
		return ""
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	// Walk up to the module root, then look beside it.
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(d), "shared")
			if isDir(filepath.Join(s, "data")) {
				return s
			}
			return ""
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// Path returns the path of rel (e.g. "data/ud-english-ewt/en_ewt-ud-dev.conllu")
// inside the shared folder, or "" when it is missing.
func Path(rel string) string {
	d := Dir()
	if d == "" {
		return ""
	}
	p := filepath.Join(d, filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// Need returns the path of rel or skips the test with a message that says
// what is missing.
func Need(t testing.TB, rel string) string {
	t.Helper()
	p := Path(rel)
	if p == "" {
		t.Skipf("needs ../shared/%s (or $SITREP_SHARED): not present", rel)
	}
	return p
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
