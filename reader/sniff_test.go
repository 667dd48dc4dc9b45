package reader

import "testing"

func TestDetect(t *testing.T) {
	tests := []struct {
		path, head string
		want       string
		err        string
	}{
		{"a.txt", "<html>", "txt", ""}, // the extension wins over content
		{"a.TXT", "hello", "txt", ""},
		{"a.jsonl", "plain", "jsonl", ""},
		{"a.ndjson", "{}", "jsonl", ""},
		{"a.htm", "x", "html", ""},
		{"a.atom", "x", "rss", ""},
		{"a.conllu", "x", "conllu", ""},
		{"a.conllu.bak", "1\tword\t_\t_\t_\t_\t0\troot\t_\t_\n", "txt", ""}, // CoNLL-U is never sniffed
		{"-", "{\"text\":\"x\"}\n", "jsonl", ""},
		{"a.json", "  \n{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}", "rss", ""},
		{"a.json", "{\"id\":1}", "jsonl", ""},
		{"-", `{"version":"https:\/\/jsonfeed.org\/version\/1"}`, "rss", ""},
		{"a.json", "[{\"id\":1}]", "jsonl", ""},
		{"-", "\xEF\xBB\xBF<!DOCTYPE html><html>", "html", ""},
		{"-", "<!-- saved page --><html>", "html", ""},
		{"-", "<p>fragment</p>", "html", ""},
		{"page", "<?xml version=\"1.0\"?><!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\">", "html", ""},
		{"feed.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "rss", ""},
		{"feed.xml", "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"a.xsl\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", "rss", ""},
		{"feed.xml", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", "rss", ""},
		{"data.xml", "<?xml version=\"1.0\"?><catalog>", "", "XML with root element <catalog> is neither a feed nor a page"},
		{"-", "", "txt", ""},
		{"-", "Plain words.", "txt", ""},
		{"-", "<!-- only a comment -->", "html", ""},
		{"-", "\xFF\xFEh\x00i\x00", "txt", ""}, // UTF-16 passes the binary test; the text reader refuses it
		{"a.txt", "GIF89a\x00\x01", "", "binary file (not text)"},
		{"a.html", "\x01\x02\x03\x04\x05\x06 mostly control bytes", "", "binary file (not text)"},
	}
	for _, tt := range tests {
		got, err := detect(tt.path, []byte(tt.head))
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		if got != tt.want || msg != tt.err {
			t.Errorf("detect(%q, %.30q) = %q, %q; want %q, %q", tt.path, tt.head, got, msg, tt.want, tt.err)
		}
	}
}
