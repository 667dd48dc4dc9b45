package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"sitrep"
)

// The export formats and their columns are documented in docs/export.md.

func cmdExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export", "")
	st := storeFlag(fs, e)
	format := fs.String("format", "jsonl", "export `format`: gdelt, plover, csv, jsonl")
	f := eventFilterFlags(fs)
	header := fs.Bool("header", false, "gdelt: write a header line (GDELT files have none)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkEventFilter(f); err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	var row func(*sitrep.StoredEvent) error
	// flush writes out what is buffered; its error (a full disk, a closed
	// pipe) is the command's, not something to drop in a defer.
	flush := w.Flush
	switch *format {
	case "gdelt":
		if *header {
			fmt.Fprintln(w, strings.Join(gdeltColumns, "\t"))
		}
		row = func(ev *sitrep.StoredEvent) error {
			_, err := fmt.Fprintln(w, strings.Join(gdeltRow(ev), "\t"))
			return err
		}
	case "plover":
		enc := json.NewEncoder(w)
		row = func(ev *sitrep.StoredEvent) error { return enc.Encode(ploverRecord(ev)) }
	case "jsonl":
		enc := json.NewEncoder(w)
		row = func(ev *sitrep.StoredEvent) error { return enc.Encode(ev) }
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(csvColumns)
		flush = func() error {
			if cw.Flush(); cw.Error() != nil {
				return cw.Error()
			}
			return w.Flush()
		}
		row = func(ev *sitrep.StoredEvent) error { return cw.Write(csvRow(ev)) }
	default:
		return usageError{fmt.Sprintf("--format %q: use gdelt, plover, csv or jsonl", *format)}
	}
	s, err := openExistingStore(ctx, *st)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.EachEvent(ctx, *f, row); err != nil {
		return err
	}
	return flush()
}

// gdeltColumns is the GDELT 2.0 event table's column order (61 columns).
// Fields sitrep does not code (ethnicity, religion, tone, ADM codes) are
// empty; actor geography is left empty and the action geography is the
// event place.
var gdeltColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

func gdeltRow(ev *sitrep.StoredEvent) []string {
	r := make([]string, len(gdeltColumns))
	day := strings.ReplaceAll(ev.Date, "-", "")
	for len(day) < 8 {
		day += "00" // GDELT writes unknown month or day as 00
	}
	r[0] = strconv.FormatInt(ev.ID, 10)
	r[1], r[2], r[3] = day, day[:6], day[:4]
	if t, err := time.Parse("20060102", day); err == nil {
		r[4] = strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/365, 'f', 4, 64)
	}
	actor := func(at int, code, name, country, sector string) {
		r[at], r[at+1], r[at+2] = code, strings.ToUpper(name), country
		if strings.HasPrefix(code, "IGO") {
			r[at+3] = strings.TrimPrefix(code, "IGO")
		}
		r[at+7] = sector
	}
	actor(5, ev.SourceCode, ev.SourceName, ev.SourceCountry, ev.SourceSector)
	actor(15, ev.TargetCode, ev.TargetName, ev.TargetCountry, ev.TargetSector)
	r[25] = "1"
	r[26] = ev.CAMEO
	r[27] = ev.CAMEO[:min(3, len(ev.CAMEO))]
	r[28] = ev.RootCode
	r[29] = strconv.Itoa(ev.Quad)
	r[30] = strconv.FormatFloat(ev.Goldstein, 'f', 1, 64)
	r[31], r[32], r[33] = strconv.Itoa(ev.Mentions), strconv.Itoa(ev.Sources), strconv.Itoa(ev.Articles)
	if p := ev.Place; p != nil {
		typ := "4" // world city
		if p.GeonameID == 0 {
			typ = "1" // country
		}
		r[51], r[52], r[53] = typ, p.Name, p.Country
		r[56], r[57] = strconv.FormatFloat(p.Lat, 'f', 4, 64), strconv.FormatFloat(p.Lon, 'f', 4, 64)
		if p.GeonameID != 0 {
			r[58] = strconv.Itoa(p.GeonameID)
		}
	}
	if !ev.FirstSeen.IsZero() {
		r[59] = ev.FirstSeen.Format("20060102150405")
	}
	r[60] = ev.ArticleURL
	for i, f := range r {
		// A name, place or URL with a tab or line break in it would
		// shift the columns or split the row.
		if strings.ContainsAny(f, "\t\n\r\v\f") {
			r[i] = strings.Join(strings.Fields(f), " ")
		}
	}
	return r
}

