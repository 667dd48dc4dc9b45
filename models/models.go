// Package models embeds the trained model files in the binary. Each file in
// data/ is written by a `sitrep train` command from the shared training data
// and committed; data/MANIFEST.md says which command made which file.
package models

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
)

//go:embed data
var files embed.FS

// Open returns the embedded model file called name (e.g. "tagger.gz").
func Open(name string) (io.ReadCloser, error) {
	f, err := files.Open("data/" + name)
	if err != nil {
		return nil, fmt.Errorf("models: no embedded model %q (train it, see models/data/MANIFEST.md)", name)
	}
	return f, nil
}

// List returns the names of the embedded model files.
func List() []string {
	var names []string
	fs.WalkDir(files, "data", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, d.Name())
		}
		return nil
	})
	return names
}
