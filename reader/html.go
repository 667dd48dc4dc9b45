package reader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"sitrep"
)

// readHTMLFile reads one page as one article.
func readHTMLFile(path string, data []byte, opt Options) Item {
	doc, err := parseHTMLBytes(data, "", "")
	if err != nil {
		return Item{Err: &Error{File: path, Field: "html", Msg: err.Error()}}
	}
	finish(doc, opt)
	return Item{Doc: doc, Pos: path}
}

// ParseHTML extracts the article of a web page: its main text with the
// boilerplate dropped, paragraphs separated by blank lines, and the title,
// canonical URL, site name and publication date from the page's metadata.
// pageURL, where the page was fetched from, resolves relative links and is
// the URL when the page names no canonical one; it may be empty. The ID is
// the URL, or a hash of the text when there is none.
func ParseHTML(r io.Reader, pageURL string) (*sitrep.Document, error) {
	return ParseHTMLType(r, pageURL, "")
}

// ParseHTMLType is ParseHTML for a page fetched over HTTP: contentType, the
// response's Content-Type header, names the charset of a page whose bytes
// carry no byte-order mark; it outranks the page's own <meta>, as in
// browsers. It may be empty.
func ParseHTMLType(r io.Reader, pageURL, contentType string) (*sitrep.Document, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxFileSize {
		return nil, fmt.Errorf("page larger than %d MiB", maxFileSize>>20)
	}
	doc, err := parseHTMLBytes(data, pageURL, contentType)
	if err != nil {
		return nil, err
	}
	finish(doc, Options{})
	return doc, nil
}

func parseHTMLBytes(data []byte, pageURL, contentType string) (*sitrep.Document, error) {
	if isBinary(data[:min(len(data), sniffSize)]) {
		return nil, errBinary
	}
	data, err := toUTF8(data, contentType)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("cannot parse: %v", err)
	}
	var base *url.URL
	if pageURL != "" {
		if base, err = url.Parse(pageURL); err != nil {
			return nil, fmt.Errorf("bad page URL %q", pageURL)
		}
	}
	m := pageMeta(root, base)
	doc := &sitrep.Document{URL: m.url, Title: m.title, Source: m.site, Published: m.published}
	if doc.URL == "" && base != nil && base.IsAbs() {
		doc.URL = base.String()
	}

	art, ok := extract(root, base)
	if ok {
		doc.Text = nodeText(art.Node)
		if t := strings.TrimSpace(art.Title()); t != "" {
			doc.Title = t
		}
		if doc.Source == "" {
			doc.Source = strings.TrimSpace(art.SiteName())
		}
		if doc.Published.IsZero() {
			if t, err := art.PublishedTime(); err == nil {
				doc.Published = t
			}
		}
	}
	if doc.Published.IsZero() {
		doc.Published = urlDate(doc.URL)
	}
	if blank(doc.Text) {
		// Readability gives up on short pages; the visible body text,
		// less navigation, is better than nothing.
		if again, err := html.Parse(bytes.NewReader(data)); err == nil {
			doc.Text = bodyText(again)
		}
	}
	if blank(doc.Text) {
		return nil, errors.New("no article text found")
	}
	return doc, nil
}

// extract runs readability, which mutates the tree. A panic inside it on a
// malformed page must not end the program, so it becomes a failure.
func extract(root *html.Node, base *url.URL) (art readability.Article, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	p := readability.NewParser()
	art, err := p.ParseAndMutate(root, base)
	return art, err == nil && art.Node != nil
}

// bodyText renders the body without the parts that are navigation.
func bodyText(root *html.Node) string {
	var drop []*html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Form, atom.Menu:
				drop = append(drop, n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(root)
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
	return nodeText(root)
}

// toUTF8 decodes a page in the charset its byte-order mark, its HTTP
// Content-Type (contentType, may be empty) or its <meta> declare, in that
// order, guessing windows-1252 for undeclared non-UTF-8 bytes as browsers
// do. Bytes that are valid UTF-8 are taken for UTF-8 whatever the <meta>
// says: saved and re-encoded pages keep their old declaration, while text
// in a legacy charset is almost never valid UTF-8 by chance.
func toUTF8(data []byte, contentType string) ([]byte, error) {
	if utf8.Valid(data) && !bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF")), nil
	}
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	if name == "utf-8" {
		return bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF")), nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("cannot decode %s: %v", name, err)
	}
	return out, nil
}

// meta is what a page says about itself.
type meta struct {
	title, url, site string
	published        time.Time
}

// Publication-date sources, strongest first. Names are compared in lower
// case; they come from meta name=, property= or itemprop=.
var dateMetaNames = []string{
	"article:published_time", "og:published_time", "og:article:published_time",
	"datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
	"article.published", "article_date_original", "parsely-pub-date",
	"sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
	"dcterms.created", "date", "originalpublicationdate", "cxenseparse:recs:publishtime",
}

