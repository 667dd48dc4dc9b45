package reader

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

func readJSONLString(t *testing.T, in string) []Item {
	t.Helper()
	var items []Item
	err := ReadFile(context.Background(), "a.jsonl", strings.NewReader(in), Options{}, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return items
}

func TestJSONLErrors(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{`{"text":`, "a.jsonl:1: invalid JSON: unexpected end of JSON input"},
		{`{"text":"a",}`, "a.jsonl:1: invalid JSON: invalid character '}' looking for beginning of object key string"},
		{`"just a string"`, "a.jsonl:1: want a JSON object, got string"},
		{`[1]`, "a.jsonl:1: want a JSON object, got number"}, // read as a JSON array
		{`{"text":""}`, "a.jsonl:1: text: empty article"},
		{`{"id":"x"}`, "a.jsonl:1: text: empty article"},
		{`{"html":"<html><body><script>x()</script></body></html>"}`, "a.jsonl:1: html: no article text found"},
		{`{"text":5}`, "a.jsonl:1: text: want a string, got a number"},
		{`{"text":"a","id":true}`, "a.jsonl:1: id: want a string, got a boolean"},
		{`{"text":"a","url":{}}`, "a.jsonl:1: url: want a string, got an object"},
		{`{"text":"a","published":"12/03/2024"}`, `a.jsonl:1: published: unrecognised date "12/03/2024"`},
		{`{"text":"a","published":[2024]}`, "a.jsonl:1: published: want a date string, got an array"},
		{`{"text":"a","published":-5}`, "a.jsonl:1: published: unrecognised date -5 (want a date string or Unix seconds)"},
		{"{\"text\":\"a\xffb\"}", "a.jsonl:1: text: invalid UTF-8 at column 11"},
		{"{\"title\":\"\xc3\",\"text\":\"ok\"}", "a.jsonl:1: title: invalid UTF-8 at column 11"},
		{"\n\n{\"text\":1}", "a.jsonl:3: text: want a string, got a number"},
		// PostgreSQL cannot store NUL: the reader names it, past the
		// first 8 KiB that the binary check looks at too.
		{`{"text":"a\u0000b"}`, `a.jsonl:1: text: NUL character (\u0000) at byte 1`},
		{`{"title":"\u0000","text":"ok"}`, `a.jsonl:1: title: NUL character (\u0000) at byte 0`},
		{"\n" + `{"text":"` + strings.Repeat("a", 9000) + `\u0000"}`, `a.jsonl:2: text: NUL character (\u0000) at byte 9000`},
	}
	for _, tt := range tests {
		items := readJSONLString(t, tt.in)
		if len(items) != 1 || items[0].Err == nil || items[0].Err.Error() != tt.want {
			t.Errorf("%q: got %s, want %s", tt.in, render(items), tt.want)
		}
	}
}

func TestJSONLRecords(t *testing.T) {
	in := `{"id":"a","text":"Line one.\nLine \"two\" \u00e9.","published":"2024-03-12T09:30:00Z","title":null}` + "\r\n" +
		`{"url":"https://x.org/b","text":"B."}` + "\n" +
		`{"text":"C.","published":1710236400.5,"extra":{"ignored":true}}`
	items := readJSONLString(t, in)
	if len(items) != 3 {
		t.Fatalf("got %d items: %s", len(items), render(items))
	}
	for _, it := range items {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
	}
	if d := items[0].Doc; d.ID != "a" || d.Text != "Line one.\nLine \"two\" é." || !d.Published.Equal(time.Date(2024, 3, 12, 9, 30, 0, 0, time.UTC)) {
		t.Errorf("record 1: %+v", d)
	}
	if d := items[1].Doc; d.ID != "https://x.org/b" {
		t.Errorf("record 2: ID %q, want the URL", d.ID)
	}
	if d := items[2].Doc; d.ID != contentID("C.") || !d.Published.Equal(time.Unix(1710236400, 5e8)) {
		t.Errorf("record 3: %+v", d)
	}
}

// An empty published string means no date, as null does.
func TestJSONLNoDate(t *testing.T) {
	for _, in := range []string{
		`{"text":"Talks failed.","published":null}`,
		`{"text":"Talks failed.","published":""}`,
		`{"text":"Talks failed.","published":"  "}`,
	} {
		items := readJSONLString(t, in)
		if len(items) != 1 || items[0].Err != nil || items[0].Doc.Text != "Talks failed." || !items[0].Doc.Published.IsZero() {
			t.Errorf("%s: got %s", in, render(items))
		}
	}
}

// Keys are matched exactly: a "Text" key is not the text.
func TestJSONLKeysExact(t *testing.T) {
	for _, tt := range []struct{ in, text string }{
		{`{"text":"Talks failed.","Text":"Other."}`, "Talks failed."},
		{`{"Text":"Other.","text":"Talks failed."}`, "Talks failed."},
		{`{"TEXT":"Other.","text":"Talks failed.","Published":"nonsense"}`, "Talks failed."},
	} {
		items := readJSONLString(t, tt.in)
		if len(items) != 1 || items[0].Err != nil || items[0].Doc.Text != tt.text {
			t.Errorf("%s: got %s", tt.in, render(items))
		}
	}
}

