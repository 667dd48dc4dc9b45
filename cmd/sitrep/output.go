package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// table is a query result in rows and columns, printable as an aligned
// table, JSON or CSV. JSON prints the typed values (objects), not the
// table's strings.
type table struct {
	header []string
	rows   [][]string
	values any
}

func writeTable(w io.Writer, format string, t *table) error {
	switch format {
	case "table", "":
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(t.header, "\t"))
		for _, r := range t.rows {
			for i := range r {
				r[i] = strings.Join(strings.Fields(r[i]), " ")
			}
			fmt.Fprintln(tw, strings.Join(r, "\t"))
		}
		return tw.Flush()
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(t.header)
		cw.WriteAll(t.rows)
		cw.Flush()
		return cw.Error()
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if t.values == nil {
			return enc.Encode([]any{})
		}
		return enc.Encode(t.values)
	}
	return usageError{fmt.Sprintf("--format %q: use table, json or csv", format)}
}

func clip(s string, n int) string { return oneLine(s, n) }
