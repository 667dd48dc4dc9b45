package reader

import (
	"testing"
	"time"
)

func TestReadText(t *testing.T) {
	dct := time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, in         string
		text, title, url string
		source, id       string
		published        time.Time
		err              string
	}{
		{name: "no headers", in: "Rebels took the town.\n", text: "Rebels took the town.\n", published: dct},
		{name: "headers", in: "Title: T\nURL: https://x.org/a\nSource: S\nDate: 2024-03-12\n\nBody.\n",
			text: "Body.\n", title: "T", url: "https://x.org/a", source: "S", id: "https://x.org/a",
			published: time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)},
		{name: "crlf headers", in: "Title: T\r\n\r\nBody.\r\n", text: "Body.\r\n", title: "T", published: dct},
		{name: "case and id", in: "title: T\nid: a-1\n\nBody.", text: "Body.", title: "T", id: "a-1", published: dct},
		{name: "headers then text without blank line", in: "Title: T\nBody starts here.\n", text: "Body starts here.\n", title: "T", published: dct},
		{name: "colon in first line is text", in: "WASHINGTON: The senate voted.\n", text: "WASHINGTON: The senate voted.\n", published: dct},
		{name: "leading blank line is text", in: "\nTitle: not a header\n", text: "\nTitle: not a header\n", published: dct},
		{name: "second blank line belongs to the text", in: "Title: T\n\n\nBody.", text: "\nBody.", title: "T", published: dct},
		{name: "bom", in: "\xEF\xBB\xBFTitle: T\n\nBody.", text: "Body.", title: "T", published: dct},
		{name: "bad date", in: "Title: T\nDate: soon\n\nBody.", err: `f.txt:2: Date: unrecognised date "soon"`},
		{name: "empty", in: "  \n\t\n", err: "f.txt: text: empty article"},
		{name: "only headers", in: "Title: T\n", err: "f.txt: text: empty article"},
		{name: "invalid utf-8", in: "Line one.\nCaf\xe9.\n", err: "f.txt:2: text: invalid UTF-8 at column 4 (byte 0xe9)"},
		{name: "nul", in: "Line one.\nA\x00b.\n", err: "f.txt:2: text: NUL character at column 2"},
		{name: "utf-16", in: "\xFF\xFEh\x00", err: "f.txt:1: text: UTF-16 text is not supported (convert it to UTF-8)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := readText("f.txt", []byte(tt.in), Options{DCT: dct})
			if tt.err != "" {
				if it.Err == nil || it.Err.Error() != tt.err {
					t.Fatalf("got error %v, want %s", it.Err, tt.err)
				}
				return
			}
			if it.Err != nil {
				t.Fatal(it.Err)
			}
			d := it.Doc
			id := tt.id
			if id == "" {
				id = contentID(tt.text)
			}
			if d.Text != tt.text || d.Title != tt.title || d.URL != tt.url || d.Source != tt.source || d.ID != id || !d.Published.Equal(tt.published) {
				t.Errorf("got %+v", d)
			}
			// The text is the tail of the file, byte for byte.
			if tt.in[len(tt.in)-len(d.Text):] != d.Text {
				t.Errorf("text %q is not the end of the input", d.Text)
			}
		})
	}
}
