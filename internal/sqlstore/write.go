package sqlstore

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	kgzip "github.com/klauspost/compress/gzip"

	"sitrep"
)

// PutDocument stores one article; see sitrep.Store.
func (s *Store) PutDocument(ctx context.Context, doc *sitrep.Document) (sitrep.PutResult, error) {
	res, err := s.PutDocuments(ctx, []*sitrep.Document{doc})
	if err != nil {
		return sitrep.PutResult{}, err
	}
	return res[0], nil
}

// WriteTx runs the statements of one write transaction, written with ?
// placeholders. Exec may hold its statement back and send it with the
// next QueryRow or the commit (the PostgreSQL store pipelines them: one
// round trip for many statements), so an Exec's error may surface there;
// any error fails the whole transaction.
type WriteTx interface {
	Exec(ctx context.Context, q string, args ...any) error
	QueryRow(ctx context.Context, q string, args ...any) Row
}

// Row is one result row of WriteTx.QueryRow; Scan returns sql.ErrNoRows
// (or an error that is one under errors.Is) when there is none.
type Row interface {
	Scan(dest ...any) error
}

// write runs fn in one write transaction and commits it when fn
// succeeds.
func (s *Store) write(ctx context.Context, fn func(WriteTx) error) error {
	if s.Write != nil {
		return s.Write(ctx, fn)
	}
	tx, err := s.W.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w := &writer{tx: tx, stmts: map[string]*sql.Stmt{}, d: &s.D}
	defer w.close()
	if err := fn(w); err != nil {
		return err
	}
	return tx.Commit()
}

