package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"sitrep"
)

const eventColumns = `e.id, e.date, e.date_precision, e.source_code, e.source_country, e.source_sector, e.source_name,
	e.target_code, e.target_country, e.target_sector, e.target_name, e.cameo, e.root_code, e.plover, e.mode, e.context,
	e.goldstein, e.quad, e.status, e.place_name, e.place_geonameid, e.place_lat, e.place_lon, e.place_country,
	e.mentions, e.sources, e.articles, e.first_seen, a.doc_id, a.url, e.sentence, e.trigger`

// where builds the WHERE clause of an event filter. Code filters are
// prefix ranges so that the indexes serve them.
func eventWhere(f sitrep.EventFilter) (string, []any) {
	var conds []string
	var args []any
	prefix := func(col, p string) {
		// A three-letter actor prefix is a country: equality on the
		// country column lets an index walk the events in date order.
		if cc, ok := countryPrefix(col, p); ok {
			conds = append(conds, cc+" = ?")
			args = append(args, strings.ToUpper(p))
			return
		}
		lo, hi := prefixRange(p)
		conds = append(conds, fmt.Sprintf("(%s >= ? AND %s < ?)", col, col))
		args = append(args, lo, hi)
	}
	if f.Actor != "" {
		lo, hi := prefixRange(f.Actor)
		conds = append(conds, "((e.source_code >= ? AND e.source_code < ?) OR (e.target_code >= ? AND e.target_code < ?))")
		args = append(args, lo, hi, lo, hi)
	}
	if f.Source != "" {
		prefix("e.source_code", f.Source)
	}
	if f.Target != "" {
		prefix("e.target_code", f.Target)
	}
	if f.Country != "" {
		c := strings.ToUpper(f.Country)
		conds = append(conds, "(e.source_country = ? OR e.target_country = ?)")
		args = append(args, c, c)
	}
	switch {
	case len(f.CAMEO) == 2:
		conds = append(conds, "e.root_code = ?")
		args = append(args, f.CAMEO)
	case f.CAMEO != "":
		prefix("e.cameo", f.CAMEO)
	}
	if f.PLOVER != "" {
		conds = append(conds, "e.plover = ?")
		args = append(args, strings.ToUpper(f.PLOVER))
	}
	if f.Status != "" {
		conds = append(conds, "e.status = ?")
		args = append(args, strings.ToLower(f.Status))
	}
	if f.From != "" {
		c, a := fromCond("e.date", f.From)
		conds = append(conds, c)
		args = append(args, a...)
	}
	if f.To != "" {
		// A bound of 2024-03-31 includes 2024-03-31 and month-precision
		// dates of March; "~" sorts after every digit and dash.
		conds = append(conds, "e.date <= ?")
		args = append(args, f.To+"~")
	}
	if f.Place != "" {
		conds = append(conds, "(lower(e.place_name) = lower(?) OR e.place_country = ?)")
		args = append(args, f.Place, strings.ToUpper(f.Place))
	}
	if f.Text != "" {
		conds = append(conds, "lower(e.sentence) LIKE lower(?) ESCAPE '\\'")
		args = append(args, "%"+likeEscape(f.Text)+"%")
	}
	if f.Article != "" {
		conds = append(conds, "e.id IN (SELECT m.event_id FROM mentions m JOIN articles x ON x.id = m.article_id WHERE "+articleMatch("x")+")")
		args = append(args, f.Article, f.Article, f.Article)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// fromCond is the condition that a date column is on or after from. A
// date kept only to the month or year that holds from overlaps the range
// and is in it ("this summer" seen from 2024-03-13), as the `to` bound's
// "~" keeps the month and year that hold it; those sort before from.
func fromCond(col, from string) (string, []any) {
	conds := []string{col + " >= ?"}
	args := []any{from}
	for _, n := range []int{7, 4} {
		if len(from) > n && (n == 4 || from[4] == '-') && from[n] == '-' {
			conds = append(conds, col+" = ?")
			args = append(args, from[:n])
		}
	}
	if len(conds) == 1 {
		return conds[0], args
	}
	return "(" + strings.Join(conds, " OR ") + ")", args
}

// countryPrefix maps an actor-code column and a three-letter, non-IGO
// prefix to the matching country column.
func countryPrefix(col, p string) (string, bool) {
	if len(p) != 3 || strings.EqualFold(p, "IGO") {
		return "", false
	}
	switch col {
	case "e.source_code":
		return "e.source_country", true
	case "e.target_code":
		return "e.target_country", true
	}
	return "", false
}

func isCountry(p string) bool { return len(p) == 3 && !strings.EqualFold(p, "IGO") }

func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

func limitOffset(limit, offset, def int) string {
	if limit <= 0 {
		limit = def
	}
	return fmt.Sprintf(" LIMIT %d OFFSET %d", limit, max(offset, 0))
}

// eventOrder is the ORDER BY of f: newest first, or soonest first.
func eventOrder(f sitrep.EventFilter) string {
	if f.Soonest {
		return "e.date, e.id"
	}
	return "e.date DESC, e.id DESC"
}

// Events returns events matching f, newest event date first (soonest first
// with f.Soonest).
func (s *Store) Events(ctx context.Context, f sitrep.EventFilter) ([]sitrep.StoredEvent, error) {
	if err := validQuery(f.Actor, f.Source, f.Target, f.Country, f.CAMEO, f.PLOVER, f.Status, f.From, f.To, f.Place, f.Text, f.Article); err != nil {
		return nil, err
	}
	if f.Country != "" && f.Actor == "" && isCountry(f.Country) {
		// "Source or target country is X" is the actor filter on a
		// country prefix, with its index-ordered plan.
		f.Actor, f.Country = f.Country, ""
	}
	if f.Actor != "" && f.Source == "" && f.Target == "" {
		return s.actorEvents(ctx, f)
	}
	return s.events(ctx, f)
}

// actorEvents answers "source or target is A" as two queries that each
// walk an index in date order, merged: one query with OR would sort every
// event of a busy actor.
func (s *Store) actorEvents(ctx context.Context, f sitrep.EventFilter) ([]sitrep.StoredEvent, error) {
	asSource, asTarget := f, f
	asSource.Actor, asTarget.Actor = "", ""
	asSource.Source, asTarget.Target = f.Actor, f.Actor
	return sitrep.EitherPage(ctx, f, asSource, asTarget, s.events)
}

func (s *Store) events(ctx context.Context, f sitrep.EventFilter) ([]sitrep.StoredEvent, error) {
	w, args := eventWhere(f)
	q := "SELECT " + eventColumns + " FROM events e JOIN articles a ON a.id = e.first_article" + w +
		" ORDER BY " + eventOrder(f) + limitOffset(f.Limit, f.Offset, 100)
	rows, err := s.R.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []sitrep.StoredEvent
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// EachEvent streams every event matching f in id order (limits ignored
// unless set).
func (s *Store) EachEvent(ctx context.Context, f sitrep.EventFilter, fn func(*sitrep.StoredEvent) error) error {
	if err := validQuery(f.Actor, f.Source, f.Target, f.Country, f.CAMEO, f.PLOVER, f.Status, f.From, f.To, f.Place, f.Text, f.Article); err != nil {
		return err
	}
	w, args := eventWhere(f)
	q := "SELECT " + eventColumns + " FROM events e JOIN articles a ON a.id = e.first_article" + w + " ORDER BY e.id"
	if f.Limit > 0 {
		q += limitOffset(f.Limit, f.Offset, 0)
	}
	rows, err := s.R.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return err
		}
		if err := fn(&e); err != nil {
			return err
		}
	}
	return rows.Err()
}

func scanEvent(rows *sql.Rows) (sitrep.StoredEvent, error) {
	var e sitrep.StoredEvent
	var pname, pcountry, firstSeen string
	var pgid int
	var plat, plon sql.NullFloat64
	err := rows.Scan(&e.ID, &e.Date, &e.DatePrecision, &e.SourceCode, &e.SourceCountry, &e.SourceSector, &e.SourceName,
		&e.TargetCode, &e.TargetCountry, &e.TargetSector, &e.TargetName, &e.CAMEO, &e.RootCode, &e.PLOVER, &e.Mode, &e.Context,
		&e.Goldstein, &e.Quad, &e.Status, &pname, &pgid, &plat, &plon, &pcountry,
		&e.Mentions, &e.Sources, &e.Articles, &firstSeen, &e.ArticleID, &e.ArticleURL, &e.Sentence, &e.Trigger)
	if err != nil {
		return e, err
	}
	if pname != "" || pcountry != "" {
		e.Place = &sitrep.Place{Name: pname, GeonameID: pgid, Lat: plat.Float64, Lon: plon.Float64, Country: pcountry}
	}
	e.FirstSeen, _ = sitrep.ParseDate(firstSeen)
	return e, nil
}

// Mentions lists the article mentions of one event.
func (s *Store) Mentions(ctx context.Context, eventID int64) ([]sitrep.Mention, error) {
	rows, err := s.R.QueryContext(ctx, `SELECT m.event_id, a.doc_id, a.url, a.source, a.published, m.sentence, m.start, m."end", m.status, m.rule
		FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY a.id, m.start`, eventID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []sitrep.Mention
	for rows.Next() {
		var m sitrep.Mention
		var pub string
		if err := rows.Scan(&m.EventID, &m.ArticleID, &m.URL, &m.Source, &pub, &m.Sentence, &m.Start, &m.End, &m.Status, &m.Rule); err != nil {
			return nil, err
		}
		m.Published, _ = sitrep.ParseDate(pub)
		out = append(out, m)
	}
	return out, rows.Err()
}

// Quotes returns quotes matching f, newest article first.
func (s *Store) Quotes(ctx context.Context, f sitrep.QuoteFilter) ([]sitrep.StoredQuote, error) {
	if err := validQuery(f.Speaker, f.Actor, f.Text, f.From, f.To); err != nil {
		return nil, err
	}
	var conds []string
	var args []any
	if f.Speaker != "" {
		conds = append(conds, "lower(q.speaker) LIKE lower(?) ESCAPE '\\'")
		args = append(args, "%"+likeEscape(f.Speaker)+"%")
	}
	if f.Actor != "" {
		lo, hi := prefixRange(f.Actor)
		conds = append(conds, "(q.actor >= ? AND q.actor < ?)")
		args = append(args, lo, hi)
	}
	if f.Text != "" {
		conds = append(conds, "lower(q.text) LIKE lower(?) ESCAPE '\\'")
		args = append(args, "%"+likeEscape(f.Text)+"%")
	}
	if f.From != "" {
		conds = append(conds, "q.published >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		conds = append(conds, "q.published <= ?")
		args = append(args, f.To+"~")
	}
	w := ""
	if len(conds) > 0 {
		w = " WHERE " + strings.Join(conds, " AND ")
	}
	rows, err := s.R.QueryContext(ctx, `SELECT q.start, q."end", q.text, q.direct, q.speaker, q.actor, a.doc_id, a.url, q.published
		FROM quotes q JOIN articles a ON a.id = q.article_id`+w+" ORDER BY q.published DESC, q.id"+limitOffset(f.Limit, f.Offset, 100), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []sitrep.StoredQuote
	for rows.Next() {
		var q sitrep.StoredQuote
		var speaker, actor, pub string
		if err := rows.Scan(&q.Start, &q.End, &q.Text, &q.Direct, &speaker, &actor, &q.ArticleID, &q.URL, &pub); err != nil {
			return nil, err
		}
		if speaker != "" || actor != "" {
			q.SpeakerResolved = &sitrep.ResolvedSpeaker{Text: speaker, Actor: actor}
		}
		q.Published, _ = sitrep.ParseDate(pub)
		out = append(out, q)
	}
	return out, rows.Err()
}

// Dyad returns the A→B (and with Both, B→A) series from the daily rollup.
func (s *Store) Dyad(ctx context.Context, q sitrep.DyadQuery) ([]sitrep.DyadPoint, error) {
	if err := validQuery(q.A, q.B, q.From, q.To); err != nil {
		return nil, err
	}
	if q.A == "" || q.B == "" {
		return nil, sitrep.Errorf(sitrep.EInvalid, "a dyad needs two actors")
	}
	var period string
	switch q.By {
	case sitrep.ByDay, "":
		period = "day"
	case sitrep.ByMonth:
		period = "substr(day, 1, 7)"
	case sitrep.ByWeek:
		// The Monday that starts the ISO week, kept at ingest.
		period = "week"
	default:
		return nil, sitrep.Errorf(sitrep.EInvalid, "unknown period %q: use day, week or month", q.By)
	}
	side := func(a, b string) (string, []any) {
		var conds []string
		var args []any
		for _, x := range []struct{ p, code, country string }{{a, "source_code", "source_country"}, {b, "target_code", "target_country"}} {
			p := strings.ToUpper(x.p)
			// The same test as the table's choice below: upper-casing can
			// change a string's length ("ı" → "I").
			if isCountry(x.p) {
				conds = append(conds, x.country+" = ?")
				args = append(args, p)
			} else {
				lo, hi := prefixRange(p)
				conds = append(conds, fmt.Sprintf("(%s >= ? AND %s < ?)", x.code, x.code))
				args = append(args, lo, hi)
			}
		}
		return "(" + strings.Join(conds, " AND ") + ")", args
	}
	table := "dyad_days"
	if isCountry(q.A) && isCountry(q.B) {
		table = "dyad_country_days"
	}
	c1, args := side(q.A, q.B)
	cond := c1
	if q.Both {
		c2, a2 := side(q.B, q.A)
		cond = "(" + c1 + " OR " + c2 + ")"
		args = append(args, a2...)
	}
	if q.From != "" {
		c, a := fromCond("day", q.From)
		cond += " AND " + c
		args = append(args, a...)
	}
	if q.To != "" {
		cond += " AND day <= ?"
		args = append(args, q.To+"~")
	}
	// An undated event (or, by week, one dated to the month) has no place
	// in a series by period: it made a first row with an empty period.
	cond += " AND " + period + " <> ''"
	rows, err := s.R.QueryContext(ctx, "SELECT "+period+" AS p, quad, sum(n), sum(goldstein_sum) FROM "+table+" WHERE "+cond+
		" GROUP BY p, quad ORDER BY p, quad", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []sitrep.DyadPoint
	var gsum float64
	for rows.Next() {
		var p string
		var quad, n int
		var g float64
		if err := rows.Scan(&p, &quad, &n, &g); err != nil {
			return nil, err
		}
		if len(out) == 0 || out[len(out)-1].Period != p {
			if len(out) > 0 {
				out[len(out)-1].MeanGoldstein = gsum / float64(out[len(out)-1].Events)
			}
			out = append(out, sitrep.DyadPoint{Period: p})
			gsum = 0
		}
		pt := &out[len(out)-1]
		pt.Events += n
		if quad >= 1 && quad <= 4 {
			pt.Quad[quad-1] += n
		}
		gsum += g
	}
	if len(out) > 0 {
		out[len(out)-1].MeanGoldstein = gsum / float64(out[len(out)-1].Events)
	}
	return out, rows.Err()
}

// Actors lists the most active actors from the per-day rollup.
func (s *Store) Actors(ctx context.Context, f sitrep.ActorFilter) ([]sitrep.ActorCount, error) {
	if err := validQuery(f.Prefix, f.From, f.To); err != nil {
		return nil, err
	}
	if f.From == "" && f.To == "" {
		return s.actorTotals(ctx, f)
	}
	var conds []string
	var args []any
	if f.Prefix != "" {
		lo, hi := prefixRange(f.Prefix)
		conds = append(conds, "code >= ? AND code < ?")
		args = append(args, lo, hi)
	}
	if f.From != "" {
		c, a := fromCond("day", f.From)
		conds = append(conds, c)
		args = append(args, a...)
	}
	if f.To != "" {
		conds = append(conds, "day <= ?")
		args = append(args, f.To+"~")
	}
	w := ""
	if len(conds) > 0 {
		w = " WHERE " + strings.Join(conds, " AND ")
	}
	return s.queryActors(ctx, "SELECT code, max(name), max(country), max(sector), sum(as_source), sum(as_target) FROM actor_days"+w+
		" GROUP BY code ORDER BY sum(as_source) + sum(as_target) DESC, code"+limitOffset(f.Limit, f.Offset, 50), args...)
}

// actorTotals answers the all-time most-active list from the totals kept
// at ingest.
func (s *Store) actorTotals(ctx context.Context, f sitrep.ActorFilter) ([]sitrep.ActorCount, error) {
	q := "SELECT code, name, country, sector, as_source, as_target FROM actor_totals"
	var args []any
	if f.Prefix != "" {
		lo, hi := prefixRange(f.Prefix)
		q += " WHERE code >= ? AND code < ?"
		args = append(args, lo, hi)
	}
	return s.queryActors(ctx, q+" ORDER BY total DESC, code"+limitOffset(f.Limit, f.Offset, 50), args...)
}

// queryActors runs a query whose rows are code, name, country, sector,
// as_source, as_target.
func (s *Store) queryActors(ctx context.Context, q string, args ...any) ([]sitrep.ActorCount, error) {
	rows, err := s.R.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []sitrep.ActorCount
	for rows.Next() {
		var a sitrep.ActorCount
		if err := rows.Scan(&a.Code, &a.Name, &a.Country, &a.Sector, &a.AsSource, &a.AsTarget); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Search runs a full-text query over titles and texts. The query is taken
// as words, each matched as a prefix-free term, quoted phrases kept.
func (s *Store) Search(ctx context.Context, q sitrep.SearchQuery) ([]sitrep.SearchHit, error) {
	if err := validQuery(q.Query); err != nil {
		return nil, err
	}
	if strings.TrimSpace(q.Query) == "" || s.D.SearchArg(q.Query) == "" {
		return nil, sitrep.Errorf(sitrep.EInvalid, "empty search query")
	}
	rows, err := s.R.QueryContext(ctx, s.D.Search+limitOffset(q.Limit, q.Offset, 20), s.D.SearchArg(q.Query))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []sitrep.SearchHit
	for rows.Next() {
		var h sitrep.SearchHit
		var pub string
		if err := rows.Scan(&h.ArticleID, &h.Title, &h.URL, &pub, &h.Snippet, &h.Rank); err != nil {
			return nil, err
		}
		h.Published, _ = sitrep.ParseDate(pub)
		out = append(out, h)
	}
	return out, rows.Err()
}

// FTS5Query turns user text into an FTS5 query that cannot be a syntax
// error: every word becomes a quoted string; a whole query in quotes is
// one phrase.
func FTS5Query(q string) string {
	q = strings.TrimSpace(q)
	if len(q) > 1 && q[0] == '"' && q[len(q)-1] == '"' {
		return `"` + strings.ReplaceAll(q[1:len(q)-1], `"`, `""`) + `"`
	}
	var parts []string
	for _, w := range strings.Fields(q) {
		w = strings.Trim(w, `"`)
		if w != "" {
			parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
		}
	}
	return strings.Join(parts, " ")
}
