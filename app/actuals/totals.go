package actuals

import (
	"slices"
	"strings"
)

// A total row (合計, Total, Subtotal written in a rep's, a product's or a
// deal's column) adds up the rows above it: read as one more row, it
// doubled its month (A 100, B 100 and 合計 200 read April's calls as 400).
// A row whose period cell says so was already left out (skipRow); one
// that says so elsewhere is left out now too, unless no other row gives
// its period: a sheet of totals alone is read as it is.

// pending is a total row waiting to be read.
type pending struct {
	row int
	per Period
	rec []string
}

// totalRow reports whether data row rec is a total line: a cell outside
// the period's, the nodes' and the long form's columns reads 合計, Total,
// Subtotal or the like.
func (p *parser) totalRow(rec []string) bool {
	for c, t := range rec {
		if _, read := p.cols[c]; read || c == p.period || c == p.value || c == p.metric {
			continue
		}
		if skipRow(strings.TrimSpace(t)) {
			return true
		}
	}
	return false
}

// readTotals reads the total rows whose period no other row gives, and
// lists the others as left out (Result.Totals).
func (p *parser) readTotals() {
	for _, t := range p.totals {
		if slices.ContainsFunc(p.res.Entries, func(e Entry) bool { return e.Period == t.per }) {
			p.res.Totals = append(p.res.Totals, t.row)
			continue
		}
		p.res.Rows++
		p.values(t.row, t.per, t.rec)
	}
	slices.Sort(p.res.Totals)
}