// PutDocuments stores articles in one transaction, in order.
func (s *Store) PutDocuments(ctx context.Context, docs []*sitrep.Document) ([]sitrep.PutResult, error) {
	var out []sitrep.PutResult
	err := s.write(ctx, func(w WriteTx) error {
		var err error
		out, err = s.putDocuments(ctx, w, docs)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (s *Store) putDocuments(ctx context.Context, w WriteTx, docs []*sitrep.Document) ([]sitrep.PutResult, error) {
	out := make([]sitrep.PutResult, len(docs))
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	if s.D.WriteLock != "" {
		// Concurrent writers insert articles before taking the lock. Two
		// batches that share keys, inserted in different orders, could
		// each wait on the other's uncommitted row: a deadlock. In key
		// order they wait in one direction only. (SQLite has one writer,
		// and keeps input order so that article ids follow the input.)
		slices.SortStableFunc(order, func(a, b int) int {
			return strings.Compare(sitrep.ArticleKey(docs[a]), sitrep.ArticleKey(docs[b]))
		})
	}
	for _, i := range order {
		d := docs[i]
		r, err := s.putArticle(ctx, w, d)
		if err != nil {
			return nil, articleError(d, err)
		}
		out[i] = r
	}
	if s.D.WriteLock != "" {
		// Concurrent writers (workers on PostgreSQL) merge events one
		// transaction at a time, so that two mentions of one event never
		// race to create it and rollup rows are never locked in opposite
		// orders. Articles are written before the lock: that is most of
		// the work, and the unique key settles races between them.
		if err := w.Exec(ctx, s.D.WriteLock); err != nil {
			return nil, err
		}
	}
	for i, d := range docs {
		if !out[i].Stored {
			continue
		}
		for k := range d.Events {
			isNew, err := s.putEvent(ctx, w, d, out[i].ArticleID, &d.Events[k])
			if err != nil {
				return nil, articleError(d, err)
			}
			out[i].Events++
			if isNew {
				out[i].NewEvents++
			}
		}
	}
	return out, nil
}

// putArticle stores the article, its text index entry and its quotes;
// an article whose key is stored already is left as it is.
// articleError names the article a write failed on. Refusals (invalid,
// conflict) name it already, and are returned as they are: wrapped, the
// id was printed twice.
func articleError(d *sitrep.Document, err error) error {
	if code := sitrep.ErrorCode(err); code == sitrep.EInvalid || code == sitrep.EConflict {
		return err
	}
	return fmt.Errorf("store article %q: %w", d.ID, err)
}

func (s *Store) putArticle(ctx context.Context, tx WriteTx, d *sitrep.Document) (sitrep.PutResult, error) {
	key := sitrep.ArticleKey(d)
	if key == "" {
		return sitrep.PutResult{}, sitrep.Errorf(sitrep.EInvalid, "article has neither id nor URL")
	}
	if err := checkText(d); err != nil {
		return sitrep.PutResult{}, err
	}
	ann, err := encodeDoc(d)
	if err != nil {
		return sitrep.PutResult{}, err
	}
	pub := sitrep.FormatDate(d.Published)
	var aid int64
	// No lookup first: callers check HasArticle before annotating, so the
	// key is almost always new, and ON CONFLICT settles the rest (a
	// concurrent writer, a redelivered job) in the same statement.
	err = tx.QueryRow(ctx, `INSERT INTO articles (key, doc_id, url, title, source, published, text, annotations, tokens)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING id`, key, d.ID, d.URL, d.Title, d.Source, pub, d.Text, ann, len(d.Tokens)).Scan(&aid)
	if errors.Is(err, sql.ErrNoRows) {
		var existing int64
		var text string
		err := tx.QueryRow(ctx, "SELECT id, text FROM articles WHERE key = ?", key).Scan(&existing, &text)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return sitrep.PutResult{}, err
		}
		if err == nil && d.URL == "" && text != d.Text {
			return sitrep.PutResult{}, sitrep.ArticleConflict(d)
		}
		return sitrep.PutResult{Stored: false, ArticleID: existing}, nil
	}
	if err != nil {
		return sitrep.PutResult{}, err
	}
	if s.D.IndexText != "" {
		if err := tx.Exec(ctx, s.D.IndexText, aid, d.Title, d.Text); err != nil {
			return sitrep.PutResult{}, err
		}
	}
	if err := putQuotes(ctx, tx, aid, pub, d.Quotes); err != nil {
		return sitrep.PutResult{}, err
	}
	return sitrep.PutResult{Stored: true, ArticleID: aid}, nil
}

// checkText refuses, as the user's mistake, text that PostgreSQL cannot
// store (a NUL character, invalid UTF-8), before it fails the statement
// and with it the caller's whole batch; SQLite refuses the same, so that
// both stores accept the same articles.
func checkText(d *sitrep.Document) error {
	for _, f := range []struct{ name, s string }{
		{"id", d.ID}, {"url", d.URL}, {"title", d.Title}, {"source", d.Source}, {"text", d.Text},
	} {
		if i := strings.IndexByte(f.s, 0); i >= 0 {
			return sitrep.Errorf(sitrep.EInvalid, "article %q: %s holds a NUL character at byte %d", d.ID, f.name, i)
		}
		if !utf8.ValidString(f.s) {
			return sitrep.Errorf(sitrep.EInvalid, "article %q: %s is not valid UTF-8", d.ID, f.name)
		}
	}
	return nil
}

// quotesPerInsert bounds the rows of one multi-row INSERT: 8 parameters a
// row stays under SQLite's oldest limit of 999 parameters.
const quotesPerInsert = 64

// putQuotes inserts an article's quotes with one statement per
// quotesPerInsert rows: articles carry a dozen or more, and each statement
// costs a round trip and an executor start in PostgreSQL, more than the
// rows themselves.
func putQuotes(ctx context.Context, tx WriteTx, aid int64, pub string, quotes []sitrep.Quote) error {
	const cols = 8
	for len(quotes) > 0 {
		n := min(len(quotes), quotesPerInsert)
		var q strings.Builder
		q.WriteString(`INSERT INTO quotes (article_id, start, "end", text, direct, speaker, actor, published) VALUES `)
		args := make([]any, 0, n*cols)
		for i, qt := range quotes[:n] {
			if i > 0 {
				q.WriteByte(',')
			}
			q.WriteString("(?,?,?,?,?,?,?,?)")
			speaker, actor := "", ""
			if qt.Speaker != nil {
				speaker = qt.Speaker.Text
			}
			if qt.SpeakerResolved != nil {
				speaker, actor = qt.SpeakerResolved.Text, qt.SpeakerResolved.Actor
			}
			args = append(args, aid, qt.Start, qt.End, qt.Text, qt.Direct, speaker, actor, pub)
		}
		if err := tx.Exec(ctx, q.String(), args...); err != nil {
			return err
		}
		quotes = quotes[n:]
	}
	return nil
}

// putEvent merges one event mention into the events table: same source,
// target and code, and a date within the merge window (day precision) or
// the same date (coarser precision), make one event.
func (s *Store) putEvent(ctx context.Context, tx WriteTx, d *sitrep.Document, aid int64, e *sitrep.Event) (bool, error) {
	date, prec := e.Date, e.DatePrecision
	if date == "" || strings.HasPrefix(date, "X") {
		date, prec = sitrep.FormatDate(d.Published), "day"
		if len(date) > 10 {
			date = date[:10]
		}
	}
	day, ok := julianDay(date)
	if !ok {
		// Unknown anchor and no resolvable date: keep the event, unmerged
		// by window, under its literal date.
		day, prec = 0, "unknown"
	}
	var src, tgt sitrep.EventActor
	if e.Source != nil {
		src = *e.Source
	}
	if e.Target != nil {
		tgt = *e.Target
	}
	mentions := max(e.Mentions, 1)
	// The same event already stored: one within the merge window, nearest
	// first (day precision), or on the same date (coarser).
	match := `source_code = ? AND target_code = ? AND cameo = ? AND day = ? AND date = ?`
	matchArgs := []any{src.Code, tgt.Code, e.CAMEO, day, date}
	order := ""
	if prec == "day" {
		match = `source_code = ? AND target_code = ? AND cameo = ? AND day BETWEEN ? AND ? AND date_precision = 'day'`
		matchArgs = []any{src.Code, tgt.Code, e.CAMEO, day - int64(s.MergeWindow), day + int64(s.MergeWindow)}
		order = "ORDER BY abs(day - ?), id"
	}
	pub := sitrep.FormatDate(d.Published)
	var pname, pcountry string
	var pgid int
	var plat, plon any
	if e.Place != nil {
		pname, pcountry, pgid, plat, plon = e.Place.Name, e.Place.Country, e.Place.GeonameID, e.Place.Lat, e.Place.Lon
	}
	sentence := ""
	if e.Sentence >= 0 && e.Sentence < len(d.Sentences) {
		sn := d.Sentences[e.Sentence]
		sentence = d.Text[sn.Start:sn.End]
	}
	// Most mentions are of new events: insert unless the event is stored,
	// in one statement, and look for the stored one only when there is.
	// The casts type the parameters of the SELECT list for PostgreSQL.
	var id int64
	err := tx.QueryRow(ctx, `INSERT INTO events (date, date_precision, day, source_code, source_country, source_sector, source_name,
		target_code, target_country, target_sector, target_name, cameo, root_code, plover, mode, context, goldstein, quad, status, status_at,
		place_name, place_geonameid, place_lat, place_lon, place_country, mentions, sources, articles, first_article, first_seen, sentence, trigger)
		SELECT ?,?,CAST(? AS BIGINT),?,?,?,?,?,?,?,?,?,?,?,?,?,CAST(? AS DOUBLE PRECISION),CAST(? AS INTEGER),?,?,
		?,CAST(? AS INTEGER),CAST(? AS DOUBLE PRECISION),CAST(? AS DOUBLE PRECISION),?,CAST(? AS INTEGER),1,1,CAST(? AS BIGINT),?,?,?
		WHERE NOT EXISTS (SELECT 1 FROM events WHERE `+match+`) RETURNING id`,
		append([]any{date, prec, day, src.Code, src.Country, src.Sector, src.Text, tgt.Code, tgt.Country, tgt.Sector, tgt.Text,
			e.CAMEO, rootCode(e.CAMEO), e.PLOVER, e.Mode, e.Context, e.Goldstein, e.Quad, e.Status, pub,
			pname, pgid, plat, plon, pcountry, mentions, aid, pub, sentence, e.Trigger.Text}, matchArgs...)...).Scan(&id)
	if err == nil {
		if err := s.rollup(ctx, tx, date, day, &src, &tgt, e); err != nil {
			return false, err
		}
		err = tx.Exec(ctx, `INSERT INTO mentions (event_id, article_id, sentence, start, "end", status, rule, count)
			VALUES (?,?,?,?,?,?,?,?)`, id, aid, e.Sentence, e.Trigger.Start, e.Trigger.End, e.Status, e.Rule, mentions)
		return true, err
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return false, err
	}
	// seen: whether this article mentioned the event already.
	var seen int
	args := append([]any{aid}, matchArgs...)
	if order != "" {
		args = append(args, day)
	}
	if err := tx.QueryRow(ctx, `SELECT id, (SELECT count(*) FROM mentions m WHERE m.event_id = events.id AND m.article_id = ?)
		FROM events WHERE `+match+` `+order+` LIMIT 1`, args...).Scan(&id, &seen); err != nil {
		return false, err
	}
	if err := tx.Exec(ctx, `INSERT INTO mentions (event_id, article_id, sentence, start, "end", status, rule, count)
		VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (event_id, article_id, start) DO UPDATE SET count = mentions.count + excluded.count`,
		id, aid, e.Sentence, e.Trigger.Start, e.Trigger.End, e.Status, e.Rule, mentions); err != nil {
		return false, err
	}
	newArticle := 0
	if seen == 0 {
		newArticle = 1
	}
	// The latest report decides the status: a meeting first planned and
	// then reported as held is an event that occurred.
	err = tx.Exec(ctx, `UPDATE events SET mentions = mentions + ?, articles = articles + ?,
		sources = (SELECT count(DISTINCT a.source) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?),
		status = CASE WHEN ? >= status_at THEN ? ELSE status END,
		status_at = CASE WHEN ? >= status_at THEN ? ELSE status_at END
		WHERE id = ?`, mentions, newArticle, id, pub, e.Status, pub, pub, id)
	return false, err
}

func (s *Store) rollup(ctx context.Context, tx WriteTx, date string, day int64, src, tgt *sitrep.EventActor, e *sitrep.Event) error {
	dayStr := date
	if len(dayStr) > 10 {
		dayStr = dayStr[:10]
	}
	if e.Quad >= 1 && e.Quad <= 4 {
		if err := tx.Exec(ctx, `INSERT INTO dyad_days (source_code, target_code, source_country, target_country, day, week, quad, n, goldstein_sum)
			VALUES (?,?,?,?,?,?,?,1,?) ON CONFLICT (source_code, target_code, day, quad) DO UPDATE SET n = dyad_days.n + 1, goldstein_sum = dyad_days.goldstein_sum + excluded.goldstein_sum`,
			src.Code, tgt.Code, src.Country, tgt.Country, dayStr, weekOf(dayStr), e.Quad, e.Goldstein); err != nil {
			return err
		}
		if err := tx.Exec(ctx, `INSERT INTO dyad_country_days (source_country, target_country, day, week, quad, n, goldstein_sum)
			VALUES (?,?,?,?,?,1,?) ON CONFLICT (source_country, target_country, day, quad) DO UPDATE SET n = dyad_country_days.n + 1, goldstein_sum = dyad_country_days.goldstein_sum + excluded.goldstein_sum`,
			src.Country, tgt.Country, dayStr, weekOf(dayStr), e.Quad, e.Goldstein); err != nil {
			return err
		}
	}
	// Both actors' day and total rows in one statement each. A source that
	// is its own target is one row counted on both sides: PostgreSQL
	// refuses to update one row twice in a statement.
	type actorRow struct {
		act      *sitrep.EventActor
		src, tgt int
	}
	var rows []actorRow
	if src.Code != "" {
		rows = append(rows, actorRow{src, 1, 0})
	}
	if tgt.Code != "" {
		if len(rows) > 0 && tgt.Code == src.Code {
			rows[0].tgt = 1
		} else {
			rows = append(rows, actorRow{tgt, 0, 1})
		}
	}
	if len(rows) == 0 {
		return nil
	}
	values := "(?,?,?,?,?,?,?)"
	if len(rows) == 2 {
		values += ",(?,?,?,?,?,?,?)"
	}
	var dayArgs, totalArgs []any
	for _, r := range rows {
		dayArgs = append(dayArgs, r.act.Code, dayStr, r.src, r.tgt, r.act.Text, r.act.Country, r.act.Sector)
		totalArgs = append(totalArgs, r.act.Code, r.src, r.tgt, r.src+r.tgt, r.act.Text, r.act.Country, r.act.Sector)
	}
	if err := tx.Exec(ctx, `INSERT INTO actor_days (code, day, as_source, as_target, name, country, sector) VALUES `+values+`
		ON CONFLICT (code, day) DO UPDATE SET as_source = actor_days.as_source + excluded.as_source, as_target = actor_days.as_target + excluded.as_target`,
		dayArgs...); err != nil {
		return err
	}
	return tx.Exec(ctx, `INSERT INTO actor_totals (code, as_source, as_target, total, name, country, sector) VALUES `+values+`
		ON CONFLICT (code) DO UPDATE SET as_source = actor_totals.as_source + excluded.as_source, as_target = actor_totals.as_target + excluded.as_target,
		total = actor_totals.total + excluded.total`,
		totalArgs...)
}

func rootCode(cameo string) string {
	if len(cameo) >= 2 {
		return cameo[:2]
	}
	return cameo
}

// julianDay returns the day number (days since 1970-01-01) of the first
// day of a YYYY, YYYY-MM or YYYY-MM-DD date.
func julianDay(date string) (int64, bool) {
	t, _, err := sitrep.ParsePartialDate(date)
	if err != nil {
		return 0, false
	}
	return t.Unix() / 86400, true
}

// encodeDoc stores the annotations without the text (kept in its own
// column for full-text search), gzip'd: annotations are mostly tokens.
func encodeDoc(d *sitrep.Document) ([]byte, error) {
	b, err := sitrep.EncodeAnnotations(d)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	// A flate compressor allocates about a megabyte: reuse them.
	zw := gzipPool.Get().(*kgzip.Writer)
	defer gzipPool.Put(zw)
	zw.Reset(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// klauspost/compress writes the same gzip format as compress/gzip (old
// stores read as before) in about half the CPU, which the worker spends
// on every article.
var gzipPool = sync.Pool{New: func() any {
	zw, _ := kgzip.NewWriterLevel(nil, kgzip.BestSpeed)
	return zw
}}

func decodeDoc(text string, ann []byte) (*sitrep.Document, error) {
	zr, err := gzip.NewReader(bytes.NewReader(ann))
	if err != nil {
		return nil, fmt.Errorf("stored annotations: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("stored annotations: %w", err)
	}
	return sitrep.DecodeAnnotations(text, b)
}

// writer is the WriteTx of a database/sql transaction, each statement
// prepared once per transaction unless the driver caches them itself:
// preparing is most of the cost of a small statement.
type writer struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	d     *Dialect
}

func (w *writer) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := w.stmts[q]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(ctx, w.d.Rebind(q))
	if err != nil {
		return nil, err
	}
	w.stmts[q] = st
	return st, nil
}

func (w *writer) Exec(ctx context.Context, q string, args ...any) error {
	if w.d.DriverCachesStatements {
		_, err := w.tx.ExecContext(ctx, w.d.Rebind(q), args...)
		return err
	}
	st, err := w.stmt(ctx, q)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx, args...)
	return err
}

// row is a QueryRow whose preparation may have failed.
type row struct {
	r   *sql.Row
	err error
}

func (r row) Scan(dest ...any) error {
	if r.err != nil {
		return r.err
	}
	return r.r.Scan(dest...)
}

func (w *writer) QueryRow(ctx context.Context, q string, args ...any) Row {
	if w.d.DriverCachesStatements {
		return row{r: w.tx.QueryRowContext(ctx, w.d.Rebind(q), args...)}
	}
	st, err := w.stmt(ctx, q)
	if err != nil {
		return row{err: err}
	}
	return row{r: st.QueryRowContext(ctx, args...)}
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

// weekOf returns the Monday of a YYYY-MM-DD day's week, "" for coarser
// dates.
func weekOf(day string) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)).Format("2006-01-02")
}