// TestJSONLGoesOn checks that a bad line costs only itself.
func TestJSONLGoesOn(t *testing.T) {
	items := readJSONLString(t, "{\"text\":\"a\"}\n{broken\n{\"text\":\"c\"}\n")
	if len(items) != 3 || items[0].Doc == nil || items[1].Err == nil || items[2].Doc == nil || items[2].Doc.Text != "c" {
		t.Errorf("got %s", render(items))
	}
}

func TestJSONLLongLine(t *testing.T) {
	defer func(n int) { maxLine = n }(maxLine)
	maxLine = 100
	// The reader's buffer is 8 KiB, so the long line spans several reads.
	in := `{"text":"` + strings.Repeat("a", 20000) + "\"}\n{\"text\":\"after\"}\n"
	items := readJSONLString(t, in)
	if len(items) != 2 || items[0].Err == nil || items[0].Err.Error() != "a.jsonl:1: line longer than 100 bytes" || items[1].Doc == nil {
		t.Errorf("got %s", render(items))
	}
	if byteSize(64<<20) != "64 MiB" {
		t.Errorf("byteSize(64 MiB) = %q", byteSize(64<<20))
	}
}

func TestJSONArray(t *testing.T) {
	tests := []struct{ in, want string }{
		{"[\n  {\"id\": \"a\", \"text\": \"First.\"},\n  {\"id\": \"b\",\n   \"text\": \"\"},\n  {\"text\": \"Third.\"}\n]\n",
			"DOC a First.\nERROR a.json:3: text: empty article\nDOC sha256 Third.\n"},
		{"[]", "ERROR a.json: empty JSON array\n"},
		{"\xEF\xBB\xBF[{\"text\":\"bom\"}]", "DOC sha256 bom\n"},
		{"[{\"text\":\"ok\"},\n{\"text\":", "DOC sha256 ok\nERROR a.json:2: invalid JSON: unexpected EOF\n"},
		{"[{\"text\":\"ok\"} {\"text\":\"x\"}]", "DOC sha256 ok\nERROR a.json:1: invalid JSON: expected comma after array element\n"},
		{"[\"x\"]", "ERROR a.json:1: want a JSON object, got string\n"},
		{"[{\"text\":\"ok\"}\n", "DOC sha256 ok\nERROR a.json:1: invalid JSON: unexpected end of input, want ]\n"},
	}
	for _, tt := range tests {
		var b strings.Builder
		err := ReadFile(context.Background(), "a.json", strings.NewReader(tt.in), Options{}, func(it Item) error {
			if it.Err != nil {
				fmt.Fprintf(&b, "ERROR %v\n", it.Err)
			} else {
				id := it.Doc.ID
				if strings.HasPrefix(id, "sha256:") {
					id = "sha256"
				}
				fmt.Fprintf(&b, "DOC %s %s\n", id, it.Doc.Text)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.in, b.String(), tt.want)
		}
	}
}

func TestJSONPretty(t *testing.T) {
	tests := []struct{ in, want string }{
		{"{\n  \"id\": \"p\",\n  \"text\": \"One article\\nover lines.\"\n}\n", "DOC p One article\nover lines.\n"},
		{"\n{\n  \"id\": \"p\",\n  \"text\": \"\"\n}", "ERROR a.json:2: text: empty article\n"},
		{"{\"text\":\n{\"text\":\"b\"}\n", "ERROR a.json:1: invalid JSON: unexpected end of JSON input\nDOC sha256 b\n"},
	}
	for _, tt := range tests {
		var b strings.Builder
		err := ReadFile(context.Background(), "a.json", strings.NewReader(tt.in), Options{}, func(it Item) error {
			if it.Err != nil {
				fmt.Fprintf(&b, "ERROR %v\n", it.Err)
			} else {
				id := it.Doc.ID
				if strings.HasPrefix(id, "sha256:") {
					id = "sha256"
				}
				fmt.Fprintf(&b, "DOC %s %s\n", id, it.Doc.Text)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.in, b.String(), tt.want)
		}
	}
}

// TestNULRefusedInEveryFormat checks the check that ReadFile puts around
// every reader, for formats whose reader does not look for NUL itself.
func TestNULRefusedInEveryFormat(t *testing.T) {
	ok := "# text = Talks began.\n1\tTalks\ttalk\tNOUN\t_\t_\t2\tnsubj\t_\t_\n2\tbegan\tbegin\tVERB\t_\t_\t0\troot\t_\t_\n\n"
	bad := "# newdoc id = d2\n# text = A\x00b.\n1\tA\x00b\ta\tPROPN\t_\t_\t0\troot\t_\t_\n\n"
	tests := []struct {
		name, path, format, in string
		want                   string // the error of the last item
	}{
		// The line where the article starts (its newdoc comment), not only the file.
		{"conllu", "n.conllu", "conllu", "# newdoc id = d1\n" + ok + bad, "n.conllu:6: text: NUL character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var items []Item
			err := ReadFile(context.Background(), tt.path, strings.NewReader(tt.in), Options{Format: tt.format}, func(it Item) error {
				items = append(items, it)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			last := items[len(items)-1]
			if len(items) != 2 || items[0].Err != nil || last.Err == nil || !strings.Contains(last.Err.Error(), tt.want) {
				t.Fatalf("got %s, want the second to fail with %q", render(items), tt.want)
			}
		})
	}
}