// pageMeta reads the metadata of a page: JSON-LD, <meta> tags, the
// canonical link and <time datetime>. Values that do not parse are passed
// over rather than reported: pages are full of them.
func pageMeta(root *html.Node, base *url.URL) meta {
	var (
		m          meta
		canonical  string
		ogURL      string
		ogTitle    string
		titleTag   string
		metaDates  = map[string]string{}
		ld         []any
		timeAttrs  []string
		timeInArt  []string
		inArticle  int
		ldPublishd string
		ldSite     string
		ldHeadline string
	)
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if hasToken(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = attr(n, "href")
				}
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				val := strings.TrimSpace(attr(n, "content"))
				if val == "" && key == "datepublished" {
					val = strings.TrimSpace(attr(n, "datetime"))
				}
				switch key {
				case "og:url":
					ogURL = firstNonEmpty(ogURL, val)
				case "og:title", "twitter:title":
					ogTitle = firstNonEmpty(ogTitle, val)
				case "og:site_name", "application-name":
					m.site = firstNonEmpty(m.site, val)
				}
				if _, seen := metaDates[key]; !seen && val != "" {
					metaDates[key] = val
				}
			case atom.Title:
				if titleTag == "" && n.FirstChild != nil {
					titleTag = strings.Join(strings.Fields(n.FirstChild.Data), " ")
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					var v any
					if json.Unmarshal(ldJSON(n.FirstChild.Data), &v) == nil {
						ld = append(ld, v)
					}
				}
				return
			case atom.Time:
				if dt := strings.TrimSpace(attr(n, "datetime")); dt != "" {
					if _, pub := attrOK(n, "pubdate"); pub || attr(n, "itemprop") == "datePublished" {
						metaDates["pubdate"] = firstNonEmpty(metaDates["pubdate"], dt)
					}
					timeAttrs = append(timeAttrs, dt)
					if inArticle > 0 {
						timeInArt = append(timeInArt, dt)
					}
				}
			case atom.Article:
				inArticle++
				defer func() { inArticle-- }()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)

	for _, v := range ld {
		ldPublishd, ldHeadline, ldSite = jsonLD(v, ldPublishd, ldHeadline, ldSite)
	}

	var dates []string
	dates = append(dates, ldPublishd)
	for _, k := range dateMetaNames {
		dates = append(dates, metaDates[k])
	}
	dates = append(dates, timeInArt...)
	if len(timeInArt) == 0 && len(timeAttrs) > 0 {
		dates = append(dates, timeAttrs[0])
	}
	for _, d := range dates {
		if d == "" {
			continue
		}
		if t, err := parseDate(d); err == nil {
			m.published = t
			break
		}
	}
	m.title = firstNonEmpty(ldHeadline, ogTitle, titleTag)
	m.site = firstNonEmpty(m.site, ldSite)
	for _, u := range []string{canonical, ogURL} {
		if abs := absURL(base, u); abs != "" {
			m.url = abs
			break
		}
	}
	return m
}

// urlPathDate finds a day in a URL path, as news sites write it:
// /2024/05/02/slug, /2024-05-02/slug.
var urlPathDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/_-]|$)`)

// urlDate is the last resort for a page's date: the day its URL names.
func urlDate(s string) time.Time {
	u, err := url.Parse(s)
	if err != nil {
		return time.Time{}
	}
	m := urlPathDate.FindStringSubmatch(u.Path)
	if m == nil {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3])
	if err != nil {
		return time.Time{}
	}
	return t
}

// ldJSON strips what pages wrap their JSON-LD in (<![CDATA[ ]]>, with or
// without comment marks) by keeping what lies between the first opening and
// the last closing bracket.
func ldJSON(s string) []byte {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "<![CDATA[") {
		s = strings.Replace(s, "<![CDATA[", "", 1)
		if k := strings.LastIndex(s, "]]>"); k >= 0 {
			s = s[:k]
		}
	}
	i := strings.IndexAny(s, "{[")
	j := strings.LastIndexAny(s, "}]")
	if i < 0 || j < i {
		return nil
	}
	return []byte(s[i : j+1])
}

// articleTypes are the schema.org types whose datePublished is the
// article's, rather than a related page's or the site's.
var articleTypes = []string{"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
	"BlogPosting", "Report", "LiveBlogPosting", "OpinionNewsArticle", "WebPage", "ScholarlyArticle"}

// jsonLD searches a JSON-LD value (an object, an array, or a @graph) for
// the first article-typed node and keeps the first values found.
func jsonLD(v any, pub, headline, site string) (string, string, string) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			pub, headline, site = jsonLD(e, pub, headline, site)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			pub, headline, site = jsonLD(g, pub, headline, site)
		}
		if !ldTyped(x["@type"]) {
			return pub, headline, site
		}
		if s, ok := x["datePublished"].(string); ok && pub == "" {
			pub = s
		}
		if s, ok := x["headline"].(string); ok && headline == "" {
			headline = strings.TrimSpace(s)
		}
		if p, ok := x["publisher"].(map[string]any); ok && site == "" {
			if s, ok := p["name"].(string); ok {
				site = strings.TrimSpace(s)
			}
		}
	}
	return pub, headline, site
}

func ldTyped(t any) bool {
	switch x := t.(type) {
	case string:
		for _, a := range articleTypes {
			if x == a {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if ldTyped(e) {
				return true
			}
		}
	}
	return false
}

func absURL(base *url.URL, s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if !u.IsAbs() || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(strings.ToLower(list)) {
		if f == tok {
			return true
		}
	}
	return false
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return strings.TrimSpace(x)
		}
	}
	return ""
}