// ploverRecord is an event in the PLOVER JSON form (PLOVER manual, ch. 6).
func ploverRecord(ev *sitrep.StoredEvent) map[string]any {
	entity := func(code, name, country, sector string) []map[string]string {
		if code == "" {
			return nil
		}
		return []map[string]string{{"code": code, "raw_text": name, "country_name": country, "sector_code": sector}}
	}
	rec := map[string]any{
		"id":         fmt.Sprintf("SITREP-%s-%d", strings.ReplaceAll(ev.Date, "-", ""), ev.ID),
		"has_event":  true,
		"date":       ev.Date,
		"actor":      entity(ev.SourceCode, ev.SourceName, ev.SourceCountry, ev.SourceSector),
		"recipient":  entity(ev.TargetCode, ev.TargetName, ev.TargetCountry, ev.TargetSector),
		"event":      []string{ev.PLOVER},
		"event_text": []string{ev.Trigger},
		"quad_code":  ev.Quad,
		"mode":       nonEmpty(ev.Mode),
		"context":    nonEmpty(ev.Context),
		"link":       ev.ArticleURL,
		"text":       ev.Sentence,
		"coder":      "sitrep " + version,
		"cameo":      ev.CAMEO,
		"goldstein":  ev.Goldstein,
		"status":     ev.Status,
		"mentions":   ev.Mentions,
	}
	if p := ev.Place; p != nil {
		rec["event_loc"] = map[string]any{"name": p.Name, "geonameid": p.GeonameID, "lat": p.Lat, "lon": p.Lon, "country": p.Country}
	}
	return rec
}

func nonEmpty(s string) []string {
	if s == "" {
		return []string{}
	}
	return strings.Split(s, ",")
}

var csvColumns = []string{"id", "date", "date_precision", "source_code", "source_name", "source_country", "source_sector",
	"target_code", "target_name", "target_country", "target_sector", "cameo", "root_code", "plover", "mode", "context",
	"goldstein", "quad", "status", "place", "place_country", "lat", "lon", "geonameid", "mentions", "sources", "articles",
	"article_id", "url", "trigger", "sentence"}

func csvRow(ev *sitrep.StoredEvent) []string {
	var place, pc, lat, lon, gid string
	if p := ev.Place; p != nil {
		place, pc = p.Name, p.Country
		lat, lon = strconv.FormatFloat(p.Lat, 'f', 4, 64), strconv.FormatFloat(p.Lon, 'f', 4, 64)
		gid = strconv.Itoa(p.GeonameID)
	}
	return []string{strconv.FormatInt(ev.ID, 10), ev.Date, ev.DatePrecision, ev.SourceCode, ev.SourceName, ev.SourceCountry, ev.SourceSector,
		ev.TargetCode, ev.TargetName, ev.TargetCountry, ev.TargetSector, ev.CAMEO, ev.RootCode, ev.PLOVER, ev.Mode, ev.Context,
		strconv.FormatFloat(ev.Goldstein, 'f', 1, 64), strconv.Itoa(ev.Quad), ev.Status, place, pc, lat, lon, gid,
		strconv.Itoa(ev.Mentions), strconv.Itoa(ev.Sources), strconv.Itoa(ev.Articles), ev.ArticleID, ev.ArticleURL, ev.Trigger, ev.Sentence}
}
