package actuals

import (
	"math"
	"slices"
	"strings"
)

// A file is read twice when its first reading finds that one convention
// of the whole file was read cell by cell: a semicolon file whose numbers
// carry a decimal point (6000000.50 read as 600,000,050 when '.' grouped
// thousands), a rate column whose plain values are percentages (2.1, 1.8
// and 0.9: 0.9 read as 90 %), dates written day first (1/4/2026, 1/5/2026
// read as January 4 and 5). The second reading takes the file's
// convention for every cell. (A rate's reading compares values rather
// than taking one convention: rateNear.)

// reading is how the file's cells are read.
type reading struct {
	// euro: '.' groups thousands and ',' is the decimal mark (a semicolon
	// file), where it can (number).
	euro bool
	// dayFirst: a date a/b/yyyy is day a of month b.
	dayFirst bool
	// rateNear holds, by node, what the rate's values the file writes
	// unmistakably (25%, or a plain 2.1 above 1: 2.1 %) centre on (their
	// median), for a rate whose plain values at most 1 are read as
	// percentages where that puts them nearer it: in 2.1, 1.8, 0.9 the 0.9
	// is 0.9 % (nearer 1.95 % than 90 % is); in 25%, 0.3, 30 the 0.3 is
	// 30 %.
	rateNear map[int]float64
}

// clues is what a reading saw of the file's conventions.
type clues struct {
	dotDecimal, commaDecimal bool // a number whose '.' groups no thousands; one with ',' as its decimal mark
	dayFirst, monthFirst     bool // a date a/b/yyyy with a > 12; with b > 12
	monthColumn              bool // the period column names a month (Month, 年月), not a date
	// firsts and seconds are the a and b of the dates a/b/yyyy either way
	// round could read, each once (up to memoCap).
	firsts, seconds map[int]bool
	// sure and unsure are, by rate node, the values written unmistakably
	// (as fractions) and the plain values of at most 1, up to memoCap each.
	sure, unsure map[int][]float64
}

// sawNumber notes what number cell s says of the file's decimal mark.
func (c *clues) sawNumber(s string) {
	s = fold(s)
	if i := strings.IndexByte(s, ','); i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) && !groupsThousands(s, ',') {
		c.commaDecimal = true
	}
	if strings.Count(s, ".") == 1 && !strings.ContainsRune(s, ',') && !groupsThousands(s, '.') {
		c.dotDecimal = true
	}
}

// sawDate notes what date cell s says of the order of its day and month.
func (c *clues) sawDate(s string) {
	a, b, ok := slashDate(s)
	switch {
	case !ok:
	case a > 12 && b <= 12:
		c.dayFirst = true
	case b > 12 && a <= 12:
		c.monthFirst = true
	case len(c.firsts) < memoCap:
		if c.firsts == nil {
			c.firsts, c.seconds = map[int]bool{}, map[int]bool{}
		}
		c.firsts[a], c.seconds[b] = true, true
	}
}

// sawRate notes rate node i's value x as the cell writes it: a
// percentage (pct: 25% is 0.25) or plain.
func (c *clues) sawRate(i int, x float64, pct bool) {
	if c.sure == nil {
		c.sure, c.unsure = map[int][]float64{}, map[int][]float64{}
	}
	switch {
	case pct && x > 0:
		c.sure[i] = appendCapped(c.sure[i], x)
	case x > 1 && x <= 100:
		c.sure[i] = appendCapped(c.sure[i], x/100)
	case x > 0 && x <= 1:
		c.unsure[i] = appendCapped(c.unsure[i], x)
	}
}

func appendCapped(v []float64, x float64) []float64 {
	if len(v) < memoCap {
		v = append(v, x)
	}
	return v
}

// rateIn is rate x, a plain cell's value of at most 1, read nearer near:
// as a fraction (0.3), or as a percentage (0.9 is 0.009) when that is
// nearer, in ratio.
func rateIn(x, near float64) float64 {
	if x <= 0 || near <= 0 {
		return x
	}
	if math.Abs(math.Log(x/100/near)) < math.Abs(math.Log(x/near)) {
		return x / 100
	}
	return x
}

// again is the reading the clues call for, and whether it differs from
// rd: a semicolon file with decimal points and no decimal comma reads its
// dots as decimal points; dates read day first when one could only be
// (13/4/2026) and none month first, or when a column named Month (not
// Date: 4/1/2026 to 4/12/2026 are twelve days of a US export) dates
// each row either way round on the same day of different months
// (1/4/2026, 1/5/2026: a monthly export dated on the 1st); a rate with plain values at most 1 beside
// values written unmistakably reads each nearer those (reading.rateNear).
func (c *clues) again(rd reading) (reading, bool) {
	out, changed := rd, false
	if rd.euro && c.dotDecimal && !c.commaDecimal {
		out.euro, changed = false, true
	}
	if !rd.dayFirst && !c.monthFirst && (c.dayFirst || c.monthColumn && len(c.firsts) == 1 && len(c.seconds) > 1) {
		out.dayFirst, changed = true, true
	}
	for i, xs := range c.unsure {
		sure := c.sure[i]
		if len(sure) == 0 || rd.rateNear != nil {
			continue
		}
		near := median(sure)
		if slices.ContainsFunc(xs, func(x float64) bool { return rateIn(x, near) != x }) {
			if out.rateNear == nil {
				out.rateNear = map[int]float64{}
			}
			out.rateNear[i], changed = near, true
		}
	}
	return out, changed
}

func median(v []float64) float64 {
	v = slices.Clone(v)
	slices.Sort(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// groupsThousands reports whether sep in number s can only group
// thousands: a first group of one to three digits, every other of three
// (1.234.567, 6.000), and s holds sep.
func groupsThousands(s string, sep byte) bool {
	start := strings.IndexFunc(s, func(r rune) bool { return '0' <= r && r <= '9' })
	if start < 0 {
		return false
	}
	end := start
	for end < len(s) && (isDigit(s[end]) || s[end] == sep) {
		end++
	}
	parts := strings.Split(s[start:end], string(sep))
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, g := range parts[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}
