package actuals

import "math"

// A file's last row may add up every row above it without a word to say
// so: its month cell empty, as a spreadsheet's SUM line under an export
// leaves it. A grouped export writes a month once and leaves it empty on
// the rows under it, so such a row was read as the last month's (June
// read ¥24,000,000: its own ¥6,000,000 and the quarter's ¥18,000,000).
// A row whose month cell is empty and whose values are each the sum of
// their column over every row read above it, in two columns or more, is
// held; if no row follows, it is a total row and left out
// (Result.Totals), else it is read as the month above's.

// sumOf keeps the sums of what the file's rows gave each node, and how
// many rows gave them.
type sumOf struct {
	by   map[int]float64
	rows int
}

// add counts node i's value v of a row read.
func (s *sumOf) add(i int, v float64) {
	if s.by == nil {
		s.by = map[int]float64{}
	}
	s.by[i] += v
}

// totalsAbove reports whether data row rec, whose month cell is empty,
// gives in two columns or more (amounts and counts, not rates) the sums of
// every row read above it, and in no column anything else.
func (p *parser) totalsAbove(rec []string) bool {
	if p.sum.rows < 2 || p.metric >= 0 || p.stage >= 0 || p.kind >= 0 {
		return false
	}
	matched := 0
	for c, i := range p.cols {
		t := p.cell(rec, c)
		if t == "" {
			continue
		}
		x, pct, _, ok, unit := number(t, p.rd.euro)
		if !ok || pct || p.nodes[i].level() {
			return false
		}
		if !unit || !p.nodes[i].Money {
			x *= p.scale[c] // as put reads it
		}
		if want := p.sum.by[i]; want == 0 || math.Abs(x-want) > 1e-9*math.Abs(want) {
			return false
		}
		matched++
	}
	return matched >= 2
}
